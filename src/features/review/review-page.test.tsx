import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import { loadLesson } from '../../content/loader';
import { createDb, type EnAvantDb } from '../../db/db';
import { setDbForTests } from '../../db/instance';
import { attemptsForProfile, recordVisit } from '../../db/repos/attempts';
import { createProfile } from '../../db/repos/profiles';
import { useProgressStore } from '../../stores/progress-store';
import { useReviewStore } from '../../stores/review-store';
import ReviewPage from './review-page';

beforeAll(async () => {
  await initTestI18n();
});

let db: EnAvantDb;
beforeEach(async () => {
  db = createDb('review-test', new IDBFactory(), IDBKeyRange);
  setDbForTests(db);
  await createProfile(db, { id: 'p1', name: 'Kofi', uiLanguage: 'en', createdAt: 1, lastActiveAt: 1 });
  // Opening the vocabulary section of lesson 1 puts its words in the deck.
  await recordVisit(db, { profileId: 'p1', lessonId: 'v1.u00.l01', section: 'vocabulary', openedAt: Date.now() - 1000 });
  await useProgressStore.getState().loadProfile('p1');
  useReviewStore.setState({ profileId: undefined, dueCount: undefined, loaded: undefined });
});

test('new words are first recognised: choosing the meaning is graded and logged as a review', async () => {
  const user = userEvent.setup();
  const lesson = await loadLesson('v1.u00.l01');
  render(<ReviewPage />);
  expect(await screen.findByRole('heading', { level: 2, name: 'What does it mean?' })).toBeInTheDocument();
  expect(screen.getByText(/^Card 1 of \d+$/)).toBeInTheDocument();
  const french = screen.getByText((_, element) => element?.id === 'review-french');
  const word = lesson.vocabulary.find((item) => item.term.fr === french.textContent);
  if (!word) throw new Error('unknown word');
  await user.click(screen.getByRole('button', { name: word.term.en }));
  expect(await screen.findByText('Right!')).toBeInTheDocument();
  await waitFor(async () => expect(await attemptsForProfile(db, 'p1')).toHaveLength(1));
  const [attempt] = await attemptsForProfile(db, 'p1');
  expect(attempt).toMatchObject({ lessonId: 'review', exerciseType: 'review', exerciseId: word.id, result: 'correct', score: 1 });
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  expect(screen.getByText(/^Card 2 of \d+$/)).toBeInTheDocument();
});

test('with nothing studied there is nothing to review', async () => {
  await db.lessonVisits.clear();
  render(<ReviewPage />);
  expect(await screen.findByRole('heading', { level: 2, name: 'Nothing to review now' })).toBeInTheDocument();
});
