import { describe, expect, test } from 'vitest';
import { wordSpans } from '../../lib/text.ts';
import { diffForDisplay, judge, type DiffSegment, type IssueKind, type VerdictResult } from './judge.ts';

/** Issue kinds as a sorted list, so the tables do not depend on the order issues are reported in. */
function kindsOf(response: string, accepted: readonly string[], strictAccents = false): IssueKind[] {
  return judge(response, accepted, { strictAccents })
    .issues.map((issue) => issue.kind)
    .sort();
}

type Row = readonly [response: string, accepted: string | readonly string[], result: VerdictResult, kinds: readonly IssueKind[]];

const list = (accepted: string | readonly string[]): readonly string[] => (typeof accepted === 'string' ? [accepted] : accepted);

function runTable(rows: readonly Row[]): void {
  test.each(rows)('%j against %j → %s %j', (response, accepted, result, kinds) => {
    const verdict = judge(response, list(accepted));
    expect(verdict.result).toBe(result);
    expect(verdict.issues.map((issue) => issue.kind).sort()).toEqual([...kinds].sort());
  });
}

describe('judge — typography a teacher does not mark (correct)', () => {
  runTable([
    ['Je m’appelle Amina Diallo.', 'Je m’appelle Amina Diallo.', 'correct', []],
    ["Je m'appelle Amina Diallo.", 'Je m’appelle Amina Diallo.', 'correct', []],
    ['Je mʼappelle Amina Diallo.', 'Je m’appelle Amina Diallo.', 'correct', []],
    ['Je m‘appelle Amina Diallo', 'Je m’appelle Amina Diallo.', 'correct', []],
    ["je m'appelle Amina Diallo", 'Je m’appelle Amina Diallo.', 'correct', []],
    ["JE M'APPELLE AMINA DIALLO", 'Je m’appelle Amina Diallo.', 'correct', []],
    ["Je m' appelle Amina Diallo.", 'Je m’appelle Amina Diallo.', 'correct', []],
    ['Ça va?', 'Ça va ?', 'correct', []],
    ['Ça va ?', 'Ça va ?', 'correct', []],
    ['Ça\u00A0va\u202F?', 'Ça va ?', 'correct', []],
    ['  ça   va  ', 'Ça va ?', 'correct', []],
    ['Ça va.', 'Ça va ?', 'correct', []],
    ['Ça va ?!', 'Ça va ?', 'correct', []],
    ['Bonjour, mon lieutenant', 'Bonjour, mon lieutenant !', 'correct', []],
    ['Bonjour , mon lieutenant !', 'Bonjour, mon lieutenant !', 'correct', []],
    ['Attention: danger!', 'Attention : danger !', 'correct', []],
    ['Nous sommes en patrouille', 'Nous sommes en patrouille.', 'correct', []],
    ['Nous sommes en patrouille...', 'Nous sommes en patrouille.', 'correct', []],
    ['Nous sommes en patrouille…', 'Nous sommes en patrouille.', 'correct', []],
    ['Où est le poste de commandement', 'Où est le poste de commandement ?', 'correct', []],
    ['où est le poste de commandement ?', 'Où est le poste de commandement ?', 'correct', []],
    ['Il a dit "Halte"', 'Il a dit « Halte ».', 'correct', []],
    ['Il a dit «Halte».', 'Il a dit « Halte ».', 'correct', []],
    ['Il a dit “Halte”.', 'Il a dit « Halte ».', 'correct', []],
    ['Il a dit : “Halte !”', 'Il a dit : « Halte ! »', 'correct', []],
    ['un coeur', 'un cœur', 'correct', []],
    ['un cœur', 'un coeur', 'correct', []],
    ['ma soeur', 'ma sœur', 'correct', []],
    ['un curriculum vitae', 'un curriculum vitæ', 'correct', []],
    ['Garde-à-vous !', 'Garde-à-vous !', 'correct', []],
    ['Garde‑à‑vous', 'Garde-à-vous !', 'correct', []],
    ['quatre-vingt-dix', 'quatre-vingt-dix', 'correct', []],
    ['Il est arrivé au camp', 'Il est arrivé au camp.', 'correct', []],
  ]);
});

describe('judge — case', () => {
  runTable([
    ['ça va ?', 'Ça va ?', 'correct', []],
    ['Il Est Arrivé Au Camp.', 'Il est arrivé au camp.', 'correct', []],
    ["J'habite à bamako.", "J'habite à Bamako.", 'correct', ['case']],
    ["je m'appelle amina diallo", 'Je m’appelle Amina Diallo.', 'correct', ['case', 'case']],
    ["Je travaille pour l'onu.", "Je travaille pour l'ONU.", 'correct', ['case']],
    // A capital starting a new sentence inside the answer is not a proper noun.
    ["Bonjour. je m'appelle Amina.", "Bonjour. Je m'appelle Amina.", 'correct', []],
  ]);
});

describe('judge — internal punctuation is informative only', () => {
  runTable([
    ['Bonjour mon lieutenant !', 'Bonjour, mon lieutenant !', 'correct', ['punctuation']],
    ['Oui mon capitaine', 'Oui, mon capitaine.', 'correct', ['punctuation']],
    ["Bonjour. Je m'appelle Amina.", "Bonjour, je m'appelle Amina.", 'correct', ['punctuation']],
    ['Stop, halte !', 'Stop ! Halte !', 'correct', ['punctuation']],
  ]);
});

describe('judge — accents and cedilla (near-miss)', () => {
  runTable([
    ['Ca va ?', 'Ça va ?', 'near-miss', ['cedilla']],
    ['ca va', 'Ça va ?', 'near-miss', ['cedilla']],
    ['Vous parlez francais ?', 'Vous parlez français ?', 'near-miss', ['cedilla']],
    ["C'est un garcon.", "C'est un garçon.", 'near-miss', ['cedilla']],
    ["J'ai recu le message.", "J'ai reçu le message.", 'near-miss', ['cedilla']],
    ['la securite', 'la sécurité', 'near-miss', ['accent']],
    ['Très bien', 'Très bien.', 'correct', []],
    ['Tres bien', 'Très bien.', 'near-miss', ['accent']],
    ['Trés bien', 'Très bien.', 'near-miss', ['accent']],
    ['Il y a un probleme.', 'Il y a un problème.', 'near-miss', ['accent']],
    ["L'hopital est fermé.", "L'hôpital est fermé.", 'near-miss', ['accent']],
    ["Je suis a l'hopital.", "Je suis à l'hôpital.", 'wrong', ['accent', 'accent']],
    ["L'armee est là.", "L'armée est là.", 'near-miss', ['accent']],
    ['Un soldat blesse', 'Un soldat blessé', 'near-miss', ['accent']],
    ['Il y a un blesse.', 'Il y a un blessé.', 'near-miss', ['accent']],
    ['Le francais et l’anglais', 'Le français et l’anglais', 'near-miss', ['cedilla']],
    ['Ecoutez !', 'Écoutez !', 'near-miss', ['accent']],
    ['Garde-a-vous !', 'Garde-à-vous !', 'near-miss', ['accent']],
    // An accent missing on a capital is the benefit of the doubt: `A` for `À` is not `a` for `à`.
    ['A demain !', 'À demain !', 'near-miss', ['accent']],
    ['IL EST ARRIVE AU CAMP', 'Il est arrivé au camp.', 'near-miss', ['accent']],
    ['Ou est le poste de commandement', 'Où est le poste de commandement ?', 'wrong', ['accent']],
  ]);
});

describe('judge — accents that make another word (wrong)', () => {
  runTable([
    ["J'habite a Bamako.", "J'habite à Bamako.", 'wrong', ['accent']],
    ['Ou est le poste de commandement ?', 'Où est le poste de commandement ?', 'wrong', ['accent']],
    ['Le camp ou la base ?', 'Le camp où la base ?', 'wrong', ['accent']],
    ['Le camp où la base ?', 'Le camp ou la base ?', 'wrong', ['accent']],
    ['Il est la.', 'Il est là.', 'wrong', ['accent']],
    ['Il a du partir.', 'Il a dû partir.', 'wrong', ['accent']],
    ["C'est sur.", "C'est sûr.", 'wrong', ['accent']],
    ['des demain', 'dès demain', 'wrong', ['accent']],
    ['Je vais au marche.', 'Je vais au marché.', 'wrong', ['accent']],
    ["C'est une tache importante.", "C'est une tâche importante.", 'wrong', ['accent']],
    ['Ce sont des taches difficiles.', 'Ce sont des tâches difficiles.', 'wrong', ['accent']],
    // A final é on a verb: present vs participle.
    ['Il est arrive au camp.', 'Il est arrivé au camp.', 'wrong', ['accent']],
    ["J'ai parle avec le chef.", "J'ai parlé avec le chef.", 'wrong', ['accent']],
    ['Je parlé français.', 'Je parle français.', 'wrong', ['accent']],
    ['Nous ne sommes pas arrives.', 'Nous ne sommes pas arrivés.', 'wrong', ['accent']],
    ['Elle est arrivee hier.', 'Elle est arrivée hier.', 'wrong', ['accent']],
    ['Il est blesse.', 'Il est blessé.', 'wrong', ['accent']],
  ]);
});

describe('judge — apostrophes and elision (near-miss)', () => {
  runTable([
    ['Je m appelle Amina Diallo.', 'Je m’appelle Amina Diallo.', 'near-miss', ['apostrophe']],
    ['Je mappelle Amina Diallo.', 'Je m’appelle Amina Diallo.', 'near-miss', ['apostrophe']],
    ['Je me appelle Amina Diallo.', 'Je m’appelle Amina Diallo.', 'near-miss', ['elision']],
    ['Je habite à Bamako.', "J'habite à Bamako.", 'near-miss', ['elision']],
    ['J habite à Bamako.', "J'habite à Bamako.", 'near-miss', ['apostrophe']],
    ['Jhabite à Bamako.', "J'habite à Bamako.", 'near-miss', ['apostrophe']],
    ['aujourd hui', "aujourd'hui", 'near-miss', ['apostrophe']],
    ['aujourdhui', "aujourd'hui", 'near-miss', ['apostrophe']],
    ['Que est-ce que ce est ?', "Qu'est-ce que c'est ?", 'near-miss', ['elision', 'elision']],
    ['Qu est ce que c est ?', "Qu'est-ce que c'est ?", 'near-miss', ['apostrophe', 'apostrophe', 'spacing']],
    ['Le infirmier arrive.', "L'infirmier arrive.", 'near-miss', ['elision']],
    ["J'suis prêt.", 'Je suis prêt.', 'near-miss', ['elision']],
    ['Il ne est pas là.', "Il n'est pas là.", 'near-miss', ['elision']],
  ]);
});

describe('judge — hyphens and word boundaries (near-miss, spacing)', () => {
  runTable([
    ['quatre vingt dix', 'quatre-vingt-dix', 'near-miss', ['spacing', 'spacing']],
    ['quatrevingtdix', 'quatre-vingt-dix', 'near-miss', ['spacing']],
    ['quatre-vingt dix', 'quatre-vingt-dix', 'near-miss', ['spacing']],
    ['Garde à vous !', 'Garde-à-vous !', 'near-miss', ['spacing', 'spacing']],
    ['garde a vous', 'Garde-à-vous !', 'near-miss', ['accent', 'spacing', 'spacing']],
    ['Est ce que vous parlez français ?', 'Est-ce que vous parlez français ?', 'near-miss', ['spacing']],
    ['Aurevoir, mon adjudant.', 'Au revoir, mon adjudant.', 'near-miss', ['spacing']],
    ['Bon jour !', 'Bonjour !', 'near-miss', ['spacing']],
    ['peut être', 'peut-être', 'near-miss', ['spacing']],
  ]);
});

describe('judge — ligatures', () => {
  runTable([
    ['un ceur', 'un cœur', 'near-miss', ['ligature']],
    ['ma seur', 'ma sœur', 'near-miss', ['ligature']],
    ['mon oeil', 'mon œil', 'correct', []],
    ['mon eil', 'mon œil', 'near-miss', ['ligature']],
    // `cour` is another word (a courtyard), not a slip on `cœur`.
    ['un cour', 'un cœur', 'wrong', ['typo']],
  ]);
});

describe('judge — typos (near-miss in long words, wrong in short ones)', () => {
  runTable([
    ['Où est le poste de comandement ?', 'Où est le poste de commandement ?', 'near-miss', ['typo']],
    ['Où est le poste de comandemant ?', 'Où est le poste de commandement ?', 'near-miss', ['typo']],
    ['Où est le poste de comendemant ?', 'Où est le poste de commandement ?', 'wrong', ['typo']],
    ['Il est arivé au camp.', 'Il est arrivé au camp.', 'near-miss', ['typo']],
    ['Il est arrvié au camp.', 'Il est arrivé au camp.', 'near-miss', ['typo']],
    ['Nous sommes en patrouile.', 'Nous sommes en patrouille.', 'near-miss', ['typo']],
    ['Nous sommes en patrouillle.', 'Nous sommes en patrouille.', 'near-miss', ['typo']],
    ['Bonjour, mon lieutnant !', 'Bonjour, mon lieutenant !', 'near-miss', ['typo']],
    ['Bonjour, mon lietnant !', 'Bonjour, mon lieutenant !', 'near-miss', ['typo']],
    ['Bonjour, mon liutnent !', 'Bonjour, mon lieutenant !', 'wrong', ['typo']],
    ['Bonjuor !', 'Bonjour !', 'near-miss', ['typo']],
    ['Mecri !', 'Merci !', 'near-miss', ['typo']],
    ["J'habite à Bamakp.", "J'habite à Bamako.", 'near-miss', ['typo']],
    ['Je m’appelle Amina Dialo.', 'Je m’appelle Amina Diallo.', 'near-miss', ['typo']],
    ['Le soldta est là.', 'Le soldat est là.', 'near-miss', ['typo']],
    ['Le sodlta est là.', 'Le soldat est là.', 'wrong', ['typo']],
    ['la securitte', 'la sécurité', 'near-miss', ['accent', 'typo']],
    // Four letters or fewer: any typo changes the word.
    ['Je suis au cmap.', 'Je suis au camp.', 'wrong', ['typo']],
    ['Le poste', 'La poste', 'wrong', ['typo']],
    ['Je vais à la poste.', 'Je vais au poste.', 'wrong', ['extra-word', 'typo']],
    ['Tu es sergent.', 'Je suis sergent.', 'wrong', ['missing-word', 'missing-word', 'extra-word', 'extra-word']],
    ['Ces soldats sont prêts.', 'Ses soldats sont prêts.', 'wrong', ['typo']],
    ['Il et là.', 'Il est là.', 'wrong', ['typo']],
    ['Ils son là.', 'Ils sont là.', 'wrong', ['typo']],
    ['Ils on un véhicule.', 'Ils ont un véhicule.', 'wrong', ['typo']],
    ['Se sont mes papiers.', 'Ce sont mes papiers.', 'wrong', ['typo']],
    // Known look-alikes are other words even when one letter apart.
    ['Où est la porte de commandement ?', 'Où est le poste de commandement ?', 'wrong', ['typo', 'typo']],
    ["L'année est là.", "L'armée est là.", 'wrong', ['typo']],
  ]);
});

describe('judge — agreement and verb endings (wrong)', () => {
  runTable([
    ['Il est petite.', 'Il est petit.', 'wrong', ['typo']],
    ['Elle est petit.', 'Elle est petite.', 'wrong', ['typo']],
    ['Ana est brésilien.', 'Ana est brésilienne.', 'wrong', ['typo']],
    ['Il est ghanéenne.', 'Il est ghanéen.', 'wrong', ['typo']],
    ['C’est la premier patrouille.', 'C’est la première patrouille.', 'wrong', ['typo']],
    ['Elle est sérieux.', 'Elle est sérieuse.', 'wrong', ['typo']],
    ['Elle est brésilenne.', 'Elle est brésilienne.', 'near-miss', ['typo']],
    ['Elle est arrivé au camp.', 'Elle est arrivée au camp.', 'wrong', ['typo']],
    ['Il est arrivée au camp.', 'Il est arrivé au camp.', 'wrong', ['typo']],
    ['Ils sont grand.', 'Ils sont grands.', 'wrong', ['typo']],
    ['Les soldat sont là.', 'Les soldats sont là.', 'wrong', ['typo']],
    ['Nous somme en patrouille.', 'Nous sommes en patrouille.', 'wrong', ['typo']],
    ['Nous sommes en patrouilles.', 'Nous sommes en patrouille.', 'wrong', ['typo']],
    ['Tu parle français ?', 'Tu parles français ?', 'wrong', ['typo']],
    ['Ils parle français.', 'Ils parlent français.', 'wrong', ['typo']],
    ['Vous parlons français ?', 'Vous parlez français ?', 'wrong', ['typo']],
    ['Vous parler français ?', 'Vous parlez français ?', 'wrong', ['typo']],
    ["J'ai parler avec le chef.", "J'ai parlé avec le chef.", 'wrong', ['typo']],
    ['Il finis sa mission.', 'Il finit sa mission.', 'wrong', ['typo']],
    ['Les chevals sont là.', 'Les chevaux sont là.', 'wrong', ['typo']],
    ['une cœur', 'un cœur', 'wrong', ['typo']],
    ['quatre-vingts-dix', 'quatre-vingt-dix', 'wrong', ['typo']],
  ]);
});

describe('judge — missing, extra and misplaced words (wrong)', () => {
  runTable([
    ['Je m’appelle Amina.', 'Je m’appelle Amina Diallo.', 'wrong', ['missing-word']],
    ['Je appelle Amina Diallo.', 'Je m’appelle Amina Diallo.', 'wrong', ['missing-word']],
    ['Nous en patrouille.', 'Nous sommes en patrouille.', 'wrong', ['missing-word']],
    ['Nous sommes en en patrouille.', 'Nous sommes en patrouille.', 'wrong', ['extra-word']],
    ['Bonjour, mon cher lieutenant !', 'Bonjour, mon lieutenant !', 'wrong', ['extra-word']],
    ['Nous sommes patrouille en.', 'Nous sommes en patrouille.', 'wrong', ['word-order']],
    ['Est où le poste de commandement ?', 'Où est le poste de commandement ?', 'wrong', ['word-order']],
    ['Je toujours suis prêt.', 'Je suis toujours prêt.', 'wrong', ['word-order']],
    ['Je suis capitaine.', 'Je suis sergent.', 'wrong', ['missing-word', 'extra-word']],
    ['Oui', 'Nous sommes en patrouille.', 'wrong', ['missing-word', 'missing-word', 'missing-word', 'missing-word', 'extra-word']],
  ]);
});

describe('judge — empty responses', () => {
  runTable([
    ['', 'Ça va ?', 'wrong', []],
    ['   ', 'Ça va ?', 'wrong', []],
    ['?!', 'Ça va ?', 'wrong', []],
    ['« »', 'Ça va ?', 'wrong', []],
  ]);

  test('an empty response is judged against the first accepted answer', () => {
    expect(judge('', ['Je suis sergent.', 'Je suis sergente.'])).toEqual({
      result: 'wrong',
      expected: 'Je suis sergent.',
      issues: [],
    });
  });

  test('no accepted answer at all is wrong against an empty expectation', () => {
    expect(judge('Bonjour', [])).toEqual({ result: 'wrong', expected: '', issues: [] });
  });
});

describe('judge — several accepted answers', () => {
  const sergent = ['Je suis sergent.', 'Je suis sergente.'] as const;

  test.each([
    ['Je suis sergent', sergent, 'correct', 'Je suis sergent.'],
    ['Je suis sergente', sergent, 'correct', 'Je suis sergente.'],
    ['Je suis sergant', sergent, 'near-miss', 'Je suis sergent.'],
    ['je suis sergents', sergent, 'wrong', 'Je suis sergent.'],
    ["J'habite a Gao", ["J'habite à Gao.", "J'habite à Bamako."], 'wrong', "J'habite à Gao."],
    ["J'habite a Bamako", ["J'habite à Gao.", "J'habite à Bamako."], 'wrong', "J'habite à Bamako."],
    ['Nous sommes au Mali', ['Je suis à Gao.', 'Nous sommes à Gao.'], 'wrong', 'Nous sommes à Gao.'],
    ['Ca va', ['Comment ça va ?', 'Ça va ?'], 'near-miss', 'Ça va ?'],
    // A correct answer beats a near-miss that comes first.
    ['Bonjour mon lieutenant', ['Bonjour, mon lieutenant !', 'Bonjour mon lieutenant'], 'correct', 'Bonjour mon lieutenant'],
    ['Au revoir', ['Bonjour.', 'Au revoir.'], 'correct', 'Au revoir.'],
    // Nothing close: ties on edit distance go to the first answer.
    ['zzz', ['abc', 'def'], 'wrong', 'abc'],
    ['zzz', ['abc', 'xyz'], 'wrong', 'xyz'],
    ['Oui', ['Non', 'Non merci'], 'wrong', 'Non'],
  ] as const)('%j against %j → %s with %j', (response, accepted, result, expected) => {
    const verdict = judge(response, accepted);
    expect(verdict.result).toBe(result);
    expect(verdict.expected).toBe(expected);
  });

  test('an informative issue loses to a clean match among correct answers', () => {
    const verdict = judge('Oui mon lieutenant', ['Oui, mon lieutenant.', 'Oui mon lieutenant.']);
    expect(verdict).toEqual({ result: 'correct', expected: 'Oui mon lieutenant.', issues: [] });
  });
});

describe('judge — strictAccents', () => {
  test.each([
    ['Ca va ?', 'Ça va ?', 'wrong', ['cedilla']],
    ['la securite', 'la sécurité', 'wrong', ['accent']],
    ['Garde-a-vous', 'Garde-à-vous !', 'wrong', ['accent']],
    ['la securitte', 'la sécurité', 'wrong', ['accent', 'typo']],
    // Everything else is as lenient as usual.
    ['Nous sommes en patrouile.', 'Nous sommes en patrouille.', 'near-miss', ['typo']],
    ['Je m appelle Amina Diallo', 'Je m’appelle Amina Diallo.', 'near-miss', ['apostrophe']],
    ['un coeur', 'un cœur', 'correct', []],
    ['ça va', 'Ça va ?', 'correct', []],
  ] as const)('%j against %j → %s %j', (response, expected, result, kinds) => {
    expect(judge(response, [expected], { strictAccents: true }).result).toBe(result);
    expect(kindsOf(response, [expected], true)).toEqual([...kinds].sort());
  });
});

describe('judge — issue details for the UI', () => {
  test('an accent slip points at the word with both forms', () => {
    expect(judge('la securite', ['la sécurité']).issues).toEqual([
      { kind: 'accent', severity: 'slip', wordIndex: 1, got: 'securite', expected: 'sécurité' },
    ]);
  });

  test('wordIndex counts words as wordSpans does (elided forms and compounds split)', () => {
    const accepted = "J'habite à Bamako.";
    const [issue] = judge("J'habite a Bamako.", [accepted]).issues;
    expect(issue).toEqual({ kind: 'accent', severity: 'error', wordIndex: 2, got: 'a', expected: 'à' });
    expect(wordSpans(accepted)[issue?.wordIndex ?? -1]?.text).toBe('à');
  });

  test('a lowercased proper noun is an informative case issue', () => {
    expect(judge("J'habite à bamako", ["J'habite à Bamako."]).issues).toEqual([
      { kind: 'case', severity: 'info', wordIndex: 3, got: 'bamako', expected: 'Bamako' },
    ]);
  });

  test('a missing apostrophe shows the junction', () => {
    expect(judge('Je m appelle Amina Diallo', ['Je m’appelle Amina Diallo.']).issues).toEqual([
      { kind: 'apostrophe', severity: 'slip', wordIndex: 1, got: 'm appelle', expected: "m'appelle" },
    ]);
  });

  test('an elision written out shows the full and elided forms', () => {
    expect(judge('Je habite à Bamako', ["J'habite à Bamako."]).issues).toEqual([
      { kind: 'elision', severity: 'slip', wordIndex: 0, got: 'Je', expected: "J'" },
    ]);
  });

  test('words run together are one spacing issue on the whole group', () => {
    expect(judge('quatrevingtdix', ['quatre-vingt-dix']).issues).toEqual([
      { kind: 'spacing', severity: 'slip', wordIndex: 0, got: 'quatrevingtdix', expected: 'quatre-vingt-dix' },
    ]);
  });

  test('missing and extra words carry the words', () => {
    expect(judge('Je suis capitaine', ['Je suis sergent.']).issues).toEqual(
      expect.arrayContaining([
        { kind: 'missing-word', severity: 'error', wordIndex: 2, expected: 'sergent' },
        { kind: 'extra-word', severity: 'error', got: 'capitaine' },
      ]),
    );
  });

  test('a moved word is one word-order issue', () => {
    expect(judge('Je toujours suis prêt', ['Je suis toujours prêt.']).issues).toEqual([
      { kind: 'word-order', severity: 'error', wordIndex: 2, got: 'toujours', expected: 'toujours' },
    ]);
  });

  test('issues of a wrong answer also list its slips, each with its severity', () => {
    const verdict = judge("J'habite a Bamakp", ["J'habite à Bamako."]);
    expect(verdict.result).toBe('wrong');
    expect(verdict.issues.map((issue) => [issue.kind, issue.severity])).toEqual([
      ['accent', 'error'],
      ['typo', 'slip'],
    ]);
  });

  test('the expected answer is returned exactly as authored', () => {
    expect(judge('ca va', ['Ça va ?']).expected).toBe('Ça va ?');
  });
});

describe('judge — purity', () => {
  test('the same input always gives the same verdict and the input is left untouched', () => {
    const accepted = Object.freeze(['Je suis sergent.', 'Je suis sergente.']);
    const first = judge('Je suis sergant', accepted);
    const second = judge('Je suis sergant', accepted);
    expect(second).toEqual(first);
    expect(accepted).toEqual(['Je suis sergent.', 'Je suis sergente.']);
  });

  test('every accepted answer is correct against itself', () => {
    const answers = [
      'Je m’appelle Amina Diallo.',
      'Ça va ?',
      'Où est le poste de commandement ?',
      'Il est arrivé au camp.',
      'quatre-vingt-dix',
      'Bonjour, mon lieutenant !',
      "J'habite à Bamako.",
      'Nous sommes en patrouille.',
      'Garde-à-vous !',
      'un cœur',
      "Qu'est-ce que c'est ?",
      'Il a dit : « Halte ! »',
    ];
    for (const answer of answers) expect(judge(answer, [answer])).toEqual({ result: 'correct', expected: answer, issues: [] });
  });
});

/** The expected answer rebuilt from the segments: everything but `extra`. */
const expectedOf = (segments: readonly DiffSegment[]): string =>
  segments
    .filter((segment) => segment.kind !== 'extra')
    .map((segment) => segment.text)
    .join('');

describe('diffForDisplay', () => {
  test.each([
    ['Ça va ?', 'Ça va ?', [{ kind: 'same', text: 'Ça va ?' }]],
    [
      'ca va',
      'Ça va ?',
      [
        { kind: 'changed', text: 'Ç', got: 'c' },
        { kind: 'same', text: 'a va ?' },
      ],
    ],
    ['Ça va?', 'Ça va ?', [{ kind: 'same', text: 'Ça va ?' }]],
    ['un coeur', 'un cœur', [{ kind: 'same', text: 'un cœur' }]],
    ["je m'appelle", 'Je m’appelle.', [{ kind: 'same', text: 'Je m’appelle.' }]],
    [
      'Je m appelle',
      'Je m’appelle.',
      [
        { kind: 'same', text: 'Je m' },
        { kind: 'changed', text: '’', got: ' ' },
        { kind: 'same', text: 'appelle.' },
      ],
    ],
    [
      'Il est arive au camps',
      'Il est arrivé au camp.',
      [
        { kind: 'same', text: 'Il est a' },
        { kind: 'missing', text: 'r' },
        { kind: 'same', text: 'riv' },
        { kind: 'changed', text: 'é', got: 'e' },
        { kind: 'same', text: ' au camp' },
        { kind: 'extra', text: 's' },
        { kind: 'same', text: '.' },
      ],
    ],
    [
      'Bonjour mon lieutenant',
      'Bonjour, mon lieutenant !',
      [
        { kind: 'same', text: 'Bonjour' },
        { kind: 'changed', text: ', ', got: ' ' },
        { kind: 'same', text: 'mon lieutenant !' },
      ],
    ],
    [
      'quatre vingt-dix',
      'quatre-vingt-dix',
      [
        { kind: 'same', text: 'quatre' },
        { kind: 'changed', text: '-', got: ' ' },
        { kind: 'same', text: 'vingt-dix' },
      ],
    ],
    [
      'un cour',
      'un cœur',
      [
        { kind: 'same', text: 'un co' },
        { kind: 'missing', text: 'e' },
        { kind: 'same', text: 'ur' },
      ],
    ],
    ['', 'Oui', [{ kind: 'missing', text: 'Oui' }]],
    ['Oui', '', [{ kind: 'extra', text: 'Oui' }]],
    ['Oui !', 'Oui.', [{ kind: 'same', text: 'Oui.' }]],
    ['Bonjour , mon lieutenant', 'Bonjour, mon lieutenant !', [{ kind: 'same', text: 'Bonjour, mon lieutenant !' }]],
    ['Il a dit "Halte"', 'Il a dit « Halte ».', [{ kind: 'same', text: 'Il a dit « Halte ».' }]],
    ['Bama\u00ADko', 'Bamako', [{ kind: 'same', text: 'Bamako' }]],
    // A ligature the diff has to split shows as its two letters.
    [
      'ma seur',
      'ma sœur',
      [
        { kind: 'same', text: 'ma s' },
        { kind: 'missing', text: 'o' },
        { kind: 'same', text: 'eur' },
      ],
    ],
  ] as const)('%j against %j', (response, expected, segments) => {
    expect(diffForDisplay(response, expected)).toEqual(segments);
  });

  test.each([
    ['Je me appelle Amina', 'Je m’appelle Amina Diallo.'],
    ['Ou est le poste de comandement', 'Où est le poste de commandement ?'],
    ['Nous sommes patrouille en', 'Nous sommes en patrouille.'],
    ['garde a vous', 'Garde-à-vous !'],
    ['Il a dit « Halte » !', 'Il a dit : « Halte ! »'],
    ['quatrevingtdix', 'quatre-vingt-dix'],
  ])('the non-extra segments of %j spell out %j', (response, expected) => {
    expect(expectedOf(diffForDisplay(response, expected))).toBe(expected.normalize('NFC'));
  });

  test('the learner side is recoverable: same, changed (got) and extra text reads as typed, minus ignored typography', () => {
    const segments = diffForDisplay('Il est arive au camps', 'Il est arrivé au camp.');
    const typed = segments
      .filter((segment) => segment.kind !== 'missing')
      .map((segment) => (segment.kind === 'changed' ? (segment.got ?? '') : segment.text))
      .join('');
    expect(typed).toBe('Il est arive au camps.');
  });

  test('segments never come out empty and never repeat a kind back to back', () => {
    const segments = diffForDisplay('  Je mapelle   amina dialo  !', 'Je m’appelle Amina Diallo.');
    for (const [index, segment] of segments.entries()) {
      expect(segment.text.length + (segment.got?.length ?? 0)).toBeGreaterThan(0);
      expect(segments[index + 1]?.kind).not.toBe(segment.kind);
    }
  });
});
