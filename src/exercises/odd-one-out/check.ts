import type { ExerciseVerdict } from '../types';
import { optionText } from './model';
import type { OddOneOutExercise, OddOneOutResponse } from './schema';

/** One part: right when the selected option is the odd one out. */
export function checkOddOneOut(exercise: OddOneOutExercise, response: OddOneOutResponse): ExerciseVerdict {
  const correct = response.selected === exercise.answer && exercise.options.some((option) => option.id === response.selected);
  return {
    result: correct ? 'correct' : 'wrong',
    score: correct ? 1 : 0,
    parts: [
      {
        index: 0,
        result: correct ? 'correct' : 'wrong',
        given: optionText(exercise, response.selected),
        expected: optionText(exercise, exercise.answer),
        issues: [],
      },
    ],
  };
}
