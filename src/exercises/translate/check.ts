import { judge } from '../../domain/answers/judge';
import { combineParts, type ExerciseVerdict } from '../types';
import { judgeEnglish } from './model';
import type { TranslateExercise, TranslateResponse } from './schema';

/** The accepted answers of an exercise, in the target language, main form first. */
export function acceptedAnswers(exercise: TranslateExercise): readonly string[] {
  return exercise.direction === 'en-fr' ? exercise.accept.fr : exercise.accept.en;
}

/**
 * One part: into French, the answer judge (a near-miss stays a near-miss); into English, the
 * lenient {@link judgeEnglish}.
 */
export function checkTranslate(exercise: TranslateExercise, response: TranslateResponse): ExerciseVerdict {
  const given = response.answer.trim();
  const verdict = exercise.direction === 'en-fr' ? judge(given, exercise.accept.fr) : judgeEnglish(given, exercise.accept.en);
  const part = { index: 0, result: verdict.result, given, expected: verdict.expected, issues: verdict.issues };
  return combineParts([exercise.direction === 'fr-en' ? { ...part, lang: 'en' } : part]);
}
