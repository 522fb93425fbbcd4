import { expect, test, type Page } from '@playwright/test';
import { EXERCISE_TYPES } from '../../src/exercises/exercise-types';
import { AppPage, readCourseLessons, type ExerciseData, type LessonData } from './pages/app-page';

/**
 * Every exercise type present in the course, answered with the mouse (taps) at the project's
 * screen size (phone and laptop), and at 320 px wide without horizontal scrolling. One learner
 * walks through the lessons that hold the first exercise of each type, answering in order.
 */

test.use({
  launchOptions: [
    async ({ launchOptions }, use) => {
      await use({
        ...launchOptions,
        args: [...(launchOptions.args ?? []), '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream'],
      });
    },
    { scope: 'worker' },
  ],
});

const lessons = readCourseLessons();

/** For each lesson, the positions of the first exercise of each type not met earlier in the course. */
function targets(): Array<{ lesson: LessonData; indexes: Set<number> }> {
  const seen = new Set<string>();
  const plan: Array<{ lesson: LessonData; indexes: Set<number> }> = [];
  for (const lesson of lessons) {
    const indexes = new Set<number>();
    lesson.exercises.forEach((exercise, index) => {
      if (!seen.has(exercise.type)) {
        seen.add(exercise.type);
        indexes.add(index);
      }
    });
    if (indexes.size > 0) plan.push({ lesson, indexes });
  }
  return plan;
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Buttons, fields and choice labels of the exercise on screen smaller than 44 px in either direction. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.locator('section.exercise').evaluate((root) =>
    [
      ...root.querySelectorAll<HTMLElement>(
        'button, select, input[type="text"], textarea, label:has(input[type="radio"]), label:has(input[type="checkbox"])',
      ),
    ]
      .filter((element) => element.offsetParent !== null)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 43.5 || box.width < 43.5)
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

async function walk(page: Page, { checkOverflow }: { checkOverflow: boolean }): Promise<Set<string>> {
  const app = new AppPage(page);
  await app.createProfile('Piotr');
  const answered = new Set<string>();
  for (const { lesson, indexes } of targets()) {
    await app.openSection(lesson.id, 'exercises');
    const last = Math.max(...indexes);
    for (const [index, exercise] of lesson.exercises.slice(0, last + 1).entries()) {
      const target = indexes.has(index);
      if (target && checkOverflow) expect(await horizontalOverflow(page), `${exercise.type} overflows at 320 px`).toBeLessThanOrEqual(1);
      if (target) expect(await smallTargets(page), `${exercise.type}: touch targets under 44 px`).toEqual([]);
      // Targets alternate right and wrong answers so both kinds of feedback are seen.
      const correct = !target || answered.size % 2 === 0;
      await app.answer(exercise as ExerciseData, { correct, mode: 'mouse' });
      if (target) {
        await expect(page.getByRole('status').filter({ hasText: correct ? 'Right!' : 'Not quite.' })).toBeVisible();
        if (checkOverflow) expect(await horizontalOverflow(page), `${exercise.type} feedback overflows`).toBeLessThanOrEqual(1);
        answered.add(exercise.type);
      }
      await app.continue();
    }
  }
  return answered;
}

test('every exercise type in the course is answered with the mouse', async ({ page }) => {
  test.setTimeout(240_000);
  const answered = await walk(page, { checkOverflow: false });
  const inCourse = new Set(lessons.flatMap((lesson) => lesson.exercises.map((exercise) => exercise.type)));
  expect([...answered].sort()).toEqual([...inCourse].sort());
  expect(EXERCISE_TYPES.filter((type) => inCourse.has(type)).length).toBe(inCourse.size);
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('every exercise type fits without horizontal scrolling', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'one narrow run is enough');
    test.setTimeout(240_000);
    await walk(page, { checkOverflow: true });
  });
});
