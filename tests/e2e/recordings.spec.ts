import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readLesson } from './pages/app-page';

const lesson = readLesson('vol1/unit-00/lesson-01.json');

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

test('an instructor records a line, exports the class pack, and another device imports it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto(`/#/instructor/record/${lesson.id}`);
  const first = lesson.dialogues[0]!.lines[0]!.text.fr;
  await expect(page.locator('.prompter-text')).toHaveText(first);
  await page.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(page.getByText('Recording… read the line')).toBeVisible();
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Keep and go on' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Line 1 saved.' })).toBeVisible();
  await expect(page.getByText(/^1 of \d+ lines recorded on this device\.$/)).toBeVisible();

  // The recording survives a reload (IndexedDB).
  await page.reload();
  await expect(page.getByText(/^1 of \d+ lines recorded/)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: "Export this lesson's recordings" }).click();
  const file = await (await downloading).path();
  const pack = JSON.parse(readFileSync(file, 'utf8')) as { format: string; recordings: Array<{ clipId: string }> };
  expect(pack.format).toBe('en-avant-audio-pack');
  expect(pack.recordings.map((recording) => recording.clipId)).toEqual([lesson.dialogues[0]!.lines[0]!.id]);

  // A learner's device: a fresh browser context.
  const other = await browser.newContext();
  const learner = await other.newPage();
  await learner.goto(`/#/instructor/record/${lesson.id}`);
  await expect(learner.getByText(/^0 of \d+ lines recorded/)).toBeVisible();
  await learner.getByLabel('Import an audio pack').setInputFiles(file);
  await expect(learner.getByRole('status').filter({ hasText: '1 recording imported.' })).toBeVisible();
  await expect(learner.getByText(/^1 of \d+ lines recorded/)).toBeVisible();
  await other.close();
});
