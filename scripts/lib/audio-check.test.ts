import { describe, expect, test } from 'vitest';
import { emptyAudioManifest, parseAudioManifest, type AudioManifest } from '../../src/content/audio-manifest.ts';
import {
  auditAudio,
  auditProblems,
  clipHash,
  expectedHash,
  formatBytes,
  formatSizes,
  needsGeneration,
  stringifyManifest,
  wavDurationMs,
} from './audio-check.ts';
import type { ClipText } from './audio-clips.ts';
import { RECORDED_VOICE_VERSION, voiceSettingsVersion } from './audio-speech.ts';

const clip = (id: string, text: string, volume = 'v1', slowFile = true): ClipText => ({
  id,
  text,
  volume,
  slowFile,
  voice: 'narrator',
  where: `content/vol1/unit-00/lesson-01.json: ${id}`,
});

const hello = clip('v1.u00.l01.d1.line01', 'Bonjour, mon capitaine.');
const bye = clip('v1.u00.l01.d1.line02', 'Au revoir.');

/** A manifest and files in which `clips` are all up to date. */
function upToDate(clips: readonly ClipText[]): { manifest: AudioManifest; files: Map<string, number> } {
  const manifest = emptyAudioManifest();
  const files = new Map<string, number>([['manifest.json', 100]]);
  clips.forEach((c, index) => {
    manifest.clips[c.id] = { volume: c.volume, hash: expectedHash(c), bytes: 1000 + index, slowBytes: 2000 + index };
    files.set(`${c.volume}/${c.id}.mp3`, 1000 + index);
    files.set(`${c.volume}/${c.id}.slow.mp3`, 2000 + index);
  });
  return { manifest, files };
}

describe('clipHash', () => {
  test('is 16 hex digits of sha256(version + newline + text)', () => {
    // printf 'v\nabc' | sha256sum
    expect(clipHash('abc', 'v')).toBe('7d4e6a4900fc3803');
  });

  test('changes with the text (even one character) and with the voice version', () => {
    expect(clipHash('Bonjour.', 'v1')).not.toBe(clipHash('Bonjour !', 'v1'));
    expect(clipHash('Bonjour.', 'v1')).not.toBe(clipHash('Bonjour.', 'v2'));
  });

  test('expectedHash uses the voice settings, or "recorded" for recorded clips', () => {
    expect(expectedHash(hello)).toBe(clipHash(hello.text, voiceSettingsVersion('narrator')));
    expect(expectedHash(hello, { recorded: true })).toBe(clipHash(hello.text, RECORDED_VOICE_VERSION));
    expect(expectedHash({ ...hello, voice: 'female-1' })).not.toBe(expectedHash(hello));
  });
});

describe('auditAudio', () => {
  test('everything current: every clip ok, no orphans, sizes per volume', () => {
    const { manifest, files } = upToDate([hello, bye]);
    const audit = auditAudio([hello, bye], manifest, files);
    expect(audit.clips.map((c) => c.status)).toEqual(['ok', 'ok']);
    expect(audit.orphanEntries).toEqual([]);
    expect(audit.orphanFiles).toEqual([]);
    expect(audit.sizes.get('v1')).toEqual({ clips: 2, bytes: 2001, slowBytes: 4001, playerSlowed: 0 });
    expect(auditProblems(audit, 'public/audio')).toEqual([]);
  });

  test('a French line with no audio', () => {
    const { manifest, files } = upToDate([hello]);
    const audit = auditAudio([hello, bye], manifest, files);
    expect(audit.clips[1]?.status).toBe('no-entry');
    expect(auditProblems(audit, 'public/audio')).toEqual([
      'content/vol1/unit-00/lesson-01.json: v1.u00.l01.d1.line02: no audio for v1.u00.l01.d1.line02 ("Au revoir.")',
    ]);
  });

  test('a changed sentence makes its audio stale', () => {
    const { manifest, files } = upToDate([hello]);
    const changed = { ...hello, text: 'Bonjour, ma capitaine.' };
    const audit = auditAudio([changed], manifest, files);
    expect(audit.clips[0]?.status).toBe('stale');
    expect(auditProblems(audit, 'public/audio')[0]).toMatch(/stale audio .* for v1\.u00\.l01\.d1\.line01/);
  });

  test('a changed voice makes audio stale, but not for a recorded clip', () => {
    const { manifest, files } = upToDate([hello]);
    const otherVoice = { ...hello, voice: 'female-1' as const };
    expect(auditAudio([otherVoice], manifest, files).clips[0]?.status).toBe('stale');
    manifest.clips[hello.id] = { ...manifest.clips[hello.id]!, hash: clipHash(hello.text, RECORDED_VOICE_VERSION), recorded: true };
    expect(auditAudio([otherVoice], manifest, files).clips[0]?.status).toBe('ok');
  });

  test('a missing file, a resized file, a wrong volume', () => {
    const { manifest, files } = upToDate([hello, bye]);
    files.delete(`v1/${hello.id}.slow.mp3`);
    files.set(`v1/${bye.id}.mp3`, 5);
    const audit = auditAudio([hello, bye], manifest, files);
    expect(audit.clips[0]).toMatchObject({ status: 'file-missing', files: [`v1/${hello.id}.slow.mp3`] });
    expect(audit.clips[1]).toMatchObject({ status: 'size-mismatch', files: [`v1/${bye.id}.mp3`] });
    const moved = auditAudio([{ ...hello, volume: 'v2' }], upToDate([hello]).manifest, upToDate([hello]).files);
    expect(moved.clips[0]?.status).toBe('moved');
  });

  test('orphan entries and orphan files (the manifest itself is not an orphan)', () => {
    const { manifest, files } = upToDate([hello, bye]);
    files.set('v1/v1.u00.l09.v01.mp3', 10);
    files.set('v2/stray.wav', 10);
    const audit = auditAudio([hello], manifest, files);
    expect(audit.orphanEntries).toEqual([bye.id]);
    expect(audit.orphanFiles).toEqual([`v1/${bye.id}.mp3`, `v1/${bye.id}.slow.mp3`, 'v1/v1.u00.l09.v01.mp3', 'v2/stray.wav']);
    const problems = auditProblems(audit, 'public/audio');
    expect(problems).toContain(`public/audio/manifest.json: orphan entry ${bye.id} (no French text has this id)`);
    expect(problems).toContain('public/audio/v2/stray.wav: orphan file (no French text needs it)');
  });

  test('an id that is not an own key of the manifest is not found through the prototype', () => {
    const odd = clip('constructor', 'Bonjour.');
    expect(auditAudio([odd], emptyAudioManifest(), new Map()).clips[0]?.status).toBe('no-entry');
  });

  test('which statuses the generator remakes', () => {
    expect(['no-entry', 'stale', 'moved', 'file-missing'].every((s) => needsGeneration(s as never))).toBe(true);
    expect(needsGeneration('ok')).toBe(false);
    expect(needsGeneration('size-mismatch')).toBe(false);
  });
});

describe('sizes', () => {
  test('formatBytes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(4_321)).toBe('4.3 KB');
    expect(formatBytes(5_510_000)).toBe('5.51 MB');
  });

  test('formatSizes: one line per volume and the total', () => {
    const sizes = new Map([
      ['v1', { clips: 2, bytes: 1_000_000, slowBytes: 1_500_000, playerSlowed: 0 }],
      ['v2', { clips: 1, bytes: 500, slowBytes: 700, playerSlowed: 0 }],
      ['glossary', { clips: 4, bytes: 3_000, slowBytes: 0, playerSlowed: 4 }],
    ]);
    expect(formatSizes(sizes)).toEqual([
      'v1: 2 clips, 1.00 MB normal + 1.50 MB slow = 2.50 MB',
      'v2: 1 clips, 500 B normal + 700 B slow = 1.2 KB',
      'glossary: 4 clips, 3.0 KB normal + 0 B slow = 3.0 KB (4 slowed by the player)',
      'total: 7 clips, 1.00 MB normal + 1.50 MB slow = 2.50 MB (4 slowed by the player)',
    ]);
  });
});

describe('stringifyManifest', () => {
  test('sorts ids naturally, fixes the field order and round-trips through parseAudioManifest', () => {
    const manifest = emptyAudioManifest();
    manifest.clips['v1.u00.l10.v01'] = { slowBytes: 2, bytes: 1, hash: 'aaaaaaaaaaaaaaaa', volume: 'v1' };
    manifest.clips['v1.u00.l02.v01'] = { recorded: true, durationMs: 900, slowBytes: 4, bytes: 3, hash: 'bbbbbbbbbbbbbbbb', volume: 'v1' };
    const text = stringifyManifest(manifest);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text).clips)).toEqual(['v1.u00.l02.v01', 'v1.u00.l10.v01']);
    expect(text).toContain(
      '"volume": "v1",\n      "hash": "bbbbbbbbbbbbbbbb",\n      "bytes": 3,\n      "slowBytes": 4,\n      "durationMs": 900,\n      "recorded": true',
    );
    const parsed = parseAudioManifest(JSON.parse(text));
    expect(parsed.problems).toEqual([]);
    expect(parsed.manifest).toEqual(manifest);
  });
});

describe('wavDurationMs', () => {
  function wav(samples: number, rate = 22050, declaredDataBytes?: number): Uint8Array {
    const dataBytes = samples * 2;
    const bytes = new Uint8Array(44 + dataBytes);
    const view = new DataView(bytes.buffer);
    const write = (offset: number, text: string) => [...text].forEach((ch, i) => view.setUint8(offset + i, ch.charCodeAt(0)));
    write(0, 'RIFF');
    view.setUint32(4, 36 + dataBytes, true);
    write(8, 'WAVE');
    write(12, 'fmt ');
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true);
    view.setUint16(22, 1, true);
    view.setUint32(24, rate, true);
    view.setUint32(28, rate * 2, true);
    view.setUint16(32, 2, true);
    view.setUint16(34, 16, true);
    write(36, 'data');
    view.setUint32(40, declaredDataBytes ?? dataBytes, true);
    return bytes;
  }

  test('reads the duration from the fmt and data chunks', () => {
    expect(wavDurationMs(wav(22050))).toBe(1000);
    expect(wavDurationMs(wav(11025, 22050))).toBe(500);
    expect(wavDurationMs(wav(16000, 16000))).toBe(1000);
  });

  test('a streaming header (huge data size) is clipped to the bytes present', () => {
    expect(wavDurationMs(wav(22050, 22050, 0x7fffffff))).toBe(1000);
  });

  test('not a WAV file', () => {
    expect(wavDurationMs(new TextEncoder().encode('ID3 not a wave file at all'))).toBeUndefined();
    expect(wavDurationMs(new Uint8Array(0))).toBeUndefined();
  });
});

describe('clips the player slows down (no slow file)', () => {
  const term = clip('gl.radio-signals.0001', 'la fréquence', 'glossary', false);

  test('expect the normal file only, with a voice version of their own', () => {
    expect(voiceSettingsVersion('narrator', false)).toContain('slow:playback');
    expect(voiceSettingsVersion('narrator')).not.toContain('slow:playback');
    expect(expectedHash(term)).not.toBe(expectedHash({ ...term, slowFile: true }));

    const manifest = emptyAudioManifest();
    manifest.clips[term.id] = { volume: 'glossary', hash: expectedHash(term), bytes: 900, slowBytes: 0 };
    const files = new Map([
      ['manifest.json', 100],
      ['glossary/gl.radio-signals.0001.mp3', 900],
    ]);
    const audit = auditAudio([term], manifest, files);
    expect(audit.clips[0]?.status).toBe('ok');
    expect(audit.orphanFiles).toEqual([]);
    expect(formatSizes(audit.sizes)[0]).toBe('glossary: 1 clips, 900 B normal + 0 B slow = 900 B (1 slowed by the player)');

    // A leftover slow file is an orphan; a missing normal file is reported.
    files.set('glossary/gl.radio-signals.0001.slow.mp3', 1200);
    expect(auditAudio([term], manifest, files).orphanFiles).toEqual(['glossary/gl.radio-signals.0001.slow.mp3']);
    files.delete('glossary/gl.radio-signals.0001.mp3');
    expect(auditAudio([term], manifest, files).clips[0]).toMatchObject({
      status: 'file-missing',
      files: ['glossary/gl.radio-signals.0001.mp3'],
    });
  });
});
