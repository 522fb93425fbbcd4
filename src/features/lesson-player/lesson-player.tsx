import { use, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useParams } from 'wouter';
import { findLesson, lessonLocations, lessonPromise, LessonNotFoundError } from '../../content/loader';
import type { Lesson } from '../../content/schema';
import { ErrorBoundary } from '../../ui/error-boundary';
import { gloss } from '../../content/localize';
import { useProgressStore } from '../../stores/progress-store';
import { DialogueSection } from './dialogue-section';
import { ExercisesSection } from './exercises-section';
import { CultureSection, GrammarSection, PronunciationSection } from './explanation-sections';
import { isLessonSection, LESSON_SECTIONS, nextSection, type LessonSection } from './sections';
import { SummarySection } from './summary-section';
import { VocabularySection } from './vocabulary-section';

/** The lesson player: a lesson's sections in order, from dialogue to summary. */
export default function LessonPlayer() {
  const { lessonId = '', section, mode } = useParams<{ lessonId: string; section?: string; mode?: string }>();
  const lastSection = useProgressStore((state) => state.lastSections[lessonId]);
  if (!isLessonSection(section)) {
    // Opening a lesson without a section resumes where the learner left it.
    return <Redirect to={`/lesson/${lessonId}/${isLessonSection(lastSection) ? lastSection : 'dialogue'}`} replace />;
  }
  return (
    <ErrorBoundary key={lessonId} fallback={(error) => <LessonLoadError notFound={error instanceof LessonNotFoundError} />}>
      <LessonLoader lessonId={lessonId} section={section} mode={mode} />
    </ErrorBoundary>
  );
}

/** Suspends until the lesson chunk is loaded (inside a transition, the previous screen stays). */
function LessonLoader({ lessonId, section, mode }: { lessonId: string; section: LessonSection; mode: string | undefined }) {
  return <LoadedLesson lesson={use(lessonPromise(lessonId))} section={section} mode={mode} />;
}

function LessonLoadError({ notFound }: { notFound: boolean }) {
  const { t } = useTranslation('lesson');
  return (
    <div role="alert" className="error-page">
      <p>{notFound ? t('notFound') : t('loadFailed')}</p>
      <Link href="/">{t('summary.backToCourse')}</Link>
    </div>
  );
}

function LoadedLesson({ lesson, section, mode }: { lesson: Lesson; section: LessonSection; mode: string | undefined }) {
  const { t, i18n } = useTranslation('lesson');
  const rememberSection = useProgressStore((state) => state.rememberSection);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    void rememberSection(lesson.id, section);
    // Move focus to the section heading when the learner changes section (not on first load,
    // where the browser's own focus handling is right).
    if (!firstRender.current) headingRef.current?.focus();
    firstRender.current = false;
  }, [section, lesson.id, rememberSection]);

  const location = findLesson(lesson.id);
  const locations = lessonLocations();
  const nextLesson = location ? locations[location.order + 1] : undefined;
  const following = nextSection(section);

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <header className="lesson-header">
        <p className="breadcrumb">
          <Link href="/">{t('breadcrumb.course')}</Link> › <span lang="fr">{location?.unit.title.fr}</span>
        </p>
        <h1 id="lesson-title">
          <span lang="fr">{lesson.title.fr}</span>
        </h1>
        <p className="lesson-gloss">{gloss(lesson.title, i18n.language)}</p>
      </header>
      <nav aria-label={t('sections.label')} className="section-nav">
        <ol>
          {LESSON_SECTIONS.map((name, index) => (
            <li key={name}>
              <Link href={`/lesson/${lesson.id}/${name}`} aria-current={name === section ? 'step' : undefined}>
                <span className="section-number" aria-hidden="true">
                  {index + 1}
                </span>{' '}
                {t(`sections.${name}`)}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <section className="lesson-section" aria-labelledby="section-title">
        <h2 id="section-title" ref={headingRef} tabIndex={-1}>
          {t(`sections.${section}`)}
        </h2>
        {section === 'dialogue' ? (
          <>
            <ul className="objectives" aria-label={t('objectives')}>
              {lesson.objectives.map((objective, index) => (
                <li key={index}>{gloss(objective, i18n.language)}</li>
              ))}
            </ul>
            <DialogueSection lesson={lesson} />
          </>
        ) : null}
        {section === 'vocabulary' ? <VocabularySection lesson={lesson} /> : null}
        {section === 'grammar' ? <GrammarSection lesson={lesson} /> : null}
        {section === 'pronunciation' ? <PronunciationSection lesson={lesson} /> : null}
        {section === 'culture' ? <CultureSection lesson={lesson} /> : null}
        {section === 'exercises' ? <ExercisesSection key={mode ?? 'all'} lesson={lesson} retry={mode === 'retry'} /> : null}
        {section === 'summary' ? <SummarySection lesson={lesson} nextLessonId={nextLesson?.lesson.id} /> : null}
      </section>
      {following && section !== 'exercises' ? (
        <p className="next-section">
          <Link className="button button-primary" href={`/lesson/${lesson.id}/${following}`}>
            {t('sections.next', { section: t(`sections.${following}`) })}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
