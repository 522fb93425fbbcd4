/** Pure helpers of the dictation type, kept apart from the zod schema so views ship without zod. */
import type { Issue, IssueSeverity, VerdictResult } from '../../domain/answers/judge';
import { wordSpans } from '../../lib/text';

/**
 * A word of the expected text as a learner sees it: a run between spaces, without the punctuation
 * around it (`m'appelle`, `adjudant-chef`, `capitaine`). `spans` are the indexes of the judge's
 * words (see `wordSpans`) it is made of, so the judge's issues can be assigned to it.
 */
export interface DictationWord {
  text: string;
  spans: number[];
}

/** Cuts the expected text into words as written between spaces; `J'habite à Saint-Louis.` → 3 words. */
export function dictationWords(expected: string): DictationWord[] {
  const spans = wordSpans(expected);
  const out: Array<DictationWord & { start: number; end: number }> = [];
  spans.forEach((span, index) => {
    const previous = out[out.length - 1];
    const between = previous ? expected.slice(previous.end, span.start) : ' ';
    if (previous && !/\s/u.test(between)) {
      previous.spans.push(index);
      previous.end = span.end;
      previous.text = expected.slice(previous.start, span.end);
    } else {
      out.push({ text: span.text, spans: [index], start: span.start, end: span.end });
    }
  });
  return out.map(({ text, spans: indexes }) => ({ text, spans: indexes }));
}

const RANK: Record<IssueSeverity, number> = { info: 0, slip: 1, error: 2 };

/** The result of the worst issue: an error is wrong, a slip a near-miss, info leaves it correct. */
export function resultOfIssues(issues: readonly Issue[]): VerdictResult {
  const worst = issues.reduce((max, issue) => Math.max(max, RANK[issue.severity ?? 'error']), 0);
  return worst === 2 ? 'wrong' : worst === 1 ? 'near-miss' : 'correct';
}

/**
 * What the learner wrote for one expected word, rebuilt from the judge's issues: the expected
 * word where nothing differs, the learner's form where something does, '' when it is missing.
 */
export function givenForWord(word: DictationWord, expected: string, issues: readonly Issue[]): string {
  const whole = issues.find((issue) => issue.got !== undefined && issue.expected === word.text);
  if (whole?.got !== undefined) return whole.got;
  const spans = wordSpans(expected);
  let out = '';
  word.spans.forEach((spanIndex, position) => {
    const span = spans[spanIndex];
    if (!span) return;
    if (position > 0) {
      const previous = spans[word.spans[position - 1] ?? -1];
      if (previous) out += expected.slice(previous.end, span.start);
    }
    const own = issues.filter((issue) => issue.wordIndex === spanIndex);
    if (own.some((issue) => issue.kind === 'missing-word')) return;
    const replaced = own.find((issue) => issue.got !== undefined && issue.expected === span.text);
    out += replaced?.got ?? span.text;
  });
  return out.replace(/^['-]+|['-]+$/gu, '');
}
