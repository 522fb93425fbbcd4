/**
 * The registry-driven contract: every type's examples are valid, pass their own lint, right
 * responses are judged correct and wrong ones wrong, and every view renders and reports changes.
 */
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, test } from 'vitest';
import { initTestI18n } from '../../tests/helpers/i18n';
import type { Lesson } from '../content/schema';
import { EXERCISE_TYPES, exerciseRegistry, moduleFor } from './registry';
import { loadExerciseView } from './views';

beforeAll(async () => {
  await initTestI18n();
});

const emptyLesson = { id: 'v1.u00.l01' } as unknown as Lesson;

/** The lesson ids an example points at (`ref`, `dialogueRef`), which its lint needs to find. */
function referencedIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencedIds);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    (key === 'ref' || key === 'dialogueRef') && typeof child === 'string' ? [child] : referencedIds(child),
  );
}

describe.each(EXERCISE_TYPES)('exercise type %s', (type) => {
  const module = moduleFor(type);

  test('has at least one example', () => {
    expect(module.examples.length).toBeGreaterThan(0);
  });

  test.each(module.examples.map((example) => [example.name, example] as const))(
    'example "%s" is valid and lint-clean',
    (_name, example) => {
      expect(module.schema.safeParse(example.exercise).success).toBe(true);
      expect(example.exercise.type).toBe(type);
      expect(module.lint(example.exercise, { lesson: emptyLesson, ids: new Set(referencedIds(example.exercise)) })).toEqual([]);
    },
  );

  test.each(module.examples.map((example) => [example.name, example] as const))(
    'example "%s": right pass, wrong fail',
    (_name, example) => {
      for (const response of example.right) {
        expect(module.responseSchema.safeParse(response).success).toBe(true);
        expect(module.check(example.exercise, response).result).toBe('correct');
      }
      for (const response of example.wrong) {
        expect(module.check(example.exercise, response).result).toBe('wrong');
      }
      expect(module.check(example.exercise, module.solution(example.exercise)).result).toBe('correct');
      expect(module.answerKey(example.exercise).length).toBeGreaterThan(0);
    },
  );

  test('the view renders every example, empty and checked', async () => {
    const viewModule = await loadExerciseView(type);
    for (const example of module.examples) {
      const empty = viewModule.emptyResponse(example.exercise);
      expect(viewModule.isAnswered(example.exercise, empty)).toBe(false);
      const { unmount } = render(
        <viewModule.View exercise={example.exercise} response={empty} onChange={() => undefined} verdict={undefined} disabled={false} />,
      );
      expect(document.body.textContent?.length ?? 0).toBeGreaterThan(0);
      unmount();
      const right = example.right[0];
      const verdict = viewModule.check(example.exercise, right);
      expect(verdict.result).toBe('correct');
      const review = render(<viewModule.Review exercise={example.exercise} response={right} verdict={verdict} />);
      expect(review.container.textContent?.length ?? 0).toBeGreaterThan(0);
      review.unmount();
    }
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

test('the registry lists exactly the declared types', () => {
  expect(Object.keys(exerciseRegistry).sort()).toEqual([...EXERCISE_TYPES].sort());
});
