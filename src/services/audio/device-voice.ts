/**
 * The device's own French voice (Web Speech API), offered instead of the bundled recordings where
 * the browser has an offline one: some learners prefer it, and it can voice text that has no file.
 * Only voices marked `localService` are used, so it works with no network.
 */
import type { AudioErrorKind, AudioService, AudioSpeed } from './audio-service';

/** The part of `speechSynthesis` used here (a fake in tests). */
export interface SpeechSynth {
  getVoices(): ReadonlyArray<Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'name' | 'voiceURI'>>;
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

/** Offline French voices on this device, best first (France French, then other French). */
export function offlineFrenchVoices(synth: SpeechSynth | undefined): Array<Pick<SpeechSynthesisVoice, 'lang' | 'name' | 'voiceURI'>> {
  if (!synth) return [];
  return synth
    .getVoices()
    .filter((voice) => voice.localService && /^fr([-_]|$)/i.test(voice.lang))
    .sort((a, b) => Number(/^fr[-_]FR/i.test(b.lang)) - Number(/^fr[-_]FR/i.test(a.lang)));
}

/** Speaking rate of the device voice: slow is about two thirds of normal, like the slow files. */
export const DEVICE_RATES: Record<AudioSpeed, number> = { normal: 0.95, slow: 0.65 };

/**
 * An AudioService that speaks with the device voice when a play asks for it (`voice: 'device'`)
 * and gives the text; everything else goes to `inner` (the bundled recordings).
 */
export function withDeviceVoice(
  inner: AudioService,
  synth: SpeechSynth | undefined,
  makeUtterance: (text: string) => SpeechSynthesisUtterance = (text) => new SpeechSynthesisUtterance(text),
): AudioService {
  let finishCurrent: ((result: 'stopped') => void) | undefined;
  return {
    has: (clipId) => inner.has(clipId),
    stop() {
      finishCurrent?.('stopped');
      synth?.cancel();
      inner.stop();
    },
    play(clipId, options = {}) {
      const voice = options.voice === 'device' ? offlineFrenchVoices(synth)[0] : undefined;
      if (!voice || !synth || !options.text) {
        synth?.cancel();
        return inner.play(clipId, options);
      }
      inner.stop();
      finishCurrent?.('stopped');
      synth.cancel();
      return new Promise<'ended' | 'stopped' | AudioErrorKind>((resolve) => {
        let done = false;
        const finish = (result: 'ended' | 'stopped' | AudioErrorKind) => {
          if (done) return;
          done = true;
          if (finishCurrent === finish) finishCurrent = undefined;
          if (result === 'ended') options.onEnd?.();
          else if (result !== 'stopped') options.onError?.(result);
          resolve(result);
        };
        finishCurrent = finish;
        const utterance = makeUtterance(options.text ?? '');
        utterance.lang = voice.lang;
        const full = synth.getVoices().find((candidate) => candidate.voiceURI === voice.voiceURI);
        if (full) utterance.voice = full as SpeechSynthesisVoice;
        utterance.rate = DEVICE_RATES[options.speed ?? 'normal'];
        utterance.onstart = () => options.onStart?.();
        utterance.onend = () => finish('ended');
        utterance.onerror = (event) => finish(event.error === 'interrupted' || event.error === 'canceled' ? 'stopped' : 'play-blocked');
        synth.speak(utterance);
      });
    },
  };
}
