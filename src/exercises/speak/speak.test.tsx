import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { Lesson } from '../../content/schema';
import { createFakeAudio } from '../../services/audio/audio-service';
import { AudioContext } from '../../ui/audio-context';
import { checkSpeak } from './check';
import { speakExamples } from './examples';
import { lintSpeak } from './lint';
import { speakModule } from './module';
import { speakSchema, type SpeakExercise, type SpeakResponse } from './schema';
import { viewModule } from './view';

const context = { lesson: {} as Lesson, ids: new Set(['v1.u00.l01.d1.line11']) };
const [byRef, ownClip] = speakExamples as [(typeof speakExamples)[number], (typeof speakExamples)[number]];

beforeAll(async () => {
  await initTestI18n();
});

describe('speak examples', () => {
  test.each(speakExamples.map((example) => [example.name, example] as const))(
    '%s: valid, lint-clean, right pass, wrong fail',
    (_, example) => {
      expect(speakSchema.safeParse(example.exercise).success).toBe(true);
      expect(lintSpeak(example.exercise, context)).toEqual([]);
      for (const response of example.right) expect(checkSpeak(example.exercise, response).result).toBe('correct');
      for (const response of example.wrong) expect(checkSpeak(example.exercise, response).result).toBe('wrong');
      expect(checkSpeak(example.exercise, speakModule.solution(example.exercise)).result).toBe('correct');
      expect(speakModule.answerKey(example.exercise)[0]).not.toBe('');
    },
  );
});

describe('speak check: self-assessment', () => {
  test('good is correct, close a near-miss (full credit), practice or no rating wrong; recording does not count', () => {
    expect(checkSpeak(ownClip.exercise, { rating: 'good', recorded: false })).toMatchObject({ result: 'correct', score: 1 });
    expect(checkSpeak(ownClip.exercise, { rating: 'hard', recorded: true })).toMatchObject({ result: 'near-miss', score: 1 });
    expect(checkSpeak(ownClip.exercise, { rating: 'again', recorded: true })).toMatchObject({ result: 'wrong', score: 0 });
    expect(checkSpeak(ownClip.exercise, { rating: null, recorded: true }).result).toBe('wrong');
    expect(checkSpeak(ownClip.exercise, { rating: 'good', recorded: true }).parts[0]?.expected).toBe(ownClip.exercise.audio?.fr);
  });

  test('schema: ref + transcript or audio; lint: references and clip names', () => {
    expect(speakSchema.safeParse({ ...byRef.exercise, audio: { id: 'v1.u00.l01.ex20.a1', fr: 'Bonjour.' } }).success).toBe(false);
    expect(lintSpeak(byRef.exercise, { lesson: {} as Lesson, ids: new Set() }).map((issue) => issue.path)).toEqual(['ref']);
    const foreign = { ...ownClip.exercise, audio: { id: 'v1.u01.l04.ex11.a1', fr: 'Bonjour.' } };
    expect(lintSpeak(foreign, context).map((issue) => issue.path)).toEqual(['audio.id']);
  });
});

/** A MediaRecorder stand-in: `stop()` delivers one chunk, then `onstop`. */
class FakeRecorder {
  static instances: FakeRecorder[] = [];
  state: 'inactive' | 'recording' = 'inactive';
  mimeType = 'audio/webm';
  ondataavailable: ((event: { data: Blob }) => void) | null = null;
  onstop: (() => void) | null = null;
  constructor(readonly stream: unknown) {
    FakeRecorder.instances.push(this);
  }
  start() {
    this.state = 'recording';
  }
  stop() {
    this.state = 'inactive';
    this.ondataavailable?.({ data: new Blob(['voice'], { type: 'audio/webm' }) });
    this.onstop?.();
  }
}

function mockMicrophone(getUserMedia: () => Promise<unknown>) {
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  const createObjectURL = vi.fn(() => 'blob:recording-1');
  const revokeObjectURL = vi.fn();
  Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
  Object.defineProperty(URL, 'revokeObjectURL', { value: revokeObjectURL, configurable: true });
  const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  return { createObjectURL, revokeObjectURL, play };
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'mediaDevices');
  FakeRecorder.instances = [];
});

function Harness({ exercise, onChange }: { exercise: SpeakExercise; onChange: (response: SpeakResponse) => void }) {
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

describe('speak view', () => {
  test('record, compare (model then own recording), rate; the recording is revoked on unmount', async () => {
    const user = userEvent.setup();
    const track = { stop: vi.fn() };
    const getUserMedia = vi.fn(async () => ({ getTracks: () => [track] }));
    const { revokeObjectURL, play } = mockMicrophone(getUserMedia);
    const audio = createFakeAudio();
    const onChange = vi.fn();
    const { unmount } = render(
      <AudioContext.Provider value={audio}>
        <Harness exercise={ownClip.exercise} onChange={onChange} />
      </AudioContext.Provider>,
    );
    expect(screen.getByText(ownClip.exercise.audio?.fr ?? '')).toHaveAttribute('lang', 'fr');

    screen.getByRole('button', { name: /Record myself/ }).focus();
    await user.keyboard('{Enter}');
    expect(getUserMedia).toHaveBeenCalledWith({ audio: true });
    expect(await screen.findByText(/Recording…/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Stop recording/ })).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(track.stop).toHaveBeenCalled();
    expect(onChange).toHaveBeenLastCalledWith({ rating: null, recorded: true });
    expect(screen.getByText(/Recorded\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Model, then me/ }));
    expect(audio.played).toEqual([{ clipId: 'v1.u01.l04.ex10.a1', speed: 'normal' }]);
    expect(play).toHaveBeenCalledTimes(1);

    screen.getByRole('button', { name: 'Close' }).focus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith({ rating: 'hard', recorded: true });
    expect(screen.getByRole('button', { name: /Close/ })).toHaveAttribute('aria-pressed', 'true');

    unmount();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:recording-1');
  });

  test('no MediaRecorder: says so, hides the record button, listening and rating still work', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio();
    const onChange = vi.fn();
    render(
      <AudioContext.Provider value={audio}>
        <Harness exercise={byRef.exercise} onChange={onChange} />
      </AudioContext.Provider>,
    );
    expect(screen.getByText(/This browser cannot record/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Record/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Listen$/ }));
    expect(audio.played).toEqual([{ clipId: 'v1.u00.l01.d1.line11', speed: 'normal' }]);
    await user.click(screen.getByRole('button', { name: 'Good' }));
    expect(onChange).toHaveBeenLastCalledWith({ rating: 'good', recorded: false });
  });

  test('moving on to the next speak exercise drops the recording', async () => {
    const user = userEvent.setup();
    const { revokeObjectURL } = mockMicrophone(async () => ({ getTracks: () => [{ stop: () => undefined }] }));
    const { rerender } = render(
      <viewModule.View
        exercise={byRef.exercise}
        response={{ rating: null, recorded: false }}
        onChange={() => undefined}
        verdict={undefined}
        disabled={false}
      />,
    );
    await user.click(screen.getByRole('button', { name: /Record myself/ }));
    await user.click(await screen.findByRole('button', { name: /Stop recording/ }));
    expect(screen.getByRole('button', { name: /My recording/ })).toBeInTheDocument();
    rerender(
      <viewModule.View
        exercise={ownClip.exercise}
        response={{ rating: null, recorded: false }}
        onChange={() => undefined}
        verdict={undefined}
        disabled={false}
      />,
    );
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:recording-1');
    expect(screen.queryByRole('button', { name: /My recording/ })).toBeNull();
  });

  test('permission denied and no microphone get their own message', async () => {
    const user = userEvent.setup();
    mockMicrophone(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const { unmount } = render(<Harness exercise={byRef.exercise} onChange={() => undefined} />);
    await user.click(screen.getByRole('button', { name: /Record myself/ }));
    expect(await screen.findByText(/microphone is not allowed/)).toBeInTheDocument();
    unmount();

    mockMicrophone(() => Promise.reject(new DOMException('none', 'NotFoundError')));
    render(<Harness exercise={byRef.exercise} onChange={() => undefined} />);
    await user.click(screen.getByRole('button', { name: /Record myself/ }));
    expect(await screen.findByText(/No microphone was found/)).toBeInTheDocument();
  });

  test('leaving while recording stops the recorder and the microphone', async () => {
    const track = { stop: vi.fn() };
    mockMicrophone(async () => ({ getTracks: () => [track] }));
    const { unmount } = render(<Harness exercise={byRef.exercise} onChange={() => undefined} />);
    await act(async () => {
      screen.getByRole('button', { name: /Record myself/ }).click();
    });
    expect(FakeRecorder.instances[0]?.state).toBe('recording');
    unmount();
    expect(FakeRecorder.instances[0]?.state).toBe('inactive');
    expect(track.stop).toHaveBeenCalled();
  });

  test('after checking: rating buttons disabled, self-assessment stated; review', () => {
    const response: SpeakResponse = { rating: 'again', recorded: false };
    const verdict = checkSpeak(byRef.exercise, response);
    render(<viewModule.View exercise={byRef.exercise} response={response} onChange={() => undefined} verdict={verdict} disabled />);
    expect(screen.getByRole('button', { name: /I need practice/ })).toBeDisabled();
    expect(screen.getByText(/your own assessment/)).toBeInTheDocument();
    const review = render(<viewModule.Review exercise={byRef.exercise} response={response} verdict={verdict} />);
    expect(review.container.textContent).toContain('Enchanté, mon capitaine.');
    expect(review.container.textContent).toContain('I need practice');
    expect(review.container.textContent).toContain('not recorded');
  });
});
