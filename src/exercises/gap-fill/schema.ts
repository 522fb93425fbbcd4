import { z } from 'zod';
import { acceptedFrSchema, uiTextSchema } from '../../content/text-schema';

/**
 * Typed gap-fill: a French sentence with gaps written `{1}`, `{2}`… and, per gap, the accepted
 * answers (main form first) and an optional hint such as the infinitive.
 */
export const gapFillSchema = z.strictObject({
  id: z.string(),
  type: z.literal('gap-fill'),
  instructions: uiTextSchema,
  sentence: z.strictObject({
    fr: z.string().regex(/\{\d\}/, 'the sentence needs at least one gap written {1}'),
    en: z.string().min(1).optional(),
  }),
  gaps: z
    .array(
      z.strictObject({
        accept: acceptedFrSchema,
        hint: uiTextSchema.optional(),
      }),
    )
    .min(1),
  explanation: uiTextSchema.optional(),
});

export const gapFillResponseSchema = z.strictObject({
  answers: z.array(z.string()),
});

export type GapFillExercise = z.infer<typeof gapFillSchema>;
export type GapFillResponse = z.infer<typeof gapFillResponseSchema>;
