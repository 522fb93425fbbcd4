import { expect, test } from '@playwright/test';
import { AppPage, readLesson } from './pages/app-page';

const lesson = readLesson('vol1/unit-00/lesson-01.json');

test('a learner goes through a whole lesson: sections, every exercise, summary and retry', async ({ page }) => {
  const app = new AppPage(page);
  await app.createProfile('Piotr');
  await page
    .getByRole('link', { name: new RegExp(lesson.title.fr) })
    .first()
    .click();

  // Walk through the sections with the "Next" button, as a learner would.
  for (const section of ['Vocabulary', 'Grammar', 'Pronunciation', 'Culture', 'Exercises']) {
    await page.getByRole('link', { name: `Next: ${section}` }).click();
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }

  // Answer every exercise; get the second one wrong on purpose.
  for (const [index, exercise] of lesson.exercises.entries()) {
    await expect(page.getByText(`Exercise ${index + 1} of ${lesson.exercises.length}`)).toBeVisible();
    await app.answer(exercise, { correct: index !== 1 });
    await app.continue();
  }

  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  const expected = Math.round(((lesson.exercises.length - 1) / lesson.exercises.length) * 100);
  await expect(page.locator('.score-number')).toHaveText(`${expected}%`);
  await expect(page.getByRole('heading', { name: 'What to review' })).toBeVisible();

  // Retry the wrong one, right this time: the score becomes 100 %.
  await page.getByRole('link', { name: 'Try the wrong ones again' }).click();
  await expect(page.getByText('Exercise 1 of 1')).toBeVisible();
  await app.answer(lesson.exercises[1]!);
  await app.continue();
  await expect(page.locator('.score-number')).toHaveText('100%');

  // The course map shows the lesson completed.
  await page.getByRole('link', { name: 'Back to the course' }).click();
  await expect(page.locator('.lesson-card').filter({ hasText: lesson.title.fr })).toContainText('Completed');
});

test('exercises work by keyboard alone', async ({ page }) => {
  const app = new AppPage(page);
  await app.createProfile('Nadia');
  await app.openSection(lesson.id, 'exercises');
  const gapFill = lesson.exercises.find((exercise) => exercise.type === 'gap-fill');
  const wordOrder = lesson.exercises.find((exercise) => exercise.type === 'word-order');
  test.skip(!gapFill || !wordOrder, 'lesson needs a gap-fill and a word-order exercise');

  // Jump to the gap-fill by answering earlier exercises, then answer it with the keyboard only.
  for (const exercise of lesson.exercises) {
    if (exercise.id === gapFill!.id) break;
    await app.answer(exercise);
    await app.continue();
  }
  if (gapFill!.type !== 'gap-fill') return;
  for (const [index, gap] of gapFill!.gaps.entries()) {
    const box = page.getByRole('textbox', { name: new RegExp(`^Gap ${index + 1} of`) });
    await box.focus();
    await page.keyboard.type(gap.accept.fr[0]!);
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Right!' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Continue|See my results/ })).toBeFocused();
  await page.keyboard.press('Enter');

  // Word order by keyboard: Tab to each chip in the bank and press Enter.
  for (const exercise of lesson.exercises.slice(lesson.exercises.indexOf(gapFill!) + 1)) {
    if (exercise.id === wordOrder!.id) break;
    await app.answer(exercise);
    await app.continue();
  }
  if (wordOrder!.type !== 'word-order') return;
  for (const chip of wordOrder!.chips.fr) {
    await page
      .getByRole('button', { name: `Add “${chip}”`, exact: true })
      .first()
      .focus();
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Check' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Right!' })).toBeVisible();
});
