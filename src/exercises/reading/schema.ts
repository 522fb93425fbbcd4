import { z } from 'zod';
import { acceptedFrSchema, anyTextSchema, frOnlySchema, uiTextSchema } from '../../content/text-schema';

/** A question with options, one or several right (several: "choose all that apply"). */
const choiceQuestionSchema = z.strictObject({
  kind: z.literal('choice'),
  prompt: anyTextSchema,
  options: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z]$/, 'option ids are single letters'), text: anyTextSchema }))
    .min(2)
    .max(6),
  answer: z.array(z.string()).min(1),
});

/** A French statement about the text, true or false. */
const trueFalseQuestionSchema = z.strictObject({
  kind: z.literal('true-false'),
  statement: frOnlySchema,
  answer: z.boolean(),
});

/** A short typed French answer (a name, a time, a place), judged by the answer judge. */
const shortQuestionSchema = z.strictObject({
  kind: z.literal('short'),
  prompt: anyTextSchema,
  accept: acceptedFrSchema,
});

/**
 * Reading comprehension: a short French text (an order, a notice, a report, a message) and 2–6
 * questions about it. The text's translations (`en`…) are for instructors and are never shown to
 * the learner: the point is to read the French.
 */
export const readingSchema = z.strictObject({
  id: z.string(),
  type: z.literal('reading'),
  instructions: uiTextSchema,
  text: z.strictObject({
    title: frOnlySchema.optional(),
    paragraphs: z.array(frOnlySchema).min(1),
  }),
  questions: z
    .array(z.discriminatedUnion('kind', [choiceQuestionSchema, trueFalseQuestionSchema, shortQuestionSchema]))
    .min(2)
    .max(6),
  explanation: uiTextSchema.optional(),
});

/**
 * One answer per question, in order: the selected option ids (choice), a boolean (true-false), the
 * typed text (short), or null while unanswered.
 */
export const readingResponseSchema = z.strictObject({
  answers: z.array(z.union([z.array(z.string()), z.boolean(), z.string(), z.null()])),
});

export type ReadingExercise = z.infer<typeof readingSchema>;
export type ReadingQuestion = ReadingExercise['questions'][number];
export type ReadingResponse = z.infer<typeof readingResponseSchema>;
export type ReadingAnswer = ReadingResponse['answers'][number];
