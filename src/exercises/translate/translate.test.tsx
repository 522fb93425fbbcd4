import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { translateExamples } from './examples';
import { isEnglishSlip, judgeEnglish } from './model';
import { translateModule } from './module';
import type { TranslateExercise, TranslateResponse } from './schema';
import { viewModule } from './view';

const context = { lesson: {} as Lesson, ids: new Set<string>() };
const intoFrench = translateExamples[0]!.exercise;
const intoEnglish = translateExamples[2]!.exercise;

beforeAll(async () => {
  await initTestI18n();
});

describe('translate examples', () => {
  test.each(translateExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_name, example) => {
      expect(translateModule.schema.safeParse(example.exercise).success).toBe(true);
      expect(translateModule.lint(example.exercise, context)).toEqual([]);
      for (const response of example.right) {
        expect(translateModule.responseSchema.safeParse(response).success).toBe(true);
        expect(translateModule.check(example.exercise, response).result).toBe('correct');
      }
      for (const response of example.wrong) expect(translateModule.check(example.exercise, response).result).toBe('wrong');
      expect(translateModule.check(example.exercise, translateModule.solution(example.exercise)).result).toBe('correct');
      expect(translateModule.answerKey(example.exercise)).toHaveLength(1);
    },
  );
});

describe('schema', () => {
  test('the source and accepted answers must match the direction', () => {
    expect(translateModule.schema.safeParse({ ...intoFrench, source: { fr: 'La patrouille part.' } }).success).toBe(false);
    expect(translateModule.schema.safeParse({ ...intoEnglish, accept: { fr: ['x'] } }).success).toBe(false);
    expect(translateModule.schema.safeParse({ ...intoEnglish, direction: 'en-de' }).success).toBe(false);
  });
});

describe('checkTranslate into French (the answer judge)', () => {
  const result = (answer: string) => translateModule.check(intoFrench, { answer }).result;
  test('a spelling slip in a long word is a near-miss, kept as such', () => {
    const verdict = translateModule.check(intoFrench, { answer: 'La patrouile part à six heures.' });
    expect(verdict.result).toBe('near-miss');
    expect(verdict.score).toBe(1);
    expect(verdict.parts[0]).toMatchObject({ given: 'La patrouile part à six heures.', expected: 'La patrouille part à six heures.' });
    expect(verdict.parts[0]?.issues.map((issue) => issue.kind)).toEqual(['typo']);
  });
  test('a/à, a wrong article or a wrong ending is wrong', () => {
    expect(result('La patrouille part a six heures.')).toBe('wrong');
    expect(result('Le patrouille part à six heures.')).toBe('wrong');
    expect(result('La patrouille pars à six heures.')).toBe('wrong');
  });
  test('every accepted answer counts, and the closest one is shown', () => {
    const verdict = translateModule.check(intoFrench, { answer: 'la patrouille part à 6 heure' });
    expect(verdict.parts[0]?.expected).toBe('La patrouille part à 6 heures.');
  });
});

describe('judgeEnglish: lenient, never a different meaning', () => {
  const accepted = ['The convoy leaves at six o’clock.', 'The convoy leaves at six.'];
  test.each([
    ['the convoy leaves at 6', 'correct'],
    ['THE CONVOY LEAVES AT SIX!', 'correct'],
    ['The convoy leaves at 6 o clock', 'wrong'],
    ['Convoy leaves at six.', 'near-miss'],
    ['A convoy leaves at six.', 'near-miss'],
    ['At six, the convoy leaves.', 'near-miss'],
    ['The convoi leaves at six.', 'wrong'],
    ['The convoy left at six.', 'wrong'],
    ['The convoys leave at six.', 'wrong'],
    ['The convoy does not leave at six.', 'wrong'],
    ['The convoy leaves at seven.', 'wrong'],
    ['', 'wrong'],
  ])('%s → %s', (answer, expected) => {
    expect(judgeEnglish(answer, accepted).result).toBe(expected);
  });

  test('contractions, both ways and both readings', () => {
    expect(judgeEnglish("I'm a sergeant", ['I am a sergeant.']).result).toBe('correct');
    expect(judgeEnglish('I am a sergeant', ['I’m a sergeant.']).result).toBe('correct');
    expect(judgeEnglish("Don't move!", ['Do not move!']).result).toBe('correct');
    expect(judgeEnglish('You cannot go in.', ["You can't go in."]).result).toBe('correct');
    expect(judgeEnglish('We will not stay.', ["We won't stay."]).result).toBe('correct');
    expect(judgeEnglish("He's left.", ['He has left.']).result).toBe('correct');
    expect(judgeEnglish("He's here.", ['He is here.']).result).toBe('correct');
    expect(judgeEnglish("I'd like water.", ['I would like water.']).result).toBe('correct');
    expect(judgeEnglish("It's late.", ['It is late.']).result).toBe('correct');
  });

  test('a contraction without its apostrophe is a slip', () => {
    const verdict = judgeEnglish('dont move', ['Do not move!']);
    expect(verdict.result).toBe('near-miss');
    expect(verdict.issues).toEqual([{ kind: 'apostrophe', severity: 'slip', got: 'dont', expected: "don't" }]);
  });

  test('a possessive is not read as a contraction', () => {
    expect(judgeEnglish('The captain has orders.', ['The captain’s orders.']).result).toBe('wrong');
    expect(judgeEnglish('The captains orders.', ['The captain’s orders.']).result).toBe('near-miss');
  });

  test('numbers, times and spelling variants are the same words', () => {
    expect(judgeEnglish('Twenty-five soldiers are here.', ['25 soldiers are here.']).result).toBe('correct');
    expect(judgeEnglish('the 1st platoon', ['The first platoon']).result).toBe('correct');
    expect(judgeEnglish('Departure at 06.30', ['Departure at 6:30.']).result).toBe('correct');
    expect(judgeEnglish('Departure at 6h30', ['Departure at 6:30.']).result).toBe('correct');
    expect(judgeEnglish('at 7 a.m.', ['at 7am']).result).toBe('correct');
    expect(judgeEnglish('The colour of the centre', ['The color of the center']).result).toBe('correct');
    expect(judgeEnglish('Organise the defence.', ['Organize the defense.']).result).toBe('correct');
    expect(judgeEnglish('An officer', ['A officer']).result).toBe('correct');
  });

  test('one interior slip in a long word is a near-miss, with the words in the issue', () => {
    const verdict = judgeEnglish('The comander is here.', ['The commander is here.']);
    expect(verdict.result).toBe('near-miss');
    expect(verdict.issues).toEqual([{ kind: 'typo', severity: 'slip', got: 'comander', expected: 'commander' }]);
    expect(judgeEnglish('The soldeir is here.', ['The soldier is here.']).result).toBe('near-miss');
  });

  test('a compound in one or two words is a spacing slip', () => {
    expect(judgeEnglish('at the check point', ['at the checkpoint']).result).toBe('near-miss');
    expect(judgeEnglish('at the check-point', ['at the checkpoint']).issues[0]?.kind).toBe('spacing');
  });

  test('a moved block is a word-order slip only in answers of 4+ words', () => {
    expect(judgeEnglish('At six, the convoy leaves.', ['The convoy leaves at six.']).issues).toEqual([
      { kind: 'word-order', severity: 'slip' },
    ]);
    expect(judgeEnglish('Kofi call', ['Call Kofi.']).result).toBe('wrong');
  });

  test('the expected answer is the closest accepted one, as authored', () => {
    expect(judgeEnglish('The convoy leaves at six', accepted).expected).toBe('The convoy leaves at six.');
    expect(judgeEnglish('nothing like it', accepted).expected).toBe('The convoy leaves at six.');
  });
});

describe('isEnglishSlip', () => {
  test.each([
    ['comander', 'commander', true],
    ['captian', 'captain', true],
    ['sergaent', 'sergeant', true],
    ['vehicule', 'vehicle', true],
    ['light', 'night', false],
    ['arrive', 'arrived', false],
    ['soldiers', 'soldier', false],
    ['woman', 'women', false],
    ['wrote', 'write', false],
    ['chose', 'choose', false],
    ['were', 'where', false],
    ['three', 'there', false],
    ['later', 'latter', false],
    ['radio', 'ratio', false],
    ['camp', 'cump', false],
  ])('%s for %s → %s', (got, expected, slip) => {
    expect(isEnglishSlip(got, expected)).toBe(slip);
  });
});

describe('lintTranslate', () => {
  test('flags duplicate accepted answers and an accepted copy of the source', () => {
    if (intoEnglish.direction !== 'fr-en') throw new Error('example 3 translates into English');
    const exercise: TranslateExercise = {
      ...intoEnglish,
      accept: {
        en: ['The captain is not at the camp today.', "the captain isn't at the camp today", 'Le capitaine n’est pas au camp aujourd’hui.'],
      },
    };
    expect(translateModule.lint(exercise, context)).toEqual([
      { path: 'accept.en[1]', message: 'the same answer as accept.en[0] once normalised' },
      { path: 'source', message: 'copying the source sentence passes the check' },
    ]);
  });
});

function Harness({
  exercise,
  onChange,
  onSubmit,
}: {
  exercise: TranslateExercise;
  onChange: (response: TranslateResponse) => void;
  onSubmit?: () => void;
}) {
  const [response, setResponse] = useState(viewModule.emptyResponse(exercise));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.();
      }}
    >
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
    </form>
  );
}

describe('TranslateView', () => {
  test('into French: the source, a French textarea without autocorrect, Enter checks', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onSubmit = vi.fn();
    render(<Harness exercise={intoFrench} onChange={onChange} onSubmit={onSubmit} />);
    expect(screen.getByText('The patrol leaves at six o’clock.')).toHaveAttribute('lang', 'en');
    const input = screen.getByRole('textbox', { name: 'Your translation in French' });
    expect(input).toHaveAttribute('lang', 'fr');
    expect(input).toHaveAttribute('autocapitalize', 'off');
    expect(input).toHaveAttribute('autocorrect', 'off');
    expect(input).toHaveAttribute('spellcheck', 'false');
    expect(input).toHaveAccessibleDescription(/The patrol leaves at six o’clock\./);

    await user.tab();
    expect(input).toHaveFocus();
    await user.keyboard('La patrouille part à six heures.');
    expect(onChange).toHaveBeenLastCalledWith({ answer: 'La patrouille part à six heures.' });
    expect(viewModule.isAnswered(intoFrench, { answer: 'La patrouille part à six heures.' })).toBe(true);
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith({ answer: 'La patrouille part à six heures.' });
  });

  test('into English: an English textarea and the hint', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const exercise = translateExamples[3]!.exercise;
    render(<Harness exercise={exercise} onChange={onChange} />);
    expect(screen.getByText('Un véhicule a été arrêté au poste de contrôle ce matin.')).toHaveAttribute('lang', 'fr');
    expect(screen.getByText('Hint: poste de contrôle = checkpoint')).toBeInTheDocument();
    const input = screen.getByRole('textbox', { name: 'Your translation in English' });
    expect(input).toHaveAttribute('lang', 'en');
    expect(input).not.toHaveAttribute('spellcheck');
    await user.tab();
    await user.keyboard('A car');
    expect(onChange).toHaveBeenLastCalledWith({ answer: 'A car' });
  });

  test('after checking: read-only, marked in words, not by colour alone', () => {
    const response = { answer: 'Le patrouille part à six heures.' };
    const verdict = viewModule.check(intoFrench, response);
    render(<viewModule.View exercise={intoFrench} response={response} onChange={() => undefined} verdict={verdict} disabled />);
    const input = screen.getByRole('textbox');
    expect(input).toHaveAttribute('readonly');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveClass('is-wrong');
    expect(input).toHaveAccessibleDescription(/Not right/);
    expect(screen.getByText('Not right')).toBeInTheDocument();
  });

  test('the review shows the source, the answer and what was given', () => {
    const response = { answer: 'The captain is at the camp.' };
    const verdict = viewModule.check(intoEnglish, response);
    const { container } = render(<viewModule.Review exercise={intoEnglish} response={response} verdict={verdict} />);
    expect(container).toHaveTextContent(
      'Le capitaine n’est pas au camp aujourd’hui. → The captain is not at the camp today. (The captain is at the camp.)',
    );
  });

  test('empty and blank answers cannot be checked', () => {
    expect(viewModule.isAnswered(intoFrench, viewModule.emptyResponse(intoFrench))).toBe(false);
    expect(viewModule.isAnswered(intoFrench, { answer: '   ' })).toBe(false);
  });
});
