import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { conjugationExamples } from './examples';
import { checkConjugation } from './check';
import { answerReadings, personLabel, startsWithPronoun, withPronoun } from './model';
import { conjugationModule } from './module';
import type { ConjugationExercise, ConjugationResponse } from './schema';
import { viewModule } from './view';

const context = { lesson: {} as Lesson, ids: new Set<string>() };
const etre = conjugationExamples[0]!.exercise;
const avoir = conjugationExamples[1]!.exercise;
const arriver = conjugationExamples[2]!.exercise;

/** Parler in the present, for checks of endings in context. */
const parler: ConjugationExercise = {
  id: 'v1.u01.l04.ex02',
  type: 'conjugation',
  instructions: { en: 'Complete the table.' },
  verb: { fr: 'parler', en: 'to speak' },
  tense: { en: 'present' },
  cells: [
    { person: { fr: 'je' }, accept: { fr: ['parle'] } },
    { person: { fr: 'tu' }, accept: { fr: ['parles'] } },
    { person: { fr: 'nous' }, accept: { fr: ['parlons'] } },
  ],
};

beforeAll(async () => {
  await initTestI18n();
});

describe('conjugation examples', () => {
  test.each(conjugationExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_name, example) => {
      expect(conjugationModule.schema.safeParse(example.exercise).success).toBe(true);
      expect(conjugationModule.lint(example.exercise, context)).toEqual([]);
      for (const response of example.right) {
        expect(conjugationModule.responseSchema.safeParse(response).success).toBe(true);
        expect(conjugationModule.check(example.exercise, response).result).toBe('correct');
      }
      for (const response of example.wrong) expect(conjugationModule.check(example.exercise, response).result).toBe('wrong');
      expect(conjugationModule.check(example.exercise, conjugationModule.solution(example.exercise)).result).toBe('correct');
      expect(conjugationModule.answerKey(example.exercise)).toHaveLength(example.exercise.cells.length + 1);
    },
  );
  test('the answer key writes the pronouns, elided', () => {
    expect(conjugationModule.answerKey(avoir)).toEqual([
      'avoir — present',
      'j’ai',
      'tu as',
      'il/elle/on a',
      'nous avons',
      'vous avez',
      'ils/elles ont',
    ]);
  });
});

describe('model: elision and pronouns', () => {
  test('personLabel elides je before a vowel or h, and only je', () => {
    expect(personLabel({ fr: 'je' }, 'ai')).toBe('j’');
    expect(personLabel({ fr: 'je' }, 'habite')).toBe('j’');
    expect(personLabel({ fr: 'je' }, 'écoute')).toBe('j’');
    expect(personLabel({ fr: 'je' }, 'suis')).toBe('je');
    expect(personLabel({ fr: 'je' }, 'me lève')).toBe('je');
    expect(personLabel({ fr: 'que je' }, 'aie')).toBe('que j’');
    expect(personLabel({ fr: 'il/elle/on' }, 'a')).toBe('il/elle/on');
    expect(personLabel({ fr: 'nous' }, 'avons')).toBe('nous');
  });
  test('withPronoun joins with a space or after the apostrophe', () => {
    expect(withPronoun('je', 'ai')).toBe('j’ai');
    expect(withPronoun('je', 'suis')).toBe('je suis');
    expect(withPronoun('ils/elles', 'ont')).toBe('ils/elles ont');
  });
  test('startsWithPronoun recognises every pronoun of the person and j’', () => {
    expect(startsWithPronoun("J'ai", { fr: 'je' })).toBe(true);
    expect(startsWithPronoun('j’ai', { fr: 'je' })).toBe(true);
    expect(startsWithPronoun('je suis', { fr: 'je' })).toBe(true);
    expect(startsWithPronoun('Elle est', { fr: 'il/elle/on' })).toBe(true);
    expect(startsWithPronoun('est', { fr: 'il/elle/on' })).toBe(false);
    expect(startsWithPronoun('ils sont', { fr: 'il/elle/on' })).toBe(false);
    expect(startsWithPronoun('jai', { fr: 'je' })).toBe(false);
  });
  test('a reflexive verb: the bare form, or pronoun and form, are both right in the nous row', () => {
    const exercise = {
      id: 'v1.u02.l02.ex99',
      type: 'conjugation' as const,
      instructions: { en: 'Conjugate.' },
      verb: { fr: 'se lever', en: 'to get up' },
      tense: { en: 'present' },
      cells: [
        { person: { fr: 'je' }, accept: { fr: ['me lève'] } },
        { person: { fr: 'nous' }, accept: { fr: ['nous levons'] } },
      ],
    };
    for (const answers of [
      ['me lève', 'nous levons'],
      ['je me lève', 'nous nous levons'],
    ]) {
      expect(checkConjugation(exercise, { answers }).result).toBe('correct');
    }
    expect(checkConjugation(exercise, { answers: ['me lève', 'levons'] }).result).toBe('wrong');
  });

  test('answerReadings: with the pronoun first, then as typed', () => {
    expect(answerReadings('ai', { fr: 'je' })).toEqual(['j’ai', 'ai']);
    expect(answerReadings(' je suis ', { fr: 'je' })).toEqual(['je suis', 'je je suis']);
    expect(answerReadings('', { fr: 'je' })).toEqual(['']);
  });
});

describe('checkConjugation', () => {
  const check = (exercise: ConjugationExercise, answers: string[]) => conjugationModule.check(exercise, { answers });

  test('given cells are not parts; parts keep the cell index', () => {
    const verdict = check(etre, ['', 'es', 'est', 'sommes', 'êtes', 'sont']);
    expect(verdict.parts.map((part) => part.index)).toEqual([1, 2, 3, 4, 5]);
  });
  test('with or without the pronoun, j’ai in every spelling', () => {
    for (const answer of ['ai', "j'ai", 'j’ai', "J'ai", 'J’AI']) {
      expect(check(avoir, [answer, 'as', 'a', '', 'avez', 'ont']).parts[0]?.result).toBe('correct');
    }
  });
  test('feedback reads with the pronoun', () => {
    const part = check(avoir, ['ai', 'a', 'a', '', 'avez', 'ont']).parts[1];
    expect(part).toMatchObject({ index: 1, result: 'wrong', given: 'tu a', expected: 'tu as' });
  });
  test('je ai is an elision slip, jai an apostrophe slip: near-misses', () => {
    const verdict = check(avoir, ['je ai', 'as', 'a', '', 'avez', 'ont']);
    expect(verdict.result).toBe('near-miss');
    expect(verdict.score).toBe(1);
    expect(verdict.parts[0]?.issues.map((issue) => issue.kind)).toEqual(['elision']);
    expect(check(avoir, ['jai', 'as', 'a', '', 'avez', 'ont']).parts[0]).toMatchObject({ result: 'near-miss', given: 'jai' });
  });
  test('a missing accent is a slip, a wrong ending is wrong', () => {
    expect(check(etre, ['', 'es', 'est', 'sommes', 'etes', 'sont']).result).toBe('near-miss');
    expect(check(parler, ['parles', 'parles', 'parlons']).parts[0]?.result).toBe('wrong');
    expect(check(parler, ['parle', 'parle', 'parlons']).parts[1]?.result).toBe('wrong');
    expect(check(parler, ['parle', 'parles', 'parlez']).parts[2]?.result).toBe('wrong');
  });
  test('the verb is judged in context: je parlé is a wrong ending, not an accent slip', () => {
    expect(check(parler, ['parlé', 'parles', 'parlons']).parts[0]?.result).toBe('wrong');
    expect(check(arriver, ['suis arrive', 'es arrivé', '', 'est arrivée', 'sommes arrivés', 'sont arrivés']).parts[0]?.result).toBe(
      'wrong',
    );
  });
  test('another person’s pronoun is wrong', () => {
    expect(check(etre, ['', 'es', 'est', 'sommes', 'êtes', 'ils sont']).result).toBe('correct');
    expect(check(etre, ['', 'es', 'ils est', 'sommes', 'êtes', 'sont']).parts[1]?.result).toBe('wrong');
  });
  test('agreement: every accepted form counts, a missing agreement is wrong', () => {
    const answers = ['suis arrivée', 'tu es arrivé', '', 'elle est arrivée', 'sommes arrivées', 'ils sont arrivés'];
    expect(check(arriver, answers).result).toBe('correct');
    expect(
      check(
        arriver,
        answers.map((answer, index) => (index === 3 ? 'est arrivé' : answer)),
      ).parts[2]?.result,
    ).toBe('wrong');
  });
  test('a partly right table scores the share of right cells', () => {
    const verdict = check(etre, ['', 'es', 'est', 'sommes', 'êtes', 'sommes']);
    expect(verdict.result).toBe('wrong');
    expect(verdict.score).toBe(0.8);
  });
});

describe('lintConjugation', () => {
  test('flags a table with nothing asked and duplicate persons', () => {
    const allGiven: ConjugationExercise = { ...parler, cells: parler.cells.map((cell) => ({ ...cell, given: true })) };
    expect(conjugationModule.lint(allGiven, context)).toEqual([{ path: 'cells', message: 'every cell is given: nothing is asked' }]);
    const duplicate: ConjugationExercise = { ...parler, cells: [...parler.cells, { person: { fr: 'Je' }, accept: { fr: ['parle'] } }] };
    expect(conjugationModule.lint(duplicate, context)).toEqual([{ path: 'cells[3].person', message: 'duplicate person "je"' }]);
  });
  test('flags another person’s form that the judge would let through', () => {
    const sloppy: ConjugationExercise = {
      ...parler,
      cells: [
        { person: { fr: 'vous' }, accept: { fr: ['êtes'] } },
        { person: { fr: 'nous' }, accept: { fr: ['etes'] } },
      ],
    };
    expect(conjugationModule.lint(sloppy, context)).toEqual([
      { path: 'cells[0].accept', message: 'the form of "nous" ("etes") is not marked wrong for "vous" (near-miss)' },
      { path: 'cells[1].accept', message: 'the form of "vous" ("êtes") is not marked wrong for "nous" (near-miss)' },
    ]);
  });
});

function Harness({ exercise, onChange }: { exercise: ConjugationExercise; onChange: (response: ConjugationResponse) => void }) {
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

describe('ConjugationView', () => {
  test('a table captioned by verb and tense, one input per asked person, j’ before a vowel', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness exercise={avoir} onChange={onChange} />);
    const table = screen.getByRole('table', { name: 'avoir (to have) — present' });
    expect(within(table).getAllByRole('textbox')).toHaveLength(5);
    const je = screen.getByRole('textbox', { name: 'j’' });
    expect(je).toHaveAttribute('lang', 'fr');
    expect(je).toHaveAttribute('autocapitalize', 'off');
    expect(je).toHaveAttribute('spellcheck', 'false');
    // The given cell is a model, shown filled and not asked.
    expect(screen.getByText('avons')).toBeInTheDocument();
    expect(screen.getByText('(example)')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'nous' })).toBeNull();

    await user.tab();
    expect(je).toHaveFocus();
    await user.keyboard('ai');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'tu' })).toHaveFocus();
    await user.keyboard('as');
    await user.tab();
    await user.keyboard('a');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'vous' })).toHaveFocus();
    await user.keyboard('avez');
    await user.tab();
    await user.keyboard('ont');
    expect(onChange).toHaveBeenLastCalledWith({ answers: ['ai', 'as', 'a', '', 'avez', 'ont'] });
    expect(viewModule.isAnswered(avoir, { answers: ['ai', 'as', 'a', '', 'avez', 'ont'] })).toBe(true);
    expect(viewModule.isAnswered(avoir, { answers: ['ai', 'as', '', '', 'avez', 'ont'] })).toBe(false);
  });

  test('after checking: read-only inputs, a written mark per row and the expected form', () => {
    const response = { answers: ['ai', 'a', 'a', '', 'avez', 'ont'] };
    const verdict = viewModule.check(avoir, response);
    render(<viewModule.View exercise={avoir} response={response} onChange={() => undefined} verdict={verdict} disabled />);
    const tu = screen.getByRole('textbox', { name: 'tu' });
    expect(tu).toHaveAttribute('readonly');
    expect(tu).toHaveAttribute('aria-invalid', 'true');
    expect(tu).toHaveAccessibleDescription('Not right Answer: tu as');
    expect(screen.getByRole('textbox', { name: 'j’' })).toHaveAccessibleDescription('Right');
    expect(screen.getAllByText('Right')).toHaveLength(4);
  });

  test('the review lists the forms with what was given', () => {
    const response = { answers: ['ai', 'a', 'a', '', 'avez', 'ont'] };
    const verdict = viewModule.check(avoir, response);
    const { container } = render(<viewModule.Review exercise={avoir} response={response} verdict={verdict} />);
    expect(container).toHaveTextContent('avoir (to have) — present');
    expect(container).toHaveTextContent('tu as (tu a)');
    expect(container).toHaveTextContent('j’ai');
  });
});
