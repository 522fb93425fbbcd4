import { describe, expect, test } from 'vitest';
import type { AudioManifest } from '../../content/audio-manifest';
import { createAudioPacks, PackDownloadError, type PackCache } from './audio-packs';

const manifest: AudioManifest = {
  format: 'en-avant-audio-manifest',
  version: 1,
  clips: {
    'v1.u00.l01.d1.line01': { volume: 'v1', hash: 'aaaa', bytes: 100, slowBytes: 150 },
    'v1.u00.l01.d1.line02': { volume: 'v1', hash: 'bbbb', bytes: 200, slowBytes: 250 },
    'v2.u01.l01.d1.line01': { volume: 'v2', hash: 'cccc', bytes: 300, slowBytes: 350 },
  },
};
const base = '/audio/';
const abs = (url: string) => `http://app${url}`;

function fakeCache(options: { quotaAfter?: number } = {}) {
  const store = new Map<string, Response>();
  let puts = 0;
  const cache: PackCache = {
    match: (url) => Promise.resolve(store.get(abs(url))),
    put: (url, response) => {
      puts += 1;
      if (options.quotaAfter !== undefined && puts > options.quotaAfter)
        return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      store.set(abs(url), response);
      return Promise.resolve();
    },
    delete: (url) => Promise.resolve(store.delete(url.startsWith('http') ? url : abs(url))),
    keys: () => Promise.resolve([...store.keys()].map((url) => ({ url }))),
  };
  return { cache, store };
}

function packs(cache: PackCache, fetchImpl?: (url: string) => Promise<Response>) {
  const fetched: string[] = [];
  const api = createAudioPacks({
    openCache: () => Promise.resolve(cache),
    fetch: (url) => {
      fetched.push(url);
      return fetchImpl ? fetchImpl(url) : Promise.resolve(new Response('mp3'));
    },
    absolute: abs,
    concurrency: 2,
  });
  return { api, fetched };
}

describe('audio packs', () => {
  test('a new device has nothing; the status gives each volume its size', async () => {
    const { cache } = fakeCache();
    const { api } = packs(cache);
    expect(await api.status(manifest, ['v1', 'v2'], base)).toEqual([
      { volume: 'v1', totalFiles: 4, cachedFiles: 0, totalBytes: 700, cachedBytes: 0 },
      { volume: 'v2', totalFiles: 2, cachedFiles: 0, totalBytes: 650, cachedBytes: 0 },
    ]);
  });

  test('downloading a volume caches both speeds of its clips, with the URLs the player uses', async () => {
    const { cache, store } = fakeCache();
    const { api, fetched } = packs(cache);
    const seen: number[] = [];
    const result = await api.download(manifest, 'v1', base, { onProgress: (progress) => seen.push(progress.doneBytes) });
    expect(result).toEqual({ doneFiles: 4, totalFiles: 4, doneBytes: 700, totalBytes: 700 });
    expect(fetched.sort()).toEqual([
      '/audio/v1/v1.u00.l01.d1.line01.mp3?v=aaaa-100',
      '/audio/v1/v1.u00.l01.d1.line01.slow.mp3?v=aaaa-150',
      '/audio/v1/v1.u00.l01.d1.line02.mp3?v=bbbb-200',
      '/audio/v1/v1.u00.l01.d1.line02.slow.mp3?v=bbbb-250',
    ]);
    expect(store.size).toBe(4);
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(700);
    expect((await api.status(manifest, ['v1'], base))[0]).toMatchObject({ cachedFiles: 4, cachedBytes: 700 });
  });

  test('a second download fetches only what is missing', async () => {
    const { cache } = fakeCache();
    await packs(cache).api.download(manifest, 'v1', base);
    const again = packs(cache);
    await again.api.download(manifest, 'v1', base);
    expect(again.fetched).toEqual([]);
  });

  test('a full disk stops the download with "quota" and keeps what was saved', async () => {
    const { cache, store } = fakeCache({ quotaAfter: 2 });
    const { api } = packs(cache);
    const error = await api.download(manifest, 'v1', base).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PackDownloadError);
    expect((error as PackDownloadError).kind).toBe('quota');
    expect(store.size).toBe(2);
  });

  test('a file that fails twice stops the download with "network"; one failure is retried', async () => {
    const { cache } = fakeCache();
    let calls = 0;
    const flaky = packs(cache, () => (++calls === 1 ? Promise.reject(new TypeError('offline')) : Promise.resolve(new Response('mp3'))));
    await expect(flaky.api.download(manifest, 'v2', base)).resolves.toMatchObject({ doneFiles: 2 });
    const { cache: other } = fakeCache();
    const down = packs(other, () => Promise.resolve(new Response('', { status: 503 })));
    await expect(down.api.download(manifest, 'v2', base)).rejects.toMatchObject({ kind: 'network' });
  });

  test('aborting stops the download', async () => {
    const { cache } = fakeCache();
    const controller = new AbortController();
    controller.abort();
    await expect(packs(cache).api.download(manifest, 'v1', base, { signal: controller.signal })).rejects.toMatchObject({ kind: 'aborted' });
  });

  test('removing a volume frees its files only; pruning drops clips of changed sentences', async () => {
    const { cache, store } = fakeCache();
    const { api } = packs(cache);
    await api.download(manifest, 'v1', base);
    await api.download(manifest, 'v2', base);
    expect(await api.remove('v2', base)).toBe(2);
    expect(store.size).toBe(4);

    const changed: AudioManifest = {
      ...manifest,
      clips: { ...manifest.clips, 'v1.u00.l01.d1.line02': { volume: 'v1', hash: 'dddd', bytes: 210, slowBytes: 260 } },
    };
    expect(await api.prune(changed, base)).toBe(2);
    expect((await api.status(changed, ['v1'], base))[0]).toMatchObject({ cachedFiles: 2, totalFiles: 4 });
  });
});
