import { z } from 'zod';
import { anyTextSchema, uiTextSchema } from '../../content/text-schema';

/** Multiple choice: one or several right options. */
export const multipleChoiceSchema = z.strictObject({
  id: z.string(),
  type: z.literal('multiple-choice'),
  instructions: uiTextSchema,
  prompt: anyTextSchema,
  /** Optional dialogue line or vocabulary id the question is about (its audio plays). */
  ref: z.string().optional(),
  options: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z]$/, 'option ids are single letters'), text: anyTextSchema }))
    .min(2)
    .max(6),
  /** Ids of the right options; several means "choose all that apply". */
  answer: z.array(z.string()).min(1),
  explanation: uiTextSchema.optional(),
});

export const multipleChoiceResponseSchema = z.strictObject({
  selected: z.array(z.string()),
});

export type MultipleChoiceExercise = z.infer<typeof multipleChoiceSchema>;
export type MultipleChoiceResponse = z.infer<typeof multipleChoiceResponseSchema>;
