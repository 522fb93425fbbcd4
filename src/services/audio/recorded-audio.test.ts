import { describe, expect, test } from 'vitest';
import { createFakeAudio, PLAYER_SLOW_RATE } from './audio-service';
import { withRecordings, type AudioElementLike } from './recorded-audio';

function fakeElements(behaviour: 'end' | 'fail' | 'blocked' = 'end') {
  const created: Array<AudioElementLike & { url: string }> = [];
  const create = (url: string) => {
    const element: AudioElementLike & { url: string } = {
      url,
      playbackRate: 1,
      onplaying: null,
      onended: null,
      onerror: null,
      play() {
        if (behaviour === 'blocked') return Promise.reject(new DOMException('no', 'NotAllowedError'));
        if (behaviour === 'fail') return Promise.reject(new Error('decode'));
        queueMicrotask(() => {
          element.onplaying?.(new Event('playing'));
          element.onended?.(new Event('ended'));
        });
        return Promise.resolve();
      },
      pause() {},
    };
    created.push(element);
    return element;
  };
  return { created, create };
}
const urls = { create: () => 'blob:1', revoke: () => undefined };
const source = { ids: () => new Set(['v1.a']), load: (id: string) => Promise.resolve(id === 'v1.a' ? new Blob(['x']) : undefined) };

describe('recorded audio', () => {
  test('a recorded clip plays the recording, slowly at the shared slow rate with the pitch kept', async () => {
    const inner = createFakeAudio();
    const { created, create } = fakeElements();
    const audio = withRecordings(inner, source, create, urls);
    let started = false;
    expect(await audio.play('v1.a', { speed: 'slow', onStart: () => (started = true) })).toBe('ended');
    expect(started).toBe(true);
    expect(created[0]).toMatchObject({ playbackRate: PLAYER_SLOW_RATE, preservesPitch: true });
    expect(inner.played).toEqual([]);
  });

  test('other clips, and the device voice, go to the generated audio', async () => {
    const inner = createFakeAudio();
    const audio = withRecordings(inner, source, fakeElements().create, urls);
    await audio.play('v1.b');
    await audio.play('v1.a', { voice: 'device', text: 'Bonjour.' });
    expect(inner.played.map((entry) => entry.clipId)).toEqual(['v1.b', 'v1.a']);
  });

  test('a recording that cannot play falls back to the generated file', async () => {
    const inner = createFakeAudio();
    const audio = withRecordings(inner, source, fakeElements('fail').create, urls);
    expect(await audio.play('v1.a')).toBe('ended');
    expect(inner.played.map((entry) => entry.clipId)).toEqual(['v1.a']);
  });

  test('has() knows recorded clips even without a generated file', () => {
    const audio = withRecordings(createFakeAudio({ available: [] }), source, fakeElements().create, urls);
    expect(audio.has('v1.a')).toBe(true);
    expect(audio.has('v1.z')).toBe(false);
  });
});
