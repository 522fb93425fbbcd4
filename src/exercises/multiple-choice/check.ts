import type { ExerciseVerdict } from '../types';
import type { MultipleChoiceExercise, MultipleChoiceResponse } from './schema';

const optionText = (exercise: MultipleChoiceExercise, optionId: string): string => {
  const option = exercise.options.find((candidate) => candidate.id === optionId);
  return option?.text.fr ?? option?.text.en ?? optionId;
};

/** Right when exactly the right options are selected; a partly right selection is wrong. */
export function checkMultipleChoice(exercise: MultipleChoiceExercise, response: MultipleChoiceResponse): ExerciseVerdict {
  const expected = new Set(exercise.answer);
  const selected = new Set(response.selected);
  const hits = [...selected].filter((optionId) => expected.has(optionId)).length;
  const falseAlarms = selected.size - hits;
  const exact = hits === expected.size && falseAlarms === 0;
  const score = exact ? 1 : Math.max(0, (hits - falseAlarms) / expected.size) * 0.5;
  return {
    result: exact ? 'correct' : 'wrong',
    score: exact ? 1 : Math.round(score * 100) / 100,
    parts: [
      {
        index: 0,
        result: exact ? 'correct' : 'wrong',
        given: response.selected.map((optionId) => optionText(exercise, optionId)).join(' / '),
        expected: exercise.answer.map((optionId) => optionText(exercise, optionId)).join(' / '),
        issues: [],
      },
    ],
  };
}
