import { z } from 'zod';
import { anyTextSchema, uiTextSchema } from '../../content/text-schema';

/**
 * Categorize: sort 4–12 words or phrases into 2–4 groups (ranks / equipment, masculine / feminine…).
 * Items are authored with their category; the view shows them in a seeded shuffled order.
 */
export const categorizeSchema = z.strictObject({
  id: z.string(),
  type: z.literal('categorize'),
  instructions: uiTextSchema,
  categories: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z]$/, 'category ids are single letters'),
        label: anyTextSchema,
      }),
    )
    .min(2)
    .max(4),
  items: z
    .array(z.strictObject({ text: anyTextSchema, category: z.string() }))
    .min(4)
    .max(12),
  explanation: uiTextSchema.optional(),
});

/** `placements[i]` is the category id the learner chose for item i (authored order), or null. */
export const categorizeResponseSchema = z.strictObject({
  placements: z.array(z.string().nullable()),
});

export type CategorizeExercise = z.infer<typeof categorizeSchema>;
export type CategorizeResponse = z.infer<typeof categorizeResponseSchema>;
