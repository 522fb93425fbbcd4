/** Pure helpers of the true-false type, kept apart from the zod schema so views ship without zod. */

/** The French word for a truth value, as shown in answer keys and feedback. */
export function truthWord(value: boolean): string {
  return value ? 'vrai' : 'faux';
}

/** A statement with its truth value, e.g. `Moussa est sergent. — vrai`. */
export function statementWithAnswer(statement: string, value: boolean): string {
  return `${statement} — ${truthWord(value)}`;
}
