/** Pure helpers of the role-play type, kept apart from the zod schema so views ship without zod. */
import type { RolePlayExercise, RolePlayLine } from './schema';

/** Indexes (in `lines`) of the learner's lines, in order: one turn each. */
export function learnerLineIndexes(exercise: RolePlayExercise): number[] {
  return exercise.lines.flatMap((line, index) => (line.speaker === exercise.role ? [index] : []));
}

/** The learner's lines, in order. */
export function learnerLines(exercise: RolePlayExercise): RolePlayLine[] {
  return exercise.lines.filter((line) => line.speaker === exercise.role);
}

/** The accepted answers of a turn typed in full: `accept.fr` if given, else the line itself. */
export function acceptedForLine(line: RolePlayLine): string[] {
  return line.accept?.fr ?? [line.fr];
}

/** The speaker's name, or the id if the speaker is not listed. */
export function speakerName(exercise: RolePlayExercise, speakerId: string): string {
  return exercise.speakers.find((speaker) => speaker.id === speakerId)?.name ?? speakerId;
}
