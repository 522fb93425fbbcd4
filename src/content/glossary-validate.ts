/**
 * Validation of the glossary files (`content/glossary/<domain>.json`), called by
 * `validateContent` (so by `scripts/validate-content.ts`, `tests/content.test.ts` and the build).
 * Messages name the file and JSON path: `content/glossary/radio-signals.json: entries[12].gender[0]: …`.
 *
 * Beyond the schema: ids (pattern, domain of the file, unique across the glossary), the file's
 * domain, French nouns with an article that agrees with their gender, no duplicate entry (same main
 * English and main French term), every acronym resolved both ways, and an example that uses the term.
 */
import type { z } from 'zod';
import { compactKey, fold, foldedTokens } from '../domain/glossary/fold';
import { GLOSSARY_DOMAINS, glossaryDomainOf, isGlossaryDomain } from './glossary-domains';
import { glossaryFileSchema, type GlossaryEntry, type GlossaryFile } from './glossary-schema';

/** One problem in a glossary file (same shape as the course validator's ContentError). */
export interface GlossaryError {
  file: string;
  path: string;
  message: string;
}

/** Formats a zod path as `a.b[2].c`. */
function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out === '' ? '(root)' : out;
}

function zodErrors(file: string, error: z.ZodError): GlossaryError[] {
  return error.issues.map((issue) => {
    const missing = /^Invalid input: expected (\w+), received undefined$/.exec(issue.message);
    return {
      file,
      path: jsonPath(issue.path),
      message: missing ? `missing required field (expected ${missing[1] ?? 'a value'})` : issue.message,
    };
  });
}

/** The glossary file paths among the content files (`glossary/<name>.json`). */
export function glossaryPaths(files: ReadonlyMap<string, string>): string[] {
  return [...files.keys()].filter((path) => /^glossary\/[^/]+\.json$/.test(path)).sort();
}

const ARTICLE = /^(?:(les|le|la)\s|(l'|l’))/i;
/** Words skipped when looking for the head word of a French term. */
const FUNCTION_WORDS = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'se', 's']);

/**
 * Whether the example sentence uses the term: the head word of one of the French terms (the first
 * word after the article, `poste` in "le poste de contrôle", `patrouiller` for the verb), matched by
 * its stem so inflected forms count (`patrouilles`, `patrouillons`), accents and case ignored; or
 * one of the entry's acronyms.
 */
export function exampleUsesTerm(entry: Pick<GlossaryEntry, 'term' | 'acronyms'>, exampleFr: string): boolean {
  const exampleWords = foldedTokens(exampleFr).map((token) => token.key);
  const acronyms = (entry.acronyms ?? []).flatMap((acronym) => [acronym.en, acronym.fr]).filter((value): value is string => !!value);
  if (acronyms.some((acronym) => exampleWords.includes(compactKey(acronym)))) return true;
  return entry.term.fr.some((term) => {
    const head = foldedTokens(term)
      .map((token) => token.key)
      .find((word) => !FUNCTION_WORDS.has(word));
    if (head === undefined) return false;
    const stem = head.length <= 4 ? head : head.slice(0, Math.max(4, head.length - 2));
    return exampleWords.some((word) => word.startsWith(stem));
  });
}

/** The gender a French article implies: `le` m, `la` f, `l'`/`les` say nothing. */
function articleGender(term: string): 'm' | 'f' | undefined {
  const article = ARTICLE.exec(term)?.[1]?.toLowerCase();
  return article === 'le' ? 'm' : article === 'la' ? 'f' : undefined;
}

const ACRONYM_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N}.&/-]*$/u;

function checkAcronyms(file: string, prefix: string, entry: GlossaryEntry, errors: GlossaryError[]): void {
  (entry.acronyms ?? []).forEach((acronym, index) => {
    const path = `${prefix}.acronyms[${index}]`;
    const shown = acronym.en ?? acronym.fr ?? '?';
    if (acronym.same === true) {
      if (typeof acronym.en !== 'string')
        errors.push({ file, path: `${path}.en`, message: 'an acronym marked "same" needs its letters in "en"' });
      if (acronym.fr !== undefined)
        errors.push({
          file,
          path: `${path}.fr`,
          message: `acronym "${shown}" is marked "same": leave "fr" out (French uses the English letters)`,
        });
    } else {
      if (!('en' in acronym))
        errors.push({
          file,
          path: `${path}.en`,
          message: `acronym "${shown}" has no English counterpart: give "en", or "en": null if English spells the term out`,
        });
      if (!('fr' in acronym))
        errors.push({
          file,
          path: `${path}.fr`,
          message: `acronym "${shown}" has no French counterpart: give "fr", mark it "same": true, or "fr": null if French spells the term out`,
        });
      if (acronym.en == null && acronym.fr == null && 'en' in acronym && 'fr' in acronym)
        errors.push({ file, path, message: 'an acronym needs letters in at least one language' });
    }
    for (const lang of ['en', 'fr'] as const) {
      const letters = acronym[lang];
      if (typeof letters !== 'string') continue;
      if (!ACRONYM_SHAPE.test(letters) || (letters.match(/\p{Lu}/gu) ?? []).length < 2) {
        errors.push({
          file,
          path: `${path}.${lang}`,
          message: `"${letters}" does not look like an acronym (letters, at least two capitals)`,
        });
      }
      if (entry.term[lang].some((term) => fold(term) === fold(letters))) {
        errors.push({ file, path: `${path}.${lang}`, message: `acronym "${letters}" repeats a term: list it only once` });
      }
    }
  });
}

function checkEntry(file: string, index: number, entry: GlossaryEntry, errors: GlossaryError[]): void {
  const prefix = `entries[${index}]`;
  const { fr, en } = entry.term;
  const genders = entry.gender;
  if (genders !== undefined && genders.length !== fr.length) {
    errors.push({
      file,
      path: `${prefix}.gender`,
      message: `gives ${genders.length} gender(s) for ${fr.length} French term(s): one per term, in the same order`,
    });
  }
  if (entry.pos === 'noun') {
    if (genders === undefined) errors.push({ file, path: `${prefix}.gender`, message: 'a noun needs the gender of each French term' });
    fr.forEach((term, termIndex) => {
      const path = `${prefix}.term.fr[${termIndex}]`;
      if (!ARTICLE.test(term)) {
        errors.push({ file, path, message: `"${term}" needs its article (le, la, l', les)` });
        return;
      }
      const gender = genders?.[termIndex];
      if (genders !== undefined && gender === null) {
        errors.push({ file, path: `${prefix}.gender[${termIndex}]`, message: `"${term}" is a noun: give its gender (m, f or mf)` });
      }
      const implied = articleGender(term);
      if (implied !== undefined && gender != null && gender !== 'mf' && gender !== implied) {
        errors.push({ file, path: `${prefix}.gender[${termIndex}]`, message: `gender "${gender}" contradicts the article of "${term}"` });
      }
    });
  }
  en.forEach((term, termIndex) => {
    if (/^(the|a|an)\s/i.test(term))
      errors.push({ file, path: `${prefix}.term.en[${termIndex}]`, message: `"${term}": write English terms without an article` });
  });
  for (const lang of ['en', 'fr'] as const) {
    const seen = new Map<string, number>();
    entry.term[lang].forEach((term, termIndex) => {
      const key = fold(term);
      const first = seen.get(key);
      if (first !== undefined)
        errors.push({ file, path: `${prefix}.term.${lang}[${termIndex}]`, message: `"${term}" repeats term.${lang}[${first}]` });
      else seen.set(key, termIndex);
    });
  }
  checkAcronyms(file, prefix, entry, errors);
  if (!exampleUsesTerm(entry, entry.example.fr)) {
    errors.push({
      file,
      path: `${prefix}.example.fr`,
      message: `the example does not use the term "${fr[0] ?? ''}" (nor a synonym or an acronym)`,
    });
  }
}

/** A validated glossary: the files by domain, in GLOSSARY_DOMAINS order. */
export type ValidatedGlossary = Map<string, GlossaryFile>;

/**
 * Validates every `glossary/*.json` among `files` (keyed by path relative to the content root).
 * `filePrefix` is prepended to file names in messages (e.g. `content/`).
 */
export function validateGlossary(
  files: ReadonlyMap<string, string>,
  filePrefix = 'content/',
): { errors: GlossaryError[]; glossary: ValidatedGlossary } {
  const errors: GlossaryError[] = [];
  const parsedFiles: Array<{ file: string; data: GlossaryFile }> = [];
  for (const path of glossaryPaths(files)) {
    const file = `${filePrefix}${path}`;
    let raw: unknown;
    try {
      raw = JSON.parse(files.get(path) ?? '');
    } catch (error) {
      errors.push({ file, path: '(root)', message: `invalid JSON: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    const name = path.slice('glossary/'.length, -'.json'.length);
    if (!isGlossaryDomain(name)) {
      errors.push({ file, path: '(root)', message: `"${name}" is not a glossary domain (${GLOSSARY_DOMAINS.join(', ')})` });
      continue;
    }
    const parsed = glossaryFileSchema.safeParse(raw);
    if (!parsed.success) {
      errors.push(...zodErrors(file, parsed.error));
      continue;
    }
    if (parsed.data.domain !== name) {
      errors.push({ file, path: 'domain', message: `domain "${parsed.data.domain}" differs from the file name "${name}"` });
    }
    parsedFiles.push({ file, data: parsed.data });
  }

  const seenIds = new Map<string, string>();
  const seenPairs = new Map<string, string>();
  const glossary: ValidatedGlossary = new Map();
  for (const { file, data } of parsedFiles) {
    const before = errors.length;
    data.entries.forEach((entry, index) => {
      const where = `${file}: entries[${index}]`;
      const domain = glossaryDomainOf(entry.id);
      if (domain !== data.domain) {
        errors.push({
          file,
          path: `entries[${index}].id`,
          message: `id "${entry.id}" is not in domain ${data.domain} (gl.${data.domain}.NNNN)`,
        });
      }
      const previous = seenIds.get(entry.id);
      if (previous !== undefined)
        errors.push({ file, path: `entries[${index}].id`, message: `duplicate id "${entry.id}" (first used at ${previous})` });
      else seenIds.set(entry.id, `${where}.id`);
      const pair = `${fold(entry.term.en[0] ?? '')}\u0000${fold(entry.term.fr[0] ?? '')}`;
      const twin = seenPairs.get(pair);
      if (twin !== undefined) {
        errors.push({
          file,
          path: `entries[${index}]`,
          message: `duplicate entry "${entry.term.en[0] ?? ''}" = "${entry.term.fr[0] ?? ''}" (first at ${twin})`,
        });
      } else seenPairs.set(pair, where);
      checkEntry(file, index, entry, errors);
    });
    if (errors.length === before) glossary.set(data.domain, data);
  }
  const ordered: ValidatedGlossary = new Map();
  for (const domain of GLOSSARY_DOMAINS) {
    const data = glossary.get(domain);
    if (data) ordered.set(domain, data);
  }
  return { errors, glossary: ordered };
}
