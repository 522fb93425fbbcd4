import { describe, expect, test } from 'vitest';
import { weakestGrammar } from './grammar';

const answer = (lessonId: string, n: number, result: 'correct' | 'wrong', answeredAt = n) => ({
  lessonId,
  exerciseId: `${lessonId}.ex0${String(n)}`,
  result,
  answeredAt,
});

describe('weakestGrammar', () => {
  test('ranks grammar points by the error rate of their lesson’s latest answers', () => {
    const points = [
      { id: 'l1.g1', lessonId: 'l1', title: 'être' },
      { id: 'l2.g1', lessonId: 'l2', title: 'avoir' },
      { id: 'l3.g1', lessonId: 'l3', title: 'aller' },
    ];
    const attempts = [
      answer('l1', 1, 'wrong'),
      answer('l1', 2, 'correct'),
      answer('l1', 3, 'correct'),
      answer('l2', 1, 'wrong'),
      answer('l2', 2, 'wrong'),
      answer('l2', 3, 'correct'),
      answer('l3', 1, 'wrong'),
      answer('l3', 1, 'correct', 99), // corrected later: no longer counts
      answer('l3', 2, 'correct'),
      answer('l3', 3, 'correct'),
    ];
    expect(weakestGrammar(attempts, points).map((score) => [score.point.title, score.wrong, score.answered])).toEqual([
      ['avoir', 2, 3],
      ['être', 1, 3],
    ]);
    expect(weakestGrammar(attempts.slice(0, 2), points)).toEqual([]);
  });
});
