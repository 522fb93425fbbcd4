/**
 * Pieces shared by the glossary screens: loading the data under Suspense with a retry on failure,
 * and the audio service that offers a Listen button for every glossary clip.
 */
import { Suspense, use, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { loadGlossary, type LoadedGlossary } from '../../content/glossary-loader';
import type { AudioService } from '../../services/audio/audio-service';
import { AudioContext, useAudio } from '../../ui/audio-context';
import { ErrorBoundary } from '../../ui/error-boundary';
import './glossary.css';

/** Where the screens get the glossary: the lazy loader in the app, a built glossary in tests. */
export type GlossarySource = () => Promise<LoadedGlossary>;

function Loaded({ source, children }: { source: Promise<LoadedGlossary>; children: (glossary: LoadedGlossary) => ReactNode }) {
  return <>{children(use(source))}</>;
}

/** Renders `children` with the loaded glossary; says so while loading and offers a retry on failure. */
export function WithGlossary({
  source = loadGlossary,
  children,
}: {
  source?: GlossarySource | undefined;
  children: (glossary: LoadedGlossary) => ReactNode;
}) {
  const { t } = useTranslation('glossary');
  const [attempt, setAttempt] = useState(0);
  // One promise per attempt: the loader caches a success and forgets a failure.
  const promise = useMemo(() => {
    void attempt;
    return source();
  }, [source, attempt]);
  return (
    <ErrorBoundary
      key={attempt}
      fallback={() => (
        <div role="alert" className="glossary-error">
          <p>{t('loadError')}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('retry')}
          </button>
        </div>
      )}
    >
      <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>
        <Loaded source={promise}>{children}</Loaded>
      </Suspense>
    </ErrorBoundary>
  );
}

/**
 * Glossary audio is generated later than the lessons': until an entry's clip is in the manifest,
 * its Listen button still shows, and pressing it gives the usual "Audio not available" message
 * (or speaks with the device's French voice when the learner chose it).
 */
export function GlossaryAudio({ children }: { children: ReactNode }) {
  const audio = useAudio();
  const value = useMemo<AudioService>(
    () => ({
      play: (clipId, options) => audio.play(clipId, options),
      stop: () => audio.stop(),
      has: (clipId) => audio.has(clipId) || clipId.startsWith('gl.'),
    }),
    [audio],
  );
  return <AudioContext.Provider value={value}>{children}</AudioContext.Provider>;
}

/** A French term without its article, as an acronym's expansion reads: "l'engin explosif" → "engin explosif". */
export function withoutArticle(term: string): string {
  return term.replace(/^(les|le|la) /i, '').replace(/^l['’]/i, '');
}
