import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { createFakeAudio } from '../../services/audio/audio-service';
import { AudioContext } from '../../ui/audio-context';
import { checkRolePlay } from './check';
import { rolePlayExamples } from './examples';
import { lintRolePlay } from './lint';
import { rolePlayModule } from './module';
import { rolePlaySchema, type RolePlayExercise, type RolePlayResponse } from './schema';
import { viewModule } from './view';

const [choose, type] = rolePlayExamples as [(typeof rolePlayExamples)[number], (typeof rolePlayExamples)[number]];
const referencedIds = new Set(
  rolePlayExamples.flatMap((example) => [example.exercise.dialogueRef, ...example.exercise.lines.map((line) => line.ref)]),
);
const context = { lesson: {} as Lesson, ids: referencedIds };

/** The real lesson the first example is taken from. */
const lesson01 = JSON.parse(readFileSync(resolve(__dirname, '../../../content/vol1/unit-00/lesson-01.json'), 'utf8')) as Lesson;
const lesson01Ids = new Set([lesson01.dialogues[0]?.id ?? '', ...(lesson01.dialogues[0]?.lines.map((line) => line.id) ?? [])]);

beforeAll(async () => {
  await initTestI18n();
});

describe('role-play examples', () => {
  test.each(rolePlayExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_, example) => {
      expect(rolePlaySchema.safeParse(example.exercise).success).toBe(true);
      expect(lintRolePlay(example.exercise, context)).toEqual([]);
      for (const response of example.right) expect(checkRolePlay(example.exercise, response).result).toBe('correct');
      for (const response of example.wrong) expect(checkRolePlay(example.exercise, response).result).toBe('wrong');
      expect(checkRolePlay(example.exercise, rolePlayModule.solution(example.exercise)).result).toBe('correct');
      expect(rolePlayModule.answerKey(example.exercise).length).toBeGreaterThan(0);
    },
  );

  test('the choose example matches the real lesson it copies', () => {
    expect(lintRolePlay(choose.exercise, { lesson: lesson01, ids: lesson01Ids })).toEqual([]);
  });
});

describe('role-play check', () => {
  test('one part per learner turn; typed lines go through the judge', () => {
    const verdict = checkRolePlay(type.exercise, {
      answers: [
        "Bonjour, monsieur. Arrêtez-vous ici, s'il vous plaît.",
        "Non, c'est un controle de routine.",
        '',
        'Merci. Vous pouvez passer.',
      ],
    });
    expect(verdict.parts.map((part) => part.result)).toEqual(['correct', 'near-miss', 'wrong', 'wrong']);
    expect(verdict.parts[1]?.issues.map((issue) => issue.kind)).toEqual(['accent']);
    expect(verdict.score).toBe(0.5);
  });

  test('choose mode needs the line itself', () => {
    const verdict = checkRolePlay(choose.exercise, {
      answers: ['Bonjour, mon adjudant-chef.', "Il s'appelle Kofi Mensah. Il est sergent."],
    });
    expect(verdict.parts.map((part) => part.result)).toEqual(['correct', 'wrong', 'wrong']);
    expect(verdict.parts[1]).toMatchObject({ expected: "Je m'appelle Kofi Mensah. Je suis sergent." });
  });
});

describe('role-play lint', () => {
  const editLine = (exercise: RolePlayExercise, index: number, change: Partial<RolePlayExercise['lines'][number]>): RolePlayExercise => ({
    ...exercise,
    lines: exercise.lines.map((line, at) => (at === index ? { ...line, ...change } : line)),
  });

  test('references must exist', () => {
    const paths = lintRolePlay(choose.exercise, { lesson: {} as Lesson, ids: new Set() }).map((issue) => issue.path);
    expect(paths).toEqual(['dialogueRef', 'lines[0].ref', 'lines[1].ref', 'lines[2].ref', 'lines[3].ref', 'lines[4].ref']);
  });

  test('copies must match the lesson: text, speaker, speaker names, order', () => {
    const lessonContext = { lesson: lesson01, ids: lesson01Ids };
    expect(
      lintRolePlay(editLine(choose.exercise, 1, { fr: 'Bonjour ! Bienvenue au camp.' }), lessonContext).map((issue) => issue.path),
    ).toEqual(['lines[1].fr']);
    expect(lintRolePlay(editLine(choose.exercise, 3, { speaker: 'kofi' }), lessonContext).map((issue) => issue.path)).toContain(
      'lines[3].speaker',
    );
    const renamed = { ...choose.exercise, speakers: [{ id: 'kofi', name: 'Kofi' }, ...choose.exercise.speakers.slice(1)] };
    expect(lintRolePlay(renamed, lessonContext).map((issue) => issue.path)).toEqual(['speakers[0].name']);
    const swapped = {
      ...choose.exercise,
      lines: [choose.exercise.lines[1]!, choose.exercise.lines[0]!, ...choose.exercise.lines.slice(2)],
    };
    expect(lintRolePlay(swapped, lessonContext).map((issue) => issue.path)).toContain('lines[1].ref');
  });

  test('choose mode: options with exactly one right line, no duplicates', () => {
    const noOptions = editLine(choose.exercise, 0, { options: undefined });
    delete noOptions.lines[0]!.options;
    expect(lintRolePlay(noOptions, context).map((issue) => issue.path)).toEqual(['lines[0].options']);
    const twoRight = editLine(choose.exercise, 0, {
      options: [{ fr: 'Bonjour, mon adjudant-chef.' }, { fr: 'Bonjour, mon adjudant-chef.' }, { fr: 'Au revoir.' }],
    });
    expect(lintRolePlay(twoRight, context).map((issue) => issue.path)).toEqual(['lines[0].options', 'lines[0].options[1]']);
    const otherSpeaker = editLine(choose.exercise, 1, { options: [{ fr: 'a' }, { fr: 'b' }, { fr: 'c' }] });
    expect(lintRolePlay(otherSpeaker, context).map((issue) => issue.path)).toEqual(['lines[1]']);
  });

  test('type mode: the main accepted form is the line itself', () => {
    const changed = editLine(type.exercise, 5, { accept: { fr: ['Merci. Bonne route !'] } });
    expect(lintRolePlay(changed, context).map((issue) => issue.path)).toEqual(['lines[5].accept.fr[0]', 'lines']);
  });

  test('a role with no line, or only the learner speaking, is reported', () => {
    expect(lintRolePlay({ ...choose.exercise, role: 'amina' }, context).map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['role']),
    );
    const alone = { ...choose.exercise, lines: choose.exercise.lines.filter((line) => line.speaker === 'kofi') };
    expect(lintRolePlay(alone, context).map((issue) => issue.path)).toContain('lines');
  });
});

function Harness({ exercise, onChange }: { exercise: RolePlayExercise; onChange: (response: RolePlayResponse) => void }) {
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

describe('role-play view', () => {
  test('choose mode: the learner speaks, the instructor answers (and is heard), turn after turn', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio();
    const onChange = vi.fn();
    render(
      <AudioContext.Provider value={audio}>
        <Harness exercise={choose.exercise} onChange={onChange} />
      </AudioContext.Provider>,
    );
    expect(screen.getByText('You are Sergent Kofi Mensah.')).toBeInTheDocument();
    const log = screen.getByRole('log', { name: 'Conversation' });
    expect(within(log).queryAllByRole('listitem')).toHaveLength(0);

    const turn1 = screen.getByRole('group', { name: 'Your turn (1 of 3)' });
    expect(within(turn1).getByRole('button', { name: 'Say it' })).toBeDisabled();
    within(turn1).getByRole('radio', { name: 'Bonjour, mon adjudant-chef.' }).focus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({ answers: ['Bonjour, mon adjudant-chef.', '', ''] });
    await user.tab();
    expect(within(turn1).getByRole('button', { name: 'Say it' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(within(log).getAllByRole('listitem')).toHaveLength(2);
    expect(within(log).getByText('Bonjour ! Bienvenue au camp. Comment vous appelez-vous ?')).toHaveAttribute('lang', 'fr');
    expect(audio.played).toEqual([{ clipId: 'v1.u00.l01.d1.line02', speed: 'normal' }]);
    const turn2 = screen.getByRole('group', { name: 'Your turn (2 of 3)' });
    expect(turn2).toHaveFocus();
    expect(within(turn2).getByText('My name is Kofi Mensah. I am a sergeant.')).toBeInTheDocument();

    within(turn2).getByRole('radio', { name: "Il s'appelle Kofi Mensah. Il est sergent." }).focus();
    await user.keyboard(' ');
    await user.click(within(turn2).getByRole('button', { name: 'Say it' }));
    expect(audio.played.map((played) => played.clipId)).toEqual(['v1.u00.l01.d1.line02', 'v1.u00.l01.d1.line04']);

    const turn3 = screen.getByRole('group', { name: 'Your turn (3 of 3)' });
    within(turn3).getByRole('radio', { name: "Oui, je suis ghanéen. Je viens d'Accra." }).focus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({
      answers: ['Bonjour, mon adjudant-chef.', "Il s'appelle Kofi Mensah. Il est sergent.", "Oui, je suis ghanéen. Je viens d'Accra."],
    });
    await user.click(within(turn3).getByRole('button', { name: 'Say it' }));
    expect(screen.queryByRole('group', { name: /Your turn/ })).toBeNull();
    expect(within(log).getAllByRole('listitem')).toHaveLength(5);

    await user.click(screen.getByRole('button', { name: 'Start the conversation again' }));
    expect(onChange).toHaveBeenLastCalledWith({ answers: ['', '', ''] });
    expect(screen.getByRole('group', { name: 'Your turn (1 of 3)' })).toBeInTheDocument();
  });

  test('type mode: Enter says the line; two learner lines in a row; replay a line', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio();
    const onChange = vi.fn();
    render(
      <AudioContext.Provider value={audio}>
        <Harness exercise={type.exercise} onChange={onChange} />
      </AudioContext.Provider>,
    );
    await user.click(screen.getByLabelText('Your line'));
    await user.keyboard('Bonjour monsieur, arrêtez-vous ici{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ answers: ['Bonjour monsieur, arrêtez-vous ici', '', '', ''] });
    expect(audio.played.map((played) => played.clipId)).toEqual(['v1.u02.l03.d1.line02']);
    expect(screen.getByRole('group', { name: 'Your turn (2 of 4)' })).toHaveFocus();

    await user.click(screen.getByLabelText('Your line'));
    await user.keyboard("Non, c'est un contrôle{Enter}");
    expect(screen.getByRole('group', { name: 'Your turn (3 of 4)' })).toBeInTheDocument();
    expect(audio.played).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Listen to Monsieur Issa Traoré' }));
    expect(audio.played.map((played) => played.clipId)).toEqual(['v1.u02.l03.d1.line02', 'v1.u02.l03.d1.line02']);
  });

  test('after checking: the whole dialogue, each turn marked, the expected line where wrong', () => {
    const response = {
      answers: ['Bonjour, mon adjudant-chef.', "Il s'appelle Kofi Mensah. Il est sergent.", "Oui, je suis ghanéen. Je viens d'Accra."],
    };
    const verdict = checkRolePlay(choose.exercise, response);
    render(<viewModule.View exercise={choose.exercise} response={response} onChange={() => undefined} verdict={verdict} disabled />);
    const items = within(screen.getByRole('log')).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]?.textContent).toContain('✓');
    expect(items[2]?.textContent).toContain('✗');
    expect(items[2]?.textContent).toContain('wrong');
    expect(items[2]?.textContent).toContain("Expected: Je m'appelle Kofi Mensah. Je suis sergent.");
    expect(screen.queryByRole('group', { name: /Your turn/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Start the conversation again/ })).toBeNull();
  });

  test('a learner coming back resumes after the turns already answered', () => {
    render(
      <viewModule.View
        exercise={choose.exercise}
        response={{ answers: ['Bonjour, mon adjudant-chef.', '', ''] }}
        onChange={() => undefined}
        verdict={undefined}
        disabled={false}
      />,
    );
    expect(screen.getByRole('group', { name: 'Your turn (2 of 3)' })).toBeInTheDocument();
  });

  test('the next role-play starts at its first turn, whatever the previous one reached', () => {
    const { rerender } = render(
      <viewModule.View
        exercise={choose.exercise}
        response={{ answers: ['Bonjour, mon adjudant-chef.', '', ''] }}
        onChange={() => undefined}
        verdict={undefined}
        disabled={false}
      />,
    );
    expect(screen.getByRole('group', { name: 'Your turn (2 of 3)' })).toBeInTheDocument();
    rerender(
      <viewModule.View
        exercise={type.exercise}
        response={viewModule.emptyResponse(type.exercise)}
        onChange={() => undefined}
        verdict={undefined}
        disabled={false}
      />,
    );
    expect(screen.getByRole('group', { name: 'Your turn (1 of 4)' })).toBeInTheDocument();
  });

  test('review', () => {
    const response = { answers: ['Bonjour, mon adjudant-chef.', '', "Oui, je suis ghanéen. Je viens d'Accra."] };
    const { container } = render(
      <viewModule.Review exercise={choose.exercise} response={response} verdict={checkRolePlay(choose.exercise, response)} />,
    );
    expect(container.textContent).toContain("Je m'appelle Kofi Mensah. Je suis sergent.");
    expect(container.textContent).toContain('(—)');
  });
});
