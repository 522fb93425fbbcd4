import type { VerdictResult } from '../../domain/answers/judge';
import { clipSource } from '../listen-choose/audio';
import { combineParts, type ExerciseVerdict } from '../types';
import type { SpeakExercise, SpeakResponse } from './schema';

const RESULT: Record<NonNullable<SpeakResponse['rating']>, VerdictResult> = { good: 'correct', hard: 'near-miss', again: 'wrong' };

/**
 * Self-assessment, not a judgement of the recording (nothing analyses the voice, nothing leaves the
 * device): "Good" is correct, "Close" a near-miss, "I need practice" — or no rating — wrong.
 * Whether the learner recorded does not count: without a microphone they can still say the line
 * aloud, listen and rate.
 */
export function checkSpeak(exercise: SpeakExercise, response: SpeakResponse): ExerciseVerdict {
  const result = response.rating === null ? 'wrong' : RESULT[response.rating];
  return combineParts([{ index: 0, result, given: '', expected: clipSource(exercise)?.fr ?? '', issues: [] }]);
}
