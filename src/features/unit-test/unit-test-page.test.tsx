import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import fixture from '../../../tests/fixtures/valid-course/vol1/unit-00/test.json';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type * as Loader from '../../content/loader';
import type { UnitTest } from '../../content/schema';
import type { AttemptRow } from '../../db/schema';
import { sittingSection } from '../../domain/progress/test-score';
import { useProgressStore } from '../../stores/progress-store';
import UnitTestPage from './unit-test-page';

const unitTest = { ...fixture, level: 'A1' } as UnitTest;

vi.mock('../../content/loader', async (importOriginal) => {
  const actual = await importOriginal<typeof Loader>();
  return { ...actual, unitTestPromise: () => Promise.resolve(unitTest) };
});

beforeAll(async () => {
  await initTestI18n();
});

const remembered: Array<[string, string]> = [];
beforeEach(() => {
  remembered.length = 0;
  useProgressStore.setState({
    profileId: 'p1',
    attemptsByLesson: {},
    lastSections: {},
    loaded: true,
    rememberSection: (lessonId: string, section: string) => {
      remembered.push([lessonId, section]);
      useProgressStore.setState((state) => ({ lastSections: { ...state.lastSections, [lessonId]: section } }));
      return Promise.resolve();
    },
  });
});

async function renderAt(path: string) {
  const location = memoryLocation({ path, record: true });
  await act(async () => {
    render(
      <Router hook={location.hook}>
        <Suspense fallback={<p>loading</p>}>
          <Route path="/test/:testId/:stage?">
            <UnitTestPage />
          </Route>
        </Suspense>
      </Router>,
    );
    await Promise.resolve();
  });
  return location;
}

const attempt = (exerciseId: string, correct: boolean, answeredAt: number): AttemptRow => ({
  profileId: 'p1',
  lessonId: 'v1.u00.test',
  exerciseId,
  exerciseType: 'multiple-choice',
  response: { selected: correct ? ['a'] : ['b'] },
  result: correct ? 'correct' : 'wrong',
  score: correct ? 1 : 0,
  answeredAt,
  durationMs: 1000,
});

test('the intro says how long the test is, how many questions, the pass mark and its parts', async () => {
  await renderAt('/test/v1.u00.test');
  expect(await screen.findByRole('heading', { level: 1, name: /Test de l'unité/ })).toBeInTheDocument();
  expect(screen.getByText('About 45 minutes')).toBeInTheDocument();
  expect(screen.getByText('20 questions')).toBeInTheDocument();
  expect(screen.getByText('Pass mark: 60%')).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Parts of the test' }).nextElementSibling).toHaveTextContent(
    'Listening (10 questions)Vocabulary (10 questions)',
  );
  expect(screen.getByText(/Your instructor will also mark 1 speaking or writing task/)).toBeInTheDocument();
});

test('starting records a sitting and shows the first question of part 1', async () => {
  const location = await renderAt('/test/v1.u00.test');
  await userEvent.click(await screen.findByRole('button', { name: 'Start the test' }));
  expect(remembered).toHaveLength(1);
  expect(remembered[0]?.[1]).toMatch(/^sitting:\d+$/);
  expect(location.history?.at(-1)).toBe('/test/v1.u00.test/take');
  expect(await screen.findByRole('heading', { level: 2, name: 'Part 1 of 2: Listening' })).toBeInTheDocument();
  expect(await screen.findByText('Item 1: Bonjour?')).toBeInTheDocument();
});

test('a sitting in progress resumes at the first unanswered question', async () => {
  useProgressStore.setState({
    lastSections: { 'v1.u00.test': sittingSection(1000) },
    attemptsByLesson: { 'v1.u00.test': [attempt('v1.u00.test.ex01', true, 1500), attempt('v1.u00.test.ex02', true, 1600)] },
  });
  await renderAt('/test/v1.u00.test/take');
  expect(await screen.findByText('Item 3: Au revoir?')).toBeInTheDocument();
});

test('the result scores the sitting by part and says whether the learner passed', async () => {
  const attempts = unitTest.exercises.map((exercise, index) => attempt(exercise.id, index % 4 !== 0, 2000 + index));
  // An earlier sitting's answers do not count.
  attempts.unshift(attempt('v1.u00.test.ex01', true, 10));
  useProgressStore.setState({ lastSections: { 'v1.u00.test': sittingSection(1000) }, attemptsByLesson: { 'v1.u00.test': attempts } });
  await renderAt('/test/v1.u00.test/results');
  expect(await screen.findByText('75%')).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Passed: you reached the pass mark of 60%.');
  const table = screen.getByRole('table', { name: 'Score by part' });
  expect(table).toHaveTextContent('Listening7 / 1070%');
  expect(table).toHaveTextContent('Vocabulary8 / 1080%');
  expect(screen.getByRole('heading', { name: 'To review' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Tasks marked by your instructor' })).toBeInTheDocument();
});
