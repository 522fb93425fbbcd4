import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage, readLesson } from './pages/app-page';

const lesson = readLesson('vol1/unit-00/lesson-01.json');

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((violation) => `${where}: ${violation.id} (${violation.nodes.length}) ${violation.help}`);
  expect(summary).toEqual([]);
}

test('no axe violations on the main screens', async ({ page }) => {
  // Every exercise of lesson 01 is scanned twice (before and after checking): allow the time.
  test.setTimeout(240_000);
  await page.goto('/');
  await expect(page.getByLabel('Your name')).toBeVisible();
  await expectNoViolations(page, 'new profile');

  const app = new AppPage(page);
  await app.createProfile('Ravi');
  await expectNoViolations(page, 'course map');

  for (const section of ['dialogue', 'vocabulary', 'grammar', 'pronunciation', 'culture']) {
    await app.openSection(lesson.id, section);
    await expectNoViolations(page, section);
  }

  await app.openSection(lesson.id, 'exercises');
  for (const [index, exercise] of lesson.exercises.entries()) {
    await expect(page.getByText(`Exercise ${index + 1} of`)).toBeVisible();
    await expectNoViolations(page, `exercise ${exercise.type}`);
    await app.answer(exercise, { correct: index % 3 !== 0 });
    await expectNoViolations(page, `feedback ${exercise.type}`);
    await app.continue();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  await expectNoViolations(page, 'summary');
});

test('the layout works right to left', async ({ page }) => {
  const app = new AppPage(page);
  await app.createProfile('Fatou');
  await app.openSection(lesson.id, 'dialogue');
  await page.evaluate(() => {
    document.documentElement.dir = 'rtl';
  });
  const nav = page.getByRole('navigation', { name: 'Lesson sections' });
  const box = await nav.boundingBox();
  expect(box).not.toBeNull();
  // No horizontal overflow of the page in RTL.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
