/**
 * Pure helpers for the French quality check (`scripts/check-french.ts`).
 *
 * Node-safe and browser-safe: no file system, no process, no console. Everything here works on
 * already-parsed values, so it is unit-tested in `french-strings.test.ts`.
 *
 * Content convention: every French text is the value of a key named `fr`, either a string or an
 * array of strings. Gap-fill sentences hold markers `{1}`, `{2}`… that refer to the `gaps` array
 * of the nearest enclosing object.
 */

/** One step of a JSON path: an object key or an array index. */
export type PathSegment = string | number;

/**
 * What grammalecte's findings are kept for a string:
 * - `grammar`: grammar, agreement, conjugation, typography (minus our disabled rules) and spelling;
 * - `spelling`: spelling errors only (word-order chips, single-word fragments, gap answers…).
 */
export type CheckScope = 'grammar' | 'spelling';

/** A French string found in a content file. */
export interface FrenchString {
  /** JSON path of the string, e.g. `dialogues[0].lines[3].text.fr` or `chips.fr[2]`. */
  path: string;
  /** The string exactly as written in the file. */
  raw: string;
  /** The text that is checked: gap markers filled in, line breaks flattened to spaces. */
  text: string;
  /** Which findings count for this string (see {@link checkScopeFor}). */
  scope: CheckScope;
}

/** Placeholder used for a gap marker whose answer cannot be found. */
export const MISSING_GAP_PLACEHOLDER = 'X';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats JSON path segments the way a JavaScript accessor reads:
 * `["dialogues", 0, "text", "fr"]` → `dialogues[0].text.fr`. Keys that are not identifiers are
 * quoted: `["a b"]`.
 */
export function formatJsonPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      out += `[${String(segment)}]`;
    } else if (IDENTIFIER.test(segment)) {
      out += out === '' ? segment : `.${segment}`;
    } else {
      out += `[${JSON.stringify(segment)}]`;
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first accepted French answer of one gap (`{"accept": {"fr": ["suis", …]}}` or
 * `{"accept": {"fr": "suis"}}`), or `undefined` when the gap has none.
 */
export function firstAcceptedAnswer(gap: unknown): string | undefined {
  if (!isRecord(gap)) return undefined;
  // gap-fill-choice: `options.fr[answer]` is the right choice.
  const options = gap.options;
  if (isRecord(options) && Array.isArray(options.fr) && typeof gap.answer === 'number') {
    const chosen: unknown = options.fr[gap.answer];
    if (typeof chosen === 'string') return chosen;
  }
  const accept = gap.accept;
  if (!isRecord(accept)) return undefined;
  const fr = accept.fr;
  if (typeof fr === 'string') return fr;
  if (Array.isArray(fr)) {
    const first: unknown = fr[0];
    if (typeof first === 'string') return first;
  }
  return undefined;
}

/**
 * Replaces every gap marker `{n}` (1-based) in `text` with the first accepted answer of
 * `gaps[n-1]`. A marker whose gap or answer is missing (or when `gaps` is undefined) becomes
 * {@link MISSING_GAP_PLACEHOLDER}.
 */
export function substituteGaps(text: string, gaps: readonly unknown[] | undefined): string {
  return text.replace(/\{(\d+)\}/g, (_marker, digits: string) => {
    const index = Number.parseInt(digits, 10) - 1;
    const answer = gaps !== undefined && index >= 0 ? firstAcceptedAnswer(gaps[index]) : undefined;
    return answer ?? MISSING_GAP_PLACEHOLDER;
  });
}

/**
 * Replaces line breaks (and other characters a text reader may treat as a line end) with
 * spaces, so a string is exactly one line — one paragraph — of grammalecte's input file.
 */
export function flattenLineBreaks(text: string): string {
  return text.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' ');
}

const FINAL_PUNCTUATION = /[.!?…:;]["'»”’)\]]*\s*$/u;

/**
 * Whether a string is checked for grammar or for spelling only. Spelling only when a segment of
 * the path contains `chips` (word-order chips), or when the text has 1–2 words and no final
 * punctuation (`.`, `!`, `?`, `…`, `:`, `;`): a fragment like "la caserne" is no sentence.
 */
export function checkScopeFor(text: string, pathSegments: readonly PathSegment[]): CheckScope {
  if (pathSegments.some((s) => typeof s === 'string' && s.toLowerCase().includes('chips'))) {
    return 'spelling';
  }
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (words.length <= 2 && !FINAL_PUNCTUATION.test(text)) return 'spelling';
  return 'grammar';
}

/** The key whose French is deliberately wrong and therefore not checked. */
export const LEARNER_ERROR_KEY = 'learnerError';

/**
 * The key whose French values are acronyms (`acronyms[0].fr: "EEI"`): letters, not words. A
 * dictionary cannot know them; the glossary validator checks their shape and that each one resolves
 * both ways. Acronyms inside sentences (examples) are still checked.
 */
export const ACRONYMS_KEY = 'acronyms';

/**
 * Collects every French string of a parsed JSON value (except under `learnerError` and `acronyms`): each string value of a key `fr`, or each
 * string element of an array under `fr`. Gap markers are filled from the `gaps` array of the
 * nearest enclosing object that has one (the object holding `fr` included). Empty and
 * whitespace-only strings are skipped. Order: document order.
 */
export function collectFrenchStrings(root: unknown): FrenchString[] {
  const found: FrenchString[] = [];

  const emit = (raw: string, segments: readonly PathSegment[], gaps: readonly unknown[] | undefined): void => {
    if (raw.trim() === '') return;
    const text = flattenLineBreaks(substituteGaps(raw, gaps)).trim();
    found.push({ path: formatJsonPath(segments), raw, text, scope: checkScopeFor(text, segments) });
  };

  const walk = (value: unknown, segments: PathSegment[], gaps: readonly unknown[] | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        walk(item, [...segments, index], gaps);
      });
      return;
    }
    if (!isRecord(value)) return;
    const ownGaps = value.gaps;
    const nearestGaps: readonly unknown[] | undefined = Array.isArray(ownGaps) ? ownGaps : gaps;
    for (const [key, child] of Object.entries(value)) {
      const childSegments = [...segments, key];
      // A guide's `learnerError` is deliberately wrong French (the error to correct in class);
      // its `correction` beside it is checked.
      if (key === LEARNER_ERROR_KEY || key === ACRONYMS_KEY) continue;
      if (key === 'fr') {
        if (typeof child === 'string') {
          emit(child, childSegments, nearestGaps);
        } else if (Array.isArray(child)) {
          child.forEach((item: unknown, index) => {
            if (typeof item === 'string') emit(item, [...childSegments, index], nearestGaps);
          });
        }
        continue;
      }
      walk(child, childSegments, nearestGaps);
    }
  };

  walk(root, [], undefined);
  return found;
}

/* ------------------------------------------------------------------------------------------ */
/* Grammalecte results                                                                         */
/* ------------------------------------------------------------------------------------------ */

/** Rule id given to grammalecte's spelling errors (they have none of their own). */
export const SPELLING_RULE_ID = 'spelling';

/** One finding of grammalecte in one paragraph (= one checked string). */
export interface GrammalecteIssue {
  /** `grammar` for grammalecte's grammar/typography errors, `spelling` for unknown words. */
  kind: 'grammar' | 'spelling';
  /** Grammalecte's `sRuleId` (e.g. `g3__gn_les_1m__b3_a1_1`), or `spelling`. */
  ruleId: string;
  /** Grammalecte's option/type of the rule (`gn`, `ppas`, `typo`…; `WORD` for spelling). */
  ruleType: string;
  /** The flagged text (underlined part). */
  word: string;
  /** Grammalecte's message (for spelling: `Mot inconnu : « … ».`). */
  message: string;
  /** Suggested replacements, best first (may be empty). */
  suggestions: string[];
}

function stringField(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  return typeof value === 'string' ? value : '';
}

function suggestionsField(record: Record<string, unknown>): string[] {
  const value = record.aSuggestions;
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

/**
 * Parses the output of `grammalecte-cli -f FILE -j [-ctx] [-wss]` into issues per paragraph
 * (1-based line number of the input file). Text before the JSON object (warnings) is ignored.
 * Throws when no JSON result can be found.
 */
export function parseGrammalecteOutput(output: string): Map<number, GrammalecteIssue[]> {
  const start = output.indexOf('{');
  if (start < 0) throw new Error('grammalecte produced no JSON output');
  const parsed: unknown = JSON.parse(output.slice(start));
  if (!isRecord(parsed) || !Array.isArray(parsed.data)) {
    throw new Error('grammalecte JSON output has no "data" array');
  }
  const byParagraph = new Map<number, GrammalecteIssue[]>();
  for (const paragraph of parsed.data as unknown[]) {
    if (!isRecord(paragraph)) continue;
    const index = paragraph.iParagraph;
    if (typeof index !== 'number') continue;
    const issues: GrammalecteIssue[] = [];
    const grammar = paragraph.lGrammarErrors;
    if (Array.isArray(grammar)) {
      for (const error of grammar as unknown[]) {
        if (!isRecord(error)) continue;
        issues.push({
          kind: 'grammar',
          ruleId: stringField(error, 'sRuleId'),
          ruleType: stringField(error, 'sType'),
          word: stringField(error, 'sUnderlined'),
          message: stringField(error, 'sMessage'),
          suggestions: suggestionsField(error),
        });
      }
    }
    const spelling = paragraph.lSpellingErrors;
    if (Array.isArray(spelling)) {
      for (const error of spelling as unknown[]) {
        if (!isRecord(error)) continue;
        const word = stringField(error, 'sValue');
        issues.push({
          kind: 'spelling',
          ruleId: SPELLING_RULE_ID,
          ruleType: stringField(error, 'sType'),
          word,
          message: `Mot inconnu : « ${word} ».`,
          suggestions: suggestionsField(error),
        });
      }
    }
    if (issues.length > 0) byParagraph.set(index, [...(byParagraph.get(index) ?? []), ...issues]);
  }
  return byParagraph;
}

/**
 * The stable part of a grammalecte rule id. Graph rules carry a prefix and a branch suffix
 * (`gv1__ppas_je_tu_verbe_état__b1_a1_1` → `ppas_je_tu_verbe_état`); regex rules are returned
 * unchanged (`apostrophe_typographique`).
 */
export function ruleBaseName(ruleId: string): string {
  const match = /^g[a-z0-9]*__(.+?)__b\d+_a\d+_\d+$/u.exec(ruleId);
  return match?.[1] ?? ruleId;
}

/** Whether `pattern` names rule `ruleId`, either as the full id or as its {@link ruleBaseName}. */
export function ruleMatches(pattern: string, ruleId: string): boolean {
  return pattern === ruleId || pattern === ruleBaseName(ruleId);
}

/* ------------------------------------------------------------------------------------------ */
/* Allow-list                                                                                  */
/* ------------------------------------------------------------------------------------------ */

/** A reviewed exception to the French check (`scripts/french-allowlist.json`). */
export interface AllowlistEntry {
  /**
   * Without `rule`: the exact flagged word (e.g. `Diallo`), the exact whole string (a deliberate
   * learner error), or a rule id / rule base name (silences that rule everywhere).
   * With `rule`: the exact flagged word or whole string, for that rule only.
   */
  match: string;
  /** Optional rule id or base name (`spelling` for unknown words) restricting `match`. */
  rule?: string;
  /** Why this exception is right. Required and non-empty. */
  why: string;
}

/** Result of {@link parseAllowlist}. */
export interface ParsedAllowlist {
  entries: AllowlistEntry[];
  /** Human-readable problems; the allow-list must not be used when there is any. */
  problems: string[];
}

const ALLOWLIST_KEYS = new Set(['match', 'rule', 'why']);

/**
 * Validates a parsed allow-list file: `{ "entries": [{ "match", "why", "rule"? }, …] }` (a bare
 * array of entries is accepted too). Every entry needs a non-empty `match` and `why`; unknown keys
 * are reported (a misspelt `why` must not pass silently).
 */
export function parseAllowlist(value: unknown): ParsedAllowlist {
  const problems: string[] = [];
  const list: unknown = Array.isArray(value) ? value : isRecord(value) ? value.entries : undefined;
  if (!Array.isArray(list)) {
    return { entries: [], problems: ['allow-list must be an object with an "entries" array'] };
  }
  const entries: AllowlistEntry[] = [];
  list.forEach((item: unknown, index) => {
    const where = `entries[${String(index)}]`;
    if (!isRecord(item)) {
      problems.push(`${where}: must be an object`);
      return;
    }
    const { match, rule, why } = item;
    const label = typeof match === 'string' ? ` ("${match}")` : '';
    let ok = true;
    for (const key of Object.keys(item)) {
      if (!ALLOWLIST_KEYS.has(key)) {
        problems.push(`${where}${label}: unknown key "${key}" (allowed: match, rule, why)`);
        ok = false;
      }
    }
    if (typeof match !== 'string' || match.trim() === '') {
      problems.push(`${where}: "match" must be a non-empty string`);
      ok = false;
    }
    if (typeof why !== 'string' || why.trim() === '') {
      problems.push(`${where}${label}: "why" is missing or empty — every exception must say why`);
      ok = false;
    }
    if (rule !== undefined && (typeof rule !== 'string' || rule.trim() === '')) {
      problems.push(`${where}${label}: "rule" must be a non-empty string when present`);
      ok = false;
    }
    if (ok && typeof match === 'string' && typeof why === 'string') {
      entries.push(typeof rule === 'string' ? { match, rule, why } : { match, why });
    }
  });
  return { entries, problems };
}

/**
 * The first allow-list entry that excuses `issue` found in the string `item`, or `undefined`.
 * An entry matches the flagged word or the whole string (raw or checked text); without `rule` it
 * may also name the rule itself.
 */
export function findAllowingEntry(
  issue: GrammalecteIssue,
  item: Pick<FrenchString, 'raw' | 'text'>,
  entries: readonly AllowlistEntry[],
): AllowlistEntry | undefined {
  return entries.find((entry) => {
    const textMatch = entry.match === issue.word || entry.match === item.text || entry.match === item.raw;
    if (entry.rule !== undefined) return ruleMatches(entry.rule, issue.ruleId) && textMatch;
    return textMatch || ruleMatches(entry.match, issue.ruleId);
  });
}
