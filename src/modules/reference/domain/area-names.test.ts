import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCountryNames, UN_LANGUAGES } from '../country-names.ts';
import { loadReferenceAreas } from '../load-reference.ts';
import { type Area, type AreaName, AreaResolver } from './areas.ts';

const { areas, aliases } = loadReferenceAreas();
const names = loadCountryNames();
const resolver = new AreaResolver(areas, aliases, names);

test('country names in the six UN languages resolve to their ISO3 code', () => {
  const cases: Array<[string, string]> = [
    ['Royaume-Uni', 'GBR'],
    ['Reino Unido', 'GBR'],
    ['Allemagne', 'DEU'],
    ['España', 'ESP'],
    ['espana', 'ESP'],
    ["Côte d'Ivoire", 'CIV'],
    ['Costa de Marfil', 'CIV'],
    ['德国', 'DEU'],
    ['Германия', 'DEU'],
    ['ألمانيا', 'DEU'],
    ['المملكة المتحدة', 'GBR'],
    ['Estados Unidos', 'USA'],
    ['美国', 'USA'],
    ['Россия', 'RUS'],
    ['Corée du Sud', 'KOR'],
    ['Afrique du Sud', 'ZAF'],
    ['Sudáfrica', 'ZAF'],
  ];
  for (const [raw, code] of cases) assert.equal(resolver.resolve(raw)?.code, code, raw);
});

test('the names come from CLDR for every UN language, not from a hand-typed list', () => {
  for (const lang of UN_LANGUAGES) {
    const n = names.filter((x) => x.lang === lang).length;
    assert.ok(n > 240, `${lang}: ${n} names`);
  }
  // Without the CLDR names, the French and Chinese names are unknown.
  const bare = new AreaResolver(areas, aliases);
  assert.equal(bare.resolve('Allemagne'), undefined);
  assert.equal(bare.resolve('德国'), undefined);
});

test('a name that two languages give to different areas is not guessed but reported', () => {
  const two: Area[] = ['AAA', 'BBB'].map((code) => ({
    code,
    kind: 'country',
    name: code,
    iso2: null,
    m49: null,
    parent: null,
    whoRegion: null,
    whoMember: false,
    wbIncome: null,
    wbRegion: null,
    unRegion: null,
    unSubregion: null,
  }));
  const clash: AreaName[] = [
    { name: 'Guinée', code: 'AAA', lang: 'fr' },
    { name: 'Guinee', code: 'BBB', lang: 'es' },
    { name: 'Only One', code: 'BBB', lang: 'en' },
  ];
  const r = new AreaResolver(two, [], clash);
  assert.equal(r.resolve('Guinée'), undefined);
  assert.deepEqual(r.ambiguity('guinee'), [
    { code: 'AAA', lang: 'fr' },
    { code: 'BBB', lang: 'es' },
  ]);
  assert.equal(r.resolve('only one')?.code, 'BBB');
  assert.equal(r.ambiguity('only one'), null);
  // A reference alias decides a name the languages disagree on.
  const decided = new AreaResolver(two, [{ alias: 'Guinee', code: 'AAA' }], clash);
  assert.equal(decided.resolve('Guinée')?.code, 'AAA');
  assert.equal(decided.ambiguity('Guinée'), null);
});
