import { z } from 'zod';
import { acceptedFrSchema, uiTextSchema } from '../../content/text-schema';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const common = {
  id: z.string(),
  type: z.literal('translate'),
  instructions: uiTextSchema,
  /** A nudge shown under the source sentence, in the learner's language (e.g. "use vous"). */
  hint: uiTextSchema.optional(),
  explanation: uiTextSchema.optional(),
};

/**
 * Typed translation of one sentence. `en-fr`: the learner writes French, judged by the answer
 * judge against every accepted answer (main form first). `fr-en`: the learner writes English,
 * judged leniently by `judgeEnglish` (model.ts): the learner's English is not what is tested.
 */
export const translateSchema = z.discriminatedUnion('direction', [
  z.strictObject({
    ...common,
    direction: z.literal('en-fr'),
    source: z.strictObject({ en: nonEmpty }),
    accept: acceptedFrSchema,
  }),
  z.strictObject({
    ...common,
    direction: z.literal('fr-en'),
    source: z.strictObject({ fr: nonEmpty }),
    accept: z.strictObject({ en: z.array(nonEmpty).min(1, 'needs at least one accepted answer') }),
  }),
]);

export const translateResponseSchema = z.strictObject({
  answer: z.string(),
});

export type TranslateExercise = z.infer<typeof translateSchema>;
export type TranslateResponse = z.infer<typeof translateResponseSchema>;
