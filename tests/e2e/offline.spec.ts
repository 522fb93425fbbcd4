import { expect, test } from '@playwright/test';
import { AppPage, readLesson } from './pages/app-page';

const lesson = readLesson('vol1/unit-00/lesson-01.json');

test('after a first visit the app starts, opens a lesson and records answers with the network off', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.createProfile('Kofi');
  await app.waitForOfflineReady();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your course' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();

  // Open the lesson from the course map, as a learner would, and go to the exercises.
  await page
    .getByRole('link', { name: new RegExp(lesson.title.fr) })
    .first()
    .click();
  await expect(page.locator('#lesson-title')).toHaveText(lesson.title.fr);
  await page.getByRole('link', { name: /Exercises/ }).click();
  await app.answer(lesson.exercises[0]!);
  await app.continue();
  await app.answer(lesson.exercises[1]!, { correct: false });
  await app.continue();

  // Reload, still offline: the answers and the progress are still there.
  await page.reload();
  await expect(page.getByText('Exercise 3 of')).toBeVisible();
  await page.goto('/');
  const card = page.locator('.lesson-card').filter({ hasText: lesson.title.fr });
  await expect(card).toContainText('In progress');
  await expect(card).toContainText(`2/${lesson.exercises.length} exercises`);
});

test('a new version is offered, and updating keeps the progress', async ({ page }) => {
  const app = new AppPage(page);
  await app.createProfile('Ana');
  await app.waitForOfflineReady();
  await app.openSection(lesson.id, 'exercises');
  await app.answer(lesson.exercises[0]!);

  // Deploy a "new version": the preview server serves dist/, so changing sw.js is a new release.
  const { readFileSync, writeFileSync } = await import('node:fs');
  const original = readFileSync(`${process.env.E2E_OUT_DIR ?? 'dist'}/sw.js`, 'utf8');
  try {
    writeFileSync(`${process.env.E2E_OUT_DIR ?? 'dist'}/sw.js`, `${original}\n// release ${Date.now()}\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(page.getByText('A new version of En avant ! is ready')).toBeVisible();
    const reloaded = page.waitForEvent('framenavigated');
    await page.getByRole('button', { name: 'Update now' }).click();
    await reloaded;
    await expect(page.locator('#lesson-title')).toHaveText(lesson.title.fr);
    await expect(page.getByText('A new version of En avant ! is ready')).toBeHidden();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Course' }).click();
    const card = page.locator('.lesson-card').filter({ hasText: lesson.title.fr });
    await expect(card).toContainText(`1/${lesson.exercises.length} exercises`);
  } finally {
    writeFileSync(`${process.env.E2E_OUT_DIR ?? 'dist'}/sw.js`, original);
  }
});
