/** Pure helpers of the gap-fill type, kept apart from the zod schema so views ship without zod. */

/** Splits the sentence into text pieces and gap numbers (0-based), in order. */
export function splitGapSentence(sentence: string): Array<{ text: string } | { gap: number }> {
  const pieces: Array<{ text: string } | { gap: number }> = [];
  const pattern = /\{(\d)\}/g;
  let last = 0;
  for (const match of sentence.matchAll(pattern)) {
    const index = match.index;
    if (index > last) pieces.push({ text: sentence.slice(last, index) });
    pieces.push({ gap: Number(match[1]) - 1 });
    last = index + match[0].length;
  }
  if (last < sentence.length) pieces.push({ text: sentence.slice(last) });
  return pieces;
}
