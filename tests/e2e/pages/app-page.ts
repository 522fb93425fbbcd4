import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** The parts of a lesson the page model needs, read from the content files. */
export interface LessonData {
  id: string;
  title: { fr: string };
  exercises: ExerciseData[];
}

export type ExerciseData =
  | { id: string; type: 'multiple-choice'; options: Array<{ id: string; text: { fr?: string; en?: string } }>; answer: string[] }
  | { id: string; type: 'gap-fill'; gaps: Array<{ accept: { fr: string[] } }> }
  | { id: string; type: 'word-order'; chips: { fr: string[] }; distractors?: { fr: string[] } }
  | { id: string; type: 'matching'; pairs: Array<{ left: { fr?: string; en?: string }; right: { fr?: string; en?: string } }> };

/** Reads a lesson JSON file from content/. */
export function readLesson(file: string): LessonData {
  return JSON.parse(readFileSync(`content/${file}`, 'utf8')) as LessonData;
}

const text = (value: { fr?: string; en?: string }) => value.fr ?? value.en ?? '';

/** Page model of the app, for journeys written as a learner would act. */
export class AppPage {
  constructor(readonly page: Page) {}

  async createProfile(name: string): Promise<void> {
    await this.page.goto('/');
    await this.page.getByLabel('Your name').fill(name);
    await this.page.getByRole('button', { name: 'Create the profile' }).click();
    await expect(this.page.getByRole('heading', { name: 'Your course' })).toBeVisible();
  }

  /** Waits until the service worker has precached everything and controls the page. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    if (!(await this.page.evaluate(() => navigator.serviceWorker.controller !== null))) {
      await this.page.reload();
      await this.page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
    }
    await expect.poll(() => this.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  }

  async openSection(lessonId: string, section: string): Promise<void> {
    await this.page.goto(`/#/lesson/${lessonId}/${section}`);
    await expect(this.page.locator('#lesson-title')).toBeVisible();
  }

  /** Answers the exercise on screen with the mouse; `correct: false` gives a wrong answer. */
  async answer(exercise: ExerciseData, { correct = true } = {}): Promise<void> {
    const page = this.page;
    switch (exercise.type) {
      case 'multiple-choice': {
        const ids = correct ? exercise.answer : [exercise.options.find((option) => !exercise.answer.includes(option.id))!.id];
        for (const id of ids) {
          const option = exercise.options.find((candidate) => candidate.id === id)!;
          await page
            .locator('label.choice', { hasText: text(option.text) })
            .first()
            .click();
        }
        break;
      }
      case 'gap-fill': {
        for (const [index, gap] of exercise.gaps.entries()) {
          await page.getByRole('textbox', { name: new RegExp(`^Gap ${index + 1} of`) }).fill(correct ? gap.accept.fr[0]! : 'xxxx');
        }
        break;
      }
      case 'word-order': {
        const chips = correct ? exercise.chips.fr : [...exercise.chips.fr].reverse();
        for (const chip of chips) {
          await page
            .getByRole('button', { name: `Add “${chip}”`, exact: true })
            .first()
            .click();
        }
        break;
      }
      case 'matching': {
        const rights = exercise.pairs.map((pair) => text(pair.right));
        for (const [index, pair] of exercise.pairs.entries()) {
          const target = correct ? rights[index]! : rights[(index + 1) % rights.length]!;
          const select = page.getByLabel(text(pair.left), { exact: true });
          const value = await select.locator('option').filter({ hasText: target }).first().getAttribute('value');
          await select.selectOption(value!);
        }
        break;
      }
    }
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByRole('status').filter({ hasText: correct ? /Right!|Almost/ : /Not quite/ })).toBeVisible();
  }

  async continue(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Continue|See my results)$/ }).click();
  }
}
