import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { createFakeAudio } from '../../services/audio/audio-service';
import { AudioContext } from '../../ui/audio-context';
import { checkMinimalPairs } from './check';
import { minimalPairsExamples } from './examples';
import { lintMinimalPairs } from './lint';
import { soundKey } from './model';
import { minimalPairsModule } from './module';
import { minimalPairsSchema, type MinimalPairsExercise, type MinimalPairsResponse } from './schema';
import { viewModule } from './view';

const context = { lesson: {} as Lesson, ids: new Set<string>() };
const [vowels, nasals] = minimalPairsExamples as [(typeof minimalPairsExamples)[number], (typeof minimalPairsExamples)[number]];

beforeAll(async () => {
  await initTestI18n();
});

/** The first example with item 0 replaced. */
const withFirstItem = (item: MinimalPairsExercise['items'][number]): MinimalPairsExercise => ({
  ...vowels.exercise,
  items: [item, ...vowels.exercise.items.slice(1)],
});

describe('minimal-pairs examples', () => {
  test.each(minimalPairsExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_, example) => {
      expect(minimalPairsSchema.safeParse(example.exercise).success).toBe(true);
      expect(lintMinimalPairs(example.exercise, context)).toEqual([]);
      for (const response of example.right) expect(checkMinimalPairs(example.exercise, response).result).toBe('correct');
      for (const response of example.wrong) expect(checkMinimalPairs(example.exercise, response).result).toBe('wrong');
      expect(checkMinimalPairs(example.exercise, minimalPairsModule.solution(example.exercise)).result).toBe('correct');
      expect(minimalPairsModule.answerKey(example.exercise)).toHaveLength(example.exercise.items.length);
    },
  );
});

describe('minimal-pairs check', () => {
  test('one part per item; partial answers score the items heard right', () => {
    const verdict = checkMinimalPairs(vowels.exercise, { answers: [1, 1, null, 0] });
    expect(verdict.parts.map((part) => part.result)).toEqual(['correct', 'wrong', 'wrong', 'correct']);
    expect(verdict.parts[1]).toMatchObject({ given: 'les postes', expected: 'le poste' });
    expect(verdict.parts[2]).toMatchObject({ given: '', expected: 'la roue' });
    expect(verdict.score).toBe(0.5);
  });
});

describe('minimal-pairs lint', () => {
  test('homophones are not minimal pairs', () => {
    const issues = lintMinimalPairs(
      withFirstItem({ audio: { id: 'v1.u03.l02.ex05.a1', fr: 'vingt' }, options: { fr: ['vingt', 'vin'] }, answer: 0 }),
      context,
    );
    expect(issues).toEqual([
      { path: 'items[0].options.fr[1]', message: '"vingt" and "vin" sound the same: homophones are not minimal pairs' },
    ]);
  });

  test('the sound key keeps real pairs apart and catches common homophones', () => {
    for (const [a, b] of [
      ['le', 'les'],
      ['dessus', 'dessous'],
      ['poisson', 'poison'],
      ['la rue', 'la roue'],
      ['le poste', 'les postes'],
      ['vingt', 'vent'],
      ['bain', 'bon'],
      ['est', 'et'],
      ['petit', 'petite'],
    ] as const) {
      expect(soundKey(a), `${a} / ${b}`).not.toBe(soundKey(b));
    }
    for (const [a, b] of [
      ['vingt', 'vin'],
      ['vert', 'vers'],
      ['sont', 'son'],
      ['a', 'à'],
      ['ou', 'où'],
      ['part', 'par'],
      ['belle', 'belles'],
    ] as const) {
      expect(soundKey(a), `${a} / ${b}`).toBe(soundKey(b));
    }
  });

  test('the clip must say the right option; options must differ; the answer must exist', () => {
    const said = lintMinimalPairs(
      withFirstItem({ audio: { id: 'v1.u03.l02.ex05.a1', fr: 'dessus' }, options: { fr: ['dessus', 'dessous'] }, answer: 1 }),
      context,
    );
    expect(said.map((issue) => issue.path)).toEqual(['items[0].audio.fr']);
    const twice = lintMinimalPairs(
      withFirstItem({ audio: { id: 'v1.u03.l02.ex05.a1', fr: 'dessus' }, options: { fr: ['dessus', 'Dessus'] }, answer: 0 }),
      context,
    );
    expect(twice.map((issue) => issue.path)).toEqual(['items[0].options.fr[1]']);
    const outOfRange = lintMinimalPairs(
      withFirstItem({ audio: { id: 'v1.u03.l02.ex05.a1', fr: 'dessus' }, options: { fr: ['dessus', 'dessous'] }, answer: 2 }),
      context,
    );
    expect(outOfRange.map((issue) => issue.path)).toContain('items[0].answer');
  });

  test('clips are named after the exercise and used once', () => {
    const issues = lintMinimalPairs(
      withFirstItem({ audio: { id: 'v1.u03.l02.ex05.a2', fr: 'dessous' }, options: { fr: ['dessus', 'dessous'] }, answer: 1 }),
      context,
    );
    expect(issues.map((issue) => issue.path)).toEqual(['items[1].audio.id']);
    const foreign = lintMinimalPairs(
      withFirstItem({ audio: { id: 'v1.u03.l02.ex06.a1', fr: 'dessous' }, options: { fr: ['dessus', 'dessous'] }, answer: 1 }),
      context,
    );
    expect(foreign.map((issue) => issue.path)).toEqual(['items[0].audio.id']);
  });

  test('the same answer position everywhere is reported', () => {
    const items = vowels.exercise.items.map((item) => ({ ...item, answer: 0, audio: { ...item.audio, fr: item.options.fr[0] ?? '' } }));
    expect(lintMinimalPairs({ ...vowels.exercise, items }, context).map((issue) => issue.path)).toEqual(['items']);
  });

  test('3 to 8 items, 2 or 3 options', () => {
    expect(minimalPairsSchema.safeParse({ ...vowels.exercise, items: vowels.exercise.items.slice(0, 2) }).success).toBe(false);
    expect(
      minimalPairsSchema.safeParse(
        withFirstItem({ audio: { id: 'v1.u03.l02.ex05.a1', fr: 'dessus' }, options: { fr: ['dessus'] }, answer: 0 }),
      ).success,
    ).toBe(false);
  });
});

function Harness({ exercise, onChange }: { exercise: MinimalPairsExercise; onChange: (response: MinimalPairsResponse) => void }) {
  const [response, setResponse] = useState(viewModule.emptyResponse(exercise));
  return (
    <viewModule.View
      exercise={exercise}
      response={response}
      onChange={(next) => {
        onChange(next);
        setResponse(next);
      }}
      verdict={undefined}
      disabled={false}
    />
  );
}

describe('minimal-pairs view', () => {
  test('each item plays its own clip; choosing reports the option index', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio();
    const onChange = vi.fn();
    render(
      <AudioContext.Provider value={audio}>
        <Harness exercise={nasals.exercise} onChange={onChange} />
      </AudioContext.Provider>,
    );
    const second = screen.getByRole('group', { name: 'Listen to word 2' });
    (second.querySelector('button') as HTMLButtonElement).focus();
    await user.keyboard('{Enter}');
    expect(audio.played).toEqual([{ clipId: 'v1.u01.l05.ex07.a2', speed: 'normal' }]);
    await user.tab();
    await user.keyboard('{Enter}');
    expect(audio.played[1]).toEqual({ clipId: 'v1.u01.l05.ex07.a2', speed: 'slow' });

    const group = screen.getByRole('group', { name: 'Word 2 of 3' });
    const bon = Array.from(group.querySelectorAll('input')).find((input) => input.value === '2') as HTMLInputElement;
    bon.focus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({ answers: [null, 2, null] });
    expect(screen.getByRole('radio', { name: 'bon' })).toBeChecked();
  });

  test('missing audio is said once, not per item', () => {
    render(
      <AudioContext.Provider value={createFakeAudio({ available: [] })}>
        <viewModule.View
          exercise={vowels.exercise}
          response={viewModule.emptyResponse(vowels.exercise)}
          onChange={() => undefined}
          verdict={undefined}
          disabled={false}
        />
      </AudioContext.Provider>,
    );
    expect(screen.getAllByText(/not available on this device/)).toHaveLength(1);
  });

  test('after checking: each item marked, options read-only, listening still possible', () => {
    const response = { answers: [0, 2, 1] };
    const verdict = checkMinimalPairs(nasals.exercise, response);
    render(
      <AudioContext.Provider value={createFakeAudio()}>
        <viewModule.View exercise={nasals.exercise} response={response} onChange={() => undefined} verdict={verdict} disabled />
      </AudioContext.Provider>,
    );
    expect(screen.getByRole('group', { name: /Word 1 of 3.*right/ })).toBeInTheDocument();
    expect(screen.getAllByText('this is what was said')).toHaveLength(3);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getAllByRole('button', { name: /Listen/ })[0]).toBeEnabled();
  });

  test('review lists each item', () => {
    const response = { answers: [1, 2, 1] };
    const { container } = render(
      <viewModule.Review exercise={nasals.exercise} response={response} verdict={checkMinimalPairs(nasals.exercise, response)} />,
    );
    expect(container.textContent).toContain('vingt');
    expect(container.textContent).toContain('(vent)');
  });
});
