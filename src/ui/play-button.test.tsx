import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../tests/helpers/i18n';
import { createFakeAudio, type AudioService } from '../services/audio/audio-service';
import { AudioContext } from './audio-context';
import { AudioPreferencesProvider } from './audio-preferences';
import { AudioToolbar, PlayAllButton, PlayButton } from './play-button';

beforeAll(async () => {
  await initTestI18n();
});

function renderWith(audio: AudioService, ui: ReactNode) {
  return render(
    <AudioContext.Provider value={audio}>
      <AudioPreferencesProvider>{ui}</AudioPreferencesProvider>
    </AudioContext.Provider>,
  );
}

/** An audio service whose clips play until the test ends them. */
function controllableAudio() {
  const pending: Array<{ clipId: string; speed: string; resolve: (result: 'ended' | 'stopped') => void }> = [];
  const audio: AudioService = {
    has: () => true,
    play: (clipId, options = {}) =>
      new Promise((resolve) => {
        for (const other of pending.splice(0)) other.resolve('stopped');
        pending.push({ clipId, speed: options.speed ?? 'normal', resolve });
        options.onStart?.();
      }),
    stop: vi.fn(() => {
      for (const other of pending.splice(0)) other.resolve('stopped');
    }),
  };
  return { audio, pending };
}

describe('PlayButton', () => {
  test('with a caption: a normal and a slow button side by side, each saying what it plays', async () => {
    const user = userEvent.setup();
    const { audio, pending } = controllableAudio();
    renderWith(
      audio,
      <p>
        <PlayButton clipId="gl.radio-signals.0001" speed="normal" caption />
        <PlayButton clipId="gl.radio-signals.0001" speed="slow" caption />
      </p>,
    );
    const normal = screen.getByRole('button', { name: 'Listen' });
    const slow = screen.getByRole('button', { name: 'Listen slowly' });
    expect(normal).toHaveTextContent('Listen');
    expect(slow).toHaveTextContent('Slowly');
    await user.click(slow);
    expect(pending.map((clip) => clip.speed)).toEqual(['slow']);
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveTextContent('Stop');
    act(() => pending[0]?.resolve('ended'));
    expect(await screen.findByRole('button', { name: 'Listen slowly' })).toHaveTextContent('Slowly');
  });

  test('a Listen button described by the French text; a click plays the clip at normal speed', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio();
    renderWith(
      audio,
      <p>
        <PlayButton clipId="v1.u00.l01.d1.line01" describedBy="text" />
        <span id="text" lang="fr">
          Bonjour, mon adjudant-chef.
        </span>
      </p>,
    );
    const button = screen.getByRole('button', { name: 'Listen' });
    expect(button).toHaveAccessibleDescription('Bonjour, mon adjudant-chef.');
    await user.click(button);
    expect(audio.played).toEqual([{ clipId: 'v1.u00.l01.d1.line01', speed: 'normal' }]);
  });

  test('the Slow audio switch makes every button "Listen slowly" and plays the slow clip', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio();
    renderWith(
      audio,
      <>
        <AudioToolbar clipIds={['a', 'b']} />
        <PlayButton clipId="a" />
        <PlayButton clipId="b" />
      </>,
    );
    expect(screen.getByText(/Shift\+Enter to listen slowly/)).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Slow audio' }));
    const buttons = screen.getAllByRole('button', { name: 'Listen slowly' });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[1]!);
    expect(audio.played).toEqual([{ clipId: 'b', speed: 'slow' }]);
  });

  test('keyboard: Enter plays, Shift+Enter plays slowly', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio();
    renderWith(audio, <PlayButton clipId="a" />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Listen' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(audio.played).toEqual([
      { clipId: 'a', speed: 'normal' },
      { clipId: 'a', speed: 'slow' },
    ]);
  });

  test('while playing it becomes Stop; pressing it or Escape stops', async () => {
    const user = userEvent.setup();
    const { audio, pending } = controllableAudio();
    renderWith(audio, <PlayButton clipId="a" />);
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    const stop = await screen.findByRole('button', { name: 'Stop' });
    await user.click(stop);
    expect(audio.stop).toHaveBeenCalledTimes(1);
    await screen.findByRole('button', { name: 'Listen' });

    await user.click(screen.getByRole('button', { name: 'Listen' }));
    await screen.findByRole('button', { name: 'Stop' });
    await user.keyboard('{Escape}');
    expect(audio.stop).toHaveBeenCalledTimes(2);
    await screen.findByRole('button', { name: 'Listen' });
    expect(pending).toHaveLength(0);
  });

  test('no audio for the clip: no button at all', () => {
    renderWith(createFakeAudio({ available: ['other'] }), <PlayButton clipId="a" />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  test.each([
    ['missing', 'Audio not available for this line.'],
    ['load-failed', 'Audio not available for this line (no connection?).'],
    ['play-blocked', 'The browser did not start the audio: press Listen again.'],
  ] as const)('a clip that fails (%s) says so in a live region, and the message clears on the next try', async (kind, message) => {
    const user = userEvent.setup();
    const play = vi.fn<AudioService['play']>().mockResolvedValueOnce(kind).mockResolvedValue('ended');
    renderWith({ has: () => true, stop: () => undefined, play }, <PlayButton clipId="a" />);
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    expect(await screen.findByRole('status')).toHaveTextContent(message);
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  test('leaving the screen while playing stops the audio', async () => {
    const user = userEvent.setup();
    const { audio } = controllableAudio();
    const { unmount } = renderWith(audio, <PlayButton clipId="a" />);
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    await screen.findByRole('button', { name: 'Stop' });
    unmount();
    expect(audio.stop).toHaveBeenCalled();
  });
});

describe('PlayAllButton', () => {
  test('plays every clip in order, reporting the one being played', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio({ missing: ['b'] });
    const current = vi.fn();
    renderWith(audio, <PlayAllButton clipIds={['a', 'b', 'c']} onCurrentChange={current} />);
    await user.click(screen.getByRole('button', { name: 'Play the whole dialogue' }));
    expect(audio.played.map((p) => p.clipId)).toEqual(['a', 'c']);
    expect(current.mock.calls).toEqual([['a'], ['c'], [undefined]]);
  });

  test('pressing it again (Stop the dialogue) stops the run', async () => {
    const user = userEvent.setup();
    const { audio, pending } = controllableAudio();
    const current = vi.fn();
    renderWith(audio, <PlayAllButton clipIds={['a', 'b', 'c']} onCurrentChange={current} />);
    await user.click(screen.getByRole('button', { name: 'Play the whole dialogue' }));
    const stop = await screen.findByRole('button', { name: 'Stop the dialogue', pressed: true });
    await act(async () => pending[0]!.resolve('ended'));
    expect(pending.map((p) => p.clipId)).toEqual(['b']);
    await user.click(stop);
    await screen.findByRole('button', { name: 'Play the whole dialogue', pressed: false });
    expect(current.mock.calls).toEqual([['a'], ['b'], [undefined]]);
  });

  test('uses the slow clips when Slow audio is on, and renders nothing without audio', async () => {
    const user = userEvent.setup();
    const audio = createFakeAudio();
    renderWith(
      audio,
      <>
        <AudioToolbar clipIds={['a']} />
        <PlayAllButton clipIds={['a', 'b']} onCurrentChange={() => undefined} />
      </>,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Slow audio' }));
    await user.click(screen.getByRole('button', { name: 'Play the whole dialogue' }));
    expect(audio.played).toEqual([
      { clipId: 'a', speed: 'slow' },
      { clipId: 'b', speed: 'slow' },
    ]);
  });

  test('toolbar and play-all render nothing when no clip has audio', () => {
    const { container } = renderWith(
      createFakeAudio({ available: [] }),
      <>
        <AudioToolbar clipIds={['a']} />
        <PlayAllButton clipIds={['a']} onCurrentChange={() => undefined} />
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
