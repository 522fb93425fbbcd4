import { z } from 'zod';
import { uiTextSchema } from '../../content/text-schema';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * Gap-fill with choices: a French sentence with gaps written `{1}`, `{2}`… (as in gap-fill) and,
 * per gap, 2–5 French options, `answer` being the index of the right one. The view shows a select
 * per gap and shuffles the options with a seeded rng, so authors may put the answer anywhere.
 */
export const gapFillChoiceSchema = z.strictObject({
  id: z.string(),
  type: z.literal('gap-fill-choice'),
  instructions: uiTextSchema,
  sentence: z.strictObject({
    fr: z.string().regex(/\{\d\}/, 'the sentence needs at least one gap written {1}'),
    en: nonEmpty.optional(),
  }),
  gaps: z
    .array(
      z.strictObject({
        options: z.strictObject({ fr: z.array(nonEmpty).min(2).max(5) }),
        answer: z.number().int().min(0),
        hint: uiTextSchema.optional(),
      }),
    )
    .min(1)
    .max(9),
  explanation: uiTextSchema.optional(),
});

/** `answers[i]` is the index (in authored order) of the option chosen for gap i, or null. */
export const gapFillChoiceResponseSchema = z.strictObject({
  answers: z.array(z.number().int().min(0).nullable()),
});

export type GapFillChoiceExercise = z.infer<typeof gapFillChoiceSchema>;
export type GapFillChoiceResponse = z.infer<typeof gapFillChoiceResponseSchema>;
