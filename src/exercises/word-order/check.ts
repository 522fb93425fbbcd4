import { judge } from '../../domain/answers/judge';
import type { ExerciseVerdict } from '../types';
import { allChips, joinChips } from './model';
import type { WordOrderExercise, WordOrderResponse } from './schema';

/**
 * The built sentence is judged against the accepted answers. The chips fix the spelling, so
 * anything short of a correct verdict means the order (or the choice of chips) is wrong: no
 * near-miss here.
 */
export function checkWordOrder(exercise: WordOrderExercise, response: WordOrderResponse): ExerciseVerdict {
  const chips = allChips(exercise);
  const given = joinChips(response.order.map((index) => chips[index] ?? ''));
  const verdict = judge(given, exercise.accept.fr);
  const right = verdict.result === 'correct';
  return {
    result: right ? 'correct' : 'wrong',
    score: right ? 1 : 0,
    parts: [{ index: 0, result: right ? 'correct' : 'wrong', given, expected: verdict.expected, issues: right ? [] : verdict.issues }],
  };
}
