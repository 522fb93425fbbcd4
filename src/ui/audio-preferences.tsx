import { createContext, useContext, useState, type ReactNode } from 'react';
import type { AudioSpeed } from '../services/audio/audio-service';

/** Listening preferences shared by every Listen button (a tiny module: the app shell imports it). */
export interface AudioPreferences {
  slow: boolean;
  setSlow(slow: boolean): void;
}

const AudioPreferencesContext = createContext<AudioPreferences>({ slow: false, setSlow: () => undefined });

/** Holds the "Slow audio" choice for every listening control below it (the app wraps all screens). */
export function AudioPreferencesProvider({ children }: { children: ReactNode }) {
  const [slow, setSlow] = useState(false);
  return <AudioPreferencesContext.Provider value={{ slow, setSlow }}>{children}</AudioPreferencesContext.Provider>;
}

/** The current listening preferences. */
export function useAudioPreferences(): AudioPreferences {
  return useContext(AudioPreferencesContext);
}

/** The speed Listen buttons use now. */
export function useAudioSpeed(): AudioSpeed {
  return useAudioPreferences().slow ? 'slow' : 'normal';
}
