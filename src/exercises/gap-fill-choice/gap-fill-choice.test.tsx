import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { gapFillChoiceExamples } from './examples';
import { gapFillChoiceModule } from './module';
import type { GapFillChoiceExercise, GapFillChoiceResponse } from './schema';
import { viewModule } from './view';

const context = { lesson: {} as Lesson, ids: new Set<string>() };
const exercise = gapFillChoiceExamples[0]!.exercise;
const articles = gapFillChoiceExamples[1]!.exercise;

beforeAll(async () => {
  await initTestI18n();
});

describe('gap-fill-choice examples', () => {
  test.each(gapFillChoiceExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_name, example) => {
      expect(gapFillChoiceModule.schema.safeParse(example.exercise).success).toBe(true);
      expect(gapFillChoiceModule.lint(example.exercise, context)).toEqual([]);
      for (const response of example.right) {
        expect(gapFillChoiceModule.responseSchema.safeParse(response).success).toBe(true);
        expect(gapFillChoiceModule.check(example.exercise, response).result).toBe('correct');
      }
      for (const response of example.wrong) expect(gapFillChoiceModule.check(example.exercise, response).result).toBe('wrong');
      expect(gapFillChoiceModule.check(example.exercise, gapFillChoiceModule.solution(example.exercise)).result).toBe('correct');
    },
  );

  test('answer keys fill the sentence', () => {
    expect(gapFillChoiceModule.answerKey(exercise)).toEqual(['Le capitaine est au poste de contrôle. Il porte un gilet pare-balles.']);
    expect(gapFillChoiceModule.answerKey(articles)).toEqual(['Dans le véhicule, il y a un casque, une radio et une trousse de secours.']);
  });
});

describe('checkGapFillChoice', () => {
  test('one gap right of two: wrong, score 0.5, given and expected are option texts', () => {
    const verdict = gapFillChoiceModule.check(exercise, { answers: [1, 0] });
    expect(verdict).toMatchObject({ result: 'wrong', score: 0.5 });
    expect(verdict.parts[0]).toMatchObject({ result: 'wrong', given: 'es', expected: 'est' });
    expect(verdict.parts[1]).toMatchObject({ result: 'correct', given: 'porte', expected: 'porte' });
  });
  test('an out-of-range index or a missing answer is wrong, with an empty given for null', () => {
    const verdict = gapFillChoiceModule.check(exercise, { answers: [7] });
    expect(verdict.parts.map((part) => [part.result, part.given])).toEqual([
      ['wrong', ''],
      ['wrong', ''],
    ]);
  });
});

describe('lintGapFillChoice', () => {
  const base: GapFillChoiceExercise = {
    id: 'v1.u00.l01.ex09',
    type: 'gap-fill-choice',
    instructions: { en: 'Choose.' },
    sentence: { fr: 'Je {1} sergent.' },
    gaps: [{ options: { fr: ['suis', 'es'] }, answer: 0 }],
  };
  test('the base case is clean', () => {
    expect(gapFillChoiceModule.lint(base, context)).toEqual([]);
  });
  test('answer out of range', () => {
    const issues = gapFillChoiceModule.lint({ ...base, gaps: [{ options: { fr: ['suis', 'es'] }, answer: 2 }] }, context);
    expect(issues.map((issue) => issue.path)).toEqual(['gaps[0].answer', 'gaps']);
  });
  test('options the judge cannot tell apart are duplicates', () => {
    const issues = gapFillChoiceModule.lint({ ...base, gaps: [{ options: { fr: ['suis', 'Suis ', 'es'] }, answer: 0 }] }, context);
    expect(issues).toContainEqual({ path: 'gaps[0].options.fr[1]', message: 'same option as options.fr[0]' });
  });
  test('a homograph differing by an accent is a fair distractor', () => {
    const issues = gapFillChoiceModule.lint(
      { ...base, sentence: { fr: 'Il va {1} Bria.' }, gaps: [{ options: { fr: ['a', 'à'] }, answer: 1 }] },
      context,
    );
    expect(issues).toEqual([]);
  });
  test('gap markers must match the gaps', () => {
    const issues = gapFillChoiceModule.lint({ ...base, sentence: { fr: 'Je {1} sergent {2}.' } }, context);
    expect(issues[0]?.path).toBe('sentence.fr');
  });
  test('the filled sentence must not have stray spaces', () => {
    const issues = gapFillChoiceModule.lint(
      { ...base, sentence: { fr: 'Je travaille à {1} aéroport.' }, gaps: [{ options: { fr: ['l’', 'le'] }, answer: 0 }] },
      context,
    );
    expect(issues.map((issue) => issue.path)).toEqual(['sentence.fr']);
    expect(
      gapFillChoiceModule.lint(
        { ...base, sentence: { fr: 'Je travaille à {1}aéroport. Où allez-vous ?' }, gaps: [{ options: { fr: ['l’', 'le '] }, answer: 0 }] },
        context,
      ),
    ).toEqual([]);
  });
});

function Harness({ onChange, target }: { onChange: (response: GapFillChoiceResponse) => void; target: GapFillChoiceExercise }) {
  const [response, setResponse] = useState(viewModule.emptyResponse(target));
  return (
    <viewModule.View
      exercise={target}
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

describe('GapFillChoiceView', () => {
  test('each gap is a labelled select reached by Tab; the response stores authored indexes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} target={exercise} />);
    const first = screen.getByRole('combobox', { name: 'Gap 1 of 2 (être)' });
    const second = screen.getByRole('combobox', { name: 'Gap 2 of 2 (porter)' });
    expect(first.closest('[lang="fr"]')).not.toBeNull();
    expect([...first.querySelectorAll('option')].map((option) => option.textContent).sort()).toEqual(['Choose…', 'es', 'est', 'suis']);

    await user.tab();
    expect(first).toHaveFocus();
    // user-event has no keyboard model for an open native select; selectOptions picks like the OS picker.
    await user.selectOptions(first, 'est');
    expect(onChange).toHaveBeenLastCalledWith({ answers: [2, null] });
    await user.tab();
    expect(second).toHaveFocus();
    await user.selectOptions(second, 'portent');
    expect(onChange).toHaveBeenLastCalledWith({ answers: [2, 2] });
    await user.selectOptions(second, 'Choose…');
    expect(onChange).toHaveBeenLastCalledWith({ answers: [2, null] });
  });

  test('options are shuffled the same way every time', () => {
    const orders = [0, 1].map(() => {
      const { unmount } = render(<Harness onChange={() => undefined} target={exercise} />);
      const select = screen.getByRole('combobox', { name: /Gap 2 of 2/ });
      const texts = [...select.querySelectorAll('option')].map((option) => option.textContent);
      unmount();
      return texts;
    });
    expect(orders[0]).toEqual(orders[1]);
  });

  test('after checking: disabled selects, ✓/✗ with words and the answer', () => {
    const response = { answers: [1, 0] };
    const verdict = viewModule.check(exercise, response);
    const { container } = render(
      <viewModule.View exercise={exercise} response={response} onChange={() => undefined} verdict={verdict} disabled />,
    );
    for (const select of screen.getAllByRole('combobox')) expect(select).toBeDisabled();
    expect(screen.getByText('incorrect, the answer is:')).toHaveClass('sr-only');
    expect(screen.getByText('correct')).toHaveClass('sr-only');
    expect(container.querySelector('.gap-choice.is-wrong .gap-choice-answer')?.textContent?.trim()).toBe('est');
  });

  test('isAnswered and Review', () => {
    expect(viewModule.isAnswered(articles, viewModule.emptyResponse(articles))).toBe(false);
    expect(viewModule.isAnswered(articles, { answers: [0, 1, null] })).toBe(false);
    expect(viewModule.isAnswered(articles, { answers: [0, 0, 0] })).toBe(true);
    const response = { answers: [0, 0, null] };
    const { container } = render(
      <viewModule.Review exercise={articles} response={response} verdict={viewModule.check(articles, response)} />,
    );
    expect(container.textContent).toBe('Dans le véhicule, il y a un casque, une radio et une trousse de secours. (un, —)');
  });
});
