/** Pure helpers of the reading type, kept apart from the zod schema so views ship without zod. */
import type { ReadingAnswer, ReadingExercise, ReadingQuestion } from './schema';

type ChoiceQuestion = Extract<ReadingQuestion, { kind: 'choice' }>;

/** The display text of an option: French when present, else the gloss. */
export function optionText(question: ChoiceQuestion, optionId: string): string {
  const option = question.options.find((candidate) => candidate.id === optionId);
  return option?.text.fr ?? option?.text.en ?? optionId;
}

/** How a true/false answer reads in the feedback (in French, like the text). */
export function truthText(value: boolean): string {
  return value ? 'vrai' : 'faux';
}

/** The model answer to one question. */
export function modelAnswer(question: ReadingQuestion): ReadingAnswer {
  switch (question.kind) {
    case 'choice':
      return [...question.answer];
    case 'true-false':
      return question.answer;
    case 'short':
      return question.accept.fr[0] ?? '';
  }
}

/** Whether one question has an answer to check. */
export function isQuestionAnswered(question: ReadingQuestion, answer: ReadingAnswer | undefined): boolean {
  switch (question.kind) {
    case 'choice':
      return Array.isArray(answer) && answer.length > 0;
    case 'true-false':
      return typeof answer === 'boolean';
    case 'short':
      return typeof answer === 'string' && answer.trim() !== '';
  }
}

/** The response before the learner does anything: every question unanswered. */
export function emptyAnswers(exercise: ReadingExercise): ReadingAnswer[] {
  return exercise.questions.map(() => null);
}
