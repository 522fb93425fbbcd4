import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { withDeviceVoice } from '../services/audio/device-voice';
import { createHowlerAudio } from '../services/audio/howler-audio';
import { AudioContext } from '../ui/audio-context';
import { AudioPreferencesProvider } from '../ui/audio-preferences';

/**
 * The app's one audio service. Creating it costs nothing: the manifest and howler (its own chunk)
 * are fetched the first time a screen asks whether a clip has audio.
 */
const audio = createHowlerAudio();

/** Provides the howler audio service and the listening preferences (slow audio) to every screen. */
export function AudioProvider({ children }: { children: ReactNode }) {
  // A new value when the manifest arrives, so Listen buttons re-render with the right answer.
  const snapshot = useSyncExternalStore(audio.subscribe, audio.getSnapshot);
  // The device's offline French voice, where there is one, speaks when the learner chose it.
  const value = useMemo(() => withDeviceVoice(snapshot, typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis), [snapshot]);
  return (
    <AudioContext.Provider value={value}>
      <AudioPreferencesProvider>{children}</AudioPreferencesProvider>
    </AudioContext.Provider>
  );
}
