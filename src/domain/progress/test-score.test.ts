import { describe, expect, test } from 'vitest';
import { scoreTestSitting, sittingSection, sittingStart } from './test-score';

const sections = [
  { skill: 'listening', exerciseIds: ['t.ex01', 't.ex02'] },
  { skill: 'grammar', exerciseIds: ['t.ex03', 't.ex04'] },
];
const at = (exerciseId: string, score: number, answeredAt: number) => ({
  exerciseId,
  score,
  answeredAt,
  result: score === 1 ? ('correct' as const) : ('wrong' as const),
});

describe('scoreTestSitting', () => {
  test('an untouched test scores 0, is not finished and starts at the first exercise', () => {
    const result = scoreTestSitting(sections, [], 100, 60);
    expect(result).toMatchObject({ total: 4, answered: 0, score: 0, finished: false, passed: false, nextExerciseId: 't.ex01' });
  });

  test('scores per section and overall from the latest attempt of the sitting', () => {
    const attempts = [at('t.ex01', 1, 110), at('t.ex02', 0, 120), at('t.ex02', 1, 130), at('t.ex03', 0, 140), at('t.ex04', 1, 150)];
    const result = scoreTestSitting(sections, attempts, 100, 60);
    expect(result.sections.map((section) => section.score)).toEqual([1, 0.5]);
    expect(result).toMatchObject({ answered: 4, points: 3, score: 0.75, finished: true, passed: true, wrong: ['t.ex03'] });
    expect(result.nextExerciseId).toBeUndefined();
  });

  test('answers from an earlier sitting do not count', () => {
    const attempts = [at('t.ex01', 1, 50), at('t.ex02', 1, 60), at('t.ex03', 1, 70), at('t.ex04', 1, 80), at('t.ex01', 0, 110)];
    const result = scoreTestSitting(sections, attempts, 100, 60);
    expect(result).toMatchObject({ answered: 1, score: 0, finished: false, nextExerciseId: 't.ex02' });
  });

  test('a finished sitting below the pass mark fails; exactly at the mark passes', () => {
    const half = [at('t.ex01', 1, 110), at('t.ex02', 1, 110), at('t.ex03', 0, 110), at('t.ex04', 0, 110)];
    expect(scoreTestSitting(sections, half, 100, 60).passed).toBe(false);
    expect(scoreTestSitting(sections, half, 100, 50).passed).toBe(true);
  });

  test('an unfinished sitting never passes, even with a high score so far', () => {
    expect(scoreTestSitting(sections, [at('t.ex01', 1, 110)], 100, 10).passed).toBe(false);
  });
});

describe('sitting markers', () => {
  test('round-trip through the remembered section string', () => {
    expect(sittingStart(sittingSection(1_700_000_000_000))).toBe(1_700_000_000_000);
  });
  test.each([undefined, 'dialogue', 'sitting:', 'sitting:abc'])('%s is no sitting', (value) => {
    expect(sittingStart(value)).toBeUndefined();
  });
});
