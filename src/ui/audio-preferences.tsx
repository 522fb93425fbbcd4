import { createContext, useContext, useState, type ReactNode } from 'react';
import type { AudioSpeed, VoiceChoice } from '../services/audio/audio-service';

/** Listening preferences shared by every Listen button (a tiny module: the app shell imports it). */
export interface AudioPreferences {
  slow: boolean;
  setSlow(slow: boolean): void;
  /** Bundled recordings, or the device's offline French voice (remembered on this device). */
  voice: VoiceChoice;
  setVoice(voice: VoiceChoice): void;
}

const VOICE_KEY = 'en-avant.voice';

const AudioPreferencesContext = createContext<AudioPreferences>({
  slow: false,
  setSlow: () => undefined,
  voice: 'recorded',
  setVoice: () => undefined,
});

function storedVoice(): VoiceChoice {
  try {
    return globalThis.localStorage?.getItem(VOICE_KEY) === 'device' ? 'device' : 'recorded';
  } catch {
    return 'recorded';
  }
}

/** Holds the listening choices for every listening control below it (the app wraps all screens). */
export function AudioPreferencesProvider({ children }: { children: ReactNode }) {
  const [slow, setSlow] = useState(false);
  const [voice, setVoiceState] = useState<VoiceChoice>(storedVoice);
  const setVoice = (next: VoiceChoice) => {
    setVoiceState(next);
    try {
      globalThis.localStorage?.setItem(VOICE_KEY, next);
    } catch {
      // Private mode or storage full: the choice lasts for this session.
    }
  };
  return <AudioPreferencesContext.Provider value={{ slow, setSlow, voice, setVoice }}>{children}</AudioPreferencesContext.Provider>;
}

/** The current listening preferences. */
export function useAudioPreferences(): AudioPreferences {
  return useContext(AudioPreferencesContext);
}

/** The speed Listen buttons use now. */
export function useAudioSpeed(): AudioSpeed {
  return useAudioPreferences().slow ? 'slow' : 'normal';
}
