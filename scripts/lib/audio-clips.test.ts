import { describe, expect, test } from 'vitest';
import type { Lesson } from '../../src/content/schema.ts';
import { CLIP_SOURCES, collectClips, dialogueVoices, type ClipSource, type LessonSource } from './audio-clips.ts';
import { espeakArgs, lameArgs, speakableText, voiceSettingsVersion } from './audio-speech.ts';

/** Only the parts of a lesson the collectors read. */
const lesson = {
  id: 'v1.u00.l01',
  dialogues: [
    {
      id: 'v1.u00.l01.d1',
      speakers: [
        { id: 'kofi', gender: 'm' },
        { id: 'marc', gender: 'm' },
        { id: 'amina', gender: 'f' },
      ],
      lines: [
        { id: 'v1.u00.l01.d1.line01', speaker: 'kofi', text: { fr: 'Bonjour, mon adjudant-chef.', en: 'Hello.' } },
        { id: 'v1.u00.l01.d1.line02', speaker: 'marc', text: { fr: 'Bienvenue au camp.', en: 'Welcome.' } },
        { id: 'v1.u00.l01.d1.line03', speaker: 'amina', text: { fr: 'Bonjour à tous !', en: 'Hello all!' } },
      ],
    },
  ],
  vocabulary: [
    { id: 'v1.u00.l01.v01', term: { fr: 'le/la sergent', en: 'sergeant' }, example: { fr: 'Je suis sergent.', en: 'I am a sergeant.' } },
  ],
  grammar: [{ id: 'v1.u00.l01.g1', examples: [{ id: 'v1.u00.l01.g1.ex01', text: { fr: 'Je suis ghanéen.', en: 'I am Ghanaian.' } }] }],
  pronunciation: [{ id: 'v1.u00.l01.p1', items: [{ id: 'v1.u00.l01.p1.i01', text: { fr: 'bonjour' } }] }],
  exercises: [
    { id: 'v1.u00.l01.ex01', type: 'multiple-choice', ref: 'v1.u00.l01.d1.line01' },
    { id: 'v1.u00.l01.ex02', type: 'dictation', audio: { id: 'v1.u00.l01.ex02.a1', fr: 'Je suis caporal.', en: 'I am a corporal.' } },
    {
      id: 'v1.u00.l01.ex03',
      type: 'minimal-pairs',
      items: [{ audio: { id: 'v1.u00.l01.ex03.a1', fr: 'vous' } }, { audio: { id: 'v1.u00.l01.ex03.a2', fr: 'vu' } }],
    },
    { id: 'v1.u00.l01.ex04', type: 'other', audio: { id: 'not-a-clip-id', fr: 'ignored' } },
  ],
} as unknown as Lesson;

const source: LessonSource = { lesson, volume: 'v1', file: 'content/vol1/unit-00/lesson-01.json' };

describe('collectClips', () => {
  test('dialogue lines, vocabulary terms and examples, grammar examples, pronunciation items', () => {
    const { clips, problems } = collectClips([source]);
    expect(problems).toEqual([]);
    expect(clips.map((c) => [c.id, c.text, c.voice])).toEqual([
      ['v1.u00.l01.d1.line01', 'Bonjour, mon adjudant-chef.', 'male-1'],
      ['v1.u00.l01.d1.line02', 'Bienvenue au camp.', 'male-2'],
      ['v1.u00.l01.d1.line03', 'Bonjour à tous !', 'female-1'],
      ['v1.u00.l01.v01', 'le/la sergent', 'narrator'],
      ['v1.u00.l01.v01.example', 'Je suis sergent.', 'narrator'],
      ['v1.u00.l01.g1.ex01', 'Je suis ghanéen.', 'narrator'],
      ['v1.u00.l01.p1.i01', 'bonjour', 'narrator'],
      ['v1.u00.l01.ex02.a1', 'Je suis caporal.', 'narrator'],
      ['v1.u00.l01.ex03.a1', 'vous', 'narrator'],
      ['v1.u00.l01.ex03.a2', 'vu', 'narrator'],
    ]);
    expect(clips.at(-1)?.where).toBe('content/vol1/unit-00/lesson-01.json: exercises[2].items[1].audio.fr');
    expect(clips.every((c) => c.volume === 'v1')).toBe(true);
    expect(clips[3]?.where).toBe('content/vol1/unit-00/lesson-01.json: vocabulary[0].term.fr');
    // Vocabulary terms and examples are slowed by the player; connected speech has a slow file.
    expect(clips.filter((c) => !c.slowFile).map((c) => c.id)).toEqual(['v1.u00.l01.v01', 'v1.u00.l01.v01.example']);
  });

  test('a source can name its own JSON paths (the glossary: entries[i].term.fr[0])', () => {
    const glossary: LessonSource = {
      ...source,
      volume: 'glossary',
      file: 'content/glossary/radio-signals.json',
      vocabularyPath: (v, part) => `entries[${String(v)}].${part === 'term' ? 'term.fr[0]' : 'example.fr'}`,
    };
    const wheres = collectClips([glossary]).clips.filter((c) => c.id.startsWith('v1.u00.l01.v01'));
    expect(wheres.map((c) => c.where)).toEqual([
      'content/glossary/radio-signals.json: entries[0].term.fr[0]',
      'content/glossary/radio-signals.json: entries[0].example.fr',
    ]);
  });

  test('adding a kind of audio is one function', () => {
    const exerciseAudio: ClipSource = (s) =>
      s.lesson.id === 'v1.u00.l01'
        ? [{ id: 'v1.u00.l01.ex01', text: 'Écoutez.', voice: 'narrator', volume: s.volume, where: 'x', slowFile: true }]
        : [];
    const { clips } = collectClips([source], [...CLIP_SOURCES, exerciseAudio]);
    expect(clips.at(-1)?.id).toBe('v1.u00.l01.ex01');
    expect(clips).toHaveLength(11);
  });

  test('a duplicate id and an empty text are reported', () => {
    const twice: ClipSource = () => [
      { id: 'same', text: 'Un.', voice: 'narrator', volume: 'v1', where: 'a', slowFile: true },
      { id: 'same', text: 'Deux.', voice: 'narrator', volume: 'v1', where: 'b', slowFile: true },
      { id: 'empty', text: '  ', voice: 'narrator', volume: 'v1', where: 'c', slowFile: true },
    ];
    const { clips, problems } = collectClips([source], [twice]);
    expect(clips.map((c) => c.text)).toEqual(['Un.']);
    expect(problems).toEqual(['b: audio id same is already used at a', 'c: empty French text for empty']);
  });

  test('dialogue voices alternate per gender in speaker order', () => {
    const voices = dialogueVoices([
      { id: 'a', gender: 'f' },
      { id: 'b', gender: 'm' },
      { id: 'c', gender: 'f' },
      { id: 'd', gender: 'f' },
    ]);
    expect(Object.fromEntries(voices)).toEqual({ a: 'female-1', b: 'male-1', c: 'female-2', d: 'female-1' });
  });
});

describe('speech settings', () => {
  test('speakableText reads written-only forms aloud', () => {
    expect(speakableText('madame (Mme)')).toBe('madame');
    expect(speakableText('le/la capitaine')).toBe('le capitaine, la capitaine');
    expect(speakableText('il/elle est là.')).toBe('il est là, elle est là.');
    expect(speakableText('M. Diallo est là.')).toBe('monsieur Diallo est là.');
    expect(speakableText('Rendez-vous à 14 h 30, pas à 1 h.')).toBe('Rendez-vous à 14 heures 30, pas à une heure.');
    expect(speakableText('Je peux entrer ? — Oui, entrez !')).toBe('Je peux entrer ? — Oui, entrez !');
    expect(speakableText('S, H, A, R, M, A.')).toBe('S, H, A, R, M, A.');
  });

  test('the slow speed is slower speech (lower rate and a word gap), not a pitch change', () => {
    const normal = espeakArgs('narrator', 'normal', 'n.wav');
    const slow = espeakArgs('narrator', 'slow', 's.wav');
    const flag = (args: string[], name: string) => Number(args[args.indexOf(name) + 1]);
    expect(flag(slow, '-s')).toBeLessThan(flag(normal, '-s'));
    expect(flag(slow, '-g')).toBeGreaterThan(flag(normal, '-g'));
    expect(flag(slow, '-p')).toBe(flag(normal, '-p'));
    // espeak-ng ignores a variant after a region code (fr-fr+m3), so voices use "fr+…".
    expect(normal[normal.indexOf('-v') + 1]).toMatch(/^fr\+/);
    expect(lameArgs('a.wav', 'a.mp3')).toEqual(expect.arrayContaining(['-m', 'm', '--resample', '16', 'a.wav', 'a.mp3']));
  });

  test('each voice has its own settings version', () => {
    expect(voiceSettingsVersion('male-1')).not.toBe(voiceSettingsVersion('female-1'));
    expect(voiceSettingsVersion('narrator')).toContain('espeak-ng:fr+m3');
  });
});
