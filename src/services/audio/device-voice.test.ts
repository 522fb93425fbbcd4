import { describe, expect, test } from 'vitest';
import { createFakeAudio } from './audio-service';
import { DEVICE_RATES, offlineFrenchVoices, withDeviceVoice, type SpeechSynth } from './device-voice';

interface FakeUtterance {
  text: string;
  lang: string;
  rate: number;
  voice: unknown;
  onstart: (() => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
}

function fakeSynth(voices: Array<{ lang: string; localService: boolean; name: string }>) {
  const spoken: FakeUtterance[] = [];
  let cancelled = 0;
  const synth: SpeechSynth = {
    getVoices: () => voices.map((voice) => ({ ...voice, voiceURI: voice.name })),
    speak: (utterance) => {
      const fake = utterance as unknown as FakeUtterance;
      spoken.push(fake);
      fake.onstart?.();
      fake.onend?.();
    },
    cancel: () => {
      cancelled += 1;
    },
  };
  return { synth, spoken, cancelled: () => cancelled };
}

const makeUtterance = (text: string) =>
  ({ text, lang: '', rate: 1, voice: null, onstart: null, onend: null, onerror: null }) as unknown as SpeechSynthesisUtterance;

describe('device voice', () => {
  test('only offline French voices count, France French first', () => {
    const { synth } = fakeSynth([
      { lang: 'en-US', localService: true, name: 'English' },
      { lang: 'fr-CA', localService: true, name: 'Québec' },
      { lang: 'fr-FR', localService: false, name: 'Online France' },
      { lang: 'fr-FR', localService: true, name: 'France' },
    ]);
    expect(offlineFrenchVoices(synth).map((voice) => voice.name)).toEqual(['France', 'Québec']);
    expect(offlineFrenchVoices(undefined)).toEqual([]);
  });

  test('speaks the text with the device voice when chosen, slowly when asked', async () => {
    const { synth, spoken } = fakeSynth([{ lang: 'fr-FR', localService: true, name: 'France' }]);
    const inner = createFakeAudio();
    const audio = withDeviceVoice(inner, synth, makeUtterance);
    let started = false;
    const result = await audio.play('v1.x', { voice: 'device', text: 'Bonjour, sergent.', speed: 'slow', onStart: () => (started = true) });
    expect(result).toBe('ended');
    expect(started).toBe(true);
    expect(spoken[0]).toMatchObject({ text: 'Bonjour, sergent.', lang: 'fr-FR', rate: DEVICE_RATES.slow });
    expect(inner.played).toEqual([]);
  });

  test('falls back to the recordings with no offline French voice, no text, or the recorded choice', async () => {
    const none = fakeSynth([{ lang: 'fr-FR', localService: false, name: 'Online' }]);
    const inner = createFakeAudio();
    await withDeviceVoice(inner, none.synth, makeUtterance).play('v1.a', { voice: 'device', text: 'Bonjour.' });
    const french = fakeSynth([{ lang: 'fr-FR', localService: true, name: 'France' }]);
    await withDeviceVoice(inner, french.synth, makeUtterance).play('v1.b', { voice: 'device' });
    await withDeviceVoice(inner, french.synth, makeUtterance).play('v1.c', { voice: 'recorded', text: 'Merci.' });
    expect(inner.played.map((entry) => entry.clipId)).toEqual(['v1.a', 'v1.b', 'v1.c']);
    expect(french.spoken).toEqual([]);
  });

  test('a speech error is reported as blocked; an interruption as stopped', async () => {
    const voices = [{ lang: 'fr-FR', localService: true, name: 'France' }];
    for (const [error, expected] of [
      ['synthesis-failed', 'play-blocked'],
      ['interrupted', 'stopped'],
    ] as const) {
      const synth: SpeechSynth = {
        getVoices: () => voices.map((voice) => ({ ...voice, voiceURI: voice.name })),
        speak: (utterance) => (utterance as unknown as FakeUtterance).onerror?.({ error }),
        cancel: () => undefined,
      };
      const result = await withDeviceVoice(createFakeAudio(), synth, makeUtterance).play('v1.x', { voice: 'device', text: 'Oui.' });
      expect(result).toBe(expected);
    }
  });
});
