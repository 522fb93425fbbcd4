import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { withDeviceVoice } from '../services/audio/device-voice';
import { createHowlerAudio } from '../services/audio/howler-audio';
import { withRecordings } from '../services/audio/recorded-audio';
import { useRecordingsStore } from '../stores/recordings-store';
import { AudioContext } from '../ui/audio-context';
import { AudioPreferencesProvider } from '../ui/audio-preferences';
import { whenIdle } from '../lib/idle';

/**
 * The app's one audio service. Creating it costs nothing: the manifest and howler (its own chunk)
 * are fetched the first time a screen asks whether a clip has audio.
 */
const audio = createHowlerAudio();

/**
 * Provides the audio service and the listening preferences to every screen. Layers, outermost
 * first: an instructor's recording of the line, if there is one on the device; the device's own
 * French voice, when the learner chose it; the generated file, through howler.
 */
export function AudioProvider({ children }: { children: ReactNode }) {
  // A new value when the manifest arrives, so Listen buttons re-render with the right answer.
  const snapshot = useSyncExternalStore(audio.subscribe, audio.getSnapshot);
  const recorded = useRecordingsStore((state) => state.ids);
  const loadRecordings = useRecordingsStore((state) => state.load);
  useEffect(() => {
    // After the first screen: the recordings database is its own chunk.
    whenIdle(() => void loadRecordings().catch(() => undefined));
  }, [loadRecordings]);
  const value = useMemo(
    () =>
      withRecordings(withDeviceVoice(snapshot, typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis), {
        ids: () => recorded,
        load: (clipId) => useRecordingsStore.getState().get(clipId),
      }),
    [snapshot, recorded],
  );
  return (
    <AudioContext.Provider value={value}>
      <AudioPreferencesProvider>{children}</AudioPreferencesProvider>
    </AudioContext.Provider>
  );
}
