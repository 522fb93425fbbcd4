/**
 * Builds the active profile's review deck (loaded lazily with the FSRS code, so neither reaches
 * the first screen): which cards exist, their derived schedule, which are due, and what each
 * card shows. Content comes from the lesson chunks and, for glossary entries, the glossary files.
 */
import { isWritten, findLesson, lessonPromise } from '../content/loader';
import type { ExerciseEnvelope, Lesson } from '../content/schema';
import type { EnAvantDb } from '../db/db';
import { attemptsForProfile, visitsForProfile } from '../db/repos/attempts';
import { reviewDeckForProfile } from '../db/repos/review-deck';
import { buildDeck, dueCards, isReviewAttempt, type DeckCard } from '../domain/srs/deck';
import { isKnown } from '../domain/srs/scheduler';

/** A word card's content: French and its glosses (`en` always). */
export interface WordContent {
  id: string;
  fr: string;
  gloss: { en: string; [lang: string]: string | undefined };
  /** The content id of the clip that voices the word (its own id). */
  clipId: string;
}

/** What a card shows. */
export type CardContent = { kind: 'word'; word: WordContent } | { kind: 'exercise'; lessonId: string; exercise: ExerciseEnvelope };

/** The deck of a profile at a moment. */
export interface LoadedDeck {
  deck: DeckCard[];
  due: DeckCard[];
  content: Map<string, CardContent>;
  /** Every word the learner has met (a pool of distractors for choice questions). */
  words: WordContent[];
  knownWords: number;
}

const LESSON_ID = /^v\d\.u\d{2}\.l\d{2}$/;
/** Opening any section after the dialogue counts as having studied the lesson's vocabulary. */
const STUDY_SECTIONS = new Set(['vocabulary', 'grammar', 'pronunciation', 'culture', 'exercises', 'summary']);

/** The lesson id a content id belongs to (`v1.u00.l01.v07` → `v1.u00.l01`). */
export function lessonOf(itemId: string): string | undefined {
  const match = /^(v\d\.u\d{2}\.l\d{2})\./.exec(itemId);
  return match?.[1];
}

async function loadLessonSafe(lessonId: string): Promise<Lesson | undefined> {
  const location = findLesson(lessonId);
  if (!location || !isWritten(location.lesson)) return undefined;
  return lessonPromise(lessonId).catch(() => undefined);
}

const glossaryFiles = import.meta.glob<unknown>('../../content/glossary/*.json', { import: 'default' });

/** Finds an entry by id anywhere in a glossary file, whatever the file's exact layout. */
function findEntry(node: unknown, id: string): Record<string, unknown> | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findEntry(child, id);
      if (found) return found;
    }
  } else if (typeof node === 'object' && node !== null) {
    const record = node as Record<string, unknown>;
    if (record['id'] === id) return record;
    for (const value of Object.values(record)) {
      const found = findEntry(value, id);
      if (found) return found;
    }
  }
  return undefined;
}

/** The French and gloss of a glossary entry (`gl.<domain>.<n>`), if the glossary has it. */
async function glossaryWord(id: string): Promise<WordContent | undefined> {
  const domain = /^gl\.([a-z0-9-]+)\./.exec(id)?.[1];
  const loader = domain === undefined ? undefined : glossaryFiles[`../../content/glossary/${domain}.json`];
  const candidates = loader ? [loader] : Object.values(glossaryFiles);
  for (const load of candidates) {
    const entry = findEntry(await load().catch(() => undefined), id);
    if (!entry) continue;
    const text = (['term', 'text', 'fr'] as const).map((key) => entry[key]).find((value) => value !== undefined);
    const term = typeof text === 'object' && text !== null ? (text as Record<string, unknown>) : entry;
    const fr = Array.isArray(term['fr']) ? (term['fr'][0] as unknown) : term['fr'];
    const en = Array.isArray(term['en']) ? (term['en'][0] as unknown) : term['en'];
    if (typeof fr === 'string' && typeof en === 'string') return { id, fr, gloss: { en }, clipId: id };
  }
  return undefined;
}

function wordOf(item: Lesson['vocabulary'][number]): WordContent {
  return { id: item.id, fr: item.term.fr, gloss: item.term, clipId: item.id };
}

/**
 * Loads everything the deck needs for a profile and derives it at `now`. `dayStart` is the start of
 * the learner's local day (for the daily allowance of new cards).
 */
export async function loadDeck(db: EnAvantDb, profileId: string, now: number, dayStart: number): Promise<LoadedDeck> {
  const [attempts, visits, deckItems] = await Promise.all([
    attemptsForProfile(db, profileId),
    visitsForProfile(db, profileId),
    reviewDeckForProfile(db, profileId),
  ]);
  const studiedSince = new Map<string, number>();
  const studied = (lessonId: string, at: number) => {
    if (LESSON_ID.test(lessonId)) studiedSince.set(lessonId, Math.min(at, studiedSince.get(lessonId) ?? at));
  };
  for (const attempt of attempts) if (!isReviewAttempt(attempt)) studied(attempt.lessonId, attempt.answeredAt);
  for (const visit of visits) if (STUDY_SECTIONS.has(visit.section)) studied(visit.lessonId, visit.openedAt);

  const needed = new Set([...studiedSince.keys()]);
  for (const item of deckItems) {
    const lessonId = lessonOf(item.itemId);
    if (lessonId !== undefined) needed.add(lessonId);
  }
  const lessons = new Map<string, Lesson>();
  await Promise.all(
    [...needed].map(async (lessonId) => {
      const lesson = await loadLessonSafe(lessonId);
      if (lesson) lessons.set(lessonId, lesson);
    }),
  );

  const content = new Map<string, CardContent>();
  const words: WordContent[] = [];
  for (const lesson of lessons.values()) {
    for (const item of lesson.vocabulary) {
      const word = wordOf(item);
      content.set(item.id, { kind: 'word', word });
      if (studiedSince.has(lesson.id)) words.push(word);
    }
    for (const exercise of lesson.exercises) content.set(exercise.id, { kind: 'exercise', lessonId: lesson.id, exercise });
  }
  for (const item of deckItems) {
    if (content.has(item.itemId) || !item.itemId.startsWith('gl.')) continue;
    const word = await glossaryWord(item.itemId);
    if (word) {
      content.set(item.itemId, { kind: 'word', word });
      words.push(word);
    }
  }

  const studiedVocabulary = [...studiedSince.entries()].flatMap(([lessonId, since]) =>
    (lessons.get(lessonId)?.vocabulary ?? []).map((item) => ({ id: item.id, since })),
  );
  // Cards whose content is not in this build (an entry removed, a glossary not shipped) are left out.
  const deck = buildDeck({ studiedVocabulary, deckItems, attempts }).filter((card) => content.has(card.id));
  return {
    deck,
    due: dueCards(deck, now, dayStart),
    content,
    words,
    knownWords: deck.filter((card) => content.get(card.id)?.kind === 'word' && isKnown(card.state)).length,
  };
}
