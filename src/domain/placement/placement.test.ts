import { describe, expect, test } from 'vitest';
import { createRng } from '../../lib/rng';
import { recommendStart, type CourseLessonFacts } from './recommend';
import {
  currentLevelIndex,
  nextPlacementItem,
  PLACEMENT_LEVELS,
  PLACEMENT_SKILLS,
  scorePlacement,
  type PlacementAnswer,
  type PlacementItemFacts,
} from './staircase';

/** 20 items per band, 5 per skill. */
const bank: PlacementItemFacts[] = PLACEMENT_LEVELS.flatMap((level) =>
  PLACEMENT_SKILLS.flatMap((skill) => Array.from({ length: 5 }, (_, n) => ({ id: `${level}.${skill}.${String(n)}`, level, skill }))),
);

/** Runs a sitting with a learner who knows every band up to `ability` (index), or none with -1. */
function sit(ability: number, seed = 1): PlacementAnswer[] {
  const rng = createRng(seed);
  const answers: PlacementAnswer[] = [];
  for (let item = nextPlacementItem(bank, answers, rng); item; item = nextPlacementItem(bank, answers, rng)) {
    answers.push({ itemId: item.id, level: item.level, skill: item.skill, right: PLACEMENT_LEVELS.indexOf(item.level) <= ability });
  }
  return answers;
}

describe('staircase', () => {
  test('two right answers move up a band, a wrong one down', () => {
    const a = (right: boolean): PlacementAnswer => ({ itemId: 'x', level: 'A1', skill: 'grammar', right });
    expect(currentLevelIndex([])).toBe(0);
    expect(currentLevelIndex([a(true)])).toBe(0);
    expect(currentLevelIndex([a(true), a(true)])).toBe(1);
    expect(currentLevelIndex([a(true), a(true), a(true), a(true)])).toBe(2);
    expect(currentLevelIndex([a(true), a(true), a(true), a(true), a(true), a(true)])).toBe(2);
    expect(currentLevelIndex([a(true), a(true), a(false)])).toBe(0);
    expect(currentLevelIndex([a(false), a(false)])).toBe(0);
  });

  test('a sitting asks 24 distinct items and samples every skill', () => {
    const answers = sit(1);
    expect(answers).toHaveLength(24);
    expect(new Set(answers.map((answer) => answer.itemId)).size).toBe(24);
    for (const skill of PLACEMENT_SKILLS) expect(answers.filter((answer) => answer.skill === skill).length).toBeGreaterThanOrEqual(5);
  });

  test('the test adapts: a strong learner gets mostly B1 items, a beginner mostly A1', () => {
    const strong = sit(2);
    const beginner = sit(-1);
    expect(strong.filter((answer) => answer.level === 'B1').length).toBeGreaterThan(15);
    expect(beginner.filter((answer) => answer.level === 'A1').length).toBe(20);
    // Once A1 runs out, the beginner gets the nearest band.
    expect(beginner.filter((answer) => answer.level === 'A2').length).toBe(4);
  });

  test('the same seed gives the same sitting', () => {
    expect(sit(1, 7)).toEqual(sit(1, 7));
  });
});

describe('scoring and recommendation', () => {
  const lessons: CourseLessonFacts[] = [
    { id: 'v1.u00.l01', volumeId: 'v1', unitId: 'v1.u00', level: 'A1' },
    { id: 'v1.u00.l02', volumeId: 'v1', unitId: 'v1.u00', level: 'A1' },
    { id: 'v1.u01.l01', volumeId: 'v1', unitId: 'v1.u01', level: 'A1' },
    { id: 'v2.u01.l01', volumeId: 'v2', unitId: 'v2.u01', level: 'A2' },
    { id: 'v3.u01.l01', volumeId: 'v3', unitId: 'v3.u01', level: 'B1' },
  ];

  test('per band and per skill tallies, the band mastered and the reason', () => {
    const outcome = scorePlacement(sit(1));
    expect(outcome.masteredLevel).toBe('A2');
    expect(outcome.reason).toBe('mastered-A2');
    expect(Object.values(outcome.bySkill).reduce((sum, tally) => sum + tally.asked, 0)).toBe(24);
    expect(scorePlacement(sit(-1)).reason).toBe('beginner');
    expect(scorePlacement(sit(2)).masteredLevel).toBe('B1');
  });

  test('a beginner starts at the beginning; some A1 skips Leçon 0; A1 mastered starts volume 2', () => {
    expect(recommendStart(scorePlacement(sit(-1)), lessons)).toEqual({
      lessonId: 'v1.u00.l01',
      volumeId: 'v1',
      unitId: 'v1.u00',
      testedOut: [],
    });
    const someA1 = scorePlacement([
      ...['a', 'b', 'c', 'd'].map((id, n): PlacementAnswer => ({ itemId: id, level: 'A1', skill: 'grammar', right: n < 2 })),
    ]);
    expect(someA1.reason).toBe('some-a1');
    expect(recommendStart(someA1, lessons)?.testedOut).toEqual(['v1.u00.l01', 'v1.u00.l02']);
    const a1 = scorePlacement(sit(0));
    expect(a1.masteredLevel).toBe('A1');
    expect(recommendStart(a1, lessons)).toMatchObject({ lessonId: 'v2.u01.l01', testedOut: ['v1.u00.l01', 'v1.u00.l02', 'v1.u01.l01'] });
    expect(recommendStart(scorePlacement(sit(2)), lessons)?.lessonId).toBe('v3.u01.l01');
    expect(recommendStart(a1, [])).toBeUndefined();
  });
});
