import { describe, expect, test } from 'vitest';
import { readContentFiles } from '../../scripts/lib/read-content';
import { exampleUsesTerm, validateGlossary } from './glossary-validate';
import { formatContentError } from './validate';

const messages = (root: string, extra: Record<string, string> = {}) => {
  const files = readContentFiles(root);
  for (const [path, text] of Object.entries(extra)) files.set(path, text);
  return validateGlossary(files, 'g/').errors.map(formatContentError);
};

describe('the glossary validator on fixtures', () => {
  test('a valid glossary passes and is returned by domain', () => {
    const files = readContentFiles('tests/fixtures/glossary/valid');
    const { errors, glossary } = validateGlossary(files, 'g/');
    expect(errors).toEqual([]);
    expect([...glossary.keys()]).toEqual(['checkpoint-patrol']);
    expect(glossary.get('checkpoint-patrol')?.entries).toHaveLength(5);
  });

  const broken = messages('tests/fixtures/glossary/broken', { 'glossary/medical-casevac.json': '{ "format": ' });
  const file = 'g/glossary/checkpoint-patrol.json';
  const schema = 'g/glossary/weapons-safety.json';

  test.each([
    ['bad id pattern', `${schema}: entries[0].id: id must look like "gl.checkpoint-patrol.0042"`],
    [
      'id of another domain',
      `${file}: entries[0].id: id "gl.radio-signals.0002" is not in domain checkpoint-patrol (gl.checkpoint-patrol.NNNN)`,
    ],
    ['duplicate id', `${file}: entries[2].id: duplicate id "gl.checkpoint-patrol.0004" (first used at ${file}: entries[1].id)`],
    ['duplicate entry', `${file}: entries[3]: duplicate entry "checkpoint 3" = "le poste de contrôle" (first at ${file}: entries[1])`],
    ['noun without article', `${file}: entries[4].term.fr[0]: "poste de contrôle" needs its article (le, la, l', les)`],
    ['gender against the article', `${file}: entries[5].gender[0]: gender "m" contradicts the article of "la patrouille"`],
    ['one gender per term', `${file}: entries[6].gender: gives 2 gender(s) for 1 French term(s): one per term, in the same order`],
    ['noun without gender', `${file}: entries[7].gender: a noun needs the gender of each French term`],
    [
      'acronym with no French side',
      `${file}: entries[8].acronyms[0].fr: acronym "CP" has no French counterpart: give "fr", mark it "same": true, or "fr": null if French spells the term out`,
    ],
    [
      'acronym marked same with French letters',
      `${file}: entries[9].acronyms[0].fr: acronym "CP" is marked "same": leave "fr" out (French uses the English letters)`,
    ],
    ['not an acronym', `${file}: entries[10].acronyms[0].en: "cp" does not look like an acronym (letters, at least two capitals)`],
    [
      'example without the term',
      `${file}: entries[11].example.fr: the example does not use the term "le poste de contrôle" (nor a synonym or an acronym)`,
    ],
    ['missing example', `${schema}: entries[1].example: missing required field (expected object)`],
    ['English term with an article', `${file}: entries[12].term.en[0]: "the checkpoint 15": write English terms without an article`],
    ['unknown part of speech', `${schema}: entries[2].pos: Invalid option: expected one of "noun"|"verb"|"adjective"|"adverb"|"phrase"`],
    ['file of an unknown domain', expect.stringMatching(/^g\/glossary\/weather\.json: \(root\): "weather" is not a glossary domain/)],
    [
      'domain differs from the file name',
      'g/glossary/radio-signals.json: domain: domain "medical-casevac" differs from the file name "radio-signals"',
    ],
    ['invalid JSON', expect.stringMatching(/^g\/glossary\/medical-casevac\.json: \(root\): invalid JSON: /)],
  ])('%s is reported with file and JSON path', (_kind, message) => {
    expect(broken).toContainEqual(message);
  });

  test('a file with a schema error is reported by the schema only: the other checks wait for a valid file', () => {
    expect(broken.filter((message) => message.startsWith(schema))).toHaveLength(3);
  });

  test('nothing else is reported', () => {
    expect(broken).toHaveLength(18);
  });
});

describe('an example uses its term', () => {
  const entry = (fr: string[], acronyms: Array<{ en?: string | null; fr?: string | null }> = []) => ({ term: { en: ['x'], fr }, acronyms });
  test.each([
    [['le poste de contrôle'], 'Les postes de contrôle ferment.', true],
    [['la patrouille'], 'Deux patrouilles partent.', true],
    [['patrouiller'], 'Nous patrouillons.', true],
    [["l'évacuation sanitaire"], "L'EVACUATION est prête.", true],
    [["l'engin explosif improvisé"], 'Un EEI est signalé.', false],
    [['la barrière'], 'Le poste est fermé.', false],
    [['la barrière', 'la chicane'], 'Une chicane ralentit les camions.', true],
  ])('%j in "%s" → %s', (fr, example, expected) => {
    expect(exampleUsesTerm(entry(fr), example)).toBe(expected);
  });

  test('an acronym of the entry counts', () => {
    expect(exampleUsesTerm(entry(["l'engin explosif improvisé"], [{ en: 'IED', fr: 'EEI' }]), 'Un EEI est signalé.')).toBe(true);
  });
});
