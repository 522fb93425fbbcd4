import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { createFakeAudio, type AudioService } from '../../services/audio/audio-service';
import { AudioContext } from '../../ui/audio-context';
import { clipSource, isOwnClipId, lessonFrench, sameWords } from './audio';
import { checkListenChoose } from './check';
import { listenChooseExamples } from './examples';
import { lintListenChoose } from './lint';
import { listenChooseModule } from './module';
import { listenChooseSchema, type ListenChooseExercise, type ListenChooseResponse } from './schema';
import { viewModule } from './view';

const ids = new Set(['v1.u02.l03.d1.line04']);
const context = { lesson: {} as Lesson, ids };
const [byRef, ownClip] = listenChooseExamples as [(typeof listenChooseExamples)[number], (typeof listenChooseExamples)[number]];

beforeAll(async () => {
  await initTestI18n();
});

function Harness({
  exercise,
  onChange,
  audio,
}: {
  exercise: ListenChooseExercise;
  onChange: (response: ListenChooseResponse) => void;
  audio: AudioService;
}) {
  const [response, setResponse] = useState(viewModule.emptyResponse(exercise));
  return (
    <AudioContext.Provider value={audio}>
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
    </AudioContext.Provider>
  );
}

describe('listen-choose examples', () => {
  test.each(listenChooseExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_, example) => {
      expect(listenChooseSchema.safeParse(example.exercise).success).toBe(true);
      expect(lintListenChoose(example.exercise, context)).toEqual([]);
      for (const response of example.right) expect(checkListenChoose(example.exercise, response).result).toBe('correct');
      for (const response of example.wrong) expect(checkListenChoose(example.exercise, response).result).toBe('wrong');
      expect(checkListenChoose(example.exercise, listenChooseModule.solution(example.exercise)).result).toBe('correct');
      expect(listenChooseModule.answerKey(example.exercise).length).toBeGreaterThan(0);
    },
  );
});

describe('listen-choose schema and lint', () => {
  test('needs either ref (+ transcript) or audio, not both', () => {
    const { transcript: _t, ref: _r, ...bare } = byRef.exercise;
    expect(listenChooseSchema.safeParse(bare).success).toBe(false);
    expect(listenChooseSchema.safeParse({ ...byRef.exercise, audio: { id: 'v1.u02.l03.ex04.a1', fr: 'Bonjour.' } }).success).toBe(false);
    const { transcript: _transcript, ...noTranscript } = byRef.exercise;
    expect(listenChooseSchema.safeParse(noTranscript).success).toBe(false);
    expect(listenChooseSchema.safeParse({ ...ownClip.exercise, transcript: { fr: 'Bonjour.' } }).success).toBe(false);
  });

  test('a missing reference is reported', () => {
    expect(lintListenChoose(byRef.exercise, { lesson: {} as Lesson, ids: new Set() })).toEqual([
      { path: 'ref', message: 'reference to a missing line or item "v1.u02.l03.d1.line04"' },
    ]);
  });

  test('the transcript must match the lesson’s line when the lesson is at hand', () => {
    const lesson = {
      dialogues: [
        {
          id: 'v1.u02.l03.d1',
          lines: [{ id: 'v1.u02.l03.d1.line04', speaker: 'costa', text: { fr: 'Vos papiers, s’il vous plaît !', en: 'x' } }],
        },
      ],
    } as unknown as Lesson;
    expect(lintListenChoose(byRef.exercise, { lesson, ids })).toEqual([]);
    const changed = { ...byRef.exercise, transcript: { fr: 'Votre passeport, s’il vous plaît.' } };
    expect(lintListenChoose(changed, { lesson, ids }).map((issue) => issue.path)).toEqual(['transcript.fr']);
  });

  test('an own clip must be named after the exercise', () => {
    const exercise = { ...ownClip.exercise, audio: { id: 'v1.u01.l04.ex07.a1', fr: 'Ici Alpha 2.' } };
    expect(lintListenChoose(exercise, context).map((issue) => issue.path)).toEqual(['audio.id']);
    expect(isOwnClipId('v1.u01.l04.ex06', 'v1.u01.l04.ex06.a2')).toBe(true);
    expect(isOwnClipId('v1.u01.l04.ex06', 'v1.u01.l04.ex06x.a2')).toBe(false);
  });

  test('answer ids, duplicate options and all-right keys are reported', () => {
    const exercise: ListenChooseExercise = {
      ...ownClip.exercise,
      options: [
        { id: 'a', text: { fr: 'Oui.' } },
        { id: 'b', text: { fr: 'oui.' } },
      ],
      answer: ['a', 'b', 'z'],
    };
    const paths = lintListenChoose(exercise, context).map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['answer[2]', 'options[1].text', 'answer']));
  });

  test('helpers: lesson text lookup, same words, clip source', () => {
    const lesson = { vocabulary: [{ id: 'v1.u00.l01.v01', term: { fr: 'le poste', en: 'post' } }] } as unknown as Lesson;
    expect(lessonFrench(lesson, 'v1.u00.l01.v01')).toBe('le poste');
    expect(lessonFrench({} as Lesson, 'v1.u00.l01.v01')).toBeUndefined();
    expect(sameWords('Vos papiers, s’il vous plaît.', "vos papiers s'il vous plaît")).toBe(false);
    expect(sameWords('Vos papiers, s’il vous plaît.', "Vos papiers s'il vous plaît !")).toBe(true);
    expect(clipSource(byRef.exercise)).toEqual({
      clipId: 'v1.u02.l03.d1.line04',
      fr: 'Vos papiers, s’il vous plaît.',
      en: 'Your papers, please.',
    });
    expect(clipSource(ownClip.exercise)?.clipId).toBe('v1.u01.l04.ex06.a1');
  });
});

describe('listen-choose view', () => {
  test('plays the line (normal and slow) and reports the choice, without showing the French', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio();
    const onChange = vi.fn();
    render(<Harness exercise={byRef.exercise} onChange={onChange} audio={audio} />);
    expect(screen.queryByText('Vos papiers, s’il vous plaît.')).toBeNull();

    screen.getByRole('button', { name: /^Listen$/ }).focus();
    await user.keyboard('{Enter}');
    await user.tab();
    await user.keyboard(' ');
    expect(audio.played).toEqual([
      { clipId: 'v1.u02.l03.d1.line04', speed: 'normal' },
      { clipId: 'v1.u02.l03.d1.line04', speed: 'slow' },
    ]);

    screen.getByRole('radio', { name: 'Your name, please.' }).focus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({ selected: ['b'] });
    expect(screen.queryByText('Vos papiers, s’il vous plaît.')).toBeNull();
  });

  test('after checking: marks, and the transcript appears', async () => {
    const verdict = checkListenChoose(byRef.exercise, { selected: ['b'] });
    render(
      <viewModule.View exercise={byRef.exercise} response={{ selected: ['b'] }} onChange={() => undefined} verdict={verdict} disabled />,
    );
    expect(screen.getByText('Vos papiers, s’il vous plaît.')).toHaveAttribute('lang', 'fr');
    expect(screen.getByText(/right answer/)).toBeInTheDocument();
    expect(screen.getByText(/your choice/)).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
  });

  test('a French option list: options carry lang="fr"', () => {
    render(
      <viewModule.View
        exercise={ownClip.exercise}
        response={{ selected: [] }}
        onChange={() => undefined}
        verdict={undefined}
        disabled={false}
      />,
    );
    expect(screen.getByText('Ici Alpha 12, je vous reçois cinq sur cinq.')).toHaveAttribute('lang', 'fr');
  });

  test('without audio in the build, says so; a blocked clip explains what to do', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <AudioContext.Provider value={createFakeAudio({ missing: ['v1.u01.l04.ex06.a1'] })}>
        <viewModule.View
          exercise={ownClip.exercise}
          response={{ selected: [] }}
          onChange={() => undefined}
          verdict={undefined}
          disabled={false}
        />
      </AudioContext.Provider>,
    );
    expect(screen.getByText(/not available on this device/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Listen/ })).toBeNull();
    unmount();

    const blocked: AudioService = { play: async () => 'play-blocked', stop: () => undefined, has: () => true };
    render(
      <AudioContext.Provider value={blocked}>
        <viewModule.View
          exercise={ownClip.exercise}
          response={{ selected: [] }}
          onChange={() => undefined}
          verdict={undefined}
          disabled={false}
        />
      </AudioContext.Provider>,
    );
    await user.click(screen.getByRole('button', { name: /^Listen$/ }));
    expect(await screen.findByText(/blocked the sound/)).toBeInTheDocument();
  });

  test('review shows the French heard and the answer', () => {
    const verdict = checkListenChoose(byRef.exercise, { selected: ['c'] });
    const { container } = render(<viewModule.Review exercise={byRef.exercise} response={{ selected: ['c'] }} verdict={verdict} />);
    expect(container.textContent).toContain('Vos papiers');
    expect(container.textContent).toContain('Your papers, please.');
    expect(container.textContent).toContain('Open the boot, please.');
  });
});
