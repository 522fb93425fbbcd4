import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage, readLesson } from './pages/app-page';
import { SelfStudyPage } from './pages/self-study-page';

const lesson = readLesson('vol1/unit-00/lesson-01.json');
const lesson2 = readLesson('vol1/unit-00/lesson-02.json');
const DAY_MS = 86_400_000;
/** Monday 3 March 2025, 09:00 local time: the journey's first day. */
const DAY_ONE = new Date(2025, 2, 3, 9, 0, 0);

async function setDay(page: Page, date: Date): Promise<void> {
  await page.clock.setFixedTime(date);
}

test('new profile → placement → lessons → reviews the next day → export → wipe → import → everything back', async ({ page }) => {
  test.setTimeout(300_000);
  await setDay(page, DAY_ONE);
  const app = new AppPage(page);
  const study = new SelfStudyPage(page, app);
  await app.createProfile('Kofi');

  // Lessons unlock in order: only the first is open on a new profile.
  const home = page.locator('.home');
  await expect(home.locator('.lesson-card').filter({ hasText: lesson2.title.fr })).toContainText('Locked');

  // Placement: a real beginner gets everything wrong and is told to start at the beginning.
  await page.getByRole('link', { name: 'Not a beginner? Take the placement test' }).click();
  const asked = await study.takePlacement(() => false);
  expect(asked).toBeGreaterThanOrEqual(12);
  await expect(page.getByText('Start at the beginning')).toBeVisible();
  await page.getByRole('button', { name: 'Accept and start there' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your course' })).toBeVisible();

  // Lesson 1: every exercise, the second one wrong.
  await app.openSection(lesson.id, 'vocabulary');
  await app.openSection(lesson.id, 'exercises');
  for (const [index, exercise] of lesson.exercises.entries()) {
    await app.answer(exercise, { correct: index !== 1 });
    await app.continue();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  // Every exercise answered: the lesson is completed and the next one opens.
  await page.goto('/#/');
  await expect(home.locator('.lesson-card').filter({ hasText: lesson.title.fr })).toContainText('Completed');
  await expect(home.locator('.lesson-card').filter({ hasText: lesson2.title.fr })).toContainText('Not started');

  // Reviews today: the lesson's words and the exercise got wrong; three answered wrong.
  const dueToday = await study.dueText();
  expect(dueToday).toMatch(/^\d+ cards? due$/);
  await page.getByRole('link', { name: 'Start reviewing' }).click();
  const reviewed = await study.reviewAll([lesson], 3);
  expect(reviewed).toBeGreaterThan(3);
  expect(await study.dueText()).toBe('0 cards due');

  // The next day, the cards failed yesterday are due again; the navigation shows the count.
  await setDay(page, new Date(DAY_ONE.getTime() + DAY_MS + 60_000));
  await page.reload();
  const dueTomorrow = await study.dueText();
  const count = Number(/^(\d+)/.exec(dueTomorrow)?.[1]);
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Review/ })).toContainText(`${count} due`);
  await expect(page.getByText('days in a row').or(page.getByText('day in a row'))).toBeVisible();

  // Export, then wipe the profile (an instructor removes it), then import on the "new device".
  const backup = await study.exportBackup();
  expect(JSON.parse(backup)).toMatchObject({ format: 'en-avant-backup', version: 1, profile: { name: 'Kofi' } });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/#/profiles');
  await page.getByRole('button', { name: 'Remove Kofi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to En avant !' })).toBeVisible();

  // A damaged file and a newer-version file are refused; nothing is created.
  await page
    .getByLabel('Backup file')
    .setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(backup.slice(0, 200)) });
  await expect(page.getByRole('alert')).toContainText('damaged or incomplete');
  const newer = JSON.stringify({ ...JSON.parse(backup), version: 2 });
  await page.getByLabel('Backup file').setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
  await expect(page.getByRole('alert')).toContainText('newer version');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to En avant !' })).toBeVisible();

  await page.getByLabel('Backup file').setInputFiles({ name: 'kofi.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(page.getByRole('heading', { level: 1, name: 'Your course' })).toBeVisible();
  await expect(home.locator('.lesson-card').filter({ hasText: lesson.title.fr })).toContainText('Completed');
  expect(await study.dueText()).toBe(dueTomorrow);
  await page.goto('/#/placement');
  await expect(page.getByText('You have already accepted a placement')).toBeVisible();
});

test('corrupt and newer-version backups are refused in Settings and nothing is lost', async ({ page }) => {
  await setDay(page, DAY_ONE);
  const app = new AppPage(page);
  const study = new SelfStudyPage(page, app);
  await app.createProfile('Nadia');
  await app.openSection(lesson.id, 'exercises');
  await app.answer(lesson.exercises[0]!);
  await app.continue();
  const backup = await study.exportBackup();

  const input = page.getByLabel('Import a backup file');
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"en-avant-backup","version":1,"dbVersion":1}'),
  });
  await expect(page.getByRole('status').filter({ hasText: 'damaged' })).toBeVisible();
  await input.setInputFiles({
    name: 'newer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...JSON.parse(backup), dbVersion: 99 })),
  });
  await expect(page.getByRole('status').filter({ hasText: 'newer version' })).toBeVisible();
  await page.goto('/#/');
  await expect(page.locator('.home .lesson-card').filter({ hasText: lesson.title.fr })).toContainText(
    `1/${lesson.exercises.length} exercises`,
  );

  // The same file imported into the same profile merges: nothing doubles.
  await page.goto('/#/settings');
  await input.setInputFiles({ name: 'same.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(page.getByText('the file will be merged into it')).toBeVisible();
  await page.getByRole('button', { name: 'Merge into this profile' }).click();
  await expect(page.getByRole('status').filter({ hasText: '0 new answers added' })).toBeVisible();
});

test('two profiles on one device are kept apart, and a PIN guards a profile', async ({ page }) => {
  await setDay(page, DAY_ONE);
  const app = new AppPage(page);
  await app.createProfile('Piotr');
  await app.openSection(lesson.id, 'exercises');
  await app.answer(lesson.exercises[0]!);
  await app.continue();
  await page.goto('/#/settings');
  await page.getByLabel('New 4-digit PIN').fill('2468');
  await page.getByLabel('The PIN again').fill('2468');
  await page.getByRole('button', { name: 'Save the PIN' }).click();
  await expect(page.getByText('PIN saved.')).toBeVisible();

  // A second learner on the same phone starts from nothing.
  await page.goto('/#/profiles');
  await page.getByLabel('Your name').fill('Amina');
  await page.getByRole('button', { name: 'Create the profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your course' })).toBeVisible();
  await expect(page.locator('.home .lesson-card').filter({ hasText: lesson.title.fr })).toContainText('Not started');

  // Back to Piotr from the header: his PIN is asked, a wrong one refused.
  await page.locator('.profile-switcher > summary').click();
  await page.getByRole('button', { name: 'Piotr' }).click();
  await page.getByLabel('PIN of Piotr').fill('1111');
  await page.getByRole('button', { name: 'Open the profile' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong PIN');
  await page.getByLabel('PIN of Piotr').fill('2468');
  await page.getByRole('button', { name: 'Open the profile' }).click();
  await expect(page.locator('.home .lesson-card').filter({ hasText: lesson.title.fr })).toContainText(
    `1/${lesson.exercises.length} exercises`,
  );

  // After a reload, the PIN is asked again before anything of Piotr's shows.
  await page.reload();
  await expect(page.getByLabel('PIN of Piotr')).toBeVisible();
  await expect(page.locator('.home')).toHaveCount(0);
});

test('a placement result tests out earlier lessons, shown on the map', async ({ page }) => {
  test.setTimeout(180_000);
  await setDay(page, DAY_ONE);
  const app = new AppPage(page);
  const study = new SelfStudyPage(page, app);
  await app.createProfile('Moussa');
  await page.goto('/#/placement');
  // Knows some basics: every other A1 answer right, nothing above.
  let a1 = 0;
  await study.takePlacement((item) => item.level === 'A1' && a1++ % 2 === 0);
  await expect(page.getByText('skip Leçon 0')).toBeVisible();
  await page.getByRole('button', { name: 'Accept and start there' }).click();
  await expect(page.locator('.home .lesson-card').filter({ hasText: lesson2.title.fr })).toContainText('Tested out');
  await page.getByRole('link', { name: 'Open the course map' }).click();
  await expect(page.locator('.lesson-card').filter({ hasText: lesson2.title.fr })).toContainText('Tested out');
});

test('the self-study screens have no axe violations and fit 320 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await setDay(page, DAY_ONE);
  const app = new AppPage(page);
  await app.createProfile('Ravi');
  await app.openSection(lesson.id, 'vocabulary');
  const screens: Array<[string, () => Promise<void>]> = [
    ['home', async () => void (await page.goto('/#/'))],
    ['review', async () => void (await page.goto('/#/review'))],
    [
      'review feedback',
      async () => {
        await page.locator('.choice-list button').first().click();
        await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeVisible();
      },
    ],
    ['placement intro', async () => void (await page.goto('/#/placement'))],
    [
      'placement question',
      async () => {
        await page.getByRole('button', { name: 'Start the test' }).click();
        await expect(app.exercise).toBeVisible();
      },
    ],
    ['settings', async () => void (await page.goto('/#/settings'))],
    ['stats', async () => void (await page.goto('/#/stats'))],
    ['profiles', async () => void (await page.goto('/#/profiles'))],
    [
      'switcher',
      async () => {
        await page.goto('/#/');
        await page.locator('.profile-switcher > summary').click();
      },
    ],
  ];
  for (const [name, open] of screens) {
    await open();
    await expect(page.locator('main h1')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => `${name}: ${violation.id} ${violation.help}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} overflows`).toBeLessThanOrEqual(1);
  }
});
