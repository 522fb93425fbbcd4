import { z } from 'zod';
import { uiTextSchema } from '../../content/text-schema';
import { exerciseAudioSchema } from '../listen-choose/schema';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * Minimal pairs: per item, the learner hears one of two (or three) words or phrases that differ by
 * one sound (dessus / dessous, poisson / poison, le sac / les sacs) and says which it was.
 * `audio.fr` is what the clip says and must be `options.fr[answer]`; homophones are refused by the
 * lint (they are not minimal pairs: nobody can hear the difference).
 */
export const minimalPairsSchema = z.strictObject({
  id: z.string(),
  type: z.literal('minimal-pairs'),
  instructions: uiTextSchema,
  items: z
    .array(
      z.strictObject({
        audio: exerciseAudioSchema,
        options: z.strictObject({ fr: z.array(nonEmpty).min(2).max(3) }),
        /** Index in `options.fr` of what the clip says. */
        answer: z.number().int().min(0).max(2),
      }),
    )
    .min(3)
    .max(8),
  explanation: uiTextSchema.optional(),
});

export const minimalPairsResponseSchema = z.strictObject({
  /** Per item, the index of the option chosen, or null. */
  answers: z.array(z.number().int().min(0).nullable()),
});

export type MinimalPairsExercise = z.infer<typeof minimalPairsSchema>;
export type MinimalPairsResponse = z.infer<typeof minimalPairsResponseSchema>;
