import { z } from 'zod';

/**
 * Localized text, keyed by language code. French lives under `fr` and nowhere else, so tools
 * (French check, audio generator, glossary index) can find every French string by key alone.
 */
const langKey = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'language keys are codes like "en" or "pt-BR"');
const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** Text in the learner's language (instructions, explanations): `en` required, others optional. */
export const uiTextSchema = z
  .object({ en: nonEmpty })
  .catchall(nonEmpty)
  .superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (!langKey.safeParse(key).success) {
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a language code` });
      }
    }
  });

/** French text with its English gloss (dialogue lines, examples, titles). */
export const frTextSchema = z.object({ fr: nonEmpty, en: nonEmpty }).catchall(nonEmpty);

/** French text whose translation is optional (options, chips, short answers). */
export const frOnlySchema = z.object({ fr: nonEmpty }).catchall(nonEmpty);

/** Text that is either French or in the learner's language (a prompt may be either). */
export const anyTextSchema = z
  .object({ fr: nonEmpty.optional(), en: nonEmpty.optional() })
  .catchall(nonEmpty)
  .refine((value) => value.fr !== undefined || value.en !== undefined, {
    message: 'needs "fr" or "en"',
  });

/** A list of accepted French answers, main form first. */
export const acceptedFrSchema = z.object({
  fr: z.array(nonEmpty).min(1, 'needs at least one accepted answer'),
});

export type UiText = z.infer<typeof uiTextSchema>;
export type FrText = z.infer<typeof frTextSchema>;
export type FrOnly = z.infer<typeof frOnlySchema>;
export type AnyText = z.infer<typeof anyTextSchema>;
export type AcceptedFr = z.infer<typeof acceptedFrSchema>;
