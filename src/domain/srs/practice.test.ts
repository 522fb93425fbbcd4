import { describe, expect, test } from 'vitest';
import { createRng } from '../../lib/rng';
import { acceptedFrench, pickForm, pickOptions, type WordCardContent } from './practice';

const word = (id: string, fr: string, gloss: string): WordCardContent => ({ id, fr, gloss, hasAudio: false });

describe('practice forms', () => {
  test('a new card is recognised first; later forms vary, listening only with audio', () => {
    expect(pickForm({ reps: 0, hasAudio: true }, createRng(1))).toBe('fr-en-choose');
    const forms = new Set(Array.from({ length: 40 }, (_, seed) => pickForm({ reps: 2, hasAudio: true }, createRng(seed))));
    expect(forms).toEqual(new Set(['fr-en-choose', 'en-fr-typed', 'listen-choose']));
    const silent = new Set(Array.from({ length: 40 }, (_, seed) => pickForm({ reps: 2, hasAudio: false }, createRng(seed))));
    expect(silent.has('listen-choose')).toBe(false);
  });

  test('options hold the target once and no duplicate glosses', () => {
    const target = word('a', 'le casque', 'helmet');
    const pool = [
      target,
      word('b', 'la radio', 'radio'),
      word('c', 'le poste', 'post'),
      word('d', 'le casque lourd', 'Helmet'),
      word('e', 'la tente', 'tent'),
    ];
    const options = pickOptions(target, pool, createRng(3));
    expect(options).toHaveLength(4);
    expect(options.filter((option) => option.id === 'a')).toHaveLength(1);
    expect(new Set(options.map((option) => option.gloss.toLowerCase())).size).toBe(4);
  });

  test('typed French is accepted with or without the article', () => {
    expect(acceptedFrench('le casque')).toEqual(['le casque', 'casque']);
    expect(acceptedFrench("l'arme")).toEqual(["l'arme", 'arme']);
    expect(acceptedFrench('bonjour')).toEqual(['bonjour']);
  });
});
