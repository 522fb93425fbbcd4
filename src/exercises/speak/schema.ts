import { z } from 'zod';
import { frOnlySchema, uiTextSchema } from '../../content/text-schema';
import { exerciseAudioSchema, refineClip } from '../listen-choose/schema';

/**
 * Speak: the learner reads a French line, listens to the model, records themself (in memory only;
 * nothing leaves the device), compares the two and rates themself. The model is a lesson item by
 * `ref` (its French copied into `transcript`) or a clip of the exercise's own (`audio`).
 */
export const speakSchema = z
  .strictObject({
    id: z.string(),
    type: z.literal('speak'),
    instructions: uiTextSchema,
    /** Content id of the lesson item whose clip is the model (a dialogue line, a vocabulary item…). */
    ref: z.string().optional(),
    /** With `ref`: the French of that item (checked against the lesson), shown to be read aloud. */
    transcript: frOnlySchema.optional(),
    /** Without `ref`: a model clip of the exercise's own. */
    audio: exerciseAudioSchema.optional(),
    /** A pronunciation tip in the learner's language (e.g. "the final t of « vingt » is silent"). */
    tip: uiTextSchema.optional(),
    explanation: uiTextSchema.optional(),
  })
  .superRefine(refineClip);

/** The learner's own rating; `recorded` says whether they recorded themself (for statistics). */
export const speakResponseSchema = z.strictObject({
  rating: z.enum(['again', 'hard', 'good']).nullable(),
  recorded: z.boolean(),
});

export type SpeakExercise = z.infer<typeof speakSchema>;
export type SpeakResponse = z.infer<typeof speakResponseSchema>;
export type SpeakRating = NonNullable<SpeakResponse['rating']>;
