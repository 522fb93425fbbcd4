/** Pure helpers of the gap-fill-choice type, kept apart from the zod schema so views ship without zod. */
import { splitGapSentence } from '../gap-fill/model';

export { splitGapSentence };

/** The right option of a gap, as authored. */
export function keyOption(gap: { options: { fr: readonly string[] }; answer: number }): string {
  return gap.options.fr[gap.answer] ?? '';
}

/** The sentence with each gap replaced by `fill(gapIndex)` (0-based). */
export function fillGaps(sentence: string, fill: (gap: number) => string): string {
  return splitGapSentence(sentence)
    .map((piece) => ('text' in piece ? piece.text : fill(piece.gap)))
    .join('');
}
