import { z } from 'zod';
import { frOnlySchema, uiTextSchema } from '../../content/text-schema';

/** Odd one out: 4–5 French words or phrases, one of which does not belong with the others. */
export const oddOneOutSchema = z.strictObject({
  id: z.string(),
  type: z.literal('odd-one-out'),
  instructions: uiTextSchema,
  options: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z]$/, 'option ids are single letters'), text: frOnlySchema }))
    .min(4)
    .max(5),
  /** Id of the option that does not belong. */
  answer: z.string(),
  /** Why it does not belong; shown after checking. */
  explanation: uiTextSchema.optional(),
});

export const oddOneOutResponseSchema = z.strictObject({
  selected: z.string().nullable(),
});

export type OddOneOutExercise = z.infer<typeof oddOneOutSchema>;
export type OddOneOutResponse = z.infer<typeof oddOneOutResponseSchema>;
