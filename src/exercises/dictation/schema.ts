import { z } from 'zod';
import { acceptedFrSchema, uiTextSchema } from '../../content/text-schema';
import { exerciseAudioSchema } from '../listen-choose/schema';

/**
 * Dictation: the learner hears a clip of the exercise's own (`audio.fr` is what it says) and types
 * it. `accept.fr` lists the accepted spellings, main form first; the lint checks that the main form
 * is `audio.fr`, punctuation aside. Judged word by word.
 */
export const dictationSchema = z.strictObject({
  id: z.string(),
  type: z.literal('dictation'),
  instructions: uiTextSchema,
  audio: exerciseAudioSchema,
  accept: acceptedFrSchema,
  /** Optional help shown with the input, e.g. "Two sentences. Numbers in words." */
  hint: uiTextSchema.optional(),
  explanation: uiTextSchema.optional(),
});

export const dictationResponseSchema = z.strictObject({
  answer: z.string(),
});

export type DictationExercise = z.infer<typeof dictationSchema>;
export type DictationResponse = z.infer<typeof dictationResponseSchema>;
