/** Pure helpers of the categorize type, kept apart from the zod schema so views ship without zod. */

type Text = { fr?: string | undefined; en?: string | undefined };

/** The display text of an item or label: French when present, else the gloss (English). */
export function displayText(text: Text): string {
  return text.fr ?? text.en ?? '';
}

/** The label of a category id, or '' when the id is unknown. */
export function categoryLabel(exercise: { categories: ReadonlyArray<{ id: string; label: Text }> }, categoryId: string | null): string {
  const category = exercise.categories.find((candidate) => candidate.id === categoryId);
  return category ? displayText(category.label) : '';
}

/** An item with its category, e.g. `le casque → Équipement`. */
export function placementText(item: string, label: string): string {
  return `${item} → ${label}`;
}
