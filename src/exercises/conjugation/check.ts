import { judge, type Verdict } from '../../domain/answers/judge';
import { combineParts, type ExerciseVerdict } from '../types';
import { acceptedWithPronoun, answerReadings } from './model';
import type { ConjugationExercise, ConjugationResponse } from './schema';

const RANK = { correct: 0, 'near-miss': 1, wrong: 2 } as const;

/**
 * One part per asked cell (given cells are models, not judged); `index` is the cell's index.
 * Each answer is judged with its pronoun against the accepted forms with their pronouns, so
 * `suis` and `je suis` are both right and `given`/`expected` read `je suis` in the feedback.
 */
export function checkConjugation(exercise: ConjugationExercise, response: ConjugationResponse): ExerciseVerdict {
  return combineParts(
    exercise.cells.flatMap((cell, index) => {
      if (cell.given) return [];
      const accepted = acceptedWithPronoun(cell.person, cell.accept.fr);
      let best: { given: string; verdict: Verdict } | undefined;
      for (const given of answerReadings(response.answers[index] ?? '', cell.person)) {
        const verdict = judge(given, accepted);
        if (!best || RANK[verdict.result] < RANK[best.verdict.result]) best = { given, verdict };
      }
      const given = best?.given ?? '';
      const verdict = best?.verdict ?? judge('', accepted);
      return [{ index, result: verdict.result, given, expected: verdict.expected, issues: verdict.issues }];
    }),
  );
}
