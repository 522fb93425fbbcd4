import { render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import { lessonExerciseIds } from '../../content/lesson-index';
import type { AttemptRow } from '../../db/schema';
import { useProgressStore } from '../../stores/progress-store';
import { useReviewStore } from '../../stores/review-store';
import { useStudySettingsStore, type PlacementRecord } from '../../stores/study-settings-store';
import { DEFAULT_WEEKLY_GOAL } from '../../domain/stats/activity';
import HomePage from './home-page';

beforeAll(async () => {
  await initTestI18n();
});

const completed = (lessonId: string, answeredAt: number): AttemptRow[] =>
  lessonExerciseIds(lessonId).map((exerciseId) => ({
    profileId: 'p1',
    lessonId,
    exerciseId,
    exerciseType: 'gap-fill',
    response: {},
    result: 'correct',
    score: 1,
    answeredAt,
    durationMs: 60_000,
  }));

beforeEach(() => {
  useProgressStore.setState({ profileId: 'p1', attemptsByLesson: {}, lastSections: {}, lastVisited: undefined, loaded: true });
  // A due count already known: the home screen does not wait for the deck.
  useReviewStore.setState({ profileId: 'p1', dueCount: 7, loaded: undefined, refresh: () => new Promise(() => undefined) });
  useStudySettingsStore.setState({ profileId: 'p1', weeklyGoal: DEFAULT_WEEKLY_GOAL, unlockAll: false, placement: undefined });
});

const card = (title: RegExp) => {
  const item = screen.getAllByRole('listitem').find((element) => title.test(element.textContent ?? ''));
  if (!item) throw new Error(`no lesson card ${String(title)}`);
  return item;
};

test('a new learner is invited to start lesson 1; later lessons are locked; reviews due are shown', () => {
  render(<HomePage />);
  expect(screen.getByRole('heading', { level: 1, name: 'Your course' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /Start: Bonjour, je m'appelle/ })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Not a beginner? Take the placement test' })).toBeInTheDocument();
  expect(screen.getByText('7 cards due')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Start reviewing' })).toHaveAttribute('href', '/review');
  expect(within(card(/^L'alphabet/)).queryByRole('link')).toBeNull();
  expect(card(/^L'alphabet/)).toHaveTextContent('Locked');
  expect(screen.getByRole('progressbar', { name: /Weekly goal: 0 of 5 study sessions/ })).toBeInTheDocument();
});

test('completing lesson 1 opens lesson 2; the learner continues where they left off; streak counts days', () => {
  const now = Date.now();
  useProgressStore.setState({
    attemptsByLesson: { 'v1.u00.l01': completed('v1.u00.l01', now - 86_400_000) },
    lastSections: { 'v1.u00.l02': 'grammar' },
    lastVisited: { lessonId: 'v1.u00.l02', section: 'grammar' },
  });
  render(<HomePage />);
  expect(screen.getByRole('link', { name: /Continue: L'alphabet/ })).toHaveAttribute('href', '/lesson/v1.u00.l02/grammar');
  expect(card(/^Bonjour, je m'appelle/)).toHaveTextContent('Completed · score 100%');
  expect(within(card(/^L'alphabet/)).getByRole('link')).toBeInTheDocument();
  expect(screen.getByText('day in a row')).toBeInTheDocument();
});

test('an accepted placement marks earlier lessons tested out; an instructor can unlock all', () => {
  const placement: PlacementRecord = {
    takenAt: 1,
    byLevel: { A1: { asked: 4, right: 2 }, A2: { asked: 0, right: 0 }, B1: { asked: 0, right: 0 } },
    bySkill: {
      listening: { asked: 0, right: 0 },
      reading: { asked: 1, right: 1 },
      grammar: { asked: 1, right: 0 },
      vocabulary: { asked: 2, right: 1 },
    },
    reason: 'some-a1',
    recommendedLessonId: 'v1.u00.l03',
    recommendedUnitId: 'v1.u00',
    testedOut: ['v1.u00.l01', 'v1.u00.l02'],
    acceptedAt: 2,
  };
  useStudySettingsStore.setState({ placement });
  const { unmount } = render(<HomePage />);
  expect(card(/^L'alphabet/)).toHaveTextContent('Tested out');
  expect(screen.getByRole('link', { name: /Start: / })).toHaveAttribute('href', '/lesson/v1.u00.l03/dialogue');
  unmount();
  useStudySettingsStore.setState({ placement: undefined, unlockAll: true });
  render(<HomePage />);
  expect(screen.queryByText(/^Locked/)).toBeNull();
});
