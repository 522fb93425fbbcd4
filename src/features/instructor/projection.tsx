import { use, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { LessonNotFoundError, lessonPromise } from '../../content/loader';
import { gloss } from '../../content/localize';
import type { Lesson } from '../../content/schema';
import { useAudio } from '../../ui/audio-context';
import { ErrorBoundary } from '../../ui/error-boundary';
import { PlayButton } from '../../ui/play-button';
import { LoadError } from './shared';

/** Projection view: a lesson's dialogue lines and vocabulary in large type, one at a time, for a class. */
export default function ProjectionPage() {
  const { lessonId = '' } = useParams<{ lessonId: string }>();
  return (
    <ErrorBoundary key={lessonId} fallback={(error) => <LoadError notFound={error instanceof LessonNotFoundError} />}>
      <Projection lesson={use(lessonPromise(lessonId))} />
    </ErrorBoundary>
  );
}

interface Slide {
  id: string;
  /** Who speaks, or the kind of slide. */
  label: string;
  fr: string;
  gloss: string;
}

function slidesOf(lesson: Lesson, language: string): Slide[] {
  const lines = lesson.dialogues.flatMap((dialogue) => {
    const names = new Map(dialogue.speakers.map((speaker) => [speaker.id, speaker.name]));
    return dialogue.lines.map((line) => ({
      id: line.id,
      label: names.get(line.speaker) ?? line.speaker,
      fr: line.text.fr,
      gloss: gloss(line.text, language),
    }));
  });
  const words = lesson.vocabulary.map((item) => ({ id: item.id, label: '', fr: item.term.fr, gloss: gloss(item.term, language) }));
  return [...lines, ...words];
}

function Projection({ lesson }: { lesson: Lesson }) {
  const { t, i18n } = useTranslation('instructor');
  const audio = useAudio();
  const slides = slidesOf(lesson, i18n.language);
  const [index, setIndex] = useState(0);
  const [showGloss, setShowGloss] = useState(false);
  const stageRef = useRef<HTMLDivElement>(null);
  const slide = slides[Math.min(index, slides.length - 1)];
  const go = (delta: number) => setIndex((current) => Math.min(slides.length - 1, Math.max(0, current + delta)));

  useEffect(() => {
    stageRef.current?.focus();
  }, []);
  if (!slide) return null;
  return (
    <div
      className="projection"
      ref={stageRef}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
        if (event.key === 'ArrowRight' || event.key === 'PageDown') go(1);
        else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(-1);
        else if (event.key === 't' || event.key === 'T') setShowGloss((value) => !value);
        else if (event.key === ' ') {
          event.preventDefault();
          void audio.play(slide.id);
        } else return;
      }}
    >
      <p className="projection-bar no-print">
        <Link href={`/instructor/lesson/${lesson.id}`}>{t('backToGuide')}</Link>
        <span aria-live="polite">{t('slideOf', { number: index + 1, total: slides.length })}</span>
      </p>
      <div className="projection-stage" aria-live="polite">
        {slide.label ? <p className="projection-speaker">{slide.label}</p> : <p className="projection-speaker">{t('word')}</p>}
        <p className="projection-fr" lang="fr" id={`proj-${slide.id}`}>
          {slide.fr}
        </p>
        {showGloss ? <p className="projection-gloss">{slide.gloss}</p> : null}
      </div>
      <div className="projection-controls">
        <button type="button" className="button" onClick={() => go(-1)} disabled={index === 0}>
          {t('previous')}
        </button>
        <PlayButton clipId={slide.id} describedBy={`proj-${slide.id}`} />
        <button type="button" className="button" onClick={() => setShowGloss((value) => !value)} aria-pressed={showGloss}>
          {t('translation')}
        </button>
        <button type="button" className="button button-primary" onClick={() => go(1)} disabled={index >= slides.length - 1}>
          {t('next')}
        </button>
      </div>
      <p className="muted projection-help">{t('projectionKeys')}</p>
    </div>
  );
}
