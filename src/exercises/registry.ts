/**
 * The exercise registry (node-safe: no React). One line per type; the `satisfies` clause makes a
 * missing or extra type a compile error. Views are registered separately in `views.ts`.
 */
import type { ExerciseModule } from './types';
import { categorizeModule } from './categorize/module';
import { conjugationModule } from './conjugation/module';
import { dictationModule } from './dictation/module';
import { gapFillChoiceModule } from './gap-fill-choice/module';
import { gapFillModule } from './gap-fill/module';
import { listenChooseModule } from './listen-choose/module';
import { matchingModule } from './matching/module';
import { minimalPairsModule } from './minimal-pairs/module';
import { multipleChoiceModule } from './multiple-choice/module';
import { oddOneOutModule } from './odd-one-out/module';
import { readingModule } from './reading/module';
import { rolePlayModule } from './role-play/module';
import { speakModule } from './speak/module';
import { translateModule } from './translate/module';
import { trueFalseModule } from './true-false/module';
import { wordOrderModule } from './word-order/module';

import { EXERCISE_TYPES, isExerciseType, type ExerciseType } from './exercise-types';

export { EXERCISE_TYPES, isExerciseType, type ExerciseType };

/** Type → module. */
export const exerciseRegistry = {
  'multiple-choice': multipleChoiceModule,
  'gap-fill': gapFillModule,
  'word-order': wordOrderModule,
  matching: matchingModule,
  'true-false': trueFalseModule,
  'gap-fill-choice': gapFillChoiceModule,
  categorize: categorizeModule,
  'odd-one-out': oddOneOutModule,
  translate: translateModule,
  conjugation: conjugationModule,
  reading: readingModule,
  'listen-choose': listenChooseModule,
  dictation: dictationModule,
  'minimal-pairs': minimalPairsModule,
  speak: speakModule,
  'role-play': rolePlayModule,
} satisfies { [T in ExerciseType]: ExerciseModule<{ id: string; type: T }, unknown> };

/** The authored exercise for each type. */
export type ExerciseOf<T extends ExerciseType> = (typeof exerciseRegistry)[T] extends ExerciseModule<infer E, unknown> ? E : never;

/** The stored response for each type. */
export type ResponseOf<T extends ExerciseType> = (typeof exerciseRegistry)[T] extends ExerciseModule<infer _E, infer R> ? R : never;

/** Any authored exercise. */
export type Exercise = { [T in ExerciseType]: ExerciseOf<T> }[ExerciseType];

/**
 * The registry seen through the common contract: callers that handle any type (validator, player,
 * contract tests) use this. The cast is sound because each module is typed with its own exercise
 * and response schemas, and callers validate with `schema`/`responseSchema` first.
 */
export function moduleFor(type: ExerciseType): ExerciseModule<{ id: string; type: string }, unknown> {
  return exerciseRegistry[type] as unknown as ExerciseModule<{ id: string; type: string }, unknown>;
}
