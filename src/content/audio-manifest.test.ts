import { describe, expect, test } from 'vitest';
import { audioPack, clipFileName, clipPath, emptyAudioManifest, hasSlowFile, parseAudioManifest, volumeOfClipId } from './audio-manifest';

describe('audio manifest', () => {
  test('file names and paths', () => {
    expect(clipFileName('v1.u00.l01.v04', 'normal')).toBe('v1.u00.l01.v04.mp3');
    expect(clipFileName('v1.u00.l01.v04.example', 'slow')).toBe('v1.u00.l01.v04.example.slow.mp3');
    expect(clipPath('v2', 'v2.u01.l03.d1.line02', 'slow')).toBe('v2/v2.u01.l03.d1.line02.slow.mp3');
    expect(volumeOfClipId('v3.u10.l01.g1.ex02')).toBe('v3');
    expect(volumeOfClipId('nonsense')).toBeUndefined();
  });

  test('parses a valid manifest', () => {
    const value = {
      format: 'en-avant-audio-manifest',
      version: 1,
      clips: {
        'v1.u00.l01.v01': { volume: 'v1', hash: '0123456789abcdef', bytes: 10, slowBytes: 20, durationMs: 700 },
        'v1.u00.l01.v02': { volume: 'v1', hash: 'fedcba9876543210', bytes: 11, slowBytes: 21, recorded: true },
      },
    };
    const { manifest, problems } = parseAudioManifest(value);
    expect(problems).toEqual([]);
    expect(manifest).toEqual(value);
  });

  test('rejects a wrong format or version as a whole', () => {
    expect(parseAudioManifest({ format: 'other', version: 1, clips: {} })).toEqual({
      manifest: emptyAudioManifest(),
      problems: ['format must be "en-avant-audio-manifest"'],
    });
    expect(parseAudioManifest([]).problems).toEqual(['manifest must be a JSON object']);
    expect(parseAudioManifest({ format: 'en-avant-audio-manifest', version: 2, clips: {} }).problems).toEqual(['version must be 1']);
  });

  test('drops malformed entries with a message each', () => {
    const { manifest, problems } = parseAudioManifest({
      format: 'en-avant-audio-manifest',
      version: 1,
      clips: {
        good: { volume: 'v1', hash: '0123456789abcdef', bytes: 1, slowBytes: 2 },
        bad: { volume: 'one', hash: 'xyz', bytes: -1, slowBytes: 1.5, recorded: false, extra: 1 },
        worse: 'nope',
      },
    });
    expect(Object.keys(manifest.clips)).toEqual(['good']);
    expect(problems).toEqual([
      'clips["bad"]: volume must look like "v1" (or be "placement" or "glossary")',
      'clips["bad"]: hash must be 16 hex digits',
      'clips["bad"]: bytes must be a whole number',
      'clips["bad"]: slowBytes must be a whole number',
      'clips["bad"]: recorded must be true when present',
      'clips["bad"]: unknown key "extra"',
      'clips["worse"]: must be an object',
    ]);
  });
});

describe('audioPack', () => {
  test('lists both files of each clip, but only the normal one where there is no slow file', () => {
    const manifest = emptyAudioManifest();
    manifest.clips['v1.u00.l01.v01'] = { volume: 'v1', hash: '0123456789abcdef', bytes: 10, slowBytes: 20 };
    manifest.clips['gl.radio-signals.0001'] = { volume: 'glossary', hash: 'fedcba9876543210', bytes: 30, slowBytes: 0 };
    expect(hasSlowFile({ slowBytes: 0 })).toBe(false);
    expect(audioPack(manifest, 'v1', '/a/')).toEqual({
      files: [
        { url: '/a/v1/v1.u00.l01.v01.mp3?v=0123456789abcdef-10', bytes: 10 },
        { url: '/a/v1/v1.u00.l01.v01.slow.mp3?v=0123456789abcdef-20', bytes: 20 },
      ],
      totalBytes: 30,
    });
    expect(audioPack(manifest, 'glossary', '/a/')).toEqual({
      files: [{ url: '/a/glossary/gl.radio-signals.0001.mp3?v=fedcba9876543210-30', bytes: 30 }],
      totalBytes: 30,
    });
  });
});
