import { render, screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { AttemptRow } from '../../db/schema';
import { useProgressStore } from '../../stores/progress-store';
import { useReviewStore } from '../../stores/review-store';
import StatsPage from './stats-page';

beforeAll(async () => {
  await initTestI18n();
});

const attempt = (answeredAt: number, result: AttemptRow['result']): AttemptRow => ({
  profileId: 'p1',
  lessonId: 'v1.u00.l01',
  exerciseId: `v1.u00.l01.ex0${String(answeredAt % 7)}`,
  exerciseType: 'gap-fill',
  response: {},
  result,
  score: result === 'wrong' ? 0 : 1,
  answeredAt,
  durationMs: 120_000,
});

beforeEach(() => {
  const now = Date.now();
  useProgressStore.setState({
    profileId: 'p1',
    attemptsByLesson: { 'v1.u00.l01': [attempt(now - 1000, 'correct'), attempt(now - 2000, 'wrong'), attempt(now - 3000, 'correct')] },
    loaded: true,
  });
  useReviewStore.setState({ profileId: undefined, dueCount: undefined, loaded: undefined, refresh: () => new Promise(() => undefined) });
});

test('time studied and accuracy are charts with a table alternative', () => {
  render(<StatsPage />);
  expect(screen.getByRole('heading', { level: 1, name: 'Statistics' })).toBeInTheDocument();
  expect(screen.getByText('6 min')).toBeInTheDocument();
  expect(screen.getByRole('img', { name: 'Minutes studied per day over the last 14 days' })).toBeInTheDocument();
  expect(screen.getByRole('img', { name: /Share of right answers per week/ })).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Minutes studied per day over the last 14 days' });
  expect(within(table).getAllByRole('row')).toHaveLength(15);
  expect(within(table).getByText('6 minutes')).toBeInTheDocument();
  expect(screen.getByText('67% of 3 answers')).toBeInTheDocument();
});
