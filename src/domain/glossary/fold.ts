/**
 * Search keys for the glossary: text folded so that what a learner types on any keyboard finds
 * what the glossary writes. Lower case, no accents or cedillas (NFD, marks stripped), `œ` → `oe`,
 * `æ` → `ae`, every apostrophe look-alike → `'`. Folding keeps a map back to the original text so
 * a match can be highlighted where it is.
 */

/** Words dropped from the start of a query or a term: "le poste" and "poste" find the same entry. */
export const LEADING_ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'l', 'les', 'un', 'une', 'the', 'a', 'an']);

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const APOSTROPHES = /[\u2019\u2018\u201B\u02BC\u02B9\u2032\u0060\u00B4\uFF07]/u;
const MARKS = /\p{M}/gu;
const foldCache = new Map<string, string>();

/** Folds one code point (the cache keeps the few hundred distinct characters of the glossary). */
function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  const lower = ch.toLowerCase();
  let out = '';
  for (const part of lower) {
    const ligature = LIGATURES[part];
    if (ligature !== undefined) out += ligature;
    else if (APOSTROPHES.test(part)) out += "'";
    else out += part.normalize('NFD').replace(MARKS, '');
  }
  foldCache.set(ch, out);
  return out;
}

/** A folded string and, for each of its UTF-16 units, the offset of the original character it came from. */
export interface Folded {
  text: string;
  /** `origin[i]` is the offset in the original string of the character that produced `text[i]`. */
  origin: number[];
  /** Length of the original string (the end of the last character). */
  sourceLength: number;
}

/** Folds `text` for search: `"L’Évacuation"` → `"l'evacuation"`. */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Folds `text` keeping the map back to the original offsets (for highlighting). */
export function foldWithOrigin(text: string): Folded {
  let out = '';
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    for (let i = 0; i < folded.length; i += 1) origin.push(offset);
    out += folded;
    offset += ch.length;
  }
  return { text: out, origin, sourceLength: text.length };
}

/** A word of folded text with its span in the original text. */
export interface FoldedToken {
  /** The folded word (`evacuation`). */
  key: string;
  /** Offset of the word in the original string. */
  start: number;
  /** Offset just past the word in the original string. */
  end: number;
  /** Offset in the folded string (to map a matched prefix back). */
  foldedStart: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Maps a folded offset back to the original string (an end offset may equal the folded length). */
export function originOffset(folded: Folded, foldedOffset: number): number {
  if (foldedOffset >= folded.origin.length) return folded.sourceLength;
  return folded.origin[foldedOffset] ?? folded.sourceLength;
}

/**
 * The words of `text`, folded, with their original spans. Apostrophes, hyphens, dots and spaces
 * separate words: `"l'engin explosif"` → `l`, `engin`, `explosif`.
 */
export function foldedTokens(text: string): FoldedToken[] {
  const folded = foldWithOrigin(text);
  const tokens: FoldedToken[] = [];
  for (const match of folded.text.matchAll(WORD)) {
    const foldedStart = match.index;
    const foldedEnd = foldedStart + match[0].length;
    tokens.push({ key: match[0], start: originOffset(folded, foldedStart), end: originOffset(folded, foldedEnd), foldedStart });
  }
  return tokens;
}

/** Drops a leading article when something follows it (`the checkpoint` → `checkpoint`, but `la` stays `la`). */
export function dropLeadingArticle<T extends { key: string }>(tokens: readonly T[]): T[] {
  const first = tokens[0];
  return first !== undefined && tokens.length > 1 && LEADING_ARTICLES.has(first.key) ? tokens.slice(1) : [...tokens];
}

/** The letters and digits of `text`, folded and joined: `"I.E.D."` → `"ied"` (acronyms found by their letters). */
export function compactKey(text: string): string {
  return (fold(text).match(WORD) ?? []).join('');
}
