/**
 * Pure helpers of the translate type, kept apart from the zod schema so views ship without zod.
 *
 * The main one is {@link judgeEnglish}, the lenient marker for French → English translations. The
 * learner's English is not what is tested — their understanding of the French is — so the
 * marker forgives everything that does not change the meaning, and nothing that does:
 *
 * **correct** (nothing said):
 * - case, accents, punctuation, quotes, spaces; hyphens count as spaces;
 * - contractions: `I'm`/`I am`, `don't`/`do not`, `can't`/`cannot`/`can not`, `won't`/`will not`,
 *   `'re`, `'ve`, `'ll`, `let's`; `'d` may be `would` or `had`, `he's`/`it's`/`that's`… may be
 *   `is` or `has` (both readings are tried, on both sides);
 * - `a`/`an`; `okay`/`OK`; `&`/`and`;
 * - numbers in words or digits (`six`/`6`, `twenty-five`/`25`, `first`/`1st`); clock times
 *   `6:30`/`6.30`/`6h30`/`06:30`; `a.m.`/`am`;
 * - British and American spelling (`-our`/`-or`, `-ise`/`-ize`, `-yse`/`-yze`, `centre`, `metre`,
 *   `defence`, `travelled`, `learnt`…).
 *
 * **near-miss** (accepted, with the slip pointed out):
 * - a missing or extra article, or `the` for `a` and back (`missing-word`/`extra-word`/`typo`);
 * - a contraction without its apostrophe (`dont`, `im`) or a missing apostrophe (`captains car`);
 * - one typing slip (insertion, deletion, substitution, swap) in the middle of a word of 5+ letters
 *   — never in its first or last letter (`night`/`light`, `arrive`/`arrived`, `soldier`/`soldiers`
 *   are other words or other forms), never one vowel for another (`woman`/`women`,
 *   `write`/`wrote`, `these`/`those`), never `oo`/`o` or `ee`/`e` (`choose`/`chose`), and never
 *   between two words of the {@link CONFUSABLE_GROUPS} list (`where`/`were`, `later`/`latter`…);
 * - a compound written in one or two words (`checkpoint`/`check point`: `spacing`);
 * - the same words with a block moved from the end to the start or back (`At six the convoy
 *   leaves` for `The convoy leaves at six`: `word-order`) — a fronted time or place; in answers
 *   of 4+ words only.
 *
 * **wrong**: any other missing, extra or different word, plural for singular, another tense.
 *
 * Issues carry no `wordIndex`: English words are not split the way `wordSpans` splits them.
 */
import type { Issue, IssueKind, IssueSeverity, Verdict } from '../../domain/answers/judge';
import {
  damerauLevenshtein,
  expandLigatures,
  normalizeApostrophes,
  normalizeHyphens,
  normalizeQuotes,
  removeInvisibleChars,
  stripDiacritics,
} from '../../lib/text';

// ---------------------------------------------------------------------------------------------
// English knowledge: small curated lists, deliberately not a dictionary.

/** Real words one interior slip away from another real word: a slip between them is an error. */
export const CONFUSABLE_GROUPS: readonly (readonly string[])[] = [
  ['where', 'were'],
  ['there', 'three'],
  ['these', 'those'],
  ['later', 'latter'],
  ['loose', 'lose'],
  ['chose', 'choose', 'chase'],
  ['though', 'through', 'thorough'],
  ['bought', 'brought'],
  ['desert', 'dessert'],
  ['advice', 'advise'],
  ['diary', 'dairy'],
  ['lunch', 'launch'],
  ['house', 'horse'],
  ['metal', 'medal'],
  ['words', 'worlds'],
  ['clothes', 'cloths'],
  ['field', 'filed'],
  ['price', 'prize'],
  ['tired', 'tried'],
  ['trail', 'trial'],
  ['united', 'untied'],
  ['sacred', 'scared'],
  ['casual', 'causal'],
  ['marital', 'martial'],
  ['widow', 'window'],
  ['border', 'boarder'],
  ['order', 'older'],
  ['radio', 'ratio'],
  ['soldier', 'solder'],
  ['armed', 'aimed'],
  ['injured', 'insured'],
  ['report', 'resort'],
  ['diner', 'dinner'],
  ['super', 'supper'],
  ['hoping', 'hopping'],
  ['planed', 'planned'],
  ['stared', 'starred', 'started'],
  ['quiet', 'quite'],
  ['angel', 'angle'],
  ['form', 'from'],
  ['county', 'country'],
  ['sever', 'seven'],
  ['moral', 'morale'],
  ['human', 'humane'],
];

const CONFUSABLES: ReadonlyMap<string, number> = new Map(
  CONFUSABLE_GROUPS.flatMap((group, number) => group.map((word) => [word, number] as const)),
);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** The two articles after `an` → `a`: dropping, adding or swapping them is a slip. */
const ARTICLES = new Set(['a', 'the']);

/** Words whose `'s` contraction is read as `is` or `has` (`he's` = he is / he has). */
const S_CONTRACTIBLE = new Set(['he', 'she', 'it', 'that', 'there', 'here', 'what', 'where', 'who', 'how', 'when', 'why', 'this']);

/** Contractions typed without their apostrophe that are not also ordinary words (`its`, `well`, `were`, `ill`, `id`…). */
const NO_APOSTROPHE: ReadonlyMap<string, string> = new Map(
  [
    "don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't can't won't couldn't",
    "shouldn't wouldn't mustn't needn't i'm you're they're that's what's there's i've you've",
    "we've they've you'll they'll i'll",
  ]
    .join(' ')
    .split(' ')
    .filter((word) => word !== "i'll")
    .map((word) => [word.replace("'", ''), word] as const),
);

/** British → American spellings that no general rule below covers. */
const SPELLINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    centre: 'center',
    centres: 'centers',
    metre: 'meter',
    metres: 'meters',
    kilometre: 'kilometer',
    kilometres: 'kilometers',
    litre: 'liter',
    litres: 'liters',
    theatre: 'theater',
    fibre: 'fiber',
    calibre: 'caliber',
    defence: 'defense',
    offence: 'offense',
    licence: 'license',
    practise: 'practice',
    programme: 'program',
    programmes: 'programs',
    travelled: 'traveled',
    travelling: 'traveling',
    traveller: 'traveler',
    travellers: 'travelers',
    cancelled: 'canceled',
    cancelling: 'canceling',
    labelled: 'labeled',
    signalled: 'signaled',
    fuelled: 'fueled',
    modelled: 'modeled',
    jewellery: 'jewelry',
    manoeuvre: 'maneuver',
    manoeuvres: 'maneuvers',
    aeroplane: 'airplane',
    grey: 'gray',
    learnt: 'learned',
    spelt: 'spelled',
    burnt: 'burned',
    dreamt: 'dreamed',
    amongst: 'among',
    whilst: 'while',
    towards: 'toward',
    okay: 'ok',
    an: 'a',
  }),
);

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((word, value) => [word, value] as const)
    .concat('twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, index) => [word, (index + 2) * 10] as const)),
);

const ORDINAL_WORDS: ReadonlyMap<string, string> = new Map(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'
    .split(' ')
    .map((word, index) => [word, `${index + 1}${index === 0 ? 'st' : index === 1 ? 'nd' : index === 2 ? 'rd' : 'th'}`] as const),
);

// ---------------------------------------------------------------------------------------------
// Normalisation

/** A word of an English answer: `key` compares, `raw` is what issues show. */
export interface EnglishToken {
  key: string;
  raw: string;
}

/** One reading of an answer (contractions make several) and the slips typing it cost. */
interface Reading {
  tokens: EnglishToken[];
  slips: Issue[];
}

function issue(kind: IssueKind, severity: IssueSeverity, got: string | undefined, expected: string | undefined): Issue {
  const made: Issue = { kind, severity };
  if (got !== undefined) made.got = got;
  if (expected !== undefined) made.expected = expected;
  return made;
}

/** Typography away: lowercase, no accents, one apostrophe, times and a.m. in one spelling. */
function prepare(text: string): string {
  return (
    expandLigatures(stripDiacritics(normalizeHyphens(normalizeQuotes(normalizeApostrophes(removeInvisibleChars(text.normalize('NFC')))))))
      .toLowerCase()
      .replace(/&/gu, ' and ')
      // 1,000 → 1000
      .replace(/(\d),(?=\d{3}(?!\d))/gu, '$1')
      // a.m. / p.m. → am / pm; 6am → 6 am
      .replace(/\b([ap])\.\s?m\b\.?/gu, '$1m')
      .replace(/(\d)(am|pm)\b/gu, '$1 $2')
      // 06:30, 6.30, 6h30, 6 h 30 → 6:30
      .replace(/\b(\d{1,2})\s?[:h.]\s?(\d{2})\b/gu, (_, hours: string, minutes: string) => `${Number(hours)}:${minutes}`)
  );
}

/** The canonical spelling of one word (numbers, American spelling, `an` → `a`). */
export function canonicalWord(word: string): string {
  const number = NUMBER_WORDS.get(word);
  if (number !== undefined) return String(number);
  const ordinal = ORDINAL_WORDS.get(word);
  if (ordinal !== undefined) return ordinal;
  const spelling = SPELLINGS.get(word);
  if (spelling !== undefined) return spelling;
  if (word.length >= 6) {
    const ise = /^(.{3,})is(e|es|ed|ing|ation|ations)$/u.exec(word);
    if (ise) return `${ise[1]}iz${ise[2]}`;
    const yse = /^(.{2,})ys(e|es|ed|ing)$/u.exec(word);
    if (yse) return `${yse[1]}yz${yse[2]}`;
    const our = /^(.{3,})our(s|ed|ing|able|ite|ites)?$/u.exec(word);
    if (our) return `${our[1]}or${our[2] ?? ''}`;
  }
  return word;
}

/** The readings of one typed word: contractions expand, `'d` and `he's` have two readings. */
function expandWord(word: string): string[][] {
  if (word === "can't" || word === 'cannot') return [['can', 'not']];
  if (word === "won't") return [['will', 'not']];
  if (word === "shan't") return [['shall', 'not']];
  if (word === "let's") return [['let', 'us']];
  const match = /^(.+)'(t|m|re|ve|ll|d|s)$/u.exec(word);
  if (!match) return [[word]];
  const [, stem = '', ending = ''] = match;
  switch (ending) {
    case 't':
      return stem.endsWith('n') ? [[stem.slice(0, -1), 'not']] : [[word]];
    case 'm':
      return [[stem, 'am']];
    case 're':
      return [[stem, 'are']];
    case 've':
      return [[stem, 'have']];
    case 'll':
      return [[stem, 'will']];
    case 'd':
      return [
        [stem, 'would'],
        [stem, 'had'],
      ];
    default:
      return S_CONTRACTIBLE.has(stem)
        ? [
            [stem, 'is'],
            [stem, 'has'],
          ]
        : [[word]];
  }
}

const MAX_READINGS = 16;

/** Every reading of an English answer, as canonical tokens (at most {@link MAX_READINGS}). */
export function englishReadings(text: string): Array<{ tokens: EnglishToken[]; slips: Issue[] }> {
  const words = prepare(text).match(/\d+:\d{2}|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
  let readings: Reading[] = [{ tokens: [], slips: [] }];
  for (const typed of words) {
    const restored = NO_APOSTROPHE.get(typed);
    const word = restored ?? typed;
    const slips = restored !== undefined ? [issue('apostrophe', 'slip', typed, restored)] : [];
    const alternatives = expandWord(word);
    const next: Reading[] = [];
    for (const reading of readings) {
      for (const alternative of alternatives) {
        if (next.length >= MAX_READINGS) break;
        next.push({
          tokens: [...reading.tokens, ...alternative.map((part) => ({ key: canonicalWord(part), raw: part }))],
          slips: [...reading.slips, ...slips],
        });
      }
    }
    readings = next;
  }
  return readings.map((reading) => ({ tokens: joinNumbers(reading.tokens), slips: reading.slips }));
}

/** `twenty five` (from `twenty-five`) → `25`. */
function joinNumbers(tokens: EnglishToken[]): EnglishToken[] {
  const out: EnglishToken[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    const tens = last && NUMBER_WORDS.get(last.raw);
    const unit = NUMBER_WORDS.get(token.raw);
    if (last && tens !== undefined && tens >= 20 && tens % 10 === 0 && unit !== undefined && unit >= 1 && unit <= 9) {
      out[out.length - 1] = { key: String(tens + unit), raw: `${last.raw}-${token.raw}` };
    } else {
      out.push(token);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Word comparison

/**
 * True when `got` is one typing slip away from `expected` in a way that cannot make another word
 * or another form (see the module comment for the exact rule).
 */
export function isEnglishSlip(got: string, expected: string): boolean {
  const a = Array.from(got);
  const b = Array.from(expected);
  if (b.length < 5 || /\d/u.test(got + expected)) return false;
  if (damerauLevenshtein(got, expected) !== 1) return false;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  const groupA = CONFUSABLES.get(got);
  if (groupA !== undefined && groupA === CONFUSABLES.get(expected)) return false;
  if (a.length === b.length) {
    const differ = a.flatMap((char, i) => (char !== b[i] ? [i] : []));
    if (differ.length === 1) {
      // One substitution: not a vowel for a vowel.
      const i = differ[0] ?? 0;
      if (VOWELS.has(a[i] ?? '') && VOWELS.has(b[i] ?? '')) return false;
    }
    return true;
  }
  // One letter added or dropped: not a doubled vowel made single or the reverse.
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i += 1;
  const letter = long[i] ?? '';
  const doubledVowel = VOWELS.has(letter) && (long[i - 1] === letter || long[i + 1] === letter);
  return !doubledVowel;
}

interface WordCost {
  errors: number;
  slips: number;
  issues: Issue[];
}

const FREE: WordCost = { errors: 0, slips: 0, issues: [] };

function compareWords(got: EnglishToken, expected: EnglishToken): WordCost {
  if (got.key === expected.key) return FREE;
  if (ARTICLES.has(got.key) && ARTICLES.has(expected.key)) {
    return { errors: 0, slips: 1, issues: [issue('typo', 'slip', got.raw, expected.raw)] };
  }
  if (got.key.replace(/'/gu, '') === expected.key.replace(/'/gu, '')) {
    return { errors: 0, slips: 1, issues: [issue('apostrophe', 'slip', got.raw, expected.raw)] };
  }
  if (isEnglishSlip(got.key, expected.key)) {
    return { errors: 0, slips: 1, issues: [issue('typo', 'slip', got.raw, expected.raw)] };
  }
  if (damerauLevenshtein(got.key, expected.key) <= 2) {
    return { errors: 1, slips: 0, issues: [issue('typo', 'error', got.raw, expected.raw)] };
  }
  return {
    errors: 1,
    slips: 0,
    issues: [issue('extra-word', 'error', got.raw, undefined), issue('missing-word', 'error', undefined, expected.raw)],
  };
}

const missing = (token: EnglishToken): WordCost =>
  ARTICLES.has(token.key)
    ? { errors: 0, slips: 1, issues: [issue('missing-word', 'slip', undefined, token.raw)] }
    : { errors: 1, slips: 0, issues: [issue('missing-word', 'error', undefined, token.raw)] };

const extra = (token: EnglishToken): WordCost =>
  ARTICLES.has(token.key)
    ? { errors: 0, slips: 1, issues: [issue('extra-word', 'slip', token.raw, undefined)] }
    : { errors: 1, slips: 0, issues: [issue('extra-word', 'error', token.raw, undefined)] };

const weight = (cost: { errors: number; slips: number }): number => cost.errors * 1000 + cost.slips;

/** Aligns two token lists word by word (edit distance over words) and returns the cheapest. */
function alignTokens(got: readonly EnglishToken[], expected: readonly EnglishToken[]): WordCost {
  const n = got.length;
  const m = expected.length;
  const table: WordCost[][] = [];
  for (let i = 0; i <= n; i += 1) {
    const row: WordCost[] = [];
    for (let j = 0; j <= m; j += 1) {
      const candidates: WordCost[] = [];
      const add = (previous: WordCost | undefined, step: WordCost) => {
        if (previous) {
          candidates.push({
            errors: previous.errors + step.errors,
            slips: previous.slips + step.slips,
            issues: [...previous.issues, ...step.issues],
          });
        }
      };
      const g = got[i - 1];
      const e = expected[j - 1];
      if (i === 0 && j === 0) candidates.push(FREE);
      if (g && e) add(table[i - 1]?.[j - 1], compareWords(g, e));
      if (e) add(row[j - 1], missing(e));
      if (g) add(table[i - 1]?.[j], extra(g));
      row.push(candidates.reduce((best, candidate) => (weight(candidate) < weight(best) ? candidate : best)));
    }
    table.push(row);
  }
  return table[n]?.[m] ?? FREE;
}

/** The whole-answer comparison: word alignment, then the compound-spacing and word-order checks. */
function compareReadings(got: readonly EnglishToken[], expected: readonly EnglishToken[]): WordCost {
  const aligned = alignTokens(got, expected);
  if (aligned.errors === 0) return aligned;
  const keys = (tokens: readonly EnglishToken[]) => tokens.map((token) => token.key);
  const gotKeys = keys(got);
  const expectedKeys = keys(expected);
  if (gotKeys.join('') === expectedKeys.join('')) {
    return {
      errors: 0,
      slips: 1,
      issues: [issue('spacing', 'slip', got.map((t) => t.raw).join(' '), expected.map((t) => t.raw).join(' '))],
    };
  }
  // Only in sentences of 4+ words: in `Ali saw Ben` / `Ben Ali saw` the order is the meaning.
  if (gotKeys.length === expectedKeys.length && gotKeys.length >= 4) {
    for (let shift = 1; shift < gotKeys.length; shift += 1) {
      const rotated = [...gotKeys.slice(shift), ...gotKeys.slice(0, shift)];
      if (rotated.join(' ') === expectedKeys.join(' ')) {
        return { errors: 0, slips: 1, issues: [issue('word-order', 'slip', undefined, undefined)] };
      }
    }
  }
  return aligned;
}

/**
 * Marks a learner's English translation against the accepted answers, leniently (see the module
 * comment). Same shape as the French judge's verdict so the player's feedback works unchanged;
 * `expected` is the accepted answer (as authored) closest to the response.
 */
export function judgeEnglish(response: string, accepted: readonly string[]): Verdict {
  const fallback = accepted[0] ?? '';
  const responseReadings = englishReadings(response);
  if (responseReadings.every((reading) => reading.tokens.length === 0)) {
    return { result: 'wrong', expected: fallback, issues: [] };
  }
  let best: { cost: WordCost; expected: string } | undefined;
  for (const answer of accepted) {
    for (const expectedReading of englishReadings(answer)) {
      for (const reading of responseReadings) {
        const compared = compareReadings(reading.tokens, expectedReading.tokens);
        const cost: WordCost = {
          errors: compared.errors,
          slips: compared.slips + reading.slips.length,
          issues: [...reading.slips, ...compared.issues],
        };
        if (!best || weight(cost) < weight(best.cost)) best = { cost, expected: answer };
      }
    }
  }
  if (!best) return { result: 'wrong', expected: fallback, issues: [] };
  const result = best.cost.errors > 0 ? 'wrong' : best.cost.slips > 0 ? 'near-miss' : 'correct';
  return { result, expected: best.expected, issues: best.cost.issues };
}
