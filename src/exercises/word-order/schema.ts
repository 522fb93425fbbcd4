import { z } from 'zod';
import { acceptedFrSchema, anyTextSchema, uiTextSchema } from '../../content/text-schema';

/**
 * Word order: the learner builds a sentence from chips. Chips are authored in the order of the
 * main accepted answer (the lint checks they rebuild it); the view shuffles them with a seeded rng.
 * Optional distractor chips must stay unused.
 */
export const wordOrderSchema = z.strictObject({
  id: z.string(),
  type: z.literal('word-order'),
  instructions: uiTextSchema,
  prompt: anyTextSchema,
  chips: z.strictObject({ fr: z.array(z.string().min(1)).min(2) }),
  distractors: z.strictObject({ fr: z.array(z.string().min(1)).min(1) }).optional(),
  accept: acceptedFrSchema,
  explanation: uiTextSchema.optional(),
});

/** Indices into `[...chips.fr, ...(distractors?.fr ?? [])]`, in the order the learner placed them. */
export const wordOrderResponseSchema = z.strictObject({
  order: z.array(z.number().int().nonnegative()),
});

export type WordOrderExercise = z.infer<typeof wordOrderSchema>;
export type WordOrderResponse = z.infer<typeof wordOrderResponseSchema>;
