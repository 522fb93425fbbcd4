/** Pure helpers of the minimal-pairs type. */
import { expandLigatures, normalizeApostrophes, normalizeHyphens, words } from '../../lib/text';

/** Determiners whose written `es` is said /e/ (les, des, mes…): never confused with le, de, me. */
const ES_DETERMINERS = /^(l|d|m|t|s|c)es$/u;

/**
 * A rough key of how a French word or phrase sounds, to catch homophones offered as a "minimal
 * pair" (vingt / vin, vert / vers, sont / son, à / a). Deliberately conservative — it only drops
 * what is surely silent — so that real pairs (le / les, dessus / dessous, poisson / poison) never
 * share a key; some homophones slip through, none of the real pairs is refused.
 *
 * Rules: lowercase; `à`, `ù` → `a`, `u` (same sound); `les`, `des`, `mes`… kept apart from `le`,
 * `de`, `me`; in words of 4+ letters, final silent consonants (s, x, z, t, d, p, g) dropped, so
 * `vingt` → `vin`, `vert` → `ver`, `belles` → `belle`.
 */
export function soundKey(text: string): string {
  return words(normalizeHyphens(normalizeApostrophes(expandLigatures(text.normalize('NFC').toLowerCase()))))
    .map((word) => {
      const plain = word.replace(/à/gu, 'a').replace(/ù/gu, 'u');
      if (ES_DETERMINERS.test(plain)) return `${plain.slice(0, -2)}é`;
      if (plain.length < 4) return plain;
      return plain.replace(/[sxztdpg]+$/u, '');
    })
    .join(' ');
}
