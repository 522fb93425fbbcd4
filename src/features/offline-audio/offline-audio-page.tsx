import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { audioPack, audioVolumes, parseAudioManifest, type AudioManifest } from '../../content/audio-manifest';
import { course } from '../../content/loader';
import {
  browserAudioPacks,
  PackDownloadError,
  type AudioPacks,
  type PackProgress,
  type PackStatus,
} from '../../services/audio/audio-packs';
import { isLowOnSpace, requestPersistence, storageSnapshot, type StorageSnapshot } from '../../services/storage/storage';

const AUDIO_BASE = `${import.meta.env.BASE_URL}audio/`;

/** Bytes as the learner reads them: "5.5 MB", "830 KB". */
export function formatBytes(bytes: number, language: string): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(language, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024 * 1024) return format(bytes / 1024 ** 3, 'GB');
  if (bytes >= 1024 * 1024) return format(bytes / 1024 ** 2, 'MB');
  return format(Math.max(1, Math.round(bytes / 1024)), 'KB');
}

async function fetchManifest(): Promise<AudioManifest> {
  const response = await fetch(`${AUDIO_BASE}manifest.json`);
  if (!response.ok) throw new Error(`HTTP ${String(response.status)}`);
  return parseAudioManifest(await response.json()).manifest;
}

type Busy = { volume: string; progress: PackProgress; controller: AbortController } | undefined;

/**
 * Offline audio: each volume's recordings downloaded when the learner asks, with the size shown
 * first, a progress bar, the device's storage, persistent storage requested, and removal to free
 * space. Lessons, glossary and progress are always offline; audio is the only large download.
 */
export default function OfflineAudioPage({
  packs: injected,
  loadManifest = fetchManifest,
}: {
  packs?: AudioPacks;
  loadManifest?: () => Promise<AudioManifest>;
}) {
  const { t, i18n } = useTranslation('offline-audio');
  const packs = useMemo(() => injected ?? browserAudioPacks(), [injected]);
  const [manifest, setManifest] = useState<AudioManifest | undefined>();
  const [failed, setFailed] = useState(false);
  const [statuses, setStatuses] = useState<PackStatus[]>([]);
  const [storage, setStorage] = useState<StorageSnapshot | undefined>();
  const [busy, setBusy] = useState<Busy>();
  const [message, setMessage] = useState<string | undefined>();
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const refresh = useCallback(
    async (current: AudioManifest) => {
      const [nextStatuses, snapshot] = await Promise.all([packs.status(current, audioVolumes(current), AUDIO_BASE), storageSnapshot()]);
      if (!mounted.current) return;
      setStatuses(nextStatuses);
      setStorage(snapshot);
    },
    [packs],
  );

  useEffect(() => {
    loadManifest().then(
      (loaded) => {
        if (!mounted.current) return;
        setManifest(loaded);
        void refresh(loaded);
        // Clips of sentences changed by an update are useless: free their space quietly.
        void packs.prune(loaded, AUDIO_BASE).catch(() => 0);
      },
      () => setFailed(true),
    );
  }, [loadManifest, packs, refresh]);

  const download = async (volume: string) => {
    if (!manifest || busy) return;
    const controller = new AbortController();
    setMessage(undefined);
    const total = audioPack(manifest, volume, AUDIO_BASE).totalBytes;
    setBusy({ volume, controller, progress: { doneFiles: 0, totalFiles: 0, doneBytes: 0, totalBytes: total } });
    // Installed apps are granted this silently; it keeps the browser from clearing the audio.
    const persisted = await requestPersistence();
    try {
      await packs.download(manifest, volume, AUDIO_BASE, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (mounted.current) setBusy({ volume, controller, progress });
        },
      });
      setMessage(t(persisted ? 'done' : 'doneNotPersistent', { volume: volumeTitle(volume) }));
    } catch (error) {
      const kind = error instanceof PackDownloadError ? error.kind : 'network';
      setMessage(t(`stopped.${kind}`));
    } finally {
      if (mounted.current) {
        setBusy(undefined);
        await refresh(manifest);
      }
    }
  };

  const remove = async (volume: string) => {
    if (!manifest || busy) return;
    if (!window.confirm(t('confirmRemove', { volume: volumeTitle(volume) }))) return;
    await packs.remove(volume, AUDIO_BASE);
    setMessage(t('removed', { volume: volumeTitle(volume) }));
    await refresh(manifest);
  };

  const volumeTitle = (volumeId: string) =>
    course.volumes.find((volume) => volume.id === volumeId)?.title.fr ??
    (volumeId === 'glossary' ? t('packs.glossary') : volumeId === 'placement' ? t('packs.placement') : volumeId);
  const withoutAudio = course.volumes.filter((volume) => !statuses.some((status) => status.volume === volume.id));

  return (
    <div className="offline-audio">
      <p className="breadcrumb">
        <Link href="/">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {failed ? <p role="alert">{t('manifestFailed')}</p> : null}
      {!manifest && !failed ? <p aria-busy="true">{t('loading')}</p> : null}
      <p role="status" className="pack-message">
        {message ?? ''}
      </p>
      <ul className="pack-list">
        {statuses.map((status) => {
          const complete = status.cachedFiles === status.totalFiles;
          const partial = status.cachedFiles > 0 && !complete;
          const mine = busy?.volume === status.volume ? busy : undefined;
          const missingBytes = status.totalBytes - status.cachedBytes;
          const low = storage ? isLowOnSpace(storage, missingBytes) : false;
          return (
            <li key={status.volume} className="pack-card">
              <h2 lang="fr">{volumeTitle(status.volume)}</h2>
              <p>
                {t('size', { size: formatBytes(status.totalBytes, i18n.language) })}
                {' · '}
                {complete
                  ? t('state.complete')
                  : partial
                    ? t('state.partial', { percent: Math.floor((status.cachedBytes / status.totalBytes) * 100) })
                    : t('state.none')}
              </p>
              {mine ? (
                <>
                  <div
                    className="progress-bar"
                    role="progressbar"
                    aria-label={t('progressLabel', { volume: volumeTitle(status.volume) })}
                    aria-valuemin={0}
                    aria-valuemax={mine.progress.totalBytes}
                    aria-valuenow={mine.progress.doneBytes}
                    aria-valuetext={t('progressText', {
                      done: formatBytes(mine.progress.doneBytes, i18n.language),
                      total: formatBytes(mine.progress.totalBytes, i18n.language),
                    })}
                  >
                    <span style={{ width: `${Math.floor((mine.progress.doneBytes / Math.max(1, mine.progress.totalBytes)) * 100)}%` }} />
                  </div>
                  <button type="button" className="button" onClick={() => mine.controller.abort()}>
                    {t('cancel')}
                  </button>
                </>
              ) : (
                <p className="actions">
                  {!complete ? (
                    <button
                      type="button"
                      className="button button-primary"
                      disabled={busy !== undefined}
                      onClick={() => void download(status.volume)}
                    >
                      {partial
                        ? t('resume', { size: formatBytes(missingBytes, i18n.language) })
                        : t('download', { size: formatBytes(status.totalBytes, i18n.language) })}
                    </button>
                  ) : null}
                  {status.cachedFiles > 0 ? (
                    <button type="button" className="button" disabled={busy !== undefined} onClick={() => void remove(status.volume)}>
                      {t('remove', { size: formatBytes(status.cachedBytes, i18n.language) })}
                    </button>
                  ) : null}
                </p>
              )}
              {low && !complete ? <p className="warning">{t('lowSpace')}</p> : null}
            </li>
          );
        })}
        {manifest
          ? withoutAudio.map((volume) => (
              <li key={volume.id} className="pack-card">
                <h2 lang="fr">{volume.title.fr}</h2>
                <p className="muted">{t('noAudioYet')}</p>
              </li>
            ))
          : null}
      </ul>
      {storage?.usageBytes !== undefined && storage.quotaBytes !== undefined ? (
        <p className="muted">
          {t('storage', {
            used: formatBytes(storage.usageBytes, i18n.language),
            free: formatBytes(Math.max(0, storage.quotaBytes - storage.usageBytes), i18n.language),
          })}{' '}
          {storage.persisted ? t('persisted') : t('notPersisted')}
        </p>
      ) : null}
    </div>
  );
}
