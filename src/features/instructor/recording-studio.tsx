import { use, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { LessonNotFoundError, lessonPromise } from '../../content/loader';
import type { Lesson } from '../../content/schema';
import { useRecordingsStore } from '../../stores/recordings-store';
import { ErrorBoundary } from '../../ui/error-boundary';
import { PlayButton } from '../../ui/play-button';
import { useRecorder } from '../../ui/use-recorder';
import { LoadError } from './shared';

/** A French line of the lesson that a learner hears, with the clip id its audio is named by. */
export interface StudioLine {
  id: string;
  text: string;
  kind: 'dialogue' | 'vocabulary' | 'example' | 'grammar' | 'pronunciation';
  /** Who says it, for dialogue lines. */
  speaker?: string;
}

/** Every voiced line of a lesson, in the order a class meets them. */
export function studioLines(lesson: Lesson): StudioLine[] {
  const lines: StudioLine[] = [];
  for (const dialogue of lesson.dialogues) {
    const names = new Map(dialogue.speakers.map((speaker) => [speaker.id, speaker.name]));
    for (const line of dialogue.lines) {
      lines.push({ id: line.id, text: line.text.fr, kind: 'dialogue', speaker: names.get(line.speaker) ?? line.speaker });
    }
  }
  for (const item of lesson.vocabulary) {
    lines.push({ id: item.id, text: item.term.fr, kind: 'vocabulary' });
    lines.push({ id: `${item.id}.example`, text: item.example.fr, kind: 'example' });
  }
  for (const point of lesson.grammar)
    for (const example of point.examples) lines.push({ id: example.id, text: example.text.fr, kind: 'grammar' });
  for (const point of lesson.pronunciation)
    for (const item of point.items) lines.push({ id: item.id, text: item.text.fr, kind: 'pronunciation' });
  return lines;
}

/** Instructor's recording studio: record a lesson line by line with a prompter; export as a pack. */
export default function RecordingStudioPage() {
  const { lessonId = '' } = useParams<{ lessonId: string }>();
  return (
    <ErrorBoundary key={lessonId} fallback={(error) => <LoadError notFound={error instanceof LessonNotFoundError} />}>
      <RecordingStudio lesson={use(lessonPromise(lessonId))} />
    </ErrorBoundary>
  );
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function RecordingStudio({ lesson }: { lesson: Lesson }) {
  const { t } = useTranslation('instructor');
  const lines = useMemo(() => studioLines(lesson), [lesson]);
  const recorded = useRecordingsStore((state) => state.ids);
  const { load, save, remove, exportPack, importPack } = useRecordingsStore.getState();
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      lines.findIndex((line) => !recorded.has(line.id)),
    ),
  );
  const [message, setMessage] = useState('');
  const startedAt = useRef(0);
  const [durationMs, setDurationMs] = useState(0);
  const recorder = useRecorder(() => setDurationMs(Date.now() - startedAt.current), 60_000);
  const [take, setTake] = useState<{ lineId: string; url: string; blob: Blob } | undefined>();
  const playbackRef = useRef<HTMLAudioElement | null>(null);
  const line = lines[index];

  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);
  useEffect(() => {
    if (recorder.url && recorder.blob && line) setTake({ lineId: line.id, url: recorder.url, blob: recorder.blob });
    // Only a new recording makes a new take.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recorder.url]);

  if (!line) return null;
  const currentTake = take?.lineId === line.id ? take : undefined;
  const count = lines.filter((candidate) => recorded.has(candidate.id)).length;
  const go = (next: number) => {
    setTake(undefined);
    setIndex(Math.min(lines.length - 1, Math.max(0, next)));
  };
  const keep = async () => {
    if (!currentTake) return;
    try {
      await save(line.id, currentTake.blob, durationMs);
      setMessage(t('studio.saved', { number: index + 1 }));
      go(index + 1);
    } catch {
      setMessage(t('studio.saveFailed'));
    }
  };
  const exportLesson = async (all: boolean) => {
    const ids = new Set(lines.map((candidate) => candidate.id));
    const blob = await exportPack(lesson.id, all ? undefined : (clipId) => ids.has(clipId));
    download(blob, `en-avant-audio-${all ? 'all' : lesson.id}.json`);
  };
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const result = await importPack(await file.text());
    setMessage(result.ok ? t('studio.imported', { count: result.count }) : t(`studio.importProblem.${result.problem.kind}`));
  };

  return (
    <div className="instructor-page recording-studio">
      <p className="breadcrumb">
        <Link href={`/instructor/lesson/${lesson.id}`}>{t('backToGuide')}</Link>
      </p>
      <h1>
        {t('studio.title')}: <span lang="fr">{lesson.title.fr}</span>
      </h1>
      <p>{t('studio.intro')}</p>
      <p className="muted">{t('studio.progress', { count, total: lines.length })}</p>

      <section className="prompter" aria-labelledby="prompter-heading">
        <h2 id="prompter-heading">
          {t('studio.lineOf', { number: index + 1, total: lines.length })} · {t(`studio.kind.${line.kind}`)}
          {line.speaker ? ` · ${line.speaker}` : ''}
          {recorded.has(line.id) ? ` · ${t('studio.hasRecording')}` : ''}
        </h2>
        <p className="prompter-text" lang="fr" id={`${line.id}-fr`}>
          {line.text}
        </p>
        <div className="projection-controls">
          {recorder.state === 'recording' ? (
            <button type="button" className="button button-primary" onClick={recorder.stop}>
              {t('studio.stop')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              disabled={recorder.state === 'requesting'}
              onClick={() => {
                startedAt.current = Date.now();
                void recorder.start();
              }}
            >
              {currentTake ? t('studio.recordAgain') : t('studio.record')}
            </button>
          )}
          {currentTake ? (
            <>
              <button type="button" className="button" onClick={() => void playbackRef.current?.play()}>
                {t('studio.playTake')}
              </button>
              <audio ref={playbackRef} src={currentTake.url} preload="auto" />
              <button type="button" className="button" onClick={() => void keep()}>
                {t('studio.keep')}
              </button>
            </>
          ) : null}
          <span className="studio-listen">
            {t('studio.current')} <PlayButton clipId={line.id} describedBy={`${line.id}-fr`} />
          </span>
          {recorded.has(line.id) && !currentTake ? (
            <button type="button" className="button" onClick={() => void remove(line.id).then(() => setMessage(t('studio.deleted')))}>
              {t('studio.delete')}
            </button>
          ) : null}
        </div>
        {recorder.state === 'recording' ? <p className="recording-indicator">{t('studio.recording')}</p> : null}
        {['unsupported', 'denied', 'no-mic', 'failed'].includes(recorder.state) ? (
          <p role="alert">{t(`studio.mic.${recorder.state as 'unsupported' | 'denied' | 'no-mic' | 'failed'}`)}</p>
        ) : null}
        <div className="projection-controls">
          <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
            {t('previous')}
          </button>
          <button type="button" className="button" onClick={() => go(index + 1)} disabled={index >= lines.length - 1}>
            {t('next')}
          </button>
        </div>
        <p role="status" className="pack-message">
          {message}
        </p>
      </section>

      <section aria-labelledby="studio-lines">
        <h2 id="studio-lines">{t('studio.allLines')}</h2>
        <ol className="studio-lines">
          {lines.map((candidate, lineIndex) => (
            <li key={candidate.id}>
              <button
                type="button"
                className="link-button"
                aria-current={lineIndex === index ? 'true' : undefined}
                onClick={() => go(lineIndex)}
              >
                <span aria-hidden="true">{recorded.has(candidate.id) ? '● ' : '○ '}</span>
                <span className="sr-only">{recorded.has(candidate.id) ? t('studio.hasRecording') : t('studio.noRecording')}: </span>
                <span lang="fr">{candidate.text}</span>
              </button>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="studio-pack">
        <h2 id="studio-pack">{t('studio.packTitle')}</h2>
        <p>{t('studio.packIntro')}</p>
        <p className="actions">
          <button type="button" className="button" onClick={() => void exportLesson(false)} disabled={count === 0}>
            {t('studio.exportLesson')}
          </button>
          <button type="button" className="button" onClick={() => void exportLesson(true)} disabled={recorded.size === 0}>
            {t('studio.exportAll')}
          </button>
          <label className="button file-button">
            {t('studio.import')}
            <input
              type="file"
              accept="application/json,.json"
              className="sr-only"
              onChange={(event) => {
                void onImport(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
          </label>
        </p>
      </section>
    </div>
  );
}
