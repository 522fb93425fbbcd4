import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { oddOneOutExamples } from './examples';
import { oddOneOutModule } from './module';
import type { OddOneOutResponse } from './schema';
import { viewModule } from './view';

const context = { lesson: {} as Lesson, ids: new Set<string>() };
const exercise = oddOneOutExamples[0]!.exercise;

beforeAll(async () => {
  await initTestI18n();
});

describe('odd-one-out examples', () => {
  test.each(oddOneOutExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_name, example) => {
      expect(oddOneOutModule.schema.safeParse(example.exercise).success).toBe(true);
      expect(oddOneOutModule.lint(example.exercise, context)).toEqual([]);
      for (const response of example.right) {
        expect(oddOneOutModule.responseSchema.safeParse(response).success).toBe(true);
        expect(oddOneOutModule.check(example.exercise, response).result).toBe('correct');
      }
      for (const response of example.wrong) expect(oddOneOutModule.check(example.exercise, response).result).toBe('wrong');
      expect(oddOneOutModule.check(example.exercise, oddOneOutModule.solution(example.exercise)).result).toBe('correct');
      expect(oddOneOutModule.answerKey(example.exercise)).toHaveLength(1);
    },
  );
});

describe('checkOddOneOut', () => {
  test('a wrong choice scores 0 and reports both words', () => {
    expect(oddOneOutModule.check(exercise, { selected: 'a' })).toEqual({
      result: 'wrong',
      score: 0,
      parts: [{ index: 0, result: 'wrong', given: 'sergent', expected: 'casque', issues: [] }],
    });
  });
  test('no choice is wrong with an empty given', () => {
    expect(oddOneOutModule.check(exercise, { selected: null }).parts[0]?.given).toBe('');
  });
});

describe('lintOddOneOut', () => {
  test('an answer that is not an option, duplicate ids and texts', () => {
    const issues = oddOneOutModule.lint(
      {
        ...exercise,
        options: [
          { id: 'a', text: { fr: 'sergent' } },
          { id: 'a', text: { fr: 'capitaine' } },
          { id: 'c', text: { fr: 'Sergent' } },
          { id: 'd', text: { fr: 'casque' } },
        ],
        answer: 'x',
      },
      context,
    );
    expect(issues.map((issue) => issue.path)).toEqual(['options[1].id', 'options[2].text.fr', 'answer', 'answer']);
  });
});

function Harness({ onChange }: { onChange: (response: OddOneOutResponse) => void }) {
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

describe('OddOneOutView', () => {
  test('a radio group in a seeded shuffled order, usable with the keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Which one does not belong?' });
    expect(group).toBeInTheDocument();
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(5);
    const labels = radios.map((radio) => radio.closest('label')?.textContent);
    expect([...labels].sort()).toEqual(['capitaine', 'caporal', 'casque', 'lieutenant', 'sergent']);

    await user.tab();
    expect(radios[0]).toHaveFocus();
    await user.keyboard(' ');
    const firstId = exercise.options.find((option) => option.text.fr === labels[0])!.id;
    expect(onChange).toHaveBeenLastCalledWith({ selected: firstId });
    await user.keyboard('{ArrowDown}');
    const secondId = exercise.options.find((option) => option.text.fr === labels[1])!.id;
    expect(onChange).toHaveBeenLastCalledWith({ selected: secondId });
    expect(radios[1]).toBeChecked();
  });

  test('after checking: disabled, the odd one and the wrong choice are marked in words', () => {
    const response = { selected: 'a' };
    render(
      <viewModule.View
        exercise={exercise}
        response={response}
        onChange={() => undefined}
        verdict={viewModule.check(exercise, response)}
        disabled
      />,
    );
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getByRole('radio', { name: /casque/ }).closest('label')?.textContent).toBe('casque✓ the odd one out');
    expect(screen.getByRole('radio', { name: /sergent/ }).closest('label')?.textContent).toBe('sergent✗ your choice');
    expect(screen.getByText('sergent')).toHaveAttribute('lang', 'fr');
  });

  test('isAnswered and Review', () => {
    expect(viewModule.isAnswered(exercise, viewModule.emptyResponse(exercise))).toBe(false);
    expect(viewModule.isAnswered(exercise, { selected: 'z' })).toBe(false);
    expect(viewModule.isAnswered(exercise, { selected: 'b' })).toBe(true);
    const response = { selected: 'b' };
    const { container } = render(
      <viewModule.Review exercise={exercise} response={response} verdict={viewModule.check(exercise, response)} />,
    );
    expect(container.textContent).toBe('sergent, capitaine, casque, lieutenant, caporal → odd one out: casque (capitaine)');
  });
});
