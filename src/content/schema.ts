import { z } from 'zod';
import { ID_PATTERNS } from './ids';
import { anyTextSchema, frOnlySchema, frTextSchema, uiTextSchema } from './text-schema';

const id = (pattern: RegExp, example: string) => z.string().regex(pattern, `id must look like "${example}"`);

export const levelSchema = z.enum(['A1', 'A2', 'B1']);

/** A dialogue speaker, referenced by the lines' `speaker`. */
export const speakerSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'speaker ids are lowercase words, e.g. "amina"'),
  name: z.string().min(1),
  role: uiTextSchema,
  gender: z.enum(['f', 'm']),
});

export const dialogueLineSchema = z.strictObject({
  id: id(ID_PATTERNS.line, 'v1.u00.l01.d1.line01'),
  speaker: z.string(),
  text: frTextSchema,
});

export const dialogueSchema = z.strictObject({
  id: id(ID_PATTERNS.dialogue, 'v1.u00.l01.d1'),
  title: frTextSchema,
  setting: uiTextSchema,
  speakers: z.array(speakerSchema).min(2),
  lines: z.array(dialogueLineSchema).min(2),
});

export const vocabularyItemSchema = z.strictObject({
  id: id(ID_PATTERNS.vocabulary, 'v1.u00.l01.v01'),
  term: frTextSchema,
  /** Grammatical gender of a noun (m, f, or both for nouns like "le/la sergent"); null otherwise. */
  gender: z.enum(['m', 'f', 'mf']).nullable(),
  partOfSpeech: z.enum([
    'noun',
    'verb',
    'adjective',
    'adverb',
    'pronoun',
    'preposition',
    'conjunction',
    'determiner',
    'interjection',
    'number',
    'expression',
  ]),
  example: frTextSchema,
  note: uiTextSchema.optional(),
});

export const grammarPointSchema = z.strictObject({
  id: id(ID_PATTERNS.grammar, 'v1.u00.l01.g1'),
  title: uiTextSchema,
  /** Paragraphs of explanation in the learner's language. */
  explanation: z.array(uiTextSchema).min(1),
  table: z
    .strictObject({
      caption: uiTextSchema,
      columns: z.array(uiTextSchema).min(2),
      rows: z.array(z.array(anyTextSchema)).min(1),
    })
    .optional(),
  examples: z
    .array(
      z.strictObject({
        id: id(ID_PATTERNS.grammarExample, 'v1.u00.l01.g1.ex01'),
        text: frTextSchema,
      }),
    )
    .min(2),
});

export const pronunciationSchema = z.strictObject({
  id: id(ID_PATTERNS.pronunciation, 'v1.u00.l01.p1'),
  title: uiTextSchema,
  explanation: z.array(uiTextSchema).min(1),
  items: z
    .array(
      z.strictObject({
        id: id(ID_PATTERNS.pronunciationItem, 'v1.u00.l01.p1.i01'),
        text: frOnlySchema,
        /** How to say it, in the learner's language (e.g. "the s is silent"). */
        tip: uiTextSchema.optional(),
      }),
    )
    .min(2),
});

export const cultureNoteSchema = z.strictObject({
  id: id(ID_PATTERNS.culture, 'v1.u00.l01.c1'),
  title: uiTextSchema,
  body: z.array(uiTextSchema).min(1),
});

/**
 * The exercise envelope. The fields that depend on the type are checked by that type's own
 * schema from the exercise registry, so this stays open (loose) here.
 */
export const exerciseEnvelopeSchema = z.looseObject({
  id: id(ID_PATTERNS.exercise, 'v1.u00.l01.ex01'),
  type: z.string().min(1),
  instructions: uiTextSchema,
});

export const guideSchema = z.strictObject({
  objectives: z.array(uiTextSchema).min(1),
  materials: z.array(uiTextSchema).default([]),
  /** A class plan, step by step; the minutes add up to the session length. */
  plan: z
    .array(
      z.strictObject({
        minutes: z.number().int().positive(),
        activity: uiTextSchema,
        detail: uiTextSchema.optional(),
      }),
    )
    .min(3),
  extension: z.array(uiTextSchema).min(1),
  rolePlay: z.array(uiTextSchema).min(1),
  commonErrors: z
    .array(
      z.strictObject({
        /** The learner's typical error (French, deliberately wrong; allow-listed for the French check). */
        learnerError: frOnlySchema,
        correction: frOnlySchema,
        why: uiTextSchema,
      }),
    )
    .min(1),
});

export const lessonSchema = z.strictObject({
  $schema: z.string().optional(),
  id: id(ID_PATTERNS.lesson, 'v1.u00.l01'),
  level: levelSchema,
  title: frTextSchema,
  objectives: z.array(uiTextSchema).min(1),
  situation: uiTextSchema,
  dialogues: z.array(dialogueSchema).min(1),
  vocabulary: z.array(vocabularyItemSchema).min(1),
  grammar: z.array(grammarPointSchema).min(1),
  pronunciation: z.array(pronunciationSchema).min(1),
  culture: z.array(cultureNoteSchema).min(1),
  exercises: z.array(exerciseEnvelopeSchema).min(1),
  guide: guideSchema,
});

/**
 * What the syllabus says a lesson teaches. Every lesson in course.json has one, written or not, so
 * the whole course can be read (and planned against) before it is all written.
 */
export const lessonPlanSchema = z.strictObject({
  /** Can-do statements ("I can…"), in the learner's language. */
  objectives: z.array(uiTextSchema).min(2).max(5),
  situation: uiTextSchema,
  vocabulary: uiTextSchema,
  grammar: z.strictObject({
    new: z.array(uiTextSchema).min(1),
    recycled: z.array(uiTextSchema).default([]),
  }),
  pronunciation: uiTextSchema,
  culture: uiTextSchema,
  /** Exercise types the lesson favours, in rough order of use. */
  exerciseTypes: z.array(z.string().min(1)).min(1),
});

export const courseLessonRefSchema = z.strictObject({
  id: id(ID_PATTERNS.lesson, 'v1.u00.l01'),
  /** Path of the lesson file, relative to content/; absent while the lesson is only planned. */
  file: z
    .string()
    .regex(/^vol[1-3]\/unit-\d{2}\/lesson-\d{2}\.json$/, 'file must look like "vol1/unit-00/lesson-01.json"')
    .optional(),
  title: frTextSchema,
  plan: lessonPlanSchema,
});

export const courseTestRefSchema = z.strictObject({
  id: id(ID_PATTERNS.test, 'v1.u01.test'),
  /** Path of the test file, relative to content/; absent while the test is only planned. */
  file: z
    .string()
    .regex(/^vol[1-3]\/unit-\d{2}\/test\.json$/, 'file must look like "vol1/unit-01/test.json"')
    .optional(),
  /** What the test covers (skills, situations), in the learner's language. */
  covers: uiTextSchema,
});

export const courseUnitSchema = z.strictObject({
  id: id(ID_PATTERNS.unit, 'v1.u00'),
  title: frTextSchema,
  summary: uiTextSchema,
  lessons: z.array(courseLessonRefSchema).min(1),
  test: courseTestRefSchema,
});

export const courseVolumeSchema = z.strictObject({
  id: id(ID_PATTERNS.volume, 'v1'),
  level: levelSchema,
  title: frTextSchema,
  units: z.array(courseUnitSchema).min(1),
});

export const courseSchema = z.strictObject({
  $schema: z.string().optional(),
  title: frTextSchema,
  volumes: z.array(courseVolumeSchema).min(1),
});

/** The skills a unit test section assesses. */
export const testSkillSchema = z.enum(['listening', 'reading', 'vocabulary', 'grammar', 'writing', 'speaking']);

/**
 * A unit test: auto-marked exercises grouped in sections by skill, optional listening dialogues,
 * and instructor-marked tasks (speaking, writing) with a rubric. Usable alone in the app or as a
 * printed class test with its answer key.
 */
export const unitTestSchema = z.strictObject({
  $schema: z.string().optional(),
  id: id(ID_PATTERNS.test, 'v1.u01.test'),
  level: levelSchema,
  title: frTextSchema,
  /** What the learner is told before starting. */
  instructions: uiTextSchema,
  durationMinutes: z.number().int().min(10).max(120),
  /** Score (percent of the auto-marked points) needed to pass. */
  passPercent: z.number().int().min(1).max(100),
  /** Listening material; lines are voiced like lesson dialogues. */
  dialogues: z.array(dialogueSchema).default([]),
  sections: z
    .array(
      z.strictObject({
        skill: testSkillSchema,
        title: uiTextSchema,
        /** Ids of the exercises in this section, in order. */
        exercises: z.array(id(ID_PATTERNS.exercise, 'v1.u01.test.ex01')).min(1),
      }),
    )
    .min(2),
  exercises: z.array(exerciseEnvelopeSchema).min(20, 'a unit test needs at least 20 auto-marked exercises'),
  tasks: z
    .array(
      z.strictObject({
        id: id(ID_PATTERNS.testTask, 'v1.u01.test.t01'),
        skill: z.enum(['speaking', 'writing']),
        title: uiTextSchema,
        /** The task as the learner reads it. */
        task: uiTextSchema,
        /** A model answer or model exchange for the marker. */
        modelAnswer: frOnlySchema,
        rubric: z.array(z.strictObject({ criterion: uiTextSchema, points: z.number().int().min(1).max(10) })).min(2),
      }),
    )
    .default([]),
  /** For the instructor: how to run the test, how to mark it, what to revise after it. */
  guide: z.strictObject({
    administration: z.array(uiTextSchema).min(1),
    marking: z.array(uiTextSchema).min(1),
    remediation: z.array(uiTextSchema).min(1),
  }),
});

/**
 * What exercise lint rules and the audio tools may look up around an exercise: a lesson, or a
 * unit test seen as a lesson without vocabulary, grammar or pronunciation sections.
 */
export interface ExerciseHost {
  id: string;
  dialogues: Dialogue[];
  vocabulary: VocabularyItem[];
  grammar: GrammarPoint[];
  pronunciation: Pronunciation[];
  exercises: ExerciseEnvelope[];
}

/** A unit test as an {@link ExerciseHost}. */
export function testAsHost(test: UnitTest): ExerciseHost {
  return { id: test.id, dialogues: test.dialogues, vocabulary: [], grammar: [], pronunciation: [], exercises: test.exercises };
}

export type Level = z.infer<typeof levelSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type DialogueLine = z.infer<typeof dialogueLineSchema>;
export type Dialogue = z.infer<typeof dialogueSchema>;
export type VocabularyItem = z.infer<typeof vocabularyItemSchema>;
export type GrammarPoint = z.infer<typeof grammarPointSchema>;
export type Pronunciation = z.infer<typeof pronunciationSchema>;
export type CultureNote = z.infer<typeof cultureNoteSchema>;
export type ExerciseEnvelope = z.infer<typeof exerciseEnvelopeSchema>;
export type Guide = z.infer<typeof guideSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type CourseLessonRef = z.infer<typeof courseLessonRefSchema>;
export type LessonPlan = z.infer<typeof lessonPlanSchema>;
export type CourseTestRef = z.infer<typeof courseTestRefSchema>;
export type UnitTest = z.infer<typeof unitTestSchema>;
export type TestSkill = z.infer<typeof testSkillSchema>;
export type CourseUnit = z.infer<typeof courseUnitSchema>;
export type CourseVolume = z.infer<typeof courseVolumeSchema>;
export type Course = z.infer<typeof courseSchema>;
