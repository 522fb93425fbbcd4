/**
 * The glossary as a peacekeeper uses it: several hundred terms looked up both ways (and by
 * acronym), from `tests/fixtures/glossary-lookups.json` — lists written from the field's needs,
 * independently of `content/glossary/` (the first by the glossary's editor before the domains were
 * written, the second by a reviewer who never opened the glossary). A lookup counts as found when one of its accepted answers
 * is a term (or acronym) of an entry among the first three results. This measures the glossary's
 * coverage and the search's ranking together; the misses are printed so they can be added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { flattenGlossary, toSearchDoc } from '../src/content/glossary-index';
import { validateGlossary } from '../src/content/glossary-validate';
import { dropLeadingArticle, foldedTokens } from '../src/domain/glossary/fold';
import { createGlossaryIndex } from '../src/domain/glossary/search';
import { readContentFiles } from '../scripts/lib/read-content';

interface Lookup {
  q: string;
  lang: 'en' | 'fr' | 'acronym';
  any: string[];
}

const ROOT = join(__dirname, '..');
const { lookups } = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/glossary-lookups.json'), 'utf8')) as { lookups: Lookup[] };

/**
 * Little words a glossary may or may not write (`l'exploitation et les atteintes` = `exploitation
 * et atteintes`; `to unload` = `unload`).
 */
const LITTLE_WORDS = new Set(['le', 'la', 'les', 'l', 'de', 'des', 'du', 'd', 'et', 'the', 'of', 'and', 'a', 'an', 'to']);

/** Singular and plural count as one answer (`acteurs humanitaires` = `acteur humanitaire`). */
const singular = (word: string) => (word.length > 3 ? word.replace(/[sx]$/, '') : word);

/** A term as compared here: folded, singular, without little words and (qualifiers): `L'Évacuation` → `evacuation`. */
const key = (term: string) =>
  dropLeadingArticle(foldedTokens(term.replace(/\s*\([^)]*\)/g, '')))
    .map((token) => token.key)
    .filter((word) => !LITTLE_WORDS.has(word))
    .map(singular)
    .join(' ');

/** Share of lookups that must be found in the top 3. */
const FLOOR = 0.95;

describe('glossary lookups', () => {
  const { errors, glossary } = validateGlossary(readContentFiles(join(ROOT, 'content')));
  const entries = flattenGlossary(glossary.values());
  const index = createGlossaryIndex(entries.map(toSearchDoc));
  const byId = new Map(entries.map((entry) => [entry.id, toSearchDoc(entry)]));

  test('the glossary is valid (lookups run over all of it)', () => {
    expect(errors).toEqual([]);
  });

  test(`at least ${String(FLOOR * 100)} % of ${String(lookups.length)} terms are found both ways, in the first three results`, () => {
    const misses: string[] = [];
    for (const lookup of lookups) {
      const accepted = new Set(lookup.any.map(key));
      const top = index.search(lookup.q, { limit: 3 }).hits;
      const found = top.some((hit) => {
        const doc = byId.get(hit.id);
        return doc !== undefined && [...doc.en, ...doc.fr, ...doc.acronyms].some((term) => accepted.has(key(term)));
      });
      if (!found) {
        const got = top.map((hit) => hit.text).join(' | ') || '(nothing)';
        misses.push(`${lookup.lang} "${lookup.q}" → wanted ${lookup.any.join(' / ')}; got ${got}`);
      }
    }
    const share = 1 - misses.length / lookups.length;
    const report = `${String(lookups.length - misses.length)}/${String(lookups.length)} found (${(share * 100).toFixed(1)} %). Misses:\n${misses.join('\n')}`;
    if (process.env.GLOSSARY_LOOKUPS_REPORT) console.info(report);
    expect(share, report).toBeGreaterThanOrEqual(FLOOR);
  });

  test('the list covers every direction', () => {
    for (const lang of ['en', 'fr', 'acronym'] as const)
      expect(lookups.filter((lookup) => lookup.lang === lang).length).toBeGreaterThan(20);
  });
});
