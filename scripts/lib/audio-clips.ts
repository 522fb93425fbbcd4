/**
 * Which French strings a learner hears, with the content id that names their audio file. Pure.
 *
 * Each kind of audio is one {@link ClipSource}: a function from a lesson to its clips. To voice
 * something new, write one function and add it to {@link CLIP_SOURCES}; `generate-audio` and
 * `check-audio` pick it up. Exercise clips (`"audio": { "id": "….ex07.a1", "fr": "…" }` in the
 * listening/speaking types) are one such source.
 */
import type { ExerciseHost } from '../../src/content/schema.ts';
import type { VoiceRole } from './audio-speech.ts';

/** One French string to voice. */
export interface ClipText {
  /** Content id, also the file name (`v1.u00.l01.d1.line03`, `v1.u00.l01.v04.example`). */
  id: string;
  /** Volume folder (`v1`). */
  volume: string;
  /** The French text exactly as written in the content. */
  text: string;
  voice: VoiceRole;
  /** Where it comes from, for messages: `content/vol1/unit-00/lesson-01.json: vocabulary[3].example`. */
  where: string;
  /**
   * Whether the clip has its own slow file (espeak's slower articulation with gaps between words:
   * connected speech a beginner must segment), or the player slows the normal file down with the
   * pitch kept (vocabulary terms and examples, the glossary). See `scripts/lib/audio-speech.ts`.
   */
  slowFile: boolean;
}

/** A lesson (or a unit test, seen as a lesson) with where it lives. */
export interface LessonSource {
  lesson: ExerciseHost;
  volume: string;
  /** Path of the lesson file for messages (`content/vol1/unit-00/lesson-01.json`). */
  file: string;
  /**
   * JSON path of a vocabulary item's term or example in `file`, for messages (default
   * `vocabulary[3].term.fr`; the glossary's entries say `entries[3].term.fr[0]`).
   */
  vocabularyPath?: (index: number, part: 'term' | 'example') => string;
}

/** One kind of audio: the clips of a lesson. */
export type ClipSource = (source: LessonSource) => ClipText[];

type ClipFields = Omit<ClipText, 'volume' | 'where' | 'slowFile'> & { slowFile?: boolean };

const clip = (source: LessonSource, path: string, fields: ClipFields): ClipText => ({
  ...fields,
  slowFile: fields.slowFile ?? true,
  volume: source.volume,
  where: `${source.file}: ${path}`,
});

/**
 * Voices for a dialogue's speakers: by gender, in the order of `speakers`; the first of a gender
 * gets voice 1, the next voice 2, then they alternate.
 */
export function dialogueVoices(speakers: ReadonlyArray<{ id: string; gender: 'f' | 'm' }>): Map<string, VoiceRole> {
  const voices = new Map<string, VoiceRole>();
  const seen = { f: 0, m: 0 };
  for (const speaker of speakers) {
    const index = seen[speaker.gender]++;
    const second = index % 2 === 1;
    voices.set(speaker.id, speaker.gender === 'f' ? (second ? 'female-2' : 'female-1') : second ? 'male-2' : 'male-1');
  }
  return voices;
}

/** Dialogue lines, spoken by a voice of the speaker's gender. */
export const dialogueLineClips: ClipSource = (source) =>
  source.lesson.dialogues.flatMap((dialogue, d) => {
    const voices = dialogueVoices(dialogue.speakers);
    return dialogue.lines.map((line, l) =>
      clip(source, `dialogues[${String(d)}].lines[${String(l)}].text.fr`, {
        id: line.id,
        text: line.text.fr,
        voice: voices.get(line.speaker) ?? 'narrator',
      }),
    );
  });

/** Vocabulary terms (`<id>`) and their examples (`<id>.example`); slowed by the player (no slow file). */
export const vocabularyClips: ClipSource = (source) =>
  source.lesson.vocabulary.flatMap((item, v) => [
    clip(source, source.vocabularyPath?.(v, 'term') ?? `vocabulary[${String(v)}].term.fr`, {
      id: item.id,
      text: item.term.fr,
      voice: 'narrator',
      slowFile: false,
    }),
    clip(source, source.vocabularyPath?.(v, 'example') ?? `vocabulary[${String(v)}].example.fr`, {
      id: `${item.id}.example`,
      text: item.example.fr,
      voice: 'narrator',
      slowFile: false,
    }),
  ]);

/** Grammar examples. */
export const grammarExampleClips: ClipSource = (source) =>
  source.lesson.grammar.flatMap((point, g) =>
    point.examples.map((example, e) =>
      clip(source, `grammar[${String(g)}].examples[${String(e)}].text.fr`, { id: example.id, text: example.text.fr, voice: 'narrator' }),
    ),
  );

/** Pronunciation practice items. */
export const pronunciationItemClips: ClipSource = (source) =>
  source.lesson.pronunciation.flatMap((point, p) =>
    point.items.map((item, i) =>
      clip(source, `pronunciation[${String(p)}].items[${String(i)}].text.fr`, { id: item.id, text: item.text.fr, voice: 'narrator' }),
    ),
  );

const EXERCISE_CLIP_ID = /^v\d+\.u\d{2}\.(?:l\d{2}|test)\.ex\d{2}\.a\d+$/;

/**
 * Clips an exercise owns (listening and speaking types): every object under a key `audio`, at any
 * depth of an exercise, of the form `{ "id": "v1.u00.l03.ex07.a1", "fr": "…" }`.
 */
export const exerciseAudioClips: ClipSource = (source) => {
  const found: ClipText[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => walk(item, `${path}[${String(index)}]`));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${path}.${key}`;
      if (key === 'audio' && typeof child === 'object' && child !== null) {
        const { id, fr } = child as { id?: unknown; fr?: unknown };
        if (typeof id === 'string' && EXERCISE_CLIP_ID.test(id) && typeof fr === 'string') {
          found.push(clip(source, `${childPath}.fr`, { id, text: fr, voice: 'narrator' }));
          continue;
        }
      }
      walk(child, childPath);
    }
  };
  source.lesson.exercises.forEach((exercise, index) => walk(exercise, `exercises[${String(index)}]`));
  return found;
};

/**
 * Clips an exercise names for itself with `ref` (`pl.a1.11` → `"ref": "pl.a1.11.a1"`) and voices
 * from its `transcript.fr`: the placement test's listening items.
 */
export const ownTranscriptClips: ClipSource = (source) =>
  source.lesson.exercises.flatMap((exercise, index) => {
    const ref = (exercise as { ref?: unknown }).ref;
    const transcript = (exercise as { transcript?: { fr?: unknown } }).transcript;
    if (typeof ref !== 'string' || !ref.startsWith(`${exercise.id}.a`) || typeof transcript?.fr !== 'string') return [];
    return [clip(source, `exercises[${String(index)}].transcript.fr`, { id: ref, text: transcript.fr, voice: 'narrator' })];
  });

/** Every kind of audio, in the order clips are listed. */
export const CLIP_SOURCES: readonly ClipSource[] = [
  dialogueLineClips,
  vocabularyClips,
  grammarExampleClips,
  pronunciationItemClips,
  exerciseAudioClips,
  ownTranscriptClips,
];

/**
 * The clips of every lesson. An id that two strings claim (a content error) is reported once and
 * keeps its first text.
 */
export function collectClips(
  lessons: readonly LessonSource[],
  sources: readonly ClipSource[] = CLIP_SOURCES,
): { clips: ClipText[]; problems: string[] } {
  const clips: ClipText[] = [];
  const problems: string[] = [];
  const byId = new Map<string, ClipText>();
  for (const lesson of lessons) {
    for (const source of sources) {
      for (const found of source(lesson)) {
        const text = found.text.trim();
        if (text === '') {
          problems.push(`${found.where}: empty French text for ${found.id}`);
          continue;
        }
        const earlier = byId.get(found.id);
        if (earlier) {
          problems.push(`${found.where}: audio id ${found.id} is already used at ${earlier.where}`);
          continue;
        }
        byId.set(found.id, found);
        clips.push(found);
      }
    }
  }
  return { clips, problems };
}
