import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { beforeAll, expect, test, vi } from 'vitest';
import { Route, Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import fixture from '../../../tests/fixtures/valid-course/vol1/unit-00/test.json';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type * as Loader from '../../content/loader';
import type { UnitTest } from '../../content/schema';
import InstructorHome from './instructor-home';
import LessonGuidePage from './lesson-guide';
import ProjectionPage from './projection';
import TestPaperPage from './test-paper';

vi.mock('../../content/loader', async (importOriginal) => {
  const actual = await importOriginal<typeof Loader>();
  return { ...actual, unitTestPromise: () => Promise.resolve({ ...fixture, level: 'A1' } as UnitTest) };
});

beforeAll(async () => {
  await initTestI18n();
});

async function renderAt(path: string, pattern: string, page: ReactNode) {
  const location = memoryLocation({ path });
  await act(async () => {
    render(
      <Router hook={location.hook}>
        <Suspense fallback={<p>loading</p>}>
          <Route path={pattern}>{page}</Route>
        </Suspense>
      </Router>,
    );
    await Promise.resolve();
  });
}

test('the lesson guide shows the timed 90-minute plan, common errors and the answer key', async () => {
  await renderAt('/instructor/lesson/v1.u00.l01', '/instructor/lesson/:lessonId', <LessonGuidePage />);
  expect(await screen.findByRole('heading', { level: 1, name: /Bonjour, je m'appelle/ })).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Class plan (90 minutes)' })).toBeInTheDocument();
  const plan = screen.getAllByRole('table')[0]!;
  expect(within(plan).getByText('0–5 min')).toBeInTheDocument();
  expect(within(plan).getByText('Greeting at the door')).toBeInTheDocument();
  expect(screen.getByText('Je suis un sergent.')).toBeInTheDocument();
  const key = screen.getByRole('region', { name: 'Answer key' });
  expect(within(key).getByText('je — suis')).toBeInTheDocument();
});

test('the test paper shows questions without answers; the key shows answers, transcripts and rubric', async () => {
  await renderAt('/instructor/test/v1.u00.test/paper', '/instructor/test/:testId/:mode?', <TestPaperPage />);
  expect(await screen.findByText('Name: ____________________ Date: ____________')).toBeInTheDocument();
  expect(await screen.findByText('Item 1: Bonjour?')).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Transcripts of the recordings' })).not.toBeInTheDocument();
});

test('the test key lists the expected answers, the transcripts and the rubric', async () => {
  await renderAt('/instructor/test/v1.u00.test/key', '/instructor/test/:testId/:mode?', <TestPaperPage />);
  expect(await screen.findByRole('heading', { name: 'Transcripts of the recordings' })).toBeInTheDocument();
  expect(screen.getByText('Bonjour, sergent.')).toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'Marking rubric (4 points)' })).toBeInTheDocument();
  const listening = screen.getByRole('region', { name: 'Listening' });
  expect(within(listening).getAllByRole('listitem').length).toBeGreaterThanOrEqual(10);
});

test('the projection view steps through the dialogue with the arrow keys and shows the translation on T', async () => {
  await renderAt('/instructor/project/v1.u00.l01', '/instructor/project/:lessonId', <ProjectionPage />);
  expect(await screen.findByText('Bonjour, mon adjudant-chef.')).toBeInTheDocument();
  const stage = screen.getByText('Bonjour, mon adjudant-chef.').closest('.projection')!;
  fireEvent.keyDown(stage, { key: 'ArrowRight' });
  expect(screen.getByText('Bonjour ! Bienvenue au camp. Comment vous appelez-vous ?')).toBeInTheDocument();
  expect(screen.queryByText('Good morning! Welcome to the camp. What is your name?')).not.toBeInTheDocument();
  fireEvent.keyDown(stage, { key: 't' });
  expect(screen.getByText('Good morning! Welcome to the camp. What is your name?')).toBeInTheDocument();
  fireEvent.keyDown(stage, { key: 'ArrowLeft' });
  expect(screen.getByText('Bonjour, mon adjudant-chef.')).toBeInTheDocument();
});

test('the instructor desk lists written lessons with their guides and planned ones as planned', async () => {
  await renderAt('/instructor', '/instructor', <InstructorHome />);
  expect(screen.getByRole('heading', { level: 1, name: 'Instructor' })).toBeInTheDocument();
  expect(screen.getAllByRole('link', { name: 'Guide and answer key' }).length).toBeGreaterThanOrEqual(5);
  expect(screen.getAllByText('Planned: not written yet').length).toBeGreaterThan(0);
  expect(await screen.findAllByText('Syllabus plan')).not.toHaveLength(0);
});
