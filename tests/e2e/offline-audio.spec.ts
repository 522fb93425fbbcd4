import { expect, test } from '@playwright/test';
import { AppPage, readLesson } from './pages/app-page';

const lesson = readLesson('vol1/unit-00/lesson-01.json');

test('the first visit downloads no audio; a downloaded volume plays with the network off', async ({ page, context }) => {
  test.setTimeout(180_000);
  const audioRequests: string[] = [];
  page.on('request', (request) => {
    if (/\/audio\/.+\.mp3/.test(request.url())) audioRequests.push(request.url());
  });
  const app = new AppPage(page);
  await app.createProfile('Nadia');
  await app.waitForOfflineReady();
  expect(audioRequests, 'audio fetched on the first visit').toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offline audio' })).toBeVisible();
  const card = page.locator('.pack-card').filter({ hasText: 'Volume 1' });
  await expect(card).toContainText('not downloaded');
  await card.getByRole('button', { name: /^Download \(\d/ }).click();
  await expect(card).toContainText('downloaded: plays offline', { timeout: 120_000 });
  await expect(page.getByRole('status').filter({ hasText: 'all recordings are on this device' })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(card).toContainText('downloaded: plays offline');
  await app.openSection(lesson.id, 'dialogue');
  const firstLine = page.locator('.dialogue-line').first();
  await firstLine.getByRole('button', { name: 'Listen' }).click();
  // The clip comes from the cache: no "not available" message, and the line plays to its end.
  await page.waitForTimeout(2500);
  await expect(firstLine.getByText(/Audio not available|did not start/)).toHaveCount(0);

  // Removing the volume frees its space.
  await context.setOffline(false);
  await page.goto('/#/audio');
  page.once('dialog', (dialog) => void dialog.accept());
  await card.getByRole('button', { name: /^Remove/ }).click();
  await expect(card).toContainText('not downloaded');
});
