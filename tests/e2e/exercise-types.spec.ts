import { expect, test } from '@playwright/test';
import { EXERCISE_TYPES, type ExerciseType } from '../../src/exercises/exercise-types';
import { AppPage, readCourseLessons, type ExerciseData, type LessonData } from './pages/app-page';

/**
 * Every exercise type, answered by keyboard alone (Tab, Shift+Tab, arrows, Space, Enter, typing),
 * at phone size. The app only has the lessons of content/, so each type is tested on the first
 * exercise of that type in the course (the fewest exercises to go through first).
 */

// The speak exercise asks for the microphone: a fake one, granted without a prompt.
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

/** Where an exercise is: its lesson and its position there. */
interface Found {
  lesson: LessonData;
  exercise: ExerciseData;
  index: number;
}

/** The variant of an exercise whose type works in more than one way (other controls, other judge). */
function variantOf(exercise: ExerciseData): string | undefined {
  switch (exercise.type) {
    case 'translate':
      return exercise.direction;
    case 'role-play':
      return `${exercise.mode} mode`;
    case 'multiple-choice':
    case 'listen-choose':
      return exercise.answer.length > 1 ? 'several answers' : undefined;
    default:
      return undefined;
  }
}

/** The first exercise matching `accept` in the course, counted from the start of its lesson (the fewest to go through). */
function first(accept: (exercise: ExerciseData) => boolean): Found | undefined {
  let best: Found | undefined;
  for (const lesson of lessons) {
    const index = lesson.exercises.findIndex(accept);
    if (index !== -1 && (best === undefined || index < best.index)) best = { lesson, exercise: lesson.exercises[index]!, index };
  }
  return best;
}

/** Types also answered wrong by keyboard, to see the "Not quite." feedback. */
const WRONG_TOO: ReadonlySet<ExerciseType> = new Set([
  'true-false',
  'gap-fill-choice',
  'matching',
  'categorize',
  'translate',
  'conjugation',
  'reading',
  'dictation',
  'minimal-pairs',
  'speak',
  'role-play',
]);

const absent = (type: ExerciseType) => `no lesson in content/ has a ${type} exercise yet, so the app cannot show one`;

/** Creates a learner, reaches `found`, answers it by keyboard and goes on by keyboard. */
async function answerRightByKeyboard(app: AppPage, { lesson, exercise, index }: Found): Promise<void> {
  await app.createProfile('Amina');
  await app.goToExercise(lesson, exercise.id);
  await app.answer(exercise, { mode: 'keyboard' });
  await expect(app.page.getByRole('status').filter({ hasText: 'Right!' })).toBeVisible();

  // Enter on the Continue button (which has the focus) goes on.
  await app.continue({ mode: 'keyboard' });
  if (index + 1 < lesson.exercises.length) {
    await expect(app.page.getByText(`Exercise ${index + 2} of ${lesson.exercises.length}`)).toBeVisible();
  } else {
    await expect(app.page.getByRole('heading', { level: 2, name: 'Summary' })).toBeVisible();
  }
}

for (const type of EXERCISE_TYPES) {
  test.describe(type, () => {
    const found = first((exercise) => exercise.type === type);

    test('answered right by keyboard alone', async ({ page }) => {
      test.skip(found === undefined, absent(type));
      await answerRightByKeyboard(new AppPage(page), found!);
    });

    if (WRONG_TOO.has(type)) {
      test('answered wrong by keyboard alone', async ({ page }) => {
        test.skip(found === undefined, absent(type));
        const { lesson, exercise } = found!;
        const app = new AppPage(page);
        await app.createProfile('Bruno');
        await app.goToExercise(lesson, exercise.id);

        await app.answer(exercise, { correct: false, mode: 'keyboard' });
        await expect(page.getByRole('status').filter({ hasText: 'Not quite.' })).toBeVisible();
        await expect(page.getByRole('button', { name: /^(Continue|See my results)$/ })).toBeFocused();
      });
    }

    // The other ways the type works, when the course has them (e.g. a translation into English).
    const variants = new Set(lessons.flatMap((lesson) => lesson.exercises.filter((exercise) => exercise.type === type).map(variantOf)));
    variants.delete(found ? variantOf(found.exercise) : undefined);
    for (const variant of variants) {
      const other = first((exercise) => exercise.type === type && variantOf(exercise) === variant)!;
      test(`${variant ?? 'plain'}: answered right by keyboard alone`, async ({ page }) => {
        await answerRightByKeyboard(new AppPage(page), other);
      });
    }
  });
}

test('speak: the learner records themself by keyboard, then rates themself', async ({ page }) => {
  const found = first((exercise) => exercise.type === 'speak');
  test.skip(found === undefined, absent('speak'));
  const { lesson, exercise } = found!;
  const app = new AppPage(page);
  await app.createProfile('Chen');
  await app.goToExercise(lesson, exercise.id);

  await app.exercise.locator('form').locator('button, input, summary').first().focus();
  const record = page.getByRole('button', { name: 'Record myself' });
  await app.tabTo(record);
  await page.keyboard.press('Enter');
  const stop = page.getByRole('button', { name: 'Stop recording' });
  await expect(stop).toBeVisible();
  await expect(page.getByText('Recording… Say the sentence')).toBeVisible();
  await page.waitForTimeout(500);
  await app.tabTo(stop);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Recorded. Compare the model with your recording.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record again' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'My recording' })).toBeVisible();

  await app.answer(exercise, { mode: 'keyboard' });
  await expect(page.getByRole('status').filter({ hasText: 'Right!' })).toBeVisible();
});
