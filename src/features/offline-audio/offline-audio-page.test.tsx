import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, test, vi } from 'vitest';
import { initTestI18n } from '../../../tests/helpers/i18n';
import type { AudioManifest } from '../../content/audio-manifest';
import { createAudioPacks, type PackCache } from '../../services/audio/audio-packs';
import OfflineAudioPage from './offline-audio-page';

beforeAll(async () => {
  await initTestI18n();
});

const manifest: AudioManifest = {
  format: 'en-avant-audio-manifest',
  version: 1,
  clips: {
    'v1.u00.l01.d1.line01': { volume: 'v1', hash: 'aaaa', bytes: 1_048_576, slowBytes: 1_572_864 },
    'v1.u00.l01.d1.line02': { volume: 'v1', hash: 'bbbb', bytes: 524_288, slowBytes: 524_288 },
  },
};

function setup(options: { failAfter?: number } = {}) {
  const store = new Map<string, Response>();
  let puts = 0;
  const cache: PackCache = {
    match: (url) => Promise.resolve(store.get(url)),
    put: (url, response) => {
      puts += 1;
      if (options.failAfter !== undefined && puts > options.failAfter)
        return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      store.set(url, response);
      return Promise.resolve();
    },
    delete: (url) => Promise.resolve(store.delete(url)),
    keys: () => Promise.resolve([...store.keys()].map((url) => ({ url }))),
  };
  const packs = createAudioPacks({
    openCache: () => Promise.resolve(cache),
    fetch: () => Promise.resolve(new Response('mp3')),
    absolute: (url) => url,
  });
  render(<OfflineAudioPage packs={packs} loadManifest={() => Promise.resolve(manifest)} />);
  return { store };
}

test('shows each volume with its size before downloading, then downloads it on request', async () => {
  const { store } = setup();
  expect(await screen.findByText(/Audio: 3\.5 MB · not downloaded/)).toBeInTheDocument();
  expect(screen.getAllByText('No recordings in this version yet.')).toHaveLength(2);
  await userEvent.click(screen.getByRole('button', { name: 'Download (3.5 MB)' }));
  await waitFor(() => expect(screen.getByText(/downloaded: plays offline/)).toBeInTheDocument());
  expect(store.size).toBe(4);
  expect(screen.getByRole('status')).toHaveTextContent(/all recordings are on this device/);
});

test('a full device stops the download with a clear message and keeps what was saved', async () => {
  const { store } = setup({ failAfter: 1 });
  await userEvent.click(await screen.findByRole('button', { name: 'Download (3.5 MB)' }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/The device is full/));
  expect(store.size).toBe(1);
  expect(screen.getByRole('button', { name: /Download the rest/ })).toBeInTheDocument();
});

test('removing a volume asks first, then frees its space', async () => {
  const { store } = setup();
  await userEvent.click(await screen.findByRole('button', { name: 'Download (3.5 MB)' }));
  const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
  await userEvent.click(await screen.findByRole('button', { name: 'Remove (3.5 MB)' }));
  expect(confirm).toHaveBeenCalled();
  await waitFor(() => expect(screen.getByText(/not downloaded/)).toBeInTheDocument());
  expect(store.size).toBe(0);
});
