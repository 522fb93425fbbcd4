import { describe, expect, test } from 'vitest';
import { clipFileName, clipPath, emptyAudioManifest, parseAudioManifest, volumeOfClipId } from './audio-manifest';

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
