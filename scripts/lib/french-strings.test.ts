import { describe, expect, test } from 'vitest';
import {
  checkScopeFor,
  collectFrenchStrings,
  findAllowingEntry,
  firstAcceptedAnswer,
  flattenLineBreaks,
  formatJsonPath,
  parseAllowlist,
  parseGrammalecteOutput,
  ruleBaseName,
  ruleMatches,
  substituteGaps,
  type GrammalecteIssue,
} from './french-strings.ts';

describe('formatJsonPath', () => {
  test('formats keys and indexes like an accessor', () => {
    expect(formatJsonPath(['dialogues', 0, 'lines', 3, 'text', 'fr'])).toBe('dialogues[0].lines[3].text.fr');
    expect(formatJsonPath(['chips', 'fr', 1])).toBe('chips.fr[1]');
    expect(formatJsonPath([2, 'fr'])).toBe('[2].fr');
  });

  test('quotes keys that are not identifiers', () => {
    expect(formatJsonPath(['exercises', 0, 'weird key', 'fr'])).toBe('exercises[0]["weird key"].fr');
  });
});

describe('gap substitution', () => {
  const gaps = [{ accept: { fr: ['suis', 'serai'] } }, { accept: { fr: 'est' } }, { accept: {} }];

  test('first accepted answer, string or array', () => {
    expect(firstAcceptedAnswer(gaps[0])).toBe('suis');
    expect(firstAcceptedAnswer(gaps[1])).toBe('est');
    expect(firstAcceptedAnswer(gaps[2])).toBeUndefined();
    expect(firstAcceptedAnswer({ accept: { fr: [] } })).toBeUndefined();
    expect(firstAcceptedAnswer('suis')).toBeUndefined();
  });

  test('replaces {n} with the first answer of gaps[n-1]', () => {
    expect(substituteGaps('Je {1} sergent. Elle {2} là.', gaps)).toBe('Je suis sergent. Elle est là.');
    expect(substituteGaps('{1} {1}', gaps)).toBe('suis suis');
  });

  test('uses X when the gap, its answer or the gaps array is missing', () => {
    expect(substituteGaps('Je {3} là {4} {0}.', gaps)).toBe('Je X là X X.');
    expect(substituteGaps('Je {1} là.', undefined)).toBe('Je X là.');
  });

  test('leaves text without markers alone', () => {
    expect(substituteGaps('Ça va ? {a}', gaps)).toBe('Ça va ? {a}');
  });
});

describe('checkScopeFor', () => {
  test('1–2 words without final punctuation: spelling only', () => {
    expect(checkScopeFor('la caserne', ['term', 'fr'])).toBe('spelling');
    expect(checkScopeFor('suis', ['gaps', 0, 'accept', 'fr', 0])).toBe('spelling');
    expect(checkScopeFor('Garde-à-vous', ['fr'])).toBe('spelling');
  });

  test('punctuated or longer strings: grammar', () => {
    expect(checkScopeFor('Garde-à-vous !', ['fr'])).toBe('grammar');
    expect(checkScopeFor('Ça va ?', ['fr'])).toBe('grammar');
    expect(checkScopeFor('Oui.', ['fr'])).toBe('grammar');
    expect(checkScopeFor('« Repos ! »', ['fr'])).toBe('grammar');
    expect(checkScopeFor('le poste de commandement', ['fr'])).toBe('grammar');
  });

  test('anything under chips: spelling only', () => {
    expect(checkScopeFor('Je suis sergent.', ['exercises', 0, 'chips', 'fr', 0])).toBe('spelling');
    expect(checkScopeFor('au poste de commandement', ['extraChips', 'fr'])).toBe('spelling');
  });
});

describe('collectFrenchStrings', () => {
  test('collects strings and arrays under fr, with paths, in document order', () => {
    const lesson = {
      title: { fr: 'Se présenter', en: 'Introducing yourself' },
      dialogues: [{ lines: [{ text: { fr: 'Bonjour, mon lieutenant !', en: 'Hello, lieutenant!' } }] }],
      accept: { fr: ['Je suis sergent.', 'Je suis sergente.'] },
      en: 'not French',
      note: { en: 'fr', de: 'nicht' },
    };
    expect(collectFrenchStrings(lesson).map(({ path, text, scope }) => ({ path, text, scope }))).toEqual([
      { path: 'title.fr', text: 'Se présenter', scope: 'spelling' },
      { path: 'dialogues[0].lines[0].text.fr', text: 'Bonjour, mon lieutenant !', scope: 'grammar' },
      { path: 'accept.fr[0]', text: 'Je suis sergent.', scope: 'grammar' },
      { path: 'accept.fr[1]', text: 'Je suis sergente.', scope: 'grammar' },
    ]);
  });

  test('fills gaps from the nearest enclosing object with a gaps array', () => {
    const exercise = {
      gaps: [{ accept: { fr: ['suis'] } }],
      items: [{ sentence: { fr: 'Je {1} sergent.' } }, { gaps: [{ accept: { fr: 'sommes' } }], sentence: { fr: 'Nous {1} là.' } }],
    };
    const found = collectFrenchStrings(exercise);
    expect(found.map((s) => [s.path, s.raw, s.text])).toEqual([
      ['gaps[0].accept.fr[0]', 'suis', 'suis'],
      ['items[0].sentence.fr', 'Je {1} sergent.', 'Je suis sergent.'],
      ['items[1].gaps[0].accept.fr', 'sommes', 'sommes'],
      ['items[1].sentence.fr', 'Nous {1} là.', 'Nous sommes là.'],
    ]);
  });

  test('the object holding fr counts as enclosing; no gaps anywhere gives X', () => {
    expect(collectFrenchStrings({ fr: 'Je {1} là.', gaps: [{ accept: { fr: ['suis'] } }] })[0]?.text).toBe('Je suis là.');
    expect(collectFrenchStrings({ sentence: { fr: 'Je {1} là.' } })[0]?.text).toBe('Je X là.');
  });

  test('chips are spelling-only; empty strings and non-strings are skipped', () => {
    const found = collectFrenchStrings({ chips: { fr: ['je', '', 'suis', 3, null] }, other: { fr: 42 } });
    expect(found.map((s) => [s.path, s.scope])).toEqual([
      ['chips.fr[0]', 'spelling'],
      ['chips.fr[2]', 'spelling'],
    ]);
  });

  test('flattens line breaks so each string is one line', () => {
    expect(flattenLineBreaks('Bonjour,\nmon lieutenant\r\n!\u2028')).toBe('Bonjour, mon lieutenant ! ');
    expect(collectFrenchStrings({ fr: 'Bonjour,\nmon lieutenant !' })[0]?.text).toBe('Bonjour, mon lieutenant !');
  });

  test('top-level arrays and scalars', () => {
    expect(collectFrenchStrings([{ fr: 'Ça va ?' }])[0]?.path).toBe('[0].fr');
    expect(collectFrenchStrings('fr')).toEqual([]);
    expect(collectFrenchStrings(null)).toEqual([]);
  });
});

describe('parseGrammalecteOutput', () => {
  const output = `{ "grammalecte": "2.1.2", "lang": "fr", "data" : [
{"iParagraph": 2, "lGrammarErrors": [{"nStart": 8, "nEnd": 15, "sLineId": "#1", "sRuleId": "gv1__ppas_je_tu_verbe_état__b1_a1_1", "sType": "ppas", "sMessage": "Accord avec le sujet “Je”.", "aSuggestions": ["arrivé"], "URL": "", "sUnderlined": "arrivés", "sBefore": "Je suis ", "sAfter": "."}], "lSpellingErrors": []},
{"iParagraph": 3, "lGrammarErrors": [], "lSpellingErrors": [{"i": 5, "sType": "WORD", "sValue": "Diallo", "nStart": 19, "nEnd": 25, "aSuggestions": ["Diapo"]}]}
]}
`;

  test('maps 1-based paragraphs to issues', () => {
    const issues = parseGrammalecteOutput(output);
    expect([...issues.keys()]).toEqual([2, 3]);
    expect(issues.get(2)).toEqual([
      {
        kind: 'grammar',
        ruleId: 'gv1__ppas_je_tu_verbe_état__b1_a1_1',
        ruleType: 'ppas',
        word: 'arrivés',
        message: 'Accord avec le sujet “Je”.',
        suggestions: ['arrivé'],
      },
    ]);
    expect(issues.get(3)?.[0]).toMatchObject({ kind: 'spelling', ruleId: 'spelling', word: 'Diallo' });
  });

  test('ignores leading noise and rejects output without JSON', () => {
    expect(parseGrammalecteOutput(`warning\n${output}`).size).toBe(2);
    expect(() => parseGrammalecteOutput('# Error: file not found.')).toThrow();
  });
});

describe('rule names', () => {
  test('base name strips graph prefix and branch suffix', () => {
    expect(ruleBaseName('gv1__ppas_je_tu_verbe_état__b1_a1_1')).toBe('ppas_je_tu_verbe_état');
    expect(ruleBaseName('g2__typo_ordinaux_chiffres_exposants__b9_a1_1')).toBe('typo_ordinaux_chiffres_exposants');
    expect(ruleBaseName('apostrophe_typographique')).toBe('apostrophe_typographique');
  });

  test('a rule matches by full id or base name', () => {
    expect(ruleMatches('g3__gn_les_1m__b3_a1_1', 'g3__gn_les_1m__b3_a1_1')).toBe(true);
    expect(ruleMatches('gn_les_1m', 'g3__gn_les_1m__b3_a1_1')).toBe(true);
    expect(ruleMatches('gn_les', 'g3__gn_les_1m__b3_a1_1')).toBe(false);
  });
});

describe('allow-list', () => {
  test('every entry needs match and why; unknown keys are reported', () => {
    const { entries, problems } = parseAllowlist({
      entries: [
        { match: 'Diallo', rule: 'spelling', why: 'Speaker surname.' },
        { match: 'Okafor' },
        { match: 'Kowalski', why: '   ' },
        { match: 'X', why: 'ok', reason: 'typo' },
        { why: 'no match' },
        'Goma',
      ],
    });
    expect(entries).toEqual([{ match: 'Diallo', rule: 'spelling', why: 'Speaker surname.' }]);
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toContain('entries[1] ("Okafor"): "why" is missing');
  });

  test('rejects a file without entries; accepts a bare array', () => {
    expect(parseAllowlist({}).problems).toHaveLength(1);
    expect(parseAllowlist([{ match: 'ONU', why: 'acronym' }]).entries).toHaveLength(1);
  });

  const spelling: GrammalecteIssue = {
    kind: 'spelling',
    ruleId: 'spelling',
    ruleType: 'WORD',
    word: 'Diallo',
    message: '',
    suggestions: [],
  };
  const agreement: GrammalecteIssue = {
    kind: 'grammar',
    ruleId: 'gv1__ppas_je_tu_verbe_état__b1_a1_1',
    ruleType: 'ppas',
    word: 'arrivés',
    message: '',
    suggestions: [],
  };
  const item = { raw: 'Je suis arrivés.', text: 'Je suis arrivés.' };

  test('matches by word, by rule + word, by whole string, by rule id', () => {
    expect(findAllowingEntry(spelling, item, [{ match: 'Diallo', why: 'name' }])).toBeDefined();
    expect(findAllowingEntry(spelling, item, [{ match: 'Diallo', rule: 'spelling', why: 'name' }])).toBeDefined();
    expect(findAllowingEntry(agreement, item, [{ match: 'Diallo', rule: 'spelling', why: 'name' }])).toBeUndefined();
    expect(findAllowingEntry(agreement, item, [{ match: 'arrivés', rule: 'ppas_je_tu_verbe_état', why: 'learner error' }])).toBeDefined();
    expect(findAllowingEntry(agreement, item, [{ match: 'arrivés', rule: 'spelling', why: 'x' }])).toBeUndefined();
    expect(findAllowingEntry(agreement, item, [{ match: 'Je suis arrivés.', why: 'learner error' }])).toBeDefined();
    expect(findAllowingEntry(agreement, item, [{ match: 'gv1__ppas_je_tu_verbe_état__b1_a1_1', why: 'x' }])).toBeDefined();
    expect(findAllowingEntry(agreement, item, [{ match: 'arrivé', why: 'x' }])).toBeUndefined();
  });

  test('a gap sentence can be allowed by its source text', () => {
    const gapItem = { raw: 'Elle {1} allé.', text: 'Elle est allé.' };
    expect(findAllowingEntry(agreement, gapItem, [{ match: 'Elle {1} allé.', why: 'learner error' }])).toBeDefined();
  });
});

describe('deliberate learner errors', () => {
  test('French under learnerError is not collected, its correction is', () => {
    const found = collectFrenchStrings({
      commonErrors: [{ learnerError: { fr: 'Je suis 25 ans.' }, correction: { fr: "J'ai 25 ans." } }],
    });
    expect(found.map((entry) => entry.text)).toEqual(["J'ai 25 ans."]);
  });
});

describe('glossary acronyms', () => {
  test('acronyms are letters, not checked as words; the terms and the example are', () => {
    const found = collectFrenchStrings({
      term: { fr: ["l'engin explosif improvisé"] },
      acronyms: [{ en: 'IED', fr: 'EEI' }],
      example: { fr: "L'EEI était sous le pont." },
    });
    expect(found.map((entry) => entry.path)).toEqual(['term.fr[0]', 'example.fr']);
  });
});

describe('gap-fill-choice gaps', () => {
  test('the chosen option fills the gap before checking', () => {
    const found = collectFrenchStrings({
      sentence: { fr: 'Tu {1} sergent ?' },
      gaps: [{ options: { fr: ['es', 'êtes', 'est'] }, answer: 0 }],
    });
    expect(found[0]?.text).toBe('Tu es sergent ?');
  });
});
