import { describe, expect, test } from 'vitest';
import { compactKey, dropLeadingArticle, fold, foldedTokens } from './fold';
import { boundedDamerau, createGlossaryIndex, type GlossarySearchDoc } from './search';

const docs: GlossarySearchDoc[] = [
  { id: 'checkpoint', en: ['checkpoint'], fr: ['le poste de contrôle', 'le point de contrôle'], acronyms: [] },
  { id: 'vcp', en: ['vehicle checkpoint'], fr: ['le poste de contrôle des véhicules'], acronyms: ['VCP'] },
  { id: 'ied', en: ['improvised explosive device'], fr: ["l'engin explosif improvisé"], acronyms: ['IED', 'EEI'] },
  {
    id: 'srsg',
    en: ['Special Representative of the Secretary-General'],
    fr: ['le Représentant spécial du Secrétaire général'],
    acronyms: ['SRSG', 'RSSG'],
  },
  { id: 'poc', en: ['protection of civilians'], fr: ['la protection des civils'], acronyms: ['PoC'] },
  { id: 'casevac', en: ['casualty evacuation'], fr: ["l'évacuation sanitaire primaire"], acronyms: ['CASEVAC'] },
  { id: 'medevac', en: ['medical evacuation'], fr: ["l'évacuation sanitaire secondaire"], acronyms: ['MEDEVAC'] },
  { id: 'sea', en: ['sexual exploitation and abuse'], fr: ['les exploitation et atteintes sexuelles'], acronyms: ['SEA', 'EAS'] },
  { id: 'patrol', en: ['patrol'], fr: ['la patrouille'], acronyms: [] },
  { id: 'to-patrol', en: ['to patrol'], fr: ['patrouiller'], acronyms: [] },
  { id: 'foot-patrol', en: ['foot patrol'], fr: ['la patrouille à pied'], acronyms: [] },
  { id: 'peacekeeper', en: ['peacekeeper', 'Blue Helmet'], fr: ['le Casque bleu', 'le soldat de la paix'], acronyms: [] },
  { id: 'headset', en: ['headset'], fr: ['le casque'], acronyms: [] },
  { id: 'weapon', en: ['weapon'], fr: ["l'arme"], acronyms: [] },
  { id: 'sofa', en: ['status-of-forces agreement'], fr: ["l'accord sur le statut des forces"], acronyms: ['SOFA'] },
  { id: 'manoeuvre', en: ['manoeuvre'], fr: ['la manœuvre'], acronyms: [] },
  { id: 'ceasefire', en: ['ceasefire'], fr: ['le cessez-le-feu'], acronyms: [] },
  { id: 'un', en: ['United Nations'], fr: ["l'Organisation des Nations Unies"], acronyms: ['UN', 'ONU'] },
  { id: 'qrf', en: ['quick reaction force'], fr: ['la force de réaction rapide'], acronyms: ['QRF'] },
  { id: 'id-doc', en: ['identity document'], fr: ["la pièce d'identité"], acronyms: [] },
];
const index = createGlossaryIndex(docs);
const ids = (query: string) => index.search(query).hits.map((hit) => hit.id);
const first = (query: string) => index.search(query).hits[0];

describe('folding', () => {
  test.each([
    ['L’Évacuation', "l'evacuation"],
    ['MANŒUVRE', 'manoeuvre'],
    ['Ça', 'ca'],
    ['pièce d´identité', "piece d'identite"],
    ['Æsir', 'aesir'],
  ])('fold(%j) = %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  test.each([
    ['I.E.D.', 'ied'],
    ['r.s.s.g', 'rssg'],
    ['Po C', 'poc'],
  ])('compactKey(%j) = %j', (input, expected) => {
    expect(compactKey(input)).toBe(expected);
  });

  test('tokens keep their original spans', () => {
    const tokens = foldedTokens("l'Évacuation sanitaire");
    expect(tokens.map((token) => [token.key, token.start, token.end])).toEqual([
      ['l', 0, 1],
      ['evacuation', 2, 12],
      ['sanitaire', 13, 22],
    ]);
  });

  test.each([
    ['le poste', ['poste']],
    ['la', ['la']],
    ["l'arme", ['arme']],
    ['the checkpoint', ['checkpoint']],
    ['an escort', ['escort']],
  ])('dropLeadingArticle(%j)', (input, expected) => {
    expect(dropLeadingArticle(foldedTokens(input)).map((token) => token.key)).toEqual(expected);
  });
});

describe('edit distance', () => {
  test.each([
    ['patrouille', 'patrouille', 2, 0],
    ['patrouile', 'patrouille', 2, 1],
    ['patoruille', 'patrouille', 2, 1],
    ['ptrouile', 'patrouille', 2, 2],
    ['abc', 'xyz', 1, 2],
    ['', 'abc', 3, 3],
  ])('boundedDamerau(%j, %j, %i) = %i', (a, b, limit, expected) => {
    expect(boundedDamerau(a, b, limit)).toBe(expected);
  });
});

describe('search, table-driven', () => {
  test.each([
    // [query, expected first id, expected tier]
    ['checkpoint', 'checkpoint', 'exact'],
    ['CHECKPOINT', 'checkpoint', 'exact'],
    ['poste de contrôle', 'checkpoint', 'exact'],
    ['poste de controle', 'checkpoint', 'exact'],
    ['le poste de contrôle', 'checkpoint', 'exact'],
    ['Le Poste De Controle', 'checkpoint', 'exact'],
    ['point de contrôle', 'checkpoint', 'exact'],
    ['poste de c', 'checkpoint', 'prefix'],
    ['check', 'checkpoint', 'prefix'],
    ['vehicle check', 'vcp', 'prefix'],
    ['vehicules', 'vcp', 'word'],
    ['eei', 'ied', 'exact'],
    ['EEI', 'ied', 'exact'],
    ['e.e.i', 'ied', 'exact'],
    ['i.e.d', 'ied', 'exact'],
    ['ied', 'ied', 'exact'],
    ['engin explosif', 'ied', 'prefix'],
    ["l'engin explosif improvise", 'ied', 'exact'],
    ['rssg', 'srsg', 'exact'],
    ['SRSG', 'srsg', 'exact'],
    ['representant special', 'srsg', 'prefix'],
    ['représentant spécial du secrétaire général', 'srsg', 'exact'],
    ['poc', 'poc', 'exact'],
    ['protection des civils', 'poc', 'exact'],
    ['protection of civ', 'poc', 'prefix'],
    ['evacuation sanitaire primaire', 'casevac', 'exact'],
    ['évacuation sanitaire prim', 'casevac', 'prefix'],
    ['casevac', 'casevac', 'exact'],
    ['exploitation et atteintes sexuelles', 'sea', 'exact'],
    ['patrouille', 'patrol', 'exact'],
    ['la patrouille', 'patrol', 'exact'],
    ['patrouiller', 'to-patrol', 'exact'],
    ['to patrol', 'to-patrol', 'exact'],
    ['patrol', 'patrol', 'exact'],
    ['patrouile', 'patrol', 'fuzzy'],
    ['patorulle', 'patrol', 'fuzzy'],
    ['evacuatoin', 'casevac', 'fuzzy'],
    ['casque', 'headset', 'exact'],
    ['casque bleu', 'peacekeeper', 'exact'],
    ['blue helmet', 'peacekeeper', 'exact'],
    ['soldat de la paix', 'peacekeeper', 'exact'],
    ['arme', 'weapon', 'exact'],
    ["l'arme", 'weapon', 'exact'],
    ['l’arme', 'weapon', 'exact'],
    ['manoeuvre', 'manoeuvre', 'exact'],
    ['manœuvre', 'manoeuvre', 'exact'],
    ['cessez le feu', 'ceasefire', 'exact'],
    ['cessez-le-feu', 'ceasefire', 'exact'],
    ['onu', 'un', 'exact'],
    ['nations unies', 'un', 'word'],
    ['force de réaction rapide', 'qrf', 'exact'],
    ['qrf', 'qrf', 'exact'],
    ["piece d'identite", 'id-doc', 'exact'],
    ['sofa', 'sofa', 'exact'],
    ['statut des forces', 'sofa', 'word'],
  ])('%j → %s (%s)', (query, id, tier) => {
    const hit = first(query);
    expect(hit?.id).toBe(id);
    expect(hit?.tier).toBe(tier);
  });

  test.each([[''], ['   '], ['...'], ['xyzzy'], ['zzzzzzzz']])('%j finds nothing', (query) => {
    expect(ids(query)).toEqual([]);
  });

  test('a lone article is searched as a word, not dropped', () => {
    expect(ids('le')).toContain('ceasefire');
  });

  test('exact beats prefix beats word beats fuzzy', () => {
    expect(ids('patrol').slice(0, 3)).toEqual(['patrol', 'to-patrol', 'foot-patrol']);
    const tiers = index.search('patrouille').hits.map((hit) => hit.tier);
    expect(tiers).toEqual(
      [...tiers].sort((a, b) => ['exact', 'prefix', 'word', 'fuzzy'].indexOf(a) - ['exact', 'prefix', 'word', 'fuzzy'].indexOf(b)),
    );
  });

  test('an acronym found by its letters outranks terms that merely contain those letters as a word', () => {
    const withNco = createGlossaryIndex([
      { id: 'duty-nco', en: ['duty NCO', 'NCO of the day'], fr: ['le sous-officier de permanence'], acronyms: [] },
      { id: 'poc-site', en: ['protection of civilians site', 'PoC site'], fr: ['le site de protection des civils'], acronyms: [] },
      { id: 'nco', en: ['non-commissioned officer'], fr: ['le sous-officier'], acronyms: ['NCO'] },
      { id: 'poc', en: ['protection of civilians'], fr: ['la protection des civils'], acronyms: ['PoC'] },
    ]);
    expect(withNco.search('NCO').hits.map((hit) => [hit.id, hit.tier])).toEqual([
      ['nco', 'exact'],
      ['duty-nco', 'prefix'],
    ]);
    expect(withNco.search('poc').hits.map((hit) => [hit.id, hit.tier])).toEqual([
      ['poc', 'exact'],
      ['poc-site', 'prefix'],
    ]);
  });

  test('an English verb is found without its "to", as an exact match', () => {
    expect(first('patrol')).toMatchObject({ id: 'patrol', tier: 'exact' });
    expect(index.search('patrol').hits.find((hit) => hit.id === 'to-patrol')?.tier).toBe('exact');
    expect(first('to patrol')).toMatchObject({ tier: 'exact' });
  });

  test('a qualifier in brackets is context, not part of the term', () => {
    const withQualifier = createGlossaryIndex([
      { id: 'unload-truck', en: ['to unload (a vehicle, an aircraft)'], fr: ['décharger'], acronyms: [] },
      { id: 'unloading-bay', en: ['unloading bay'], fr: ['la zone de déchargement'], acronyms: [] },
    ]);
    const [hit] = withQualifier.search('unload').hits;
    expect(hit).toMatchObject({ id: 'unload-truck', tier: 'exact', ranges: [[3, 9]] });
    expect(withQualifier.search('aircraft').total).toBe(0);
  });

  test('ties keep the order of the documents', () => {
    expect(ids('evacuation')).toEqual(['casevac', 'medevac']);
  });

  test('total counts every match, hits stop at the limit', () => {
    const results = index.search('p', { limit: 2 });
    expect(results.hits).toHaveLength(2);
    expect(results.total).toBeGreaterThan(2);
  });

  test.each([
    ['poste', 'le poste de contrôle', [[3, 8]]],
    ['contr', 'le poste de contrôle', [[12, 17]]],
    ['evac', "l'évacuation sanitaire primaire", [[2, 6]]],
    ['evacuatoin', "l'évacuation sanitaire primaire", [[2, 12]]],
    ['eei', 'EEI', [[0, 3]]],
  ])('%j highlights %j at %j', (query, text, ranges) => {
    const hit = index.search(query).hits.find((candidate) => candidate.text === text);
    expect(hit?.ranges).toEqual(ranges);
  });

  test('the matched text says which field matched', () => {
    expect(first('soldat')).toMatchObject({ id: 'peacekeeper', field: { kind: 'fr', index: 1 }, text: 'le soldat de la paix' });
    expect(first('rssg')).toMatchObject({ field: { kind: 'acronym', index: 1 }, text: 'RSSG' });
  });
});
