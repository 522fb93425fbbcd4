/**
 * How a card is practised: the same word is asked in several forms so the learner recognises it,
 * produces it and hears it. Pure: the form and the distractors come from a seeded rng.
 */
import { shuffle, type Rng } from '../../lib/rng';

/** The forms of practice of a word card; an exercise card replays its exercise. */
export type PracticeForm = 'fr-en-choose' | 'en-fr-typed' | 'listen-choose';

/** A word as the review screen needs it. */
export interface WordCardContent {
  id: string;
  fr: string;
  /** The learner-language gloss (English, or the UI language when the content has it). */
  gloss: string;
  /** Whether a clip exists for the word. */
  hasAudio: boolean;
}

/**
 * Picks the form for this review: new cards are first recognised (FR→EN), then produced (EN→FR,
 * typed) or heard (when there is audio), alternating at random.
 */
export function pickForm(card: { reps: number; hasAudio: boolean }, rng: Rng): PracticeForm {
  if (card.reps === 0) return 'fr-en-choose';
  const forms: PracticeForm[] = card.hasAudio ? ['fr-en-choose', 'en-fr-typed', 'listen-choose'] : ['fr-en-choose', 'en-fr-typed'];
  return forms[Math.floor(rng() * forms.length)] ?? 'fr-en-choose';
}

/**
 * The options of a choice question: the right gloss and up to `count - 1` others from the pool,
 * never two with the same text, shuffled.
 */
export function pickOptions(target: WordCardContent, pool: readonly WordCardContent[], rng: Rng, count = 4): WordCardContent[] {
  const seen = new Set([target.gloss.toLowerCase()]);
  const others: WordCardContent[] = [];
  for (const candidate of shuffle(pool, rng)) {
    if (others.length >= count - 1) break;
    const key = candidate.gloss.toLowerCase();
    if (candidate.id === target.id || seen.has(key)) continue;
    seen.add(key);
    others.push(candidate);
  }
  return shuffle([target, ...others], rng);
}

/** The French forms accepted when typing a word: as taught, and without the article or gender mark. */
export function acceptedFrench(fr: string): string[] {
  const out = [fr];
  const withoutArticle = fr.replace(/^(le|la|les|un|une|des|l[’'])\s*/i, '').trim();
  if (withoutArticle !== fr && withoutArticle !== '') out.push(withoutArticle);
  return out;
}
