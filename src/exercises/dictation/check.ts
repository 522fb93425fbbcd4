import { judge } from '../../domain/answers/judge';
import { combineParts, type ExerciseVerdict, type PartVerdict } from '../types';
import { dictationWords, givenForWord, resultOfIssues } from './model';
import type { DictationExercise, DictationResponse } from './schema';

/**
 * Judged word by word: the whole answer goes through the answer judge (so context counts — a
 * missing accent on a verb after `il est` is wrong, on a noun a slip), then each word of the
 * closest accepted answer becomes one part with the judge's issues about it. Words the learner
 * added make one last part (expected ''), so an extra word is never silently accepted.
 */
export function checkDictation(exercise: DictationExercise, response: DictationResponse): ExerciseVerdict {
  const verdict = judge(response.answer, exercise.accept.fr);
  const expectedWords = dictationWords(verdict.expected);
  const empty = verdict.result === 'wrong' && verdict.issues.length === 0;
  const parts: PartVerdict[] = expectedWords.map((word, index) => {
    if (empty) {
      return {
        index,
        result: 'wrong',
        given: '',
        expected: word.text,
        issues: [{ kind: 'missing-word', severity: 'error', expected: word.text }],
      };
    }
    const issues = verdict.issues.filter((issue) => issue.wordIndex !== undefined && word.spans.includes(issue.wordIndex));
    return { index, result: resultOfIssues(issues), given: givenForWord(word, verdict.expected, issues), expected: word.text, issues };
  });
  const extra = verdict.issues.filter((issue) => issue.wordIndex === undefined);
  if (extra.length > 0) {
    parts.push({
      index: parts.length,
      result: resultOfIssues(extra),
      given: extra.map((issue) => issue.got ?? '').join(' '),
      expected: '',
      issues: extra,
    });
  }
  return combineParts(parts);
}
