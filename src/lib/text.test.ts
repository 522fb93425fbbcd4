import { describe, expect, test } from 'vitest';
import {
  codePointLength,
  commonPrefixLength,
  damerauLevenshtein,
  expandLigatures,
  levenshtein,
  normalizeApostrophes,
  normalizeHyphens,
  normalizeQuotes,
  normalizeSpaces,
  removeInvisibleChars,
  stripDiacritics,
  wordSpans,
  words,
} from './text.ts';

describe('stripDiacritics', () => {
  test.each([
    ['Ça va ?', 'Ca va ?'],
    ['éèêë àâä îï ôö ùûü ÿ', 'eeee aaa ii oo uuu y'],
    ['Où est le poste de commandement ?', 'Ou est le poste de commandement ?'],
    ['ÉCOUTEZ', 'ECOUTEZ'],
    // Decomposed input (e + combining acute) is handled like composed input.
    ['arrive\u0301', 'arrive'],
    // Ligatures are letters of their own, not accented letters.
    ['cœur', 'cœur'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(stripDiacritics(input)).toBe(output);
  });
});

describe('expandLigatures', () => {
  test.each([
    ['cœur', 'coeur'],
    ['Œuvre', 'OEuvre'],
    ['curriculum vitæ', 'curriculum vitae'],
    ['ÆTHER', 'AETHER'],
    ['sans ligature', 'sans ligature'],
  ])('%j → %j', (input, output) => {
    expect(expandLigatures(input)).toBe(output);
  });
});

describe('normalizeApostrophes', () => {
  test.each([
    ['m’appelle', "m'appelle"],
    ['mʼappelle', "m'appelle"],
    ['m‘appelle', "m'appelle"],
    ['m`appelle', "m'appelle"],
    ['m´appelle', "m'appelle"],
    ["m'appelle", "m'appelle"],
  ])('%j → %j', (input, output) => {
    expect(normalizeApostrophes(input)).toBe(output);
  });
});

describe('normalizeQuotes', () => {
  test.each([
    ['« Halte ! »', '" Halte ! "'],
    ['“Halte”', '"Halte"'],
    ['„Halte“', '"Halte"'],
    ['‹ oui ›', '" oui "'],
  ])('%j → %j', (input, output) => {
    expect(normalizeQuotes(input)).toBe(output);
  });
});

describe('normalizeHyphens', () => {
  test.each([
    ['quatre‐vingts', 'quatre-vingts'],
    ['quatre‑vingts', 'quatre-vingts'],
    ['quatre–vingts', 'quatre-vingts'],
    ['−5', '-5'],
    // The em dash is punctuation, not a hyphen.
    ['— Bonjour', '— Bonjour'],
  ])('%j → %j', (input, output) => {
    expect(normalizeHyphens(input)).toBe(output);
  });
});

describe('removeInvisibleChars', () => {
  test.each([
    ['Bama\u00ADko', 'Bamako'],
    ['pa\u200Btrouille', 'patrouille'],
    ['\uFEFFBonjour', 'Bonjour'],
    ['a\u200C\u200D\u2060b', 'ab'],
  ])('%j → %j', (input, output) => {
    expect(removeInvisibleChars(input)).toBe(output);
  });
});

describe('normalizeSpaces', () => {
  test.each([
    ['Ça\u00A0va\u202F?', 'Ça va ?'],
    ['  Nous   sommes\ten\npatrouille  ', 'Nous sommes en patrouille'],
    ['\u2009fine\u2009', 'fine'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, output) => {
    expect(normalizeSpaces(input)).toBe(output);
  });
});

describe('codePointLength', () => {
  test.each([
    ['', 0],
    ['camp', 4],
    ['cœur', 4],
    ['🇫🇷', 2],
    ['𝒜', 1],
  ])('%j → %i', (input, length) => {
    expect(codePointLength(input)).toBe(length);
  });
});

describe('levenshtein', () => {
  test.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['camp', 'camp', 0],
    ['camp', 'champ', 1],
    ['soldat', 'soldats', 1],
    ['commandement', 'comandement', 1],
    ['kitten', 'sitting', 3],
    // A swap is two edits for plain Levenshtein.
    ['arrivé', 'arrvié', 2],
    // Accents count: é is not e.
    ['arrivé', 'arrive', 1],
    // Code points, not UTF-16 units.
    ['𝒜b', 'ab', 1],
  ])('%j ↔ %j = %i', (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
    expect(levenshtein(b, a)).toBe(distance);
  });
});

describe('damerauLevenshtein', () => {
  test.each([
    ['', '', 0],
    ['', 'ab', 2],
    ['arrivé', 'arrvié', 1],
    ['bonjour', 'bonjuor', 1],
    ['merci', 'mecri', 1],
    ['soldat', 'sodlta', 2],
    ['ca', 'abc', 3],
    ['lieutenant', 'lietnant', 2],
    ['kitten', 'sitting', 3],
  ])('%j ↔ %j = %i', (a, b, distance) => {
    expect(damerauLevenshtein(a, b)).toBe(distance);
    expect(damerauLevenshtein(b, a)).toBe(distance);
  });
});

describe('commonPrefixLength', () => {
  test.each([
    ['parle', 'parlez', 5],
    ['parlons', 'parlez', 4],
    ['', 'abc', 0],
    ['abc', 'xyz', 0],
  ])('%j, %j → %i', (a, b, length) => {
    expect(commonPrefixLength(a, b)).toBe(length);
  });
});

describe('wordSpans and words', () => {
  test.each([
    ["J'habite à Saint-Louis.", ['J', 'habite', 'à', 'Saint', 'Louis']],
    ['Je m’appelle Amina Diallo.', ['Je', 'm', 'appelle', 'Amina', 'Diallo']],
    ['Je mʼappelle', ['Je', 'm', 'appelle']],
    ['Ça va ?', ['Ça', 'va']],
    ['« Halte ! »', ['Halte']],
    ['quatre-vingt-dix', ['quatre', 'vingt', 'dix']],
    ['Rendez-vous à 14h30.', ['Rendez', 'vous', 'à', '14h30']],
    ['un cœur', ['un', 'cœur']],
    ['Bama\u00ADko', ['Bama\u00ADko']],
    ['arrive\u0301', ['arrive\u0301']],
    ['', []],
    ['?! …', []],
  ])('%j → %j', (input, expected) => {
    expect(words(input)).toEqual(expected);
  });

  test('offsets point into the original string', () => {
    const text = '  Où est   le poste ?';
    const spans = wordSpans(text);
    expect(spans).toEqual([
      { text: 'Où', start: 2, end: 4 },
      { text: 'est', start: 5, end: 8 },
      { text: 'le', start: 11, end: 13 },
      { text: 'poste', start: 14, end: 19 },
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
