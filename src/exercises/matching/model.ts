/** Pure helpers of the matching type, kept apart from the zod schema so views ship without zod. */

/** The display text of a side of a pair: French when present, else the gloss. */
export function sideText(text: { fr?: string | undefined; en?: string | undefined }): string {
  return text.fr ?? text.en ?? '';
}
