/**
 * Offline audio packs: a volume's clips (both speeds) fetched on request into the same Cache
 * Storage cache the service worker serves audio from (`audio-v1`, cache-first), so a downloaded
 * volume plays with no network, and one clip played online is already "downloaded".
 *
 * URLs carry each clip's hash (see `clipUrl`), so a pack's status is simply which of the volume's
 * current URLs are in the cache; entries for changed sentences are pruned by `remove` and `prune`.
 * Dependencies are injected (Cache Storage, fetch) so the logic is tested without a browser.
 */
import { audioPack, type AudioManifest } from '../../content/audio-manifest';

/** The cache the service worker's audio route uses (vite.config.ts). */
export const AUDIO_CACHE = 'audio-v1';

/** The part of the Cache API the packs use. */
export interface PackCache {
  match(url: string): Promise<Response | undefined>;
  put(url: string, response: Response): Promise<void>;
  delete(url: string): Promise<boolean>;
  keys(): Promise<ReadonlyArray<{ url: string }>>;
}

export interface AudioPackDeps {
  openCache(): Promise<PackCache>;
  fetch(url: string, init?: { signal?: AbortSignal }): Promise<Response>;
  /** Resolves relative URLs as the browser would (default: against `location.href`). */
  absolute?(url: string): string;
  /** Parallel downloads (default 4: fast on 4G, gentle on a weak link). */
  concurrency?: number;
}

/** How much of a volume's audio is on this device. */
export interface PackStatus {
  volume: string;
  totalFiles: number;
  cachedFiles: number;
  totalBytes: number;
  cachedBytes: number;
}

export interface PackProgress {
  doneFiles: number;
  totalFiles: number;
  doneBytes: number;
  totalBytes: number;
}

/** Why a download stopped. What was downloaded before stays on the device. */
export class PackDownloadError extends Error {
  constructor(
    readonly kind: 'quota' | 'network' | 'aborted',
    readonly progress: PackProgress,
  ) {
    super(`audio pack download stopped: ${kind}`);
    this.name = 'PackDownloadError';
  }
}

const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException ? error.name === 'QuotaExceededError' || error.code === 22 : /quota/i.test(String(error));

export function createAudioPacks(deps: AudioPackDeps) {
  const absolute = deps.absolute ?? ((url: string) => new URL(url, globalThis.location?.href ?? 'http://localhost/').href);
  const concurrency = deps.concurrency ?? 4;

  const cachedUrls = async (cache: PackCache): Promise<Set<string>> => new Set((await cache.keys()).map((request) => request.url));

  /** Status of every volume asked for, from one look at the cache. */
  async function status(manifest: AudioManifest, volumes: readonly string[], baseUrl: string): Promise<PackStatus[]> {
    const cached = await cachedUrls(await deps.openCache());
    return volumes.map((volume) => {
      const { files, totalBytes } = audioPack(manifest, volume, baseUrl);
      const present = files.filter((file) => cached.has(absolute(file.url)));
      return {
        volume,
        totalFiles: files.length,
        cachedFiles: present.length,
        totalBytes,
        cachedBytes: present.reduce((sum, file) => sum + file.bytes, 0),
      };
    });
  }

  /**
   * Downloads the volume's missing files. Reports progress after each file; stops on the first
   * quota error (disk full) or when `signal` aborts; a failed file is retried once, then the
   * download stops with `network`. Resolves with the final progress.
   */
  async function download(
    manifest: AudioManifest,
    volume: string,
    baseUrl: string,
    { onProgress, signal }: { onProgress?: (progress: PackProgress) => void; signal?: AbortSignal } = {},
  ): Promise<PackProgress> {
    const cache = await deps.openCache();
    const cached = await cachedUrls(cache);
    const { files, totalBytes } = audioPack(manifest, volume, baseUrl);
    const progress: PackProgress = { doneFiles: 0, totalFiles: files.length, doneBytes: 0, totalBytes };
    const todo = files.filter((file) => {
      if (!cached.has(absolute(file.url))) return true;
      progress.doneFiles += 1;
      progress.doneBytes += file.bytes;
      return false;
    });
    onProgress?.({ ...progress });
    let failure: PackDownloadError['kind'] | undefined;
    let next = 0;
    const fetchOne = async (url: string): Promise<Response> => {
      const init = signal ? { signal } : undefined;
      for (let attempt = 0; ; attempt += 1) {
        try {
          const response = await deps.fetch(url, init);
          if (response.ok) return response;
          throw new Error(`HTTP ${String(response.status)}`);
        } catch (error) {
          if (signal?.aborted || attempt >= 1) throw error;
        }
      }
    };
    const worker = async (): Promise<void> => {
      while (failure === undefined && next < todo.length) {
        if (signal?.aborted) {
          failure = 'aborted';
          return;
        }
        const file = todo[next++];
        if (!file) return;
        try {
          const response = await fetchOne(file.url);
          await cache.put(file.url, response);
        } catch (error) {
          failure ??= signal?.aborted ? 'aborted' : isQuotaError(error) ? 'quota' : 'network';
          return;
        }
        progress.doneFiles += 1;
        progress.doneBytes += file.bytes;
        onProgress?.({ ...progress });
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, todo.length)) }, worker));
    if (failure !== undefined) throw new PackDownloadError(failure, { ...progress });
    return progress;
  }

  /** Removes every cached file of the volume (current and outdated), freeing the space. */
  async function remove(volume: string, baseUrl: string): Promise<number> {
    const cache = await deps.openCache();
    const prefix = absolute(`${baseUrl}${volume}/`);
    let removed = 0;
    for (const request of await cache.keys()) {
      if (request.url.startsWith(prefix) && (await cache.delete(request.url))) removed += 1;
    }
    return removed;
  }

  /** Removes cached clips that are no longer in the manifest (sentences that changed). */
  async function prune(manifest: AudioManifest, baseUrl: string): Promise<number> {
    const cache = await deps.openCache();
    const current = new Set<string>();
    for (const volume of new Set(Object.values(manifest.clips).map((entry) => entry.volume))) {
      for (const file of audioPack(manifest, volume, baseUrl).files) current.add(absolute(file.url));
    }
    const root = absolute(baseUrl);
    let removed = 0;
    for (const request of await cache.keys()) {
      if (request.url.startsWith(root) && !current.has(request.url) && (await cache.delete(request.url))) removed += 1;
    }
    return removed;
  }

  return { status, download, remove, prune };
}

export type AudioPacks = ReturnType<typeof createAudioPacks>;

/** The packs over the browser's Cache Storage and fetch. */
export function browserAudioPacks(): AudioPacks {
  return createAudioPacks({
    openCache: async () => {
      const cache = await caches.open(AUDIO_CACHE);
      return {
        match: (url) => cache.match(url),
        put: (url, response) => cache.put(url, response),
        delete: (url) => cache.delete(url),
        keys: () => cache.keys(),
      };
    },
    fetch: (url, init) => fetch(url, init),
  });
}
