import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { AppPage, ExerciseData, LessonData } from './app-page';

/** A placement item as the bank stores it. */
interface PlacementItemData {
  level: 'A1' | 'A2' | 'B1';
  skill: string;
  exercise: ExerciseData;
}

/** The placement bank, read from the content file. */
export function readPlacementBank(): PlacementItemData[] {
  return (JSON.parse(readFileSync('content/placement/items.json', 'utf8')) as { items: PlacementItemData[] }).items;
}

/** A lesson's vocabulary, for answering word cards. */
interface VocabularyData {
  id: string;
  term: { fr: string; en: string };
}

/** Page model of the self-study screens: placement, review, settings, backups. */
export class SelfStudyPage {
  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {}

  /** The id of the exercise on screen (its heading is `<id>-heading`). */
  async exerciseId(): Promise<string> {
    const id = await this.app.exercise.locator('h3.exercise-instructions').getAttribute('id');
    if (!id) throw new Error('no exercise on screen');
    return id.replace(/-heading$/, '');
  }

  private async currentId(): Promise<string | undefined> {
    const heading = this.app.exercise.locator('h3.exercise-instructions');
    try {
      return (await heading.getAttribute('id', { timeout: 500 })) ?? undefined;
    } catch {
      return undefined; // between two questions, or the result is showing
    }
  }

  /** Takes the whole placement test, answering right only the items `right` says. */
  async takePlacement(right: (item: PlacementItemData, index: number) => boolean): Promise<number> {
    const bank = readPlacementBank();
    await this.page.getByRole('button', { name: 'Start the test' }).click();
    let asked = 0;
    const result = this.page.getByRole('heading', { level: 1, name: 'Your result' });
    while (!(await result.isVisible())) {
      await expect(this.app.exercise.or(result)).toBeVisible();
      if (await result.isVisible()) break;
      const id = await this.exerciseId();
      const item = bank.find((candidate) => candidate.exercise.id === id);
      if (!item) throw new Error(`unknown placement item ${id}`);
      await this.app.answer(item.exercise, { correct: right(item, asked) });
      asked += 1;
      await this.page.getByRole('button', { name: 'Next question' }).click();
      await expect.poll(async () => (await result.isVisible()) || (await this.currentId()) !== `${id}-heading`).toBe(true);
    }
    return asked;
  }

  /**
   * Reviews every card due, answering wrong the first `wrongFirst` ones. Word cards are answered
   * from the lessons' vocabulary, exercise cards from the lesson exercises.
   */
  async reviewAll(lessons: readonly LessonData[], wrongFirst = 0): Promise<number> {
    const vocabulary = lessons.flatMap((lesson) => (lesson as LessonData & { vocabulary: VocabularyData[] }).vocabulary);
    const exercises = lessons.flatMap((lesson) => lesson.exercises);
    let done = 0;
    const finished = this.page.getByRole('heading', { level: 2, name: /Review finished|Nothing to review now/ });
    for (;;) {
      const card = this.page.locator('.review-card, section.exercise');
      await expect(card.or(finished)).toBeVisible();
      if (await finished.isVisible()) return done;
      const right = done >= wrongFirst;
      const form = await card.first().getAttribute('data-form');
      if (form === null) {
        const id = await this.exerciseId();
        const exercise = exercises.find((candidate) => candidate.id === id);
        if (!exercise) throw new Error(`unknown exercise card ${id}`);
        await this.app.answer(exercise, { correct: right });
      } else if (form === 'en-fr-typed') {
        const prompt = (await card.locator('.review-prompt').innerText()).trim();
        const word = vocabulary.find((item) => item.term.en === prompt);
        if (!word) throw new Error(`no word for "${prompt}"`);
        await this.page.getByLabel('Your answer in French').fill(right ? word.term.fr : 'zzz');
        await this.page.getByRole('button', { name: 'Check', exact: true }).click();
      } else {
        const french = (await card.locator('#review-french').innerText()).trim();
        const word = vocabulary.find((item) => item.term.fr === french);
        if (!word) throw new Error(`no word for "${french}"`);
        const options = card.locator('.choice-list button');
        if (right) await options.filter({ hasText: new RegExp(`^${word.term.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).click();
        else
          await options
            .filter({ hasNotText: new RegExp(`^${word.term.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
            .first()
            .click();
      }
      await expect(
        this.page
          .getByRole('status')
          .filter({ hasText: /Right!|Almost|Not quite/ })
          .first(),
      ).toBeVisible();
      await this.page.getByRole('button', { name: 'Continue', exact: true }).click();
      done += 1;
    }
  }

  /** Exports the active profile from Settings and returns the downloaded file's text. */
  async exportBackup(): Promise<string> {
    await this.page.goto('/#/settings');
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export my progress' }).click();
    const file = await download;
    const path = await file.path();
    return readFileSync(path, 'utf8');
  }

  /** The due count the home screen shows, as its text. */
  async dueText(): Promise<string> {
    await this.page.goto('/#/');
    const due = this.page.locator('#home-reviews ~ .big-number');
    await expect(due).not.toHaveText('…');
    return (await due.innerText()).trim();
  }
}
