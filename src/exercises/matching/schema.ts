import { z } from 'zod';
import { anyTextSchema, uiTextSchema } from '../../content/text-schema';

/**
 * Matching pairs (FR–EN, question–answer, rank–abbreviation…). Pairs are authored matched; the view
 * shuffles the right-hand column with a seeded rng.
 */
export const matchingSchema = z.strictObject({
  id: z.string(),
  type: z.literal('matching'),
  instructions: uiTextSchema,
  pairs: z
    .array(z.strictObject({ left: anyTextSchema, right: anyTextSchema }))
    .min(3)
    .max(8),
  explanation: uiTextSchema.optional(),
});

/** `matches[i]` is the index of the right-hand item the learner paired with left item i (-1: none). */
export const matchingResponseSchema = z.strictObject({
  matches: z.array(z.number().int().min(-1)),
});

export type MatchingExercise = z.infer<typeof matchingSchema>;
export type MatchingResponse = z.infer<typeof matchingResponseSchema>;
