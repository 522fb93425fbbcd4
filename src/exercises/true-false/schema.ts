import { z } from 'zod';
import { frOnlySchema, uiTextSchema } from '../../content/text-schema';

/**
 * True or false: 2–8 French statements about a dialogue of the lesson (`ref`) or a short text given
 * in the exercise (`text`). Each statement may carry a justification shown when the learner gets it
 * wrong ("She says « Je suis sergent »").
 */
export const trueFalseSchema = z.strictObject({
  id: z.string(),
  type: z.literal('true-false'),
  instructions: uiTextSchema,
  /** Optional dialogue id or dialogue line id of the lesson the statements are about. */
  ref: z.string().optional(),
  /** Optional short French text the statements are about, shown above them. */
  text: frOnlySchema.optional(),
  statements: z
    .array(
      z.strictObject({
        text: frOnlySchema,
        answer: z.boolean(),
        justification: uiTextSchema.optional(),
      }),
    )
    .min(2)
    .max(8),
  explanation: uiTextSchema.optional(),
});

/** `answers[i]` is the learner's choice for statement i: true, false, or null when not answered. */
export const trueFalseResponseSchema = z.strictObject({
  answers: z.array(z.boolean().nullable()),
});

export type TrueFalseExercise = z.infer<typeof trueFalseSchema>;
export type TrueFalseResponse = z.infer<typeof trueFalseResponseSchema>;
