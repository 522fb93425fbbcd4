import { z } from 'zod';
import { acceptedFrSchema, frTextSchema, uiTextSchema } from '../../content/text-schema';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * The forms of one verb in one tense, as a table: one row per person. `given` rows are shown
 * filled in as models and not asked. Persons are written as in a grammar table (`je`, `tu`,
 * `il/elle/on`, `nous`, `vous`, `ils/elles`, `que je`…); `je` is shown as `j’` before a form
 * starting with a vowel or h (see `personLabel` in model.ts).
 */
export const conjugationSchema = z.strictObject({
  id: z.string(),
  type: z.literal('conjugation'),
  instructions: uiTextSchema,
  verb: frTextSchema,
  tense: uiTextSchema,
  cells: z
    .array(
      z.strictObject({
        person: z.strictObject({ fr: nonEmpty }),
        accept: acceptedFrSchema,
        given: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(8),
  explanation: uiTextSchema.optional(),
});

/** One answer per cell, in order; '' for the given cells. */
export const conjugationResponseSchema = z.strictObject({
  answers: z.array(z.string()),
});

export type ConjugationExercise = z.infer<typeof conjugationSchema>;
export type ConjugationResponse = z.infer<typeof conjugationResponseSchema>;
