import { render, screen } from '@testing-library/react';
import { beforeAll, beforeEach, expect, test } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import { lessonExerciseIds } from '../../content/lesson-index';
import { isWritten, lessonLocations } from '../../content/loader';
import type { AttemptRow } from '../../db/schema';
import { useProgressStore } from '../../stores/progress-store';
import CourseMap from './course-map';

beforeAll(async () => {
  await initTestI18n();
});

const answered = (lessonId: string, count: number, result: AttemptRow['result']): AttemptRow[] =>
  lessonExerciseIds(lessonId)
    .slice(0, count)
    .map((exerciseId, index) => ({
      profileId: 'p1',
      lessonId,
      exerciseId,
      exerciseType: 'gap-fill',
      response: {},
      result,
      score: result === 'wrong' ? 0 : 1,
      answeredAt: index,
      durationMs: 1000,
    }));

beforeEach(() => {
  useProgressStore.setState({ profileId: 'p1', attemptsByLesson: {}, lastSections: {}, loaded: true });
});

test('a new learner sees every Leçon 0 lesson not started and is invited to start the first', () => {
  render(<CourseMap />);
  expect(screen.getByRole('heading', { level: 1, name: 'Course map' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: /Start: Bonjour, je m'appelle/ })).toBeInTheDocument();
  const written = lessonLocations().filter((location) => isWritten(location.lesson));
  expect(written.length).toBeGreaterThanOrEqual(5);
  expect(screen.getAllByText('Not started')).toHaveLength(written.length);
});

test('planned lessons are listed as coming, without a link', () => {
  render(<CourseMap />);
  // Planned lessons of units being written show as cards; units not started show as one line.
  const planned = lessonLocations().filter((location) => !isWritten(location.lesson) && location.unit.lessons.some(isWritten));
  expect(screen.queryAllByText('Coming in a later release')).toHaveLength(planned.length);
  const unwrittenUnits = lessonLocations()
    .map((location) => location.unit)
    .filter((unit, index, all) => all.indexOf(unit) === index && !unit.lessons.some(isWritten));
  expect(screen.getAllByText(/lessons?, coming in a later release/)).toHaveLength(unwrittenUnits.length);
  const first = planned[0];
  if (first)
    expect(screen.queryByRole('link', { name: new RegExp(first.lesson.title.fr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeNull();
});

test('progress from the attempt log shows per lesson, and the link resumes at the last section', () => {
  const all = lessonExerciseIds('v1.u00.l01').length;
  useProgressStore.setState({
    attemptsByLesson: { 'v1.u00.l01': answered('v1.u00.l01', all, 'correct'), 'v1.u00.l02': answered('v1.u00.l02', 3, 'wrong') },
    lastSections: { 'v1.u00.l02': 'grammar' },
  });
  render(<CourseMap />);
  const first = screen.getByRole('link', { name: /^Bonjour, je m'appelle/ });
  expect(first).toHaveTextContent(`Completed · score 100% · ${all}/${all} exercises`);
  const second = screen.getByRole('link', { name: /^L'alphabet/ });
  expect(second).toHaveTextContent('In progress · score 0%');
  expect(second).toHaveAttribute('href', '/lesson/v1.u00.l02/grammar');
  expect(screen.getByRole('link', { name: /Continue: L'alphabet/ })).toBeInTheDocument();
});
