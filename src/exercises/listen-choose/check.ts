import type { ExerciseVerdict } from '../types';
import type { ListenChooseExercise, ListenChooseResponse } from './schema';

/** The text of an option as shown (French when authored in French, else the gloss in English). */
export function listenOptionText(exercise: ListenChooseExercise, optionId: string): string {
  const option = exercise.options.find((candidate) => candidate.id === optionId);
  return option?.text.fr ?? option?.text.en ?? optionId;
}

/** Right when exactly the right options are selected; anything else is wrong. One part. */
export function checkListenChoose(exercise: ListenChooseExercise, response: ListenChooseResponse): ExerciseVerdict {
  const expected = new Set(exercise.answer);
  const selected = new Set(response.selected);
  const exact = selected.size === expected.size && [...selected].every((optionId) => expected.has(optionId));
  const result = exact ? 'correct' : 'wrong';
  return {
    result,
    score: exact ? 1 : 0,
    parts: [
      {
        index: 0,
        result,
        given: response.selected.map((optionId) => listenOptionText(exercise, optionId)).join(' / '),
        expected: exercise.answer.map((optionId) => listenOptionText(exercise, optionId)).join(' / '),
        issues: [],
      },
    ],
  };
}
