import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { categorizeExamples } from './examples';
import { categorizeModule } from './module';
import type { CategorizeExercise, CategorizeResponse } from './schema';
import { viewModule } from './view';

const context = { lesson: {} as Lesson, ids: new Set<string>() };
const exercise = categorizeExamples[0]!.exercise;

beforeAll(async () => {
  await initTestI18n();
});

describe('categorize examples', () => {
  test.each(categorizeExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_name, example) => {
      expect(categorizeModule.schema.safeParse(example.exercise).success).toBe(true);
      expect(categorizeModule.lint(example.exercise, context)).toEqual([]);
      for (const response of example.right) {
        expect(categorizeModule.responseSchema.safeParse(response).success).toBe(true);
        expect(categorizeModule.check(example.exercise, response).result).toBe('correct');
      }
      for (const response of example.wrong) expect(categorizeModule.check(example.exercise, response).result).toBe('wrong');
      expect(categorizeModule.check(example.exercise, categorizeModule.solution(example.exercise)).result).toBe('correct');
    },
  );

  test('the answer key lists each category with its items', () => {
    expect(categorizeModule.answerKey(exercise)).toEqual([
      'Grades : le sergent, le capitaine, le lieutenant, le caporal',
      'Équipement : le casque, la radio, le gilet pare-balles, les jumelles',
    ]);
  });
});

describe('checkCategorize', () => {
  test('one misplaced item of eight scores 7/8 and names the item', () => {
    const verdict = categorizeModule.check(exercise, { placements: ['a', 'a', 'a', 'b', 'b', 'a', 'b', 'a'] });
    expect(verdict.result).toBe('wrong');
    expect(verdict.score).toBe(7 / 8);
    expect(verdict.parts[1]).toMatchObject({ result: 'wrong', given: 'le casque → Grades', expected: 'le casque → Équipement' });
  });
  test('unplaced items and unknown category ids are wrong with an empty given', () => {
    const verdict = categorizeModule.check(exercise, { placements: ['a', 'z'] });
    expect(verdict.parts.slice(0, 3).map((part) => [part.result, part.given])).toEqual([
      ['correct', 'le sergent → Grades'],
      ['wrong', ''],
      ['wrong', ''],
    ]);
    expect(verdict.score).toBe(1 / 8);
  });
});

describe('lintCategorize', () => {
  test('unknown category, empty category, duplicate items and labels', () => {
    const broken: CategorizeExercise = {
      ...exercise,
      categories: [
        { id: 'a', label: { fr: 'Grades' } },
        { id: 'b', label: { fr: 'grades' } },
        { id: 'c', label: { fr: 'Nombres' } },
      ],
      items: [
        { text: { fr: 'le sergent' }, category: 'a' },
        { text: { fr: 'Le sergent' }, category: 'b' },
        { text: { fr: 'le casque' }, category: 'd' },
        { text: { fr: 'la radio' }, category: 'b' },
      ],
    };
    const paths = categorizeModule.lint(broken, context).map((issue) => issue.path);
    expect(paths).toEqual(['categories[1].label', 'items[1].text', 'items[2].category', 'categories[2]', 'items']);
  });
});

function Harness({ onChange }: { onChange: (response: CategorizeResponse) => void }) {
  const [response, setResponse] = useState(viewModule.emptyResponse(exercise));
  return (
    <viewModule.View
      exercise={exercise}
      response={response}
      onChange={(next) => {
        setResponse(next);
        onChange(next);
      }}
      verdict={undefined}
      disabled={false}
    />
  );
}

describe('CategorizeView', () => {
  test('items are shuffled radio groups; Tab moves between items, arrows between categories', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const groups = screen.getAllByRole('group');
    const shown = groups.map((group) => group.querySelector('legend')?.textContent);
    expect([...shown].sort()).toEqual(exercise.items.map((item) => item.text.fr).sort());
    expect(shown).not.toEqual(exercise.items.map((item) => item.text.fr));

    await user.tab();
    const firstGroup = groups[0]!;
    expect(within(firstGroup).getByRole('radio', { name: 'Grades' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(firstGroup).getByRole('radio', { name: 'Équipement' })).toBeChecked();
    const firstIndex = exercise.items.findIndex((item) => item.text.fr === shown[0]);
    const expected = exercise.items.map((_, index): string | null => (index === firstIndex ? 'b' : null));
    expect(onChange).toHaveBeenLastCalledWith({ placements: expected });

    await user.tab();
    expect(within(groups[1]!).getByRole('radio', { name: 'Grades' })).toHaveFocus();
    await user.keyboard(' ');
    const secondIndex = exercise.items.findIndex((item) => item.text.fr === shown[1]);
    expected[secondIndex] = 'a';
    expect(onChange).toHaveBeenLastCalledWith({ placements: expected });
  });

  test('the casque group is named by the item, the options by the category labels, in French', () => {
    render(<Harness onChange={() => undefined} />);
    const group = screen.getByRole('group', { name: 'le casque' });
    expect(within(group).getByText('le casque')).toHaveAttribute('lang', 'fr');
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual(['Grades', 'Équipement']);
  });

  test('after checking: disabled, marks in words with the answer', () => {
    const response = { placements: ['a', 'a', 'a', 'b', 'b', 'a', 'b', 'a'] };
    const verdict = viewModule.check(exercise, response);
    render(<viewModule.View exercise={exercise} response={response} onChange={() => undefined} verdict={verdict} disabled />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getAllByText(/^Correct\.$/)).toHaveLength(7);
    const casque = screen.getByRole('group', { name: 'le casque' }).closest('li')!;
    expect(casque).toHaveClass('is-wrong');
    expect(casque.querySelector('.categorize-mark')?.textContent).toBe('✗ Incorrect. Answer: Équipement');
  });

  test('isAnswered and Review', () => {
    expect(viewModule.isAnswered(exercise, viewModule.emptyResponse(exercise))).toBe(false);
    expect(viewModule.isAnswered(exercise, { placements: ['a', 'b', 'a', 'b', 'b', 'a', 'b', 'z'] })).toBe(false);
    expect(viewModule.isAnswered(exercise, { placements: ['a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'] })).toBe(true);
    const response = { placements: ['a', 'a', 'a', 'b', 'b', 'a', 'b', null] };
    const { container } = render(
      <viewModule.Review exercise={exercise} response={response} verdict={viewModule.check(exercise, response)} />,
    );
    const lines = [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'Grades : le sergent, le capitaine, le lieutenant, le caporal (—)',
      'Équipement : le casque (Grades), la radio, le gilet pare-balles, les jumelles',
    ]);
  });
});
