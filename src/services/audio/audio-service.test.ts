/**
 * The AudioService contract, run against the fake (what tests use) and against the howler service
 * with a scripted stand-in for howler's Howl (howler itself cannot play in jsdom). Then the
 * howler service's own behaviour: URLs, lazy loading, errors, one clip at a time.
 */
import type { HowlOptions } from 'howler';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AudioManifest } from '../../content/audio-manifest';
import { createFakeAudio, PLAYER_SLOW_RATE, type AudioService } from './audio-service';
import { createHowlerAudio, loadErrorKind, type HowlerAudioOptions, type HowlerModule } from './howler-audio';

type Listener = (id: number, error?: unknown) => void;

/** A scripted stand-in for howler's Howl: `script` decides what happens when it plays. */
class FakeHowl {
  static instances: FakeHowl[] = [];
  static script: (howl: FakeHowl) => void = (howl) => howl.loadPlayEnd();

  readonly listeners = new Map<string, Array<{ fn: Listener; once: boolean }>>();
  loadState: 'unloaded' | 'loading' | 'loaded' = 'loading';
  plays = 0;
  stops = 0;
  unloaded = false;

  constructor(readonly options: HowlOptions) {
    FakeHowl.instances.push(this);
  }
  on(event: string, fn: Listener, once = false) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { fn, once }]);
    return this;
  }
  once(event: string, fn: Listener) {
    return this.on(event, fn, true);
  }
  off(event: string, fn?: Listener) {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((listener) => fn !== undefined && listener.fn !== fn),
    );
    return this;
  }
  emit(event: string, error?: unknown) {
    const list = this.listeners.get(event) ?? [];
    this.listeners.set(
      event,
      list.filter((listener) => !listener.once),
    );
    for (const listener of list) listener.fn(1, error);
  }
  play() {
    this.plays += 1;
    FakeHowl.script(this);
    return 1;
  }
  stop() {
    this.stops += 1;
    return this;
  }
  unload() {
    this.unloaded = true;
    this.loadState = 'unloaded';
    return null;
  }
  state() {
    return this.loadState;
  }
  /** Loads (if needed), starts and ends, asynchronously like howler. */
  loadPlayEnd() {
    setTimeout(() => {
      if (this.loadState !== 'loaded') {
        this.loadState = 'loaded';
        this.emit('load');
      }
      this.emit('play');
      setTimeout(() => this.emit('end'), 0);
    }, 0);
  }
}

const fakeHowler: HowlerModule = {
  Howl: FakeHowl as unknown as HowlerModule['Howl'],
  Howler: { volume: () => 1, ctx: null },
};

const manifest: AudioManifest = {
  format: 'en-avant-audio-manifest',
  version: 1,
  clips: {
    'v1.u00.l01.d1.line01': { volume: 'v1', hash: '0123456789abcdef', bytes: 5000, slowBytes: 7000, durationMs: 1600 },
    'v1.u00.l01.v01': { volume: 'v1', hash: 'fedcba9876543210', bytes: 2000, slowBytes: 3000 },
  },
};

function howlerService(overrides: HowlerAudioOptions = {}) {
  const loadHowler = vi.fn(async () => fakeHowler);
  const fetchManifest = vi.fn(async (_url: string) => ({ ok: true, status: 200, json: async () => manifest as unknown }));
  const service = createHowlerAudio({ baseUrl: '/app/audio/', fetch: fetchManifest, loadHowler, startTimeoutMs: 50, ...overrides });
  return { service, loadHowler, fetchManifest };
}

afterEach(() => {
  FakeHowl.instances = [];
  FakeHowl.script = (howl) => howl.loadPlayEnd();
});

interface ContractSetup {
  service: AudioService;
  /** Resolves when `has()` gives its final answers. */
  ready(): Promise<void>;
  available: string;
  missing: string;
}

function describeAudioContract(name: string, setup: () => ContractSetup) {
  describe(`AudioService contract: ${name}`, () => {
    test('has() tells which clips have audio', async () => {
      const { service, ready, available, missing } = setup();
      await ready();
      expect(service.has(available)).toBe(true);
      expect(service.has(missing)).toBe(false);
    });

    test('play() of a clip with audio starts, ends and resolves "ended"', async () => {
      const { service, ready, available } = setup();
      await ready();
      const calls: string[] = [];
      const result = await service.play(available, {
        onStart: () => calls.push('start'),
        onEnd: () => calls.push('end'),
        onError: (kind) => calls.push(`error:${kind}`),
      });
      expect(result).toBe('ended');
      expect(calls).toEqual(['start', 'end']);
    });

    test('play() in slow speed plays too', async () => {
      const { service, ready, available } = setup();
      await ready();
      await expect(service.play(available, { speed: 'slow' })).resolves.toBe('ended');
    });

    test('play() of a clip without audio resolves "missing" and reports it, without starting', async () => {
      const { service, ready, missing } = setup();
      await ready();
      const calls: string[] = [];
      const result = await service.play(missing, {
        onStart: () => calls.push('start'),
        onEnd: () => calls.push('end'),
        onError: (kind) => calls.push(`error:${kind}`),
      });
      expect(result).toBe('missing');
      expect(calls).toEqual(['error:missing']);
    });

    test('stop() with nothing playing is harmless, and playing works after it', async () => {
      const { service, ready, available } = setup();
      await ready();
      service.stop();
      await expect(service.play(available)).resolves.toBe('ended');
      service.stop();
    });

    test('clips play one after the other when awaited', async () => {
      const { service, ready, available } = setup();
      await ready();
      const results = [];
      for (const speed of ['normal', 'slow', 'normal'] as const) results.push(await service.play(available, { speed }));
      expect(results).toEqual(['ended', 'ended', 'ended']);
    });
  });
}

describeAudioContract('fake', () => ({
  service: createFakeAudio({ available: ['v1.u00.l01.d1.line01'] }),
  ready: async () => undefined,
  available: 'v1.u00.l01.d1.line01',
  missing: 'v1.u00.l01.v99',
}));

describeAudioContract('howler', () => {
  const { service } = howlerService();
  return { service, ready: () => service.loadManifest(), available: 'v1.u00.l01.d1.line01', missing: 'v1.u00.l01.v99' };
});

describe('howler service', () => {
  test('loads nothing until asked; has() then fetches the manifest and howler once', async () => {
    const { service, loadHowler, fetchManifest } = howlerService();
    expect(fetchManifest).not.toHaveBeenCalled();
    expect(loadHowler).not.toHaveBeenCalled();
    const listener = vi.fn();
    service.subscribe(listener);
    const before = service.getSnapshot();
    // Before the manifest arrives, has() answers from the id (optimistic).
    expect(service.has('v1.u00.l01.v99')).toBe(true);
    expect(service.has('nonsense')).toBe(false);
    await service.loadManifest();
    expect(fetchManifest).toHaveBeenCalledTimes(1);
    expect(fetchManifest).toHaveBeenCalledWith('/app/audio/manifest.json');
    expect(loadHowler).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(service.getSnapshot()).not.toBe(before);
    expect(service.has('v1.u00.l01.v99')).toBe(false);
    expect(service.has('v1.u00.l01.v01')).toBe(true);
    expect(service.has('constructor')).toBe(false);
  });

  test('has() leaves the manifest for when the page is idle, so the screen that asked paints first', async () => {
    const idleTasks: Array<() => void> = [];
    const { service, fetchManifest } = howlerService({ whenIdle: (task) => idleTasks.push(task) });
    service.has('v1.u00.l01.v01');
    service.has('v1.u00.l01.v02');
    expect(fetchManifest).not.toHaveBeenCalled();
    expect(idleTasks).toHaveLength(1);
    idleTasks[0]?.();
    await vi.waitFor(() => expect(service.has('v1.u00.l01.v99')).toBe(false));
    expect(fetchManifest).toHaveBeenCalledTimes(1);
  });

  test('play() does not wait for idle time: it fetches the manifest at once', async () => {
    const { service, fetchManifest } = howlerService({ whenIdle: () => undefined });
    service.has('v1.u00.l01.d1.line01');
    await expect(service.play('v1.u00.l01.d1.line01')).resolves.toBe('ended');
    expect(fetchManifest).toHaveBeenCalledTimes(1);
  });

  test('plays the normal or slow file of the clip, with its version, through Web Audio', async () => {
    const { service } = howlerService();
    await service.play('v1.u00.l01.d1.line01');
    await service.play('v1.u00.l01.d1.line01', { speed: 'slow' });
    expect(FakeHowl.instances.map((howl) => howl.options)).toEqual([
      {
        src: ['/app/audio/v1/v1.u00.l01.d1.line01.mp3?v=0123456789abcdef-5000'],
        format: ['mp3'],
        html5: false,
        preload: true,
      },
      {
        src: ['/app/audio/v1/v1.u00.l01.d1.line01.slow.mp3?v=0123456789abcdef-7000'],
        format: ['mp3'],
        html5: false,
        preload: true,
      },
    ]);
  });

  test('replaying the same clip reuses its Howl; another clip unloads the previous one', async () => {
    const { service } = howlerService();
    await service.play('v1.u00.l01.v01');
    await service.play('v1.u00.l01.v01');
    expect(FakeHowl.instances).toHaveLength(1);
    expect(FakeHowl.instances[0]!.plays).toBe(2);
    await service.play('v1.u00.l01.d1.line01');
    expect(FakeHowl.instances).toHaveLength(2);
    expect(FakeHowl.instances[0]!.unloaded).toBe(true);
    expect(FakeHowl.instances[1]!.unloaded).toBe(false);
  });

  test('one clip at a time: a new play() stops the current one, which resolves "stopped"', async () => {
    FakeHowl.script = (howl) => {
      howl.loadState = 'loaded';
      setTimeout(() => howl.emit('play'), 0); // never ends by itself
    };
    const { service } = howlerService();
    const onEnd = vi.fn();
    const first = service.play('v1.u00.l01.v01', { onEnd });
    await vi.waitFor(() => expect(FakeHowl.instances).toHaveLength(1));
    FakeHowl.script = (howl) => howl.loadPlayEnd();
    const second = service.play('v1.u00.l01.d1.line01');
    await expect(first).resolves.toBe('stopped');
    await expect(second).resolves.toBe('ended');
    expect(onEnd).not.toHaveBeenCalled();
    expect(FakeHowl.instances[0]!.stops).toBeGreaterThan(0);
    expect(FakeHowl.instances[0]!.unloaded).toBe(true);
  });

  test('stop() ends the current clip with "stopped"', async () => {
    FakeHowl.script = (howl) => setTimeout(() => howl.emit('play'), 0);
    const { service } = howlerService();
    const onStart = vi.fn();
    const playing = service.play('v1.u00.l01.v01', { onStart });
    await vi.waitFor(() => expect(onStart).toHaveBeenCalled());
    service.stop();
    await expect(playing).resolves.toBe('stopped');
    expect(FakeHowl.instances[0]!.stops).toBeGreaterThan(0);
  });

  test('stop() before the clip even loaded cancels it', async () => {
    const { service } = howlerService();
    const playing = service.play('v1.u00.l01.v01');
    service.stop();
    await expect(playing).resolves.toBe('stopped');
    expect(FakeHowl.instances).toHaveLength(0);
  });

  test.each([
    ['Failed loading audio file with status: 404.', 'missing'],
    ['Failed loading audio file with status: 500.', 'load-failed'],
    ['Decoding audio data failed.', 'load-failed'],
    [4, 'load-failed'],
  ])('a load error "%s" → %s, reported once, and the next try loads again', async (error, kind) => {
    FakeHowl.script = (howl) => setTimeout(() => howl.emit('loaderror', error), 0);
    const { service } = howlerService();
    const onError = vi.fn();
    await expect(service.play('v1.u00.l01.v01', { onError })).resolves.toBe(kind);
    expect(onError).toHaveBeenCalledExactlyOnceWith(kind);
    expect(FakeHowl.instances[0]!.unloaded).toBe(true);
    FakeHowl.script = (howl) => howl.loadPlayEnd();
    await expect(service.play('v1.u00.l01.v01')).resolves.toBe('ended');
    expect(FakeHowl.instances).toHaveLength(2);
  });

  test('a play error (autoplay policy) → play-blocked', async () => {
    FakeHowl.script = (howl) => setTimeout(() => howl.emit('playerror', 'Playback was unable to start.'), 0);
    const { service } = howlerService();
    await expect(service.play('v1.u00.l01.v01')).resolves.toBe('play-blocked');
    expect(loadErrorKind('x')).toBe('load-failed');
  });

  test('a clip that loads but never starts (a locked AudioContext) → play-blocked after the timeout', async () => {
    FakeHowl.script = (howl) =>
      setTimeout(() => {
        howl.loadState = 'loaded';
        howl.emit('load');
      }, 0);
    const { service } = howlerService({ startTimeoutMs: 20 });
    const onError = vi.fn();
    await expect(service.play('v1.u00.l01.v01', { onError })).resolves.toBe('play-blocked');
    expect(onError).toHaveBeenCalledWith('play-blocked');
  });

  test('without a manifest (offline, never cached) it still tries the file named by the id', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fetchManifest = vi
      .fn<NonNullable<HowlerAudioOptions['fetch']>>()
      .mockResolvedValueOnce({ ok: false, status: 404, json: async () => ({}) })
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValue({ ok: true, status: 200, json: async () => manifest });
    const { service } = howlerService({ fetch: fetchManifest });
    await service.loadManifest();
    expect(service.has('v1.u00.l01.v42')).toBe(true);
    await expect(service.play('v1.u00.l01.v42', { speed: 'slow' })).resolves.toBe('ended');
    expect(FakeHowl.instances[0]!.options.src).toEqual(['/app/audio/v1/v1.u00.l01.v42.slow.mp3']);
    // Each play() asks for the manifest again until it comes; then has() follows it.
    expect(fetchManifest).toHaveBeenCalledTimes(2);
    await expect(service.play('v1.u00.l01.v42')).resolves.toBe('missing');
    expect(fetchManifest).toHaveBeenCalledTimes(3);
    expect(service.has('v1.u00.l01.v42')).toBe(false);
  });

  test('howler failing to load (its chunk offline) → load-failed, and a later try imports again', async () => {
    // Fails for the warm-up import (when the manifest is requested) and for the play, then works.
    const loadHowler = vi.fn().mockRejectedValueOnce(new Error('chunk failed')).mockRejectedValueOnce(new Error('chunk failed'));
    loadHowler.mockResolvedValue(fakeHowler);
    const { service } = howlerService({ loadHowler });
    await expect(service.play('v1.u00.l01.v01')).resolves.toBe('load-failed');
    await expect(service.play('v1.u00.l01.v01')).resolves.toBe('ended');
  });

  test('creates/resumes the AudioContext during the tap when howler is already loaded', async () => {
    const resume = vi.fn(async () => undefined);
    const volume = vi.fn(() => 1);
    const module: HowlerModule = {
      Howl: fakeHowler.Howl,
      Howler: { volume, ctx: { state: 'suspended', resume } as unknown as AudioContext },
    };
    const { service } = howlerService({ loadHowler: async () => module });
    await service.loadManifest();
    const playing = service.play('v1.u00.l01.v01');
    // Synchronously, before play() awaited anything:
    expect(volume).toHaveBeenCalled();
    expect(resume).toHaveBeenCalled();
    await playing;
  });
});

describe('howler service: slow speed without a slow file (glossary)', () => {
  const glossaryManifest: AudioManifest = {
    ...manifest,
    clips: { ...manifest.clips, 'gl.radio-signals.0001': { volume: 'glossary', hash: 'aaaaaaaaaaaaaaaa', bytes: 3000, slowBytes: 0 } },
  };
  const glossaryService = (fetchClip: HowlerAudioOptions['fetchClip']) => {
    const urls = { created: [] as Blob[], revoked: [] as string[] };
    const objectUrls = {
      create: (blob: Blob) => {
        urls.created.push(blob);
        return `blob:clip-${String(urls.created.length)}`;
      },
      revoke: (url: string) => urls.revoked.push(url),
    };
    const { service } = howlerService({
      fetch: async () => ({ ok: true, status: 200, json: async () => glossaryManifest as unknown }),
      ...(fetchClip ? { fetchClip } : {}),
      objectUrls,
    });
    return { service, urls };
  };

  test('plays the normal file through HTML5 audio at 0.7× (pitch kept), from a blob URL', async () => {
    const blob = new Blob(['mp3'], { type: 'audio/mpeg' });
    const fetchClip = vi.fn(async (_url: string) => ({ ok: true, status: 200, blob: async () => blob }));
    const { service, urls } = glossaryService(fetchClip);
    await expect(service.play('gl.radio-signals.0001', { speed: 'slow' })).resolves.toBe('ended');
    expect(fetchClip).toHaveBeenCalledWith('/app/audio/glossary/gl.radio-signals.0001.mp3?v=aaaaaaaaaaaaaaaa-3000');
    expect(urls.created).toEqual([blob]);
    const howl = FakeHowl.instances[0];
    expect(howl?.options).toMatchObject({ src: ['blob:clip-1'], html5: true, rate: PLAYER_SLOW_RATE, format: ['mp3'] });
    expect(PLAYER_SLOW_RATE).toBeGreaterThan(0.5);
    expect(PLAYER_SLOW_RATE).toBeLessThan(1);

    // Replaying reuses the Howl; another clip unloads it and frees the blob URL.
    await service.play('gl.radio-signals.0001', { speed: 'slow' });
    expect(fetchClip).toHaveBeenCalledTimes(1);
    await service.play('gl.radio-signals.0001');
    expect(howl?.unloaded).toBe(true);
    expect(urls.revoked).toEqual(['blob:clip-1']);
    // Normal speed is the same file through Web Audio, as for every clip.
    expect(FakeHowl.instances[1]?.options).toMatchObject({
      src: ['/app/audio/glossary/gl.radio-signals.0001.mp3?v=aaaaaaaaaaaaaaaa-3000'],
      html5: false,
    });
  });

  test('a clip with its own slow file still plays that file', async () => {
    const fetchClip = vi.fn();
    const { service } = glossaryService(fetchClip);
    await service.play('v1.u00.l01.v01', { speed: 'slow' });
    expect(fetchClip).not.toHaveBeenCalled();
    expect(FakeHowl.instances[0]?.options.src).toEqual(['/app/audio/v1/v1.u00.l01.v01.slow.mp3?v=fedcba9876543210-3000']);
  });

  test('a missing file says "missing", a network failure "load-failed"; nothing starts', async () => {
    const onError = vi.fn();
    const missing = glossaryService(async () => ({ ok: false, status: 404, blob: async () => new Blob() }));
    await expect(missing.service.play('gl.radio-signals.0001', { speed: 'slow', onError })).resolves.toBe('missing');
    const offline = glossaryService(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(offline.service.play('gl.radio-signals.0001', { speed: 'slow', onError })).resolves.toBe('load-failed');
    expect(onError.mock.calls).toEqual([['missing'], ['load-failed']]);
    expect(FakeHowl.instances).toHaveLength(0);
  });

  test('a stop() while the file is fetched plays nothing and frees the blob URL', async () => {
    let release: () => void = () => undefined;
    const fetched = new Promise<void>((resolve) => (release = resolve));
    const { service, urls } = glossaryService(async () => {
      await fetched;
      return { ok: true, status: 200, blob: async () => new Blob(['mp3']) };
    });
    const playing = service.play('gl.radio-signals.0001', { speed: 'slow' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    service.stop();
    release();
    await expect(playing).resolves.toBe('stopped');
    expect(urls.revoked).toEqual(['blob:clip-1']);
    expect(FakeHowl.instances.every((howl) => howl.plays === 0)).toBe(true);
  });
});
