import { describe, expect, test } from 'vitest';
import { parseAudioPack } from './audio-pack-format';

const good = {
  format: 'en-avant-audio-pack',
  version: 1,
  exportedAt: '2026-11-23T10:00:00.000Z',
  label: 'Adjudant-chef Lefèvre',
  recordings: [{ clipId: 'v1.u00.l01.d1.line01', mimeType: 'audio/webm;codecs=opus', durationMs: 1500, recordedAt: 1, data: 'AAEC' }],
};

describe('parseAudioPack', () => {
  test('accepts a valid pack', () => {
    const result = parseAudioPack(JSON.stringify(good));
    expect(result.ok && result.pack.recordings[0]?.clipId).toBe('v1.u00.l01.d1.line01');
  });

  test.each([
    ['not JSON', '{"format": "en-avant-audio-pack", "vers', { kind: 'not-json' }],
    ['another kind of file', JSON.stringify({ format: 'en-avant-backup', version: 1 }), { kind: 'wrong-format' }],
    ['a newer version', JSON.stringify({ ...good, version: 2 }), { kind: 'newer-version', version: 2 }],
    [
      'a bad clip id',
      JSON.stringify({ ...good, recordings: [{ ...good.recordings[0], clipId: '../../etc' }] }),
      { kind: 'invalid', path: 'recordings[0].clipId', message: 'not a content id' },
    ],
    [
      'audio that is not base64',
      JSON.stringify({ ...good, recordings: [{ ...good.recordings[0], data: 'not base64!' }] }),
      { kind: 'invalid', path: 'recordings[0].data', message: 'not base64' },
    ],
    [
      'a missing field',
      JSON.stringify({ ...good, recordings: [{ clipId: 'v1.u00.l01.d1.line01' }] }),
      { kind: 'invalid', path: 'recordings[0].mimeType' },
    ],
  ])('refuses %s', (_name, text, problem) => {
    const result = parseAudioPack(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject(problem);
  });
});
