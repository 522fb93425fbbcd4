import { createContext, useContext } from 'react';
import type { AudioService } from '../services/audio/audio-service';

/** With no provider (some tests), nothing has audio and nothing plays. */
const silentAudio: AudioService = {
  play: async () => 'missing',
  stop: () => undefined,
  has: () => false,
};

/** The audio service for the tree; the app provides the howler one, tests a fake. */
export const AudioContext = createContext<AudioService>(silentAudio);

/** The audio service in use. */
export function useAudio(): AudioService {
  return useContext(AudioContext);
}
