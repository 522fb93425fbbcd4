/**
 * Generic Unicode text helpers: normalisation of typographic variants, edit distances and word
 * tokenisation. Nothing here knows about the course or about French grammar; callers compose these
 * helpers into their own comparison keys.
 *
 * @packageDocumentation
 */

/** Any Unicode combining mark, as left behind by NFD decomposition (acute, grave, cedilla, …). */
const COMBINING_MARKS = /\p{M}/gu;

/**
 * Removes diacritics (accents, cedilla, diaeresis…) from letters: `"Ça, éèêë"` → `"Ca, eeee"`.
 *
 * Ligatures such as `œ` are not decomposable by Unicode and are left alone; see
 * {@link expandLigatures}. The result is in NFC.
 */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** Ligatures written as one letter in careful typography and as two letters on most keyboards. */
const LIGATURES: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
};

/** Expands the `œ`/`æ` ligatures (either case) into their two-letter spellings: `"cœur"` → `"coeur"`. */
export function expandLigatures(text: string): string {
  return text.replace(/[œŒæÆ]/gu, (ligature) => LIGATURES[ligature] ?? ligature);
}

/**
 * Characters people type for an apostrophe: typographic ’ (U+2019), the modifier letter ʼ (U+02BC),
 * ‘ (U+2018), ‛, prime, backtick, acute accent, fullwidth apostrophe and the modifier prime ʹ.
 */
const APOSTROPHE_VARIANTS = /[\u2019\u2018\u201B\u02BC\u02B9\u2032\u0060\u00B4\uFF07]/gu;

/** Maps every apostrophe look-alike (`’`, `ʼ`, `‘`, `` ` ``, `´`…) to the ASCII apostrophe `'`. */
export function normalizeApostrophes(text: string): string {
  return text.replace(APOSTROPHE_VARIANTS, "'");
}

/** Double-quote look-alikes: guillemets, curly quotes, low-9 quotes, fullwidth and ornament quotes. */
const QUOTE_VARIANTS = /[«»‹›“”„‟〝〞＂]/gu;

/** Maps every double-quote variant (`« »`, `“ ”`, `„`, `‹ ›`…) to the ASCII double quote `"`. */
export function normalizeQuotes(text: string): string {
  return text.replace(QUOTE_VARIANTS, '"');
}

/**
 * Hyphen look-alikes: Unicode hyphen, non-breaking hyphen, figure dash, en dash, minus sign, small and
 * fullwidth hyphen-minus. The em dash is deliberately left out: it is punctuation (dialogue, aside),
 * never a word joiner.
 */
const HYPHEN_VARIANTS = /[\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/gu;

/** Maps hyphen look-alikes (`‐`, `‑`, `–`, `−`…) to the ASCII hyphen-minus `-`. */
export function normalizeHyphens(text: string): string {
  return text.replace(HYPHEN_VARIANTS, '-');
}

/**
 * Zero-width and invisible formatting characters that change nothing a reader sees. U+200B–U+200D
 * is written as a range because listing the joiners beside other characters looks like a joined
 * emoji sequence to linters.
 */
const INVISIBLE_CHARS = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/** Removes invisible characters: soft hyphen, zero-width space/joiners, word joiner and BOM. */
export function removeInvisibleChars(text: string): string {
  return text.replace(INVISIBLE_CHARS, '');
}

/**
 * Collapses every run of whitespace — including the no-break space U+00A0 and the narrow no-break
 * space U+202F that French typography puts before `? ! : ;` — into one ASCII space, and trims both
 * ends.
 */
export function normalizeSpaces(text: string): string {
  // `\s` with the `u` flag covers all Unicode space separators (Zs), tabs and line breaks.
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Number of Unicode code points in `text` (an emoji or a letter outside the BMP counts as one, unlike
 * `text.length`).
 */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

/**
 * Levenshtein edit distance between two strings: the minimum number of single code-point insertions,
 * deletions and substitutions turning `a` into `b`. Case- and accent-sensitive; normalise first if
 * that is not wanted.
 */
export function levenshtein(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length === 0) return right.length;
  if (right.length === 0) return left.length;
  // Two rolling rows are enough: the distance only looks one row back.
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  let current = new Array<number>(right.length + 1).fill(0);
  for (let i = 1; i <= left.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      const deletion = (previous[j] ?? 0) + 1;
      const insertion = (current[j - 1] ?? 0) + 1;
      current[j] = Math.min(substitution, deletion, insertion);
    }
    [previous, current] = [current, previous];
  }
  return previous[right.length] ?? 0;
}

/**
 * Damerau–Levenshtein distance in its "optimal string alignment" form: like {@link levenshtein} but
 * swapping two adjacent code points (`"arrvié"` for `"arrivé"`) also costs 1, which matches how
 * typing slips actually happen. No substring is edited twice.
 */
export function damerauLevenshtein(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length === 0) return right.length;
  if (right.length === 0) return left.length;
  const width = right.length + 1;
  // A full matrix (flattened) because transpositions look two rows back.
  const d = new Array<number>((left.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j] ?? 0;
  for (let i = 0; i <= left.length; i += 1) d[i * width] = i;
  for (let j = 0; j <= right.length; j += 1) d[j] = j;
  for (let i = 1; i <= left.length; i += 1) {
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * width + j] = best;
    }
  }
  return at(left.length, right.length);
}

/** Length of the longest common prefix of two strings, in UTF-16 code units (usable with `slice`). */
export function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a[i] === b[i]) i += 1;
  return i;
}

/** A word found by {@link wordSpans}, with its UTF-16 offsets in the original string. */
export interface WordSpan {
  /** The word exactly as it appears in the source string. */
  readonly text: string;
  /** Offset of the first code unit of the word. */
  readonly start: number;
  /** Offset just past the last code unit of the word (`source.slice(start, end) === text`). */
  readonly end: number;
}

/**
 * A run of word characters: letters, combining marks, digits, plus invisible characters (soft hyphen,
 * zero-width joiners) which sit inside words without splitting them visually. The letter-like
 * apostrophes ʼ (U+02BC) and ʹ (U+02B9) are excluded because they are used as apostrophes, which
 * separate words.
 */
const WORD_RUN = /(?:(?![\u02BC\u02B9])[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060])+/gu;
/** A run only counts as a word if it holds something visible. */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Splits text into words: maximal runs of letters and digits. Everything else — spaces, punctuation,
 * apostrophes and hyphens — separates words, so `"J'habite à Saint-Louis."` gives
 * `J`, `habite`, `à`, `Saint`, `Louis`. Offsets refer to the string as given (no normalisation is
 * applied, so they can be used to highlight the original text).
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD_RUN)) {
    const word = match[0];
    if (!HAS_LETTER_OR_DIGIT.test(word)) continue;
    spans.push({ text: word, start: match.index, end: match.index + word.length });
  }
  return spans;
}

/** The words of `text` as plain strings; see {@link wordSpans} for what counts as a word. */
export function words(text: string): string[] {
  return wordSpans(text).map((span) => span.text);
}
