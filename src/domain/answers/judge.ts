/**
 * The answer judge: compares a learner's typed French with the accepted answers the way a good
 * teacher marks a copy. Pure — no clock, no randomness, no I/O.
 *
 * Three outcomes:
 * - **correct** — the same answer, allowing for typography that a teacher does not mark: case
 *   (a lowercased proper noun adds an informative `case` issue), apostrophe variants (’ ' ʼ), spaces
 *   (none, several, no-break or narrow no-break, before `? ! : ;`, inside guillemets), quotes
 *   (« » " “ ”), `œ`/`oe` and `æ`/`ae`, and the final punctuation (`.`, `!`, `?`, `…`, present or
 *   not). Sentence-internal punctuation (a missing comma) is not marked either but adds an
 *   informative `punctuation` issue.
 * - **near-miss** — a slip in a word the learner clearly knew: a missing or wrong accent
 *   (`accent`), a missing cedilla (`cedilla`), a missing apostrophe (`je m appelle`: `apostrophe`),
 *   an elision written out (`je appelle`: `elision`), a garbled ligature (`ceur`: `ligature`), a
 *   hyphen replaced by a space or words run together (`quatre vingts`, `aurevoir`: `spacing`),
 *   one typo (insertion, deletion, substitution or swap of two neighbours) in a word of 5+ letters,
 *   two in a word of 9+ letters (`typo`).
 * - **wrong** — a different word or a grammar error: an accent that makes another word (`a`/`à`,
 *   `ou`/`où`…; see {@link HOMOGRAPH_GROUPS}), a final `é`/`e` swap on a verb (`il est arrive`),
 *   an agreement or verb-ending difference (`petit`/`petite`, `parle`/`parlez`), any typo in a word
 *   of 4 letters or fewer (`le`/`la`), a known look-alike word (`poste`/`porte`), a missing word, an
 *   extra word, or words in the wrong order.
 *
 * Every issue carries a {@link IssueSeverity}: the kind says what differs on the surface, the
 * severity says whether a teacher would let it pass (`info`), call it a slip (`slip`) or mark it
 * wrong (`error`). The verdict is the worst severity found.
 *
 * Judgement calls, each a deliberate choice:
 * - Hyphens are spelling, not typography: `quatre vingts` or `garde à vous` is a `spacing` slip.
 * - "On a verb" means after a form of avoir/être or a subject/object pronoun (negation and a few
 *   adverbs may sit between): `il est arrive`, `je parlé` are wrong, `la securite` is a slip. So
 *   `je suis desole` is wrong too — the judge has no dictionary to tell adjectives apart.
 * - Accent-distinguished words keep their meaning only as whole words: inside a hyphenated
 *   compound (`garde-a-vous`) a missing accent is a slip.
 * - A missing accent on a capital the learner typed (`A demain`, caps lock) is a slip, never a
 *   different word: accented capitals are hard to type.
 * - A wrong word with no better kind (`le` for `la`, `petit` for `petite`) is reported as `typo`
 *   with severity `error`; an unrelated word is a `missing-word` plus an `extra-word`.
 *
 * Words are what {@link wordSpans} returns: runs of letters and digits, so apostrophes and hyphens
 * split words (`J'habite` is `J` + `habite`; `quatre-vingt-dix` is three words). `wordIndex` in an
 * issue is an index into `wordSpans(verdict.expected)`, which the UI can use to highlight.
 *
 * @packageDocumentation
 */
import {
  codePointLength,
  commonPrefixLength,
  damerauLevenshtein,
  expandLigatures,
  levenshtein,
  normalizeApostrophes,
  normalizeHyphens,
  normalizeQuotes,
  removeInvisibleChars,
  stripDiacritics,
  wordSpans,
} from '../../lib/text.ts';

/** What differs between the learner's answer and the expected one, on the surface. */
export type IssueKind =
  | 'accent'
  | 'cedilla'
  | 'apostrophe'
  | 'elision'
  | 'case'
  | 'punctuation'
  | 'spacing'
  | 'typo'
  | 'missing-word'
  | 'extra-word'
  | 'word-order'
  | 'ligature';

/**
 * How much an issue weighs: `info` is worth mentioning but does not change a correct verdict,
 * `slip` makes the answer a near-miss, `error` makes it wrong.
 */
export type IssueSeverity = 'info' | 'slip' | 'error';

/** One difference found by {@link judge}. Structured data: the UI words the message. */
export interface Issue {
  /** What differs. For a wrong word that is neither an accent nor a missing/extra word, `typo`. */
  kind: IssueKind;
  /**
   * 0-based index of the word in the expected answer it concerns, when it concerns one word; an
   * index into `wordSpans(expected)` from `src/lib/text.ts`. Absent for extra words.
   */
  wordIndex?: number;
  /** the learner's form */
  got?: string;
  /** the expected form */
  expected?: string;
  /** How much this issue weighs; always set by {@link judge}. */
  severity?: IssueSeverity;
}

/** Overall mark of an answer. */
export type VerdictResult = 'correct' | 'near-miss' | 'wrong';

/** The judge's decision about one response. */
export interface Verdict {
  /** The mark. */
  result: VerdictResult;
  /** the accepted answer the response was compared with (the closest one; accepted[0] when nothing is close) */
  expected: string;
  /** Every difference found, in the order of the expected answer; empty for a plain correct answer. */
  issues: Issue[];
}

/** Options changing how strict {@link judge} is. */
export interface JudgeOptions {
  /** when true, a missing accent/cedilla is 'wrong' instead of 'near-miss' (for spelling exercises) */
  strictAccents?: boolean;
}

/** A piece of the learner's response as laid out by {@link diffForDisplay}. */
export interface DiffSegment {
  /**
   * `same`: expected text the learner typed (typographic variants, case and final punctuation
   * included); `changed`: expected text the learner typed differently (a wrong accent, a wrong
   * letter); `missing`: expected text the learner left out; `extra`: text the learner typed that is
   * not expected.
   */
  kind: 'same' | 'changed' | 'missing' | 'extra';
  /** The expected characters — or, for an `extra` segment, the learner's. */
  text: string;
  /** For a `changed` segment, what the learner typed instead (`"c"` for an expected `"ç"`). */
  got?: string;
}

// ---------------------------------------------------------------------------------------------
// French knowledge: small curated lists, deliberately not a dictionary.

/**
 * Words that differ only by accents and are different words (or a different grammatical form), so a
 * wrong accent there is an error, not a slip. Lowercase, NFC. A plural `s` on both sides is handled
 * by the lookup.
 */
const HOMOGRAPH_GROUPS: readonly (readonly string[])[] = [
  ['a', 'à'],
  ['ou', 'où'],
  ['la', 'là'],
  ['du', 'dû'],
  ['sur', 'sûr'],
  ['des', 'dès'],
  ['mur', 'mûr'],
  ['jeune', 'jeûne'],
  ['tache', 'tâche'],
  ['pecher', 'pêcher', 'pécher'],
  ['peche', 'pêche', 'péché', 'pêché'],
  ['pecheur', 'pêcheur', 'pécheur'],
  ['cote', 'côte', 'côté', 'coté'],
  ['marche', 'marché'],
  ['entre', 'entré'],
  ['eleve', 'élève', 'élevé'],
  ['foret', 'forêt'],
  ['sale', 'salé'],
  ['pate', 'pâte', 'pâté'],
  ['age', 'âge', 'âgé'],
  ['notre', 'nôtre'],
  ['votre', 'vôtre'],
  ['cru', 'crû'],
  ['fut', 'fût'],
  ['mat', 'mât'],
  ['roder', 'rôder'],
  ['pres', 'près', 'prés'],
  ['prete', 'prête', 'prêté'],
  ['retraite', 'retraité'],
];

/**
 * Real words one typo away from another real word the course uses: the typo tolerance must not
 * accept them. Lowercase, ligatures expanded.
 */
const CONFUSABLE_GROUPS: readonly (readonly string[])[] = [
  ['coeur', 'cour'],
  ['poste', 'porte'],
  ['poison', 'poisson'],
  ['desert', 'dessert'],
  ['chevaux', 'cheveux'],
  ['dessus', 'dessous'],
  ['armee', 'annee'],
  ['matin', 'marin'],
];

/** Builds a lookup from a word to the number of its group, for "same group" tests. */
function groupIndex(groups: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  groups.forEach((group, number) => {
    for (const word of group) index.set(word, number);
  });
  return index;
}

const HOMOGRAPHS = groupIndex(HOMOGRAPH_GROUPS);
// Confusables are compared accent-free so `armée`/`année` and `armee`/`annee` both hit.
const CONFUSABLES = groupIndex(CONFUSABLE_GROUPS);

/** Elided forms (before the apostrophe) and the full words they stand for. */
const ELISIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['j', ['je']],
  ['m', ['me']],
  ['t', ['te']],
  ['s', ['se', 'si']],
  ['l', ['le', 'la']],
  ['d', ['de']],
  ['n', ['ne']],
  ['c', ['ce']],
  ['qu', ['que']],
  ['jusqu', ['jusque']],
  ['lorsqu', ['lorsque']],
  ['puisqu', ['puisque']],
  ['quoiqu', ['quoique']],
  ['presqu', ['presque']],
]);

/** A set of words from a whitespace-separated list (keeps long word lists compact and readable). */
function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter((word) => word !== ''));
}

/** Forms of avoir and être: a word after them ending in `é`/`e` is a participle or a present. */
const AUXILIARIES: ReadonlySet<string> = wordSet(`
  ai as a avons avez ont avais avait avions aviez avaient aurai auras aura aurons aurez
  auront aurais aurait aurions auriez auraient aie aies ait ayons ayez aient eu avoir
  ayant suis es est sommes êtes sont étais était étions étiez étaient serai seras sera
  serons serez seront serais serait serions seriez seraient sois soit soyons soyez soient
  été être étant
`);

/**
 * Subject and object pronouns directly before a verb. Left out on purpose: `le`/`la`/`les`/`l`,
 * `leur`, `en` and `y`, which are as often articles, determiners or prepositions (`la santé`,
 * `en été`) and would turn plain accent slips on nouns into errors.
 */
const VERB_PRONOUNS: ReadonlySet<string> = wordSet(`
  je j tu il elle on nous vous ils elles me m te t se s lui
`);

/** Negation and adverbs that can sit between an auxiliary or a pronoun and the verb. */
const VERB_CONTEXT_SKIPPABLE: ReadonlySet<string> = wordSet(`
  ne n pas plus jamais rien point guère bien mal déjà encore toujours souvent beaucoup
  trop très vraiment aussi tout peu vite
`);

/**
 * Inflectional endings (accent-free). Two words made of the same stem and two different endings
 * from this list are two forms of one word — an agreement or conjugation error, never a typo.
 */
const ENDINGS: readonly string[] = ['', ...wordSet('e s es x ent ez ons er ai ais ait aient ions iez al aux')];
/**
 * Ending pairs that are only inflectional with each other (`finis`/`finit`, `veux`/`veut`), and
 * the masculine/feminine pairs whose feminine doubles a consonant or changes the ending
 * (`brésilien`/`brésilienne`, `premier`/`première`, `sérieux`/`sérieuse`): agreement errors, not
 * slips, however long the word.
 */
const ENDING_PAIRS: readonly (readonly [string, string])[] = [
  ['s', 't'],
  ['x', 't'],
  ['', 'ne'],
  ['', 'nes'],
  ['', 'le'],
  ['', 'les'],
  ['', 'te'],
  ['', 'tes'],
  ['er', 'ere'],
  ['er', 'eres'],
  ['eux', 'euse'],
  ['eux', 'euses'],
  ['eur', 'euse'],
  ['eur', 'rice'],
  ['if', 'ive'],
  ['if', 'ives'],
];

// ---------------------------------------------------------------------------------------------
// Tokenisation

/** How two neighbouring words are joined. */
type SeparatorKind = 'space' | 'apostrophe' | 'hyphen' | 'punct';

interface Separator {
  readonly kind: SeparatorKind;
  /** Punctuation marks without spaces or quotes (`","`, `"'"`, `"-"`, `""` for a space). */
  readonly marks: string;
  /** Whether a new sentence starts after this separator. */
  readonly sentenceBreak: boolean;
}

interface Word {
  /** As written, NFC, without invisible characters. */
  readonly raw: string;
  /** Lowercase with ligatures expanded: equal keys are the same word. */
  readonly key: string;
  /** {@link Word.key} without diacritics. */
  readonly base: string;
  /** Position among the words of its string (see {@link wordSpans}). */
  readonly index: number;
  readonly before: Separator;
  readonly after: Separator;
}

/** What surrounds a whole answer: a sentence starts there and nothing is compared. */
const EDGE: Separator = { kind: 'space', marks: '', sentenceBreak: true };

function toSeparator(raw: string): Separator {
  const clean = normalizeHyphens(normalizeQuotes(normalizeApostrophes(removeInvisibleChars(raw.normalize('NFC')))))
    // Quotes are typography, never judged.
    .replace(/"/gu, '')
    .replace(/\.\.\./gu, '…');
  const marks = clean.replace(/\s/gu, '');
  const kind: SeparatorKind = marks.includes("'") ? 'apostrophe' : marks.includes('-') ? 'hyphen' : marks === '' ? 'space' : 'punct';
  return { kind, marks, sentenceBreak: /[.!?…]/u.test(marks) };
}

function tokenize(text: string): Word[] {
  const spans = wordSpans(text);
  const separators = spans.map((span, i) => (i === 0 ? EDGE : toSeparator(text.slice(spans[i - 1]?.end ?? 0, span.start))));
  return spans.map((span, index) => {
    const raw = removeInvisibleChars(span.text).normalize('NFC');
    const key = expandLigatures(raw).toLowerCase();
    return {
      raw,
      key,
      base: stripDiacritics(key),
      index,
      before: separators[index] ?? EDGE,
      after: separators[index + 1] ?? EDGE,
    };
  });
}

/** How a separator reads in an issue's `got`/`expected` (`"'"`, `"-"`, `" "`, `", "`). */
function separatorText(separator: Separator): string {
  switch (separator.kind) {
    case 'space':
      return ' ';
    case 'apostrophe':
      return "'";
    case 'hyphen':
      return '-';
    case 'punct':
      // French typography: a space before the high marks, as in `Ça va ? Oui.`
      return /^[?!:;]/u.test(separator.marks) ? ` ${separator.marks} ` : `${separator.marks} `;
  }
}

/** The words joined back with their separators, normalised (`quatre-vingt-dix`). */
function joinWords(list: readonly Word[]): string {
  return list.map((word, i) => (i === list.length - 1 ? word.raw : word.raw + separatorText(word.after))).join('');
}

// ---------------------------------------------------------------------------------------------
// Issues

function makeIssue(
  kind: IssueKind,
  severity: IssueSeverity,
  wordIndex: number | undefined,
  got: string | undefined,
  expected: string | undefined,
): Issue {
  // Built piecewise because exactOptionalPropertyTypes forbids explicit `undefined` members.
  const issue: Issue = { kind, severity };
  if (wordIndex !== undefined) issue.wordIndex = wordIndex;
  if (got !== undefined) issue.got = got;
  if (expected !== undefined) issue.expected = expected;
  return issue;
}

const isCapital = (char: string): boolean => char !== char.toLowerCase() && char === char.toUpperCase();
const isLowercase = (char: string): boolean => char !== char.toUpperCase() && char === char.toLowerCase();

/**
 * A capital inside a sentence marks a proper noun or an acronym (`Bamako`, `ONU`); writing it in
 * lowercase is worth a remark but not a mark. Capitals at a sentence start are typography.
 */
function caseIssues(got: Word, expected: Word): Issue[] {
  const expectedFirst = Array.from(expected.raw)[0] ?? '';
  const gotFirst = Array.from(got.raw)[0] ?? '';
  if (!expected.before.sentenceBreak && isCapital(expectedFirst) && isLowercase(gotFirst)) {
    return [makeIssue('case', 'info', expected.index, got.raw, expected.raw)];
  }
  return [];
}

/** Which diacritic kinds separate two keys that are equal once diacritics are stripped. */
function diacriticKinds(got: string, expected: string): IssueKind[] {
  const a = Array.from(got);
  const b = Array.from(expected);
  if (a.length !== b.length) return ['accent'];
  let cedilla = false;
  let accent = false;
  a.forEach((char, i) => {
    const other = b[i];
    if (char === other) return;
    if (char === 'ç' || other === 'ç') cedilla = true;
    else accent = true;
  });
  const kinds: IssueKind[] = [];
  if (cedilla) kinds.push('cedilla');
  if (accent || !cedilla) kinds.push('accent');
  return kinds;
}

function sameGroup(index: ReadonlyMap<string, number>, a: string, b: string): boolean {
  const group = index.get(a);
  if (group !== undefined && group === index.get(b)) return true;
  // Plurals of listed words (`tâches`/`taches`) are just as distinct.
  if (a.endsWith('s') && b.endsWith('s')) {
    const singular = index.get(a.slice(0, -1));
    return singular !== undefined && singular === index.get(b.slice(0, -1));
  }
  return false;
}

const FINAL_E = /[eé]e?s?$/u;

/** Whether the last `e`/`é` of the word (before an optional `e`/`s`/`es`) differs in accent. */
function finalAccentDiffers(got: string, expected: string): boolean {
  const a = FINAL_E.exec(got);
  const b = FINAL_E.exec(expected);
  return a !== null && b !== null && a.index === b.index && got[a.index] !== expected[b.index];
}

/**
 * Whether the expected word stands where a conjugated verb or a participle goes: after a form of
 * avoir/être or a subject/object pronoun, negation and a few adverbs allowed in between, within the
 * same sentence. There `arrivé`/`arrive` is a change of tense, not an accent slip.
 */
function isVerbalContext(word: Word, list: readonly Word[]): boolean {
  for (let i = word.index; i > 0; i -= 1) {
    const current = list[i];
    const previous = list[i - 1];
    if (!current || !previous || current.before.sentenceBreak) return false;
    if (VERB_CONTEXT_SKIPPABLE.has(previous.key)) continue;
    return AUXILIARIES.has(previous.key) || VERB_PRONOUNS.has(previous.key);
  }
  return false;
}

/** Same stem plus two different inflectional endings (`petit`/`petite`, `parle`/`parlent`). */
function isInflection(got: string, expected: string): boolean {
  if (got === expected) return false;
  const sameStem = (a: string, b: string): boolean => {
    if (!got.endsWith(a) || !expected.endsWith(b)) return false;
    const stem = got.slice(0, got.length - a.length);
    // A one-letter stem would make every short word an inflection of every other.
    return stem.length >= 2 && stem === expected.slice(0, expected.length - b.length);
  };
  for (const a of ENDINGS) {
    for (const b of ENDINGS) {
      if (a !== b && sameStem(a, b)) return true;
    }
  }
  return ENDING_PAIRS.some(([a, b]) => sameStem(a, b) || sameStem(b, a));
}

/** The learner wrote the word with its elision undone (`je appelle`) or done where not expected. */
function isElisionSwap(got: Word, expected: Word): boolean {
  if (expected.after.kind === 'apostrophe' && ELISIONS.get(expected.key)?.includes(got.key)) {
    return true;
  }
  return got.after.kind === 'apostrophe' && (ELISIONS.get(got.key)?.includes(expected.key) ?? false);
}

/** How learners typically mangle a ligature: one of its letters, or both swapped. */
const LIGATURE_SLIPS: readonly (readonly [string, readonly string[]])[] = [
  ['œ', ['o', 'e', 'eo']],
  ['æ', ['a', 'e', 'ea']],
];

/**
 * The learner mangled a ligature (`ceur` for `cœur`, `seour` for `sœur`). Real words formed this
 * way (`cour` for `cœur`) are caught earlier by {@link CONFUSABLE_GROUPS}.
 */
function isLigatureSlip(got: Word, expected: Word): boolean {
  const lower = expected.raw.toLowerCase();
  return LIGATURE_SLIPS.some(
    ([ligature, replacements]) =>
      lower.includes(ligature) && replacements.some((replacement) => stripDiacritics(lower.replaceAll(ligature, replacement)) === got.base),
  );
}

// ---------------------------------------------------------------------------------------------
// Word alignment

// Integer costs keep ties exact. Slips must stay cheaper than a missing + extra pair, and a
// related wrong word cheaper too, so that `petit` is reported as a wrong form of `petite`.
const COST_SAME = 0;
const COST_SLIP = 2;
const COST_RELATED_ERROR = 6;
const COST_INDEL = 4;
const MAX_JOINED = 4;

interface PairOutcome {
  readonly cost: number;
  readonly issues: readonly Issue[];
  /** The separator after this pair was already accounted for (elision). */
  readonly coversSeparator: boolean;
}

/**
 * Whether every accent difference falls on a capital the learner typed (`A demain`, caps lock):
 * accented capitals are hard to type and French typography long left them out, so the learner gets
 * the benefit of the doubt — a slip, never a different word.
 */
function accentsMissingOnCapitalsOnly(got: Word, expected: Word): boolean {
  const a = Array.from(got.raw);
  const b = Array.from(expected.raw);
  if (a.length !== b.length) return false;
  return a.every((char, i) => char.toLowerCase() === b[i]?.toLowerCase() || isCapital(char));
}

function compareDiacritics(got: Word, expected: Word, list: readonly Word[], options: JudgeOptions): PairOutcome {
  const kinds = diacriticKinds(got.key, expected.key);
  // Inside a hyphenated compound (`garde-à-vous`) the learner plainly knows the fixed expression,
  // so the a/à kind of confusion there is an ordinary accent slip.
  const inCompound = expected.before.kind === 'hyphen' || expected.after.kind === 'hyphen';
  const changesWord =
    !accentsMissingOnCapitalsOnly(got, expected) &&
    ((!inCompound && sameGroup(HOMOGRAPHS, got.key, expected.key)) ||
      (finalAccentDiffers(got.key, expected.key) && isVerbalContext(expected, list)));
  const severity: IssueSeverity = changesWord || options.strictAccents === true ? 'error' : 'slip';
  return {
    cost: COST_SLIP,
    issues: [...kinds.map((kind) => makeIssue(kind, severity, expected.index, got.raw, expected.raw)), ...caseIssues(got, expected)],
    coversSeparator: false,
  };
}

/**
 * Compares one typed word with one expected word. Returns `null` when they are unrelated, so the
 * alignment reports a missing and an extra word rather than a far-fetched substitution.
 */
function comparePair(got: Word, expected: Word, list: readonly Word[], options: JudgeOptions): PairOutcome | null {
  if (got.key === expected.key) {
    return { cost: COST_SAME, issues: caseIssues(got, expected), coversSeparator: false };
  }
  if (isElisionSwap(got, expected)) {
    const gotText = got.after.kind === 'apostrophe' ? `${got.raw}'` : got.raw;
    const expectedText = expected.after.kind === 'apostrophe' ? `${expected.raw}'` : expected.raw;
    return {
      cost: COST_SLIP,
      issues: [makeIssue('elision', 'slip', expected.index, gotText, expectedText)],
      coversSeparator: true,
    };
  }
  if (got.base === expected.base) return compareDiacritics(got, expected, list, options);

  const wrongWord = (): PairOutcome => ({
    cost: COST_RELATED_ERROR,
    issues: [makeIssue('typo', 'error', expected.index, got.raw, expected.raw)],
    coversSeparator: false,
  });
  if (sameGroup(CONFUSABLES, got.base, expected.base)) return wrongWord();
  if (isLigatureSlip(got, expected)) {
    return {
      cost: COST_SLIP,
      issues: [makeIssue('ligature', 'slip', expected.index, got.raw, expected.raw), ...caseIssues(got, expected)],
      coversSeparator: false,
    };
  }
  // Inflections share their stem, so words that do not share two letters first are not candidates.
  if (commonPrefixLength(got.base, expected.base) >= 2 && isInflection(got.base, expected.base)) return wrongWord();

  const length = codePointLength(expected.base);
  const longest = Math.max(length, codePointLength(got.base));
  const related = Math.max(1, Math.floor(longest / 3));
  // Cheap bound before the quadratic distance: a length gap alone can rule a pair out.
  if (Math.abs(length - codePointLength(got.base)) > Math.max(2, related)) return null;
  const distance = damerauLevenshtein(got.base, expected.base);
  const tolerated = length >= 9 ? 2 : length >= 5 ? 1 : 0;
  if (distance <= tolerated) {
    const issues = [makeIssue('typo', 'slip', expected.index, got.raw, expected.raw)];
    // Accents wrong on top of the typo: the keys are further apart than the accent-free bases.
    if (damerauLevenshtein(got.key, expected.key) > distance) {
      const severity: IssueSeverity = options.strictAccents === true ? 'error' : 'slip';
      issues.push(makeIssue('accent', severity, expected.index, got.raw, expected.raw));
    }
    return {
      cost: COST_SLIP,
      issues: [...issues, ...caseIssues(got, expected)],
      coversSeparator: false,
    };
  }
  return distance <= related ? wrongWord() : null;
}

/** One typed word standing for several expected ones, or the reverse, letters all there. */
function boundaryIssues(
  joinedSide: readonly Word[],
  single: Word,
  singleIsExpected: boolean,
  expectedIndex: number,
  options: JudgeOptions,
): Issue[] {
  const boundaries = joinedSide.slice(0, -1).map((word) => word.after.kind);
  const got = singleIsExpected ? joinWords(joinedSide) : single.raw;
  const expected = singleIsExpected ? single.raw : joinWords(joinedSide);
  const issues: Issue[] = [];
  if (boundaries.includes('apostrophe')) {
    issues.push(makeIssue('apostrophe', 'slip', expectedIndex, got, expected));
  }
  if (boundaries.some((kind) => kind !== 'apostrophe')) {
    issues.push(makeIssue('spacing', 'slip', expectedIndex, got, expected));
  }
  const joinedKey = joinedSide.map((word) => word.key).join('');
  if (joinedKey !== single.key) {
    const severity: IssueSeverity = options.strictAccents === true ? 'error' : 'slip';
    const [gotKey, expectedKey] = singleIsExpected ? [joinedKey, single.key] : [single.key, joinedKey];
    for (const kind of diacriticKinds(gotKey, expectedKey)) {
      issues.push(makeIssue(kind, severity, expectedIndex, got, expected));
    }
  }
  return issues;
}

type Step =
  | { readonly op: 'pair'; readonly got: Word; readonly expected: Word; readonly outcome: PairOutcome }
  | {
      readonly op: 'regroup';
      readonly got: readonly Word[];
      readonly expected: readonly Word[];
      readonly issues: readonly Issue[];
    }
  | { readonly op: 'missing'; readonly expected: Word }
  | { readonly op: 'extra'; readonly got: Word };

interface Cell {
  readonly cost: number;
  readonly step: Step | null;
  readonly from: readonly [number, number];
}

/** Minimum-cost alignment of the typed words with the expected words (edit distance on words). */
function align(gotWords: readonly Word[], expectedWords: readonly Word[], options: JudgeOptions): Step[] {
  const rows = gotWords.length + 1;
  const cols = expectedWords.length + 1;
  const table: Cell[][] = [];
  const cell = (i: number, j: number): Cell => table[i]?.[j] ?? { cost: Number.POSITIVE_INFINITY, step: null, from: [0, 0] };

  for (let i = 0; i < rows; i += 1) {
    const row: Cell[] = [];
    table.push(row);
    for (let j = 0; j < cols; j += 1) {
      if (i === 0 && j === 0) {
        row.push({ cost: 0, step: null, from: [0, 0] });
        continue;
      }
      let best: Cell = { cost: Number.POSITIVE_INFINITY, step: null, from: [0, 0] };
      // Candidates in order of preference: on equal cost the first one wins (strict <).
      const offer = (cost: number, step: Step, from: readonly [number, number]): void => {
        if (cost < best.cost) best = { cost, step, from };
      };
      const got = gotWords[i - 1];
      const expected = expectedWords[j - 1];
      if (got && expected) {
        const outcome = comparePair(got, expected, expectedWords, options);
        if (outcome) {
          offer(cell(i - 1, j - 1).cost + outcome.cost, { op: 'pair', got, expected, outcome }, [i - 1, j - 1]);
        }
      }
      for (let count = 2; count <= MAX_JOINED; count += 1) {
        if (got && j >= count) {
          const group = expectedWords.slice(j - count, j);
          if (group.map((word) => word.base).join('') === got.base) {
            const first = group[0] ?? got;
            const issues = boundaryIssues(group, got, false, first.index, options);
            offer(cell(i - 1, j - count).cost + COST_SLIP, { op: 'regroup', got: [got], expected: group, issues }, [i - 1, j - count]);
          }
        }
        if (expected && i >= count) {
          const group = gotWords.slice(i - count, i);
          if (group.map((word) => word.base).join('') === expected.base) {
            const issues = boundaryIssues(group, expected, true, expected.index, options);
            offer(cell(i - count, j - 1).cost + COST_SLIP, { op: 'regroup', got: group, expected: [expected], issues }, [i - count, j - 1]);
          }
        }
      }
      if (expected) offer(cell(i, j - 1).cost + COST_INDEL, { op: 'missing', expected }, [i, j - 1]);
      if (got) offer(cell(i - 1, j).cost + COST_INDEL, { op: 'extra', got }, [i - 1, j]);
      row.push(best);
    }
  }

  const steps: Step[] = [];
  let position: readonly [number, number] = [rows - 1, cols - 1];
  for (;;) {
    const current = cell(position[0], position[1]);
    if (!current.step) break;
    steps.push(current.step);
    position = current.from;
  }
  return steps.reverse();
}

/** Last typed and expected word of a step that pairs words, for the separator after it. */
function pairedEnds(step: Step): { got: Word; expected: Word; covered: boolean } | null {
  if (step.op === 'pair') {
    return { got: step.got, expected: step.expected, covered: step.outcome.coversSeparator };
  }
  if (step.op === 'regroup') {
    const got = step.got[step.got.length - 1];
    const expected = step.expected[step.expected.length - 1];
    return got && expected ? { got, expected, covered: false } : null;
  }
  return null;
}

/** Compares the separators after two paired words that are also paired with their next words. */
function separatorIssue(got: Word, expected: Word, nextGot: Word, nextExpected: Word): Issue | null {
  const a = got.after;
  const b = expected.after;
  const gotText = got.raw + separatorText(a) + nextGot.raw;
  const expectedText = expected.raw + separatorText(b) + nextExpected.raw;
  if (a.kind === b.kind) {
    return a.kind === 'punct' && a.marks !== b.marks ? makeIssue('punctuation', 'info', expected.index, gotText, expectedText) : null;
  }
  if (a.kind === 'apostrophe' || b.kind === 'apostrophe') {
    return makeIssue('apostrophe', 'slip', expected.index, gotText, expectedText);
  }
  if (a.kind === 'hyphen' || b.kind === 'hyphen') {
    return makeIssue('spacing', 'slip', expected.index, gotText, expectedText);
  }
  // Only a space against punctuation is left: not judged, but worth pointing out.
  return makeIssue('punctuation', 'info', expected.index, gotText, expectedText);
}

/** All issues of a typed answer against one accepted answer. */
function compareAnswer(gotWords: readonly Word[], expectedWords: readonly Word[], options: JudgeOptions): Issue[] {
  const steps = align(gotWords, expectedWords, options);
  interface Entry {
    issue: Issue;
    missing?: Word;
    extra?: Word;
    dropped: boolean;
  }
  const entries: Entry[] = [];
  const add = (issue: Issue, extra?: Partial<Pick<Entry, 'missing' | 'extra'>>): void => {
    entries.push({ issue, dropped: false, ...extra });
  };

  steps.forEach((step, i) => {
    switch (step.op) {
      case 'pair':
        step.outcome.issues.forEach((issue) => add(issue));
        break;
      case 'regroup':
        step.issues.forEach((issue) => add(issue));
        break;
      case 'missing':
        add(makeIssue('missing-word', 'error', step.expected.index, undefined, step.expected.raw), {
          missing: step.expected,
        });
        break;
      case 'extra':
        add(makeIssue('extra-word', 'error', undefined, step.got.raw, undefined), { extra: step.got });
        break;
    }
    const here = pairedEnds(step);
    const next = steps[i + 1];
    const following = next ? pairedEnds(next) : null;
    if (here && !here.covered && next && following) {
      const nextGot = next.op === 'pair' ? next.got : next.op === 'regroup' ? next.got[0] : undefined;
      const nextExpected = next.op === 'pair' ? next.expected : next.op === 'regroup' ? next.expected[0] : undefined;
      if (nextGot && nextExpected) {
        const issue = separatorIssue(here.got, here.expected, nextGot, nextExpected);
        if (issue) add(issue);
      }
    }
  });

  // A word reported both missing and extra was moved: that is one word-order error.
  for (const entry of entries) {
    const moved = entry.missing;
    if (!moved) continue;
    const partner = entries.find((other) => !other.dropped && other.extra && other.extra.base === moved.base);
    if (!partner?.extra) continue;
    partner.dropped = true;
    entry.issue = makeIssue('word-order', 'error', moved.index, partner.extra.raw, moved.raw);
  }
  return entries.filter((entry) => !entry.dropped).map((entry) => entry.issue);
}

function resultOf(issues: readonly Issue[]): VerdictResult {
  if (issues.some((issue) => issue.severity === 'error')) return 'wrong';
  if (issues.some((issue) => issue.severity === 'slip')) return 'near-miss';
  return 'correct';
}

const RESULT_RANK: Readonly<Record<VerdictResult, number>> = { correct: 2, 'near-miss': 1, wrong: 0 };

/** Lowercase words joined by single spaces: what "closest accepted answer" is measured on. */
function comparisonKey(list: readonly Word[]): string {
  return list.map((word) => word.key).join(' ');
}

/**
 * Judges a typed response against the accepted answers (main form first), like a teacher would;
 * see the module documentation for the rules.
 *
 * With several accepted answers the best verdict wins (correct > near-miss > wrong, then fewer
 * issues, then the earlier answer). When every answer is wrong, `expected` is the answer closest to
 * the response by edit distance (ties → the earlier one). An empty response — or one with no letter
 * or digit — is wrong against `accepted[0]` with no issues; an empty `accepted` list gives a wrong
 * verdict with `expected: ''`.
 */
export function judge(response: string, accepted: readonly string[], options: JudgeOptions = {}): Verdict {
  const first = accepted[0] ?? '';
  const gotWords = tokenize(response);
  if (gotWords.length === 0 || accepted.length === 0) {
    return { result: 'wrong', expected: first, issues: [] };
  }

  const gotKey = comparisonKey(gotWords);
  const candidates = accepted.map((candidate, order) => {
    const expectedWords = tokenize(candidate);
    const issues = compareAnswer(gotWords, expectedWords, options);
    return {
      order,
      verdict: { result: resultOf(issues), expected: candidate, issues } satisfies Verdict,
      // Informative issues only break ties between otherwise equal verdicts.
      weight: issues.reduce((sum, issue) => sum + (issue.severity === 'info' ? 1 : 100), 0),
      distance: levenshtein(gotKey, comparisonKey(expectedWords)),
    };
  });
  const allWrong = candidates.every((candidate) => candidate.verdict.result === 'wrong');
  // Sorting a copy keeps the rule readable; `order` makes ties go to the earlier answer.
  const ranked = [...candidates].sort((a, b) =>
    allWrong
      ? a.distance - b.distance || a.order - b.order
      : RESULT_RANK[b.verdict.result] - RESULT_RANK[a.verdict.result] || a.weight - b.weight || a.order - b.order,
  );
  return ranked[0]?.verdict ?? { result: 'wrong', expected: first, issues: [] };
}

// ---------------------------------------------------------------------------------------------
// Character diff for display

/** A comparison unit of the character diff: one letter, or one whole run between two words. */
interface Unit {
  /** Characters to show; `''` for the second half of an expanded ligature. */
  readonly display: string;
  /** What is compared: a lowercase letter, or a separator's kind (`' '`, `"'"`, `-`, `,`…). */
  readonly key: string;
  /** {@link Unit.key} without diacritics. */
  readonly base: string;
  /** Whether the unit takes part in the comparison (see {@link toUnits}). */
  readonly significant: boolean;
  /** Second letter of an expanded ligature (`e` of `œ`), whose head unit displays both. */
  readonly ligatureTail: boolean;
}

const WORD_CHAR = /^(?![\u02BC\u02B9])[\p{L}\p{M}\p{N}]$/u;
const INVISIBLE_CHAR = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/u;

/** The comparison key of the text between two words, judged like {@link toSeparator} does. */
function separatorKey(run: string): string {
  const separator = toSeparator(run);
  return separator.kind === 'punct' ? separator.marks : separatorText(separator);
}

/**
 * Cuts text into letters (ligatures as two letters) and separator runs. A run between two words is
 * one unit keyed like the judge sees it — a space, an apostrophe, a hyphen or its punctuation marks —
 * so that `" , "` and `", "` compare equal and quotes or no-break spaces never show as differences.
 * Runs before the first word and after the last one (final punctuation, quotes) and invisible
 * characters take no part in the comparison, as in {@link judge}.
 */
function toUnits(text: string): Unit[] {
  const chars = Array.from(text.normalize('NFC'));
  const isWordChar = (char: string | undefined): boolean => char !== undefined && (WORD_CHAR.test(char) || INVISIBLE_CHAR.test(char));
  const firstWord = chars.findIndex((char) => WORD_CHAR.test(char));
  const lastWord = chars.length - 1 - [...chars].reverse().findIndex((char) => WORD_CHAR.test(char));
  const units: Unit[] = [];
  let k = 0;
  while (k < chars.length) {
    const char = chars[k] ?? '';
    if (INVISIBLE_CHAR.test(char)) {
      units.push({ display: char, key: '', base: '', significant: false, ligatureTail: false });
      k += 1;
    } else if (isWordChar(char)) {
      Array.from(expandLigatures(char).toLowerCase()).forEach((letter, i) => {
        units.push({
          display: i === 0 ? char : '',
          key: letter,
          base: stripDiacritics(letter),
          significant: true,
          ligatureTail: i > 0,
        });
      });
      k += 1;
    } else {
      let end = k;
      while (end < chars.length && !isWordChar(chars[end])) end += 1;
      const run = chars.slice(k, end).join('');
      // With no word at all, firstWord is -1 and nothing is between words.
      const between = firstWord !== -1 && k > firstWord && end <= lastWord;
      const key = between ? separatorKey(run) : '';
      units.push({ display: run, key, base: key, significant: between, ligatureTail: false });
      k = end;
    }
  }
  return units;
}

type CharOp =
  | { readonly kind: 'same' | 'changed'; readonly got: number; readonly expected: number }
  | { readonly kind: 'missing'; readonly expected: number }
  | { readonly kind: 'extra'; readonly got: number };

/**
 * character-level diff of the learner's response against the expected string for highlighting in the UI
 *
 * The segments lay out the expected answer with the learner's differences marked: concatenating
 * every segment except `extra` gives back the expected string (NFC; a ligature the diff had to split
 * shows as its two letters). Differences the judge ignores — case, apostrophe/quote/space variants,
 * `œ`/`oe`, spaces around punctuation, final punctuation — are `same`. A letter typed with another
 * accent or another letter in its place is `changed`, with the learner's letter in `got`.
 */
export function diffForDisplay(response: string, expected: string): DiffSegment[] {
  const gotUnits = toUnits(response);
  const expectedUnits = toUnits(expected);
  const significant = (units: readonly Unit[]): number[] => units.flatMap((unit, index) => (unit.significant ? [index] : []));
  const gotIndexes = significant(gotUnits);
  const expectedIndexes = significant(expectedUnits);
  const n = gotIndexes.length;
  const m = expectedIndexes.length;
  const unitAt = (units: readonly Unit[], indexes: readonly number[], i: number): Unit | undefined => {
    const index = indexes[i];
    return index === undefined ? undefined : units[index];
  };
  // Costs: same 0, accent-only 1, substitution 3 (< a deletion plus an insertion), indel 2.
  const substitution = (i: number, j: number): number => {
    const a = unitAt(gotUnits, gotIndexes, i);
    const b = unitAt(expectedUnits, expectedIndexes, j);
    if (!a || !b) return Number.POSITIVE_INFINITY;
    if (a.key === b.key) return 0;
    return a.base === b.base ? 1 : 3;
  };
  const width = m + 1;
  const table = new Array<number>((n + 1) * width).fill(0);
  const at = (i: number, j: number): number => table[i * width + j] ?? Number.POSITIVE_INFINITY;
  for (let i = 0; i <= n; i += 1) {
    for (let j = 0; j <= m; j += 1) {
      if (i === 0 && j === 0) continue;
      let best = Number.POSITIVE_INFINITY;
      if (i > 0 && j > 0) best = at(i - 1, j - 1) + substitution(i - 1, j - 1);
      if (j > 0) best = Math.min(best, at(i, j - 1) + 2);
      if (i > 0) best = Math.min(best, at(i - 1, j) + 2);
      table[i * width + j] = best;
    }
  }
  const ops: CharOp[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = at(i, j);
    if (i > 0 && j > 0 && here === at(i - 1, j - 1) + substitution(i - 1, j - 1)) {
      const kind = substitution(i - 1, j - 1) === 0 ? 'same' : 'changed';
      ops.push({ kind, got: gotIndexes[i - 1] ?? 0, expected: expectedIndexes[j - 1] ?? 0 });
      i -= 1;
      j -= 1;
    } else if (j > 0 && here === at(i, j - 1) + 2) {
      ops.push({ kind: 'missing', expected: expectedIndexes[j - 1] ?? 0 });
      j -= 1;
    } else {
      ops.push({ kind: 'extra', got: gotIndexes[i - 1] ?? 0 });
      i -= 1;
    }
  }
  ops.reverse();

  // A ligature is two units (`o` + `e` for `œ`): shown as one character when both halves land in
  // the same kind of segment, as its two letters when the diff splits it.
  const kindOfExpected = new Map<number, CharOp['kind']>();
  const kindOfGot = new Map<number, CharOp['kind']>();
  for (const op of ops) {
    if (op.kind !== 'extra') kindOfExpected.set(op.expected, op.kind);
    if (op.kind !== 'missing') kindOfGot.set(op.got, op.kind);
  }
  const textOf = (units: readonly Unit[], kinds: ReadonlyMap<number, CharOp['kind']>, index: number): string => {
    const unit = units[index];
    if (!unit) return '';
    const partner = unit.ligatureTail ? index - 1 : index + 1;
    const whole = unit.ligatureTail || units[partner]?.ligatureTail === true;
    if (!whole) return unit.display;
    if (kinds.get(partner) !== kinds.get(index)) return unit.key;
    return unit.display;
  };

  const segments: DiffSegment[] = [];
  const push = (kind: DiffSegment['kind'], text: string, got?: string): void => {
    if (text === '' && (got ?? '') === '') return;
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) {
      last.text += text;
      if (got !== undefined) last.got = (last.got ?? '') + got;
      return;
    }
    const segment: DiffSegment = { kind, text };
    if (got !== undefined) segment.got = got;
    segments.push(segment);
  };
  // Expected units the comparison skipped (final punctuation, quotes, spaces by punctuation) are
  // still part of the answer shown, as `same`.
  let cursor = 0;
  const emitSkippedUntil = (limit: number): void => {
    for (; cursor < limit; cursor += 1) push('same', expectedUnits[cursor]?.display ?? '');
  };
  for (const op of ops) {
    if (op.kind === 'extra') {
      push('extra', textOf(gotUnits, kindOfGot, op.got));
      continue;
    }
    emitSkippedUntil(op.expected);
    const text = textOf(expectedUnits, kindOfExpected, op.expected);
    if (op.kind === 'changed') push('changed', text, textOf(gotUnits, kindOfGot, op.got));
    else push(op.kind, text);
    cursor = op.expected + 1;
  }
  emitSkippedUntil(expectedUnits.length);
  return segments;
}
