import { judge } from '../../domain/answers/judge';
import { combineParts, type ExerciseVerdict, type PartVerdict } from '../types';
import { optionText, truthText } from './model';
import type { ReadingAnswer, ReadingExercise, ReadingQuestion, ReadingResponse } from './schema';

function checkQuestion(question: ReadingQuestion, answer: ReadingAnswer | undefined, index: number): PartVerdict {
  switch (question.kind) {
    case 'choice': {
      const selected = Array.isArray(answer) ? answer : [];
      const expected = new Set(question.answer);
      const exact =
        selected.length === expected.size &&
        selected.every((optionId) => expected.has(optionId)) &&
        new Set(selected).size === selected.length;
      return {
        index,
        result: exact ? 'correct' : 'wrong',
        given: selected.map((optionId) => optionText(question, optionId)).join(' / '),
        expected: question.answer.map((optionId) => optionText(question, optionId)).join(' / '),
        issues: [],
      };
    }
    case 'true-false':
      return {
        index,
        result: answer === question.answer ? 'correct' : 'wrong',
        given: typeof answer === 'boolean' ? truthText(answer) : '',
        expected: truthText(question.answer),
        issues: [],
      };
    case 'short': {
      const given = typeof answer === 'string' ? answer.trim() : '';
      const verdict = judge(given, question.accept.fr);
      return { index, result: verdict.result, given, expected: verdict.expected, issues: verdict.issues };
    }
  }
}

/**
 * One part per question. Choice: exactly the right options; true-false: the right value; short:
 * the answer judge (a near-miss stays a near-miss). An answer of the wrong shape is wrong.
 */
export function checkReading(exercise: ReadingExercise, response: ReadingResponse): ExerciseVerdict {
  return combineParts(exercise.questions.map((question, index) => checkQuestion(question, response.answers[index], index)));
}
