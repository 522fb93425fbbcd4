import type { ExerciseModule } from '../types';
import { checkRolePlay } from './check';
import { rolePlayExamples } from './examples';
import { lintRolePlay } from './lint';
import { learnerLines, speakerName } from './model';
import { rolePlayResponseSchema, rolePlaySchema, type RolePlayExercise, type RolePlayResponse } from './schema';

export const rolePlayModule: ExerciseModule<RolePlayExercise, RolePlayResponse> = {
  schema: rolePlaySchema,
  responseSchema: rolePlayResponseSchema,
  check: checkRolePlay,
  solution: (exercise) => ({ answers: learnerLines(exercise).map((line) => line.fr) }),
  answerKey: (exercise) =>
    learnerLines(exercise).map(
      (line) => `${speakerName(exercise, line.speaker)}: ${exercise.mode === 'type' && line.accept ? line.accept.fr.join(' / ') : line.fr}`,
    ),
  lint: lintRolePlay,
  examples: rolePlayExamples,
};
