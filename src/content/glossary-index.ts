/**
 * From glossary entries to what the search index and the screens need. Node-safe and free of zod
 * (the bench script and the browser both use it); the entries were validated at build time.
 */
import { fold } from '../domain/glossary/fold';
import type { GlossarySearchDoc } from '../domain/glossary/search';
import type { GlossaryEntry, GlossaryFile } from './glossary-schema';

/** An entry with the domain it belongs to. */
export interface DomainEntry extends GlossaryEntry {
  domain: string;
}

/** The acronyms of an entry in a language; a `same` acronym counts for both. */
export function acronymsIn(entry: Pick<GlossaryEntry, 'acronyms'>, lang: 'en' | 'fr'): string[] {
  return (entry.acronyms ?? [])
    .map((acronym) => (lang === 'fr' && acronym.same === true ? acronym.en : acronym[lang]))
    .filter((value): value is string => typeof value === 'string');
}

/** The searchable texts of an entry. */
export function toSearchDoc(entry: GlossaryEntry): GlossarySearchDoc {
  const acronyms = [...new Set([...acronymsIn(entry, 'en'), ...acronymsIn(entry, 'fr')])];
  return { id: entry.id, en: entry.term.en, fr: entry.term.fr, acronyms };
}

/** The sort key of a term for A–Z lists: folded, without its article (`l'arme` sorts under A). */
export function sortKey(term: string): string {
  return fold(term)
    .replace(/^(les|le|la|the|to) /, '')
    .replace(/^l'/, '');
}

/** The first letter a term is listed under in the A–Z index (`#` for digits and symbols). */
export function initialOf(term: string): string {
  const first = sortKey(term).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Every entry of the given files, with its domain, sorted A–Z by main English term then id. */
export function flattenGlossary(files: Iterable<GlossaryFile>): DomainEntry[] {
  const entries: DomainEntry[] = [];
  for (const file of files) for (const entry of file.entries) entries.push({ ...entry, domain: file.domain });
  return entries.sort((a, b) => compareBy('en')(a, b));
}

/** Compares entries A–Z by their main term in `lang` (then by id, so the order is stable). */
export function compareBy(lang: 'en' | 'fr'): (a: GlossaryEntry, b: GlossaryEntry) => number {
  return (a, b) => {
    const ka = sortKey(a.term[lang][0] ?? '');
    const kb = sortKey(b.term[lang][0] ?? '');
    return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}
