import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validatePlacementBank } from '../src/content/placement-schema';
import { PLACEMENT_LEVELS, PLACEMENT_SKILLS } from '../src/domain/placement/staircase';

const file = resolve(__dirname, '../content/placement/items.json');
const bank = JSON.parse(readFileSync(file, 'utf8')) as {
  items: Array<{ level: string; skill: string; exercise: Record<string, unknown> }>;
};

describe('content/placement/items.json', () => {
  test('is valid: schema, each exercise’s schema and lint, ids, counts', () => {
    expect(validatePlacementBank(bank)).toEqual([]);
  });

  test('has at least 20 items per band and covers every skill at every band', () => {
    for (const level of PLACEMENT_LEVELS) {
      expect(bank.items.filter((item) => item.level === level).length).toBeGreaterThanOrEqual(20);
      for (const skill of PLACEMENT_SKILLS) {
        expect(
          bank.items.filter((item) => item.level === level && item.skill === skill).length,
          `${level} ${skill}`,
        ).toBeGreaterThanOrEqual(3);
      }
    }
  });

  test('a broken item is reported with its path', () => {
    const broken = structuredClone(bank);
    const first = broken.items[0];
    if (!first) throw new Error('empty bank');
    first.exercise['answer'] = ['z'];
    first.level = 'B1';
    const errors = validatePlacementBank(broken);
    expect(errors.some((error) => error.path.startsWith('items[0].exercise'))).toBe(true);
    expect(errors.some((error) => error.message.includes('does not match level'))).toBe(true);
    expect(validatePlacementBank({ format: 'nope' }).length).toBeGreaterThan(0);
  });
});
