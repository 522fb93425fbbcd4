/**
 * Picks the learner-language version of a localized text: the UI language if the author gave it,
 * else English. French (`fr`) is never used as a fallback gloss.
 */
export function gloss(text: { en?: string | undefined; [lang: string]: string | undefined }, language: string): string {
  const base = language.split('-')[0] ?? 'en';
  return text[language] ?? text[base] ?? text.en ?? '';
}

/** French when present, else the gloss: for prompts and options that may be either. */
export function frOrGloss(
  text: { fr?: string | undefined; en?: string | undefined; [lang: string]: string | undefined },
  language: string,
): { text: string; lang: string } {
  if (text.fr !== undefined) return { text: text.fr, lang: 'fr' };
  return { text: gloss(text, language), lang: language };
}
