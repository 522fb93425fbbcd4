/**
 * File-system side of the audio tools: reading the lessons named by `content/course.json`, the
 * audio manifest and the files under `public/audio`. The logic lives in the pure
 * `audio-clips.ts` / `audio-check.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { emptyAudioManifest, parseAudioManifest, type AudioManifest } from '../../src/content/audio-manifest.ts';
import { courseSchema, lessonSchema, testAsHost, unitTestSchema, type ExerciseEnvelope } from '../../src/content/schema.ts';
import type { LessonSource } from './audio-clips.ts';
import { MANIFEST_FILE, type AudioFiles } from './audio-check.ts';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/**
 * The lessons listed in `<contentRoot>/course.json`, with their volume. Structural problems
 * (missing file, invalid JSON, a lesson that does not match the schema) are returned as messages:
 * `npm run validate-content` explains them in detail. Exercises are not linted here.
 */
export function loadLessonSources(contentRoot: string, displayRoot = 'content'): { lessons: LessonSource[]; problems: string[] } {
  const problems: string[] = [];
  const lessons: LessonSource[] = [];
  const coursePath = join(contentRoot, 'course.json');
  let courseValue: unknown;
  try {
    courseValue = readJson(coursePath);
  } catch (error) {
    return { lessons, problems: [`${displayRoot}/course.json: ${(error as Error).message}`] };
  }
  const course = courseSchema.safeParse(courseValue);
  if (!course.success) return { lessons, problems: [`${displayRoot}/course.json: invalid (run npm run validate-content)`] };
  for (const volume of course.data.volumes) {
    for (const unit of volume.units) {
      const refs = [
        ...unit.lessons.map((ref) => ({ file: ref.file, kind: 'lesson' as const })),
        { file: unit.test.file, kind: 'test' as const },
      ];
      for (const ref of refs) {
        if (ref.file === undefined) continue; // planned, not written yet
        const file = `${displayRoot}/${ref.file}`;
        let value: unknown;
        try {
          value = readJson(join(contentRoot, ref.file));
        } catch (error) {
          problems.push(`${file}: ${(error as Error).message}`);
          continue;
        }
        if (ref.kind === 'test') {
          const test = unitTestSchema.safeParse(value);
          if (!test.success) problems.push(`${file}: invalid unit test (run npm run validate-content)`);
          else lessons.push({ lesson: testAsHost(test.data), volume: volume.id, file });
          continue;
        }
        const lesson = lessonSchema.safeParse(value);
        if (!lesson.success) {
          problems.push(`${file}: invalid lesson (run npm run validate-content)`);
          continue;
        }
        lessons.push({ lesson: lesson.data, volume: volume.id, file });
      }
    }
  }
  // The placement test's items: their listening clips live in the `placement` audio folder.
  const placementFile = join(contentRoot, 'placement', 'items.json');
  if (existsSync(placementFile)) {
    try {
      const placement = readJson(placementFile) as { items?: Array<{ exercise?: unknown }> };
      const exercises = (placement.items ?? []).map((item) => item.exercise).filter((exercise) => exercise !== undefined);
      lessons.push({
        lesson: {
          id: 'placement',
          dialogues: [],
          vocabulary: [],
          grammar: [],
          pronunciation: [],
          exercises: exercises as ExerciseEnvelope[],
        },
        volume: 'placement',
        file: `${displayRoot}/placement/items.json`,
      });
    } catch (error) {
      problems.push(`${displayRoot}/placement/items.json: ${(error as Error).message}`);
    }
  }
  // The glossary: each entry's main French term (clip `<id>`) and its example (`<id>.example`),
  // voiced like vocabulary items, in the `glossary` audio folder.
  const glossaryDir = join(contentRoot, 'glossary');
  if (existsSync(glossaryDir)) {
    for (const name of readdirSync(glossaryDir)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      const file = `${displayRoot}/glossary/${name}`;
      try {
        const domain = readJson(join(glossaryDir, name)) as {
          entries?: Array<{ id: string; term: { fr: string[]; en: string[] }; example?: { fr: string; en: string } }>;
        };
        // Entries without a term or an example (the validator reports them) have no clips;
        // `voiced` keeps each clip's entry index for the JSON paths in messages.
        const voiced: number[] = [];
        const vocabulary = (domain.entries ?? []).flatMap((entry, index) => {
          const term = entry.term.fr[0];
          if (term === undefined || entry.example === undefined) return [];
          voiced.push(index);
          return [
            {
              id: entry.id,
              term: { fr: term, en: entry.term.en[0] ?? '' },
              gender: null,
              partOfSpeech: 'noun' as const,
              example: entry.example,
            },
          ];
        });
        lessons.push({
          lesson: { id: `glossary:${name}`, dialogues: [], vocabulary, grammar: [], pronunciation: [], exercises: [] },
          volume: 'glossary',
          file,
          vocabularyPath: (v, part) => `entries[${String(voiced[v] ?? v)}].${part === 'term' ? 'term.fr[0]' : 'example.fr'}`,
        });
      } catch (error) {
        problems.push(`${file}: ${(error as Error).message}`);
      }
    }
  }
  return { lessons, problems };
}

/** Every file under the audio root (dot files excluded): relative path with `/` → size. */
export function listAudioFiles(audioRoot: string): Map<string, number> {
  const files = new Map<string, number>();
  if (!existsSync(audioRoot)) return files;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else files.set(relative(audioRoot, full).split(sep).join('/'), stat.size);
    }
  };
  walk(audioRoot);
  return files;
}

/** The manifest under the audio root (empty when there is none yet) and its problems. */
export function readAudioManifest(audioRoot: string, files: AudioFiles): { manifest: AudioManifest; problems: string[] } {
  if (!files.has(MANIFEST_FILE)) return { manifest: emptyAudioManifest(), problems: [] };
  try {
    return parseAudioManifest(readJson(join(audioRoot, MANIFEST_FILE)));
  } catch (error) {
    return { manifest: emptyAudioManifest(), problems: [`invalid JSON: ${(error as Error).message}`] };
  }
}
