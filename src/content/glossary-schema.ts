/**
 * The EN–FR peacekeeping glossary: one file per domain, `content/glossary/<domain>.json`.
 *
 * French sits under the key `fr` and nowhere else (the French check and the audio generator collect
 * every `fr` value): `term.fr` lists the French terms, main first, each with its article
 * (`"le poste de contrôle"`); `gender` beside it gives each one's gender in the same order. See the
 * "Glossary" section of content/README.md for a complete entry.
 */
import { z } from 'zod';
import { GLOSSARY_ID_PATTERN } from './glossary-domains';
import { uiTextSchema } from './text-schema';

const nonEmpty = z
  .string()
  .min(1, 'must not be empty')
  .refine((value) => value.trim() === value, 'must not start or end with a space');

/** Parts of speech used in the glossary. `phrase`: a fixed expression or a radio/command formula. */
export const GLOSSARY_PARTS_OF_SPEECH = ['noun', 'verb', 'adjective', 'adverb', 'phrase'] as const;
export type GlossaryPartOfSpeech = (typeof GLOSSARY_PARTS_OF_SPEECH)[number];

/** Grammatical gender of a French term: masculine, feminine, either (`mf`: le/la casque bleu…), or none. */
export const glossaryGenderSchema = z.enum(['m', 'f', 'mf']).nullable();
export type GlossaryGender = z.infer<typeof glossaryGenderSchema>;

/**
 * An acronym and its counterpart in the other language. Both keys must be present: `"fr": null`
 * says explicitly that French spells the term out (no acronym in UN French usage), and
 * `"same": true` with `en` alone says that French uses the same letters (SOFA, MINUSMA…).
 * Each acronym stands for the entry's main term in its language.
 */
export const glossaryAcronymSchema = z
  .object({
    en: nonEmpty.nullable().optional(),
    fr: nonEmpty.nullable().optional(),
    same: z.literal(true).optional(),
  })
  .strict();
export type GlossaryAcronym = z.infer<typeof glossaryAcronymSchema>;

/** One glossary entry. */
export const glossaryEntrySchema = z
  .object({
    id: z.string().regex(GLOSSARY_ID_PATTERN, 'id must look like "gl.checkpoint-patrol.0042"'),
    pos: z.enum(GLOSSARY_PARTS_OF_SPEECH),
    /** English terms and French terms (with article), main first, synonyms after. */
    term: z
      .object({
        en: z.array(nonEmpty).min(1, 'needs at least one English term'),
        fr: z.array(nonEmpty).min(1, 'needs at least one French term'),
      })
      .strict(),
    /** The gender of each French term, in the order of `term.fr`; required for nouns. */
    gender: z.array(glossaryGenderSchema).optional(),
    acronyms: z.array(glossaryAcronymSchema).optional(),
    /** A short sentence of our own (A2–B1) using the term, with its translation. */
    example: z.object({ fr: nonEmpty, en: nonEmpty }).strict(),
    /** Usage, register, false friend… in the learner's language. */
    note: uiTextSchema.optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const GLOSSARY_FORMAT = 'en-avant-glossary';

/** A domain file. */
export const glossaryFileSchema = z
  .object({
    format: z.literal(GLOSSARY_FORMAT),
    version: z.literal(1),
    domain: z.string(),
    title: z.object({ en: nonEmpty, fr: nonEmpty }).strict(),
    entries: z.array(glossaryEntrySchema),
  })
  .strict();
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
