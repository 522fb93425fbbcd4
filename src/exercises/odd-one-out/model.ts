/** Pure helpers of the odd-one-out type, kept apart from the zod schema so views ship without zod. */

/** The French text of an option id, or '' when the id is unknown. */
export function optionText(exercise: { options: ReadonlyArray<{ id: string; text: { fr: string } }> }, optionId: string | null): string {
  return exercise.options.find((option) => option.id === optionId)?.text.fr ?? '';
}
