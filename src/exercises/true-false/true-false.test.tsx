import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { trueFalseExamples } from './examples';
import { trueFalseModule } from './module';
import type { TrueFalseExercise, TrueFalseResponse } from './schema';
import { viewModule } from './view';

const context = { lesson: {} as Lesson, ids: new Set(['v1.u01.l03.d1', 'v1.u01.l03.d1.line02']) };
const first = trueFalseExamples[0]!;
const exercise = first.exercise;

beforeAll(async () => {
  await initTestI18n();
});

describe('true-false examples', () => {
  test.each(trueFalseExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_name, example) => {
      expect(trueFalseModule.schema.safeParse(example.exercise).success).toBe(true);
      expect(trueFalseModule.lint(example.exercise, context)).toEqual([]);
      for (const response of example.right) {
        expect(trueFalseModule.responseSchema.safeParse(response).success).toBe(true);
        expect(trueFalseModule.check(example.exercise, response).result).toBe('correct');
      }
      for (const response of example.wrong) expect(trueFalseModule.check(example.exercise, response).result).toBe('wrong');
      expect(trueFalseModule.check(example.exercise, trueFalseModule.solution(example.exercise)).result).toBe('correct');
      expect(trueFalseModule.answerKey(example.exercise)).toHaveLength(example.exercise.statements.length);
    },
  );
});

describe('checkTrueFalse', () => {
  test('one statement wrong out of four scores 0.75 and names the statement', () => {
    const verdict = trueFalseModule.check(exercise, { answers: [true, true, true, false] });
    expect(verdict.result).toBe('wrong');
    expect(verdict.score).toBe(0.75);
    expect(verdict.parts[1]).toMatchObject({
      result: 'wrong',
      given: 'Il travaille à l’hôpital. — vrai',
      expected: 'Il travaille à l’hôpital. — faux',
    });
  });
  test('an unanswered statement is wrong with an empty given', () => {
    const verdict = trueFalseModule.check(exercise, { answers: [true, false, null] });
    expect(verdict.parts.map((part) => part.result)).toEqual(['correct', 'correct', 'wrong', 'wrong']);
    expect(verdict.parts[2]?.given).toBe('');
    expect(verdict.score).toBe(0.5);
  });
  test('extra answers are ignored', () => {
    expect(trueFalseModule.check(exercise, { answers: [true, false, true, false, true] }).result).toBe('correct');
  });
});

describe('lintTrueFalse', () => {
  test('a ref must exist in the lesson', () => {
    expect(trueFalseModule.lint({ ...exercise, ref: 'v1.u01.l03.d1' }, context)).toEqual([]);
    expect(trueFalseModule.lint({ ...exercise, ref: 'v1.u01.l03.d1.line02' }, context)).toEqual([]);
    expect(trueFalseModule.lint({ ...exercise, ref: 'v1.u01.l03.d2' }, context)).toEqual([
      { path: 'ref', message: 'reference to a missing dialogue or line "v1.u01.l03.d2"' },
    ]);
  });
  test('flags all-true sets and duplicate statements', () => {
    const allTrue: TrueFalseExercise = {
      ...exercise,
      statements: [
        { text: { fr: 'Moussa est sergent.' }, answer: true },
        { text: { fr: 'Moussa  est sergent.' }, answer: true },
      ],
    };
    const issues = trueFalseModule.lint(allTrue, context);
    expect(issues.map((issue) => issue.path)).toEqual(['statements[1].text.fr', 'statements']);
  });
});

function Harness({ onChange, initial }: { onChange: (response: TrueFalseResponse) => void; initial?: TrueFalseResponse }) {
  const [response, setResponse] = useState(initial ?? viewModule.emptyResponse(exercise));
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

describe('TrueFalseView', () => {
  test('answers every statement by keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const groups = exercise.statements.map((statement) => screen.getByRole('group', { name: statement.text.fr }));

    await user.tab();
    expect(screen.getByText('Show the translation')).toHaveFocus();
    await user.tab();
    expect(within(groups[0]!).getByRole('radio', { name: 'True' })).toHaveFocus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({ answers: [true, null, null, null] });

    await user.tab();
    expect(within(groups[1]!).getByRole('radio', { name: 'True' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(groups[1]!).getByRole('radio', { name: 'False' })).toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith({ answers: [true, false, null, null] });

    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(onChange).toHaveBeenLastCalledWith({ answers: [true, false, true, false] });
    expect(viewModule.isAnswered(exercise, onChange.mock.lastCall![0] as TrueFalseResponse)).toBe(true);
  });

  test('the text is French and its translation is behind a disclosure', () => {
    render(<Harness onChange={() => undefined} />);
    expect(screen.getByText(/Je m’appelle Moussa Diallo/)).toHaveAttribute('lang', 'fr');
    expect(screen.getByText('Show the translation')).toBeInTheDocument();
    expect(screen.getByText('Moussa est sergent.')).toHaveAttribute('lang', 'fr');
  });

  test('after checking: read-only, marks in words, justification for wrong ones', () => {
    const response = { answers: [true, true, true, false] };
    const verdict = viewModule.check(exercise, response);
    render(<viewModule.View exercise={exercise} response={response} onChange={() => undefined} verdict={verdict} disabled />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getAllByText(/^Correct\.$/)).toHaveLength(3);
    expect(screen.getByText('Incorrect. The answer is “False”.')).toBeInTheDocument();
    expect(screen.getByText(/He works at checkpoint number three/)).toBeInTheDocument();
    expect(screen.queryByText(/only a little English/)).toBeNull();
  });

  test('isAnswered needs every statement', () => {
    expect(viewModule.isAnswered(exercise, viewModule.emptyResponse(exercise))).toBe(false);
    expect(viewModule.isAnswered(exercise, { answers: [true, false, true, null] })).toBe(false);
    expect(viewModule.isAnswered(exercise, { answers: [false, false, false, false] })).toBe(true);
  });

  test('Review lists the key and the wrong choices', () => {
    const response = { answers: [true, true, true, null] };
    const { container } = render(
      <viewModule.Review exercise={exercise} response={response} verdict={viewModule.check(exercise, response)} />,
    );
    expect(container.textContent).toContain('Il travaille à l’hôpital. → False (True)');
    expect(container.textContent).toContain('Il parle très bien anglais. → False (—)');
    expect(container.textContent).toContain('Moussa est sergent. → True');
  });
});
