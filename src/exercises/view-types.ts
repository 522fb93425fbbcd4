import type { ComponentType } from 'react';
import type { ExerciseVerdict } from './types';

/** Props of an exercise's interactive view. The player owns the response and the Check button. */
export interface ExerciseViewProps<E, R> {
  exercise: E;
  response: R;
  onChange(response: R): void;
  /** Set once the learner has checked: the view marks right and wrong parts. */
  verdict: ExerciseVerdict | undefined;
  /** True after checking: inputs are read-only. */
  disabled: boolean;
}

/** Props of the compact rendering of an answer (summary, instructor results, print). */
export interface ExerciseReviewProps<E, R> {
  exercise: E;
  response: R;
  verdict: ExerciseVerdict;
}

/** What `views.ts` lazily loads for each type. */
export interface ExerciseViewModule<E, R> {
  View: ComponentType<ExerciseViewProps<E, R>>;
  Review: ComponentType<ExerciseReviewProps<E, R>>;
  /** The same pure checker as the registry's, shipped with the view so the player needs no schema code. */
  check(exercise: E, response: R): ExerciseVerdict;
  /** The response before the learner does anything. */
  emptyResponse(exercise: E): R;
  /** Whether the response is complete enough to check (enables the Check button). */
  isAnswered(exercise: E, response: R): boolean;
}
