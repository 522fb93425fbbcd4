import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { readingExamples } from './examples';
import { readingModule } from './module';
import type { ReadingExercise, ReadingResponse } from './schema';
import { viewModule } from './view';

const context = { lesson: {} as Lesson, ids: new Set<string>() };
const roster = readingExamples[0]!.exercise;
const patrol = readingExamples[1]!.exercise;
const incident = readingExamples[2]!.exercise;

beforeAll(async () => {
  await initTestI18n();
});

describe('reading examples', () => {
  test.each(readingExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_name, example) => {
      expect(readingModule.schema.safeParse(example.exercise).success).toBe(true);
      expect(readingModule.lint(example.exercise, context)).toEqual([]);
      for (const response of example.right) {
        expect(readingModule.responseSchema.safeParse(response).success).toBe(true);
        expect(readingModule.check(example.exercise, response).result).toBe('correct');
      }
      for (const response of example.wrong) expect(readingModule.check(example.exercise, response).result).toBe('wrong');
      expect(readingModule.check(example.exercise, readingModule.solution(example.exercise)).result).toBe('correct');
      expect(readingModule.answerKey(example.exercise)).toHaveLength(example.exercise.questions.length);
    },
  );
  test('the answer key is one line per question', () => {
    expect(readingModule.answerKey(patrol)).toEqual([
      '1. a) de l’eau / b) une radio / d) une trousse de premiers secours',
      '2. faux — La patrouille part en véhicule.',
      '3. 7 h 30 / 7h30 / sept heures trente / sept heures et demie',
      '4. a) le capitaine Lefèvre',
    ]);
  });
});

describe('schema', () => {
  test('between 2 and 6 questions, each of a known kind', () => {
    expect(readingModule.schema.safeParse({ ...roster, questions: roster.questions.slice(0, 1) }).success).toBe(false);
    expect(
      readingModule.schema.safeParse({ ...roster, questions: [...roster.questions, { kind: 'essay', prompt: { en: 'Why?' } }] }).success,
    ).toBe(false);
  });
});

describe('checkReading', () => {
  test('one part per question, scored by the share of right questions', () => {
    const verdict = readingModule.check(roster, { answers: [['a'], false, false, 'Traoré'] });
    expect(verdict.result).toBe('wrong');
    expect(verdict.score).toBe(0.75);
    expect(verdict.parts[1]).toMatchObject({ index: 1, result: 'wrong', given: 'faux', expected: 'vrai' });
  });
  test('a typed short answer is judged by the answer judge: a missing accent is a slip', () => {
    const verdict = readingModule.check(roster, { answers: [['a'], true, false, 'Traore'] });
    expect(verdict.result).toBe('near-miss');
    expect(verdict.score).toBe(1);
    expect(verdict.parts[3]?.issues.map((issue) => issue.kind)).toEqual(['accent']);
    expect(readingModule.check(incident, { answers: [false, true, ['a'], 'a Boda'] }).result).toBe('wrong');
  });
  test('several right options: all of them and nothing else', () => {
    const result = (selected: string[]) => readingModule.check(patrol, { answers: [selected, false, '7 h 30', ['a']] }).result;
    expect(result(['b', 'd', 'a'])).toBe('correct');
    expect(result(['a', 'b'])).toBe('wrong');
    expect(result(['a', 'b', 'd', 'c'])).toBe('wrong');
    expect(result(['a', 'a', 'b'])).toBe('wrong');
  });
  test('unanswered questions and answers of the wrong shape are wrong', () => {
    const verdict = readingModule.check(roster, { answers: ['a', 'vrai', null, ['Traoré']] });
    expect(verdict.parts.map((part) => part.result)).toEqual(['wrong', 'wrong', 'wrong', 'wrong']);
    expect(verdict.parts.map((part) => part.given)).toEqual(['', '', '', '']);
  });
  test('choice feedback uses the option texts', () => {
    const part = readingModule.check(incident, { answers: [false, true, ['c'], 'Boda'] }).parts[2];
    expect(part).toMatchObject({ given: 'To arrest the armed men', expected: 'Not to use this road until further notice' });
  });
});

describe('lintReading', () => {
  test('flags duplicate and unknown ids, and a question where every option is right', () => {
    const broken: ReadingExercise = {
      ...roster,
      questions: [
        {
          kind: 'choice',
          prompt: { en: 'Who?' },
          options: [
            { id: 'a', text: { fr: 'Diallo' } },
            { id: 'a', text: { fr: 'Moreau' } },
          ],
          answer: ['a', 'z'],
        },
        { kind: 'true-false', statement: { fr: 'Le sergent Diallo est de garde lundi.' }, answer: true },
      ],
    };
    expect(readingModule.lint(broken, context).map((issue) => `${issue.path}: ${issue.message}`)).toEqual([
      'questions[0].options[1].id: duplicate option id "a"',
      'questions[0].answer[1]: "z" is not an option id',
      'questions[0].answer: every option is right: nothing to choose',
    ]);
  });
  test('flags options with the same text', () => {
    const twins: ReadingExercise = {
      ...incident,
      questions: [
        incident.questions[0]!,
        {
          kind: 'choice',
          prompt: { en: 'Where?' },
          options: [
            { id: 'a', text: { fr: 'Boda' } },
            { id: 'b', text: { fr: 'boda ' } },
          ],
          answer: ['a'],
        },
      ],
    };
    expect(readingModule.lint(twins, context)).toEqual([
      { path: 'questions[1].options[1].text', message: 'two options have the same text' },
    ]);
  });
});

function Harness({ exercise, onChange }: { exercise: ReadingExercise; onChange: (response: ReadingResponse) => void }) {
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

describe('ReadingView', () => {
  test('the French text in an article, its translation never shown', () => {
    render(<Harness exercise={roster} onChange={() => undefined} />);
    const article = screen.getByRole('article', { name: 'Note de service : tours de garde' });
    expect(article).toHaveAttribute('lang', 'fr');
    expect(within(article).getByRole('heading', { name: 'Note de service : tours de garde' })).toBeInTheDocument();
    expect(article).toHaveTextContent('Le sergent Diallo est de garde lundi et mardi');
    expect(document.body).not.toHaveTextContent('Notice: guard duty roster');
    expect(document.body).not.toHaveTextContent('Sergeant Diallo is on guard');
    expect(document.body).not.toHaveTextContent('Corporal Moreau takes over');
  });

  test('answering every kind of question by keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness exercise={roster} onChange={onChange} />);
    const questions = within(screen.getByRole('list', { name: 'Questions' })).getAllByRole('listitem');
    expect(questions).toHaveLength(4);

    // Question 1: a radio group; Tab enters it, the arrow keys choose.
    const first = within(questions[0]!).getByRole('group', { name: 'When is Sergeant Diallo on guard?' });
    const target = within(first).getByRole('radio', { name: 'Lundi et mardi, de 6 h à 14 h' });
    await user.tab();
    expect(within(first).getAllByRole('radio')).toContain(document.activeElement);
    for (let presses = 0; presses < 3 && document.activeElement !== target; presses += 1) await user.keyboard('{ArrowDown}');
    expect(target).toHaveFocus();
    await user.keyboard(' ');
    expect(target).toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith({ answers: [['a'], null, null, null] });

    // Questions 2 and 3: true or false.
    const second = within(questions[1]!).getByRole('group', { name: /Le caporal Moreau remplace le sergent Diallo à 14 h\./ });
    await user.tab();
    expect(within(second).getByRole('radio', { name: 'True' })).toHaveFocus();
    await user.keyboard(' ');
    const third = within(questions[2]!).getByRole('group', { name: /On peut demander un changement vendredi\./ });
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(within(third).getByRole('radio', { name: 'False' })).toBeChecked();

    // Question 4: a short typed answer in French.
    await user.tab();
    const input = screen.getByRole('textbox', { name: 'Whose platoon does the night guard on Wednesday? Write the name.' });
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('lang', 'fr');
    await user.keyboard('Traoré');
    expect(onChange).toHaveBeenLastCalledWith({ answers: [['a'], true, false, 'Traoré'] });
    expect(viewModule.isAnswered(roster, { answers: [['a'], true, false, 'Traoré'] })).toBe(true);
    expect(viewModule.isAnswered(roster, { answers: [['a'], true, null, 'Traoré'] })).toBe(false);
    expect(viewModule.isAnswered(roster, { answers: [[], true, false, 'Traoré'] })).toBe(false);
  });

  test('several right options are checkboxes with a hint', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness exercise={patrol} onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'What does each soldier take? (choose all that apply)' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(4);
    within(group).getByRole('checkbox', { name: 'une radio' }).focus();
    await user.keyboard(' ');
    within(group).getByRole('checkbox', { name: 'de l’eau' }).focus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({ answers: [['b', 'a'], null, null, null] });
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({ answers: [['b'], null, null, null] });
  });

  test('the option order is shuffled with a seed: the same on every visit', () => {
    const order = () => {
      const { unmount } = render(<Harness exercise={patrol} onChange={() => undefined} />);
      const names = screen.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent ?? '');
      unmount();
      return names;
    };
    expect(order()).toEqual(order());
  });

  test('after checking: controls locked, each question marked in words with its answer', () => {
    const response = { answers: [['b'], true, false, 'Traore'] };
    const verdict = viewModule.check(roster, response);
    render(<viewModule.View exercise={roster} response={response} onChange={() => undefined} verdict={verdict} disabled />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    const input = screen.getByRole('textbox');
    expect(input).toHaveAttribute('readonly');
    expect(input).toHaveAccessibleDescription('Almost right Answer: Traoré');
    const first = screen.getByRole('group', { name: 'When is Sergeant Diallo on guard?' });
    expect(first).toHaveAccessibleDescription('Not right Answer: Lundi et mardi, de 6 h à 14 h');
    expect(within(first).getByText('right answer')).toBeInTheDocument();
    expect(within(first).getByText('your choice')).toBeInTheDocument();
    expect(screen.getAllByText('Right')).toHaveLength(2);
  });

  test('true/false answers are shown in the interface language', () => {
    const response = { answers: [true, true, ['a'], 'Boda'] };
    const verdict = viewModule.check(incident, response);
    render(<viewModule.View exercise={incident} response={response} onChange={() => undefined} verdict={verdict} disabled />);
    expect(screen.getByRole('group', { name: /Les soldats ont tiré/ })).toHaveAccessibleDescription('Not right Answer: False');
  });

  test('the review lists each question with its answer and what was given', () => {
    const response = { answers: [false, true, ['c'], 'Kani'] };
    const verdict = viewModule.check(incident, response);
    const { container } = render(<viewModule.Review exercise={incident} response={response} verdict={verdict} />);
    expect(container).toHaveTextContent(
      'What does the report order? → Not to use this road until further notice (To arrest the armed men)',
    );
    expect(container).toHaveTextContent('In which village did the incident happen? → Boda (Kani)');
    expect(container).toHaveTextContent('Les soldats ont tiré sur le groupe armé. → False');
  });
});
