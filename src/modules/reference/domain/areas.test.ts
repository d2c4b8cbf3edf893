import assert from 'node:assert/strict';
import { test } from 'node:test';
import { repairMojibake } from '../../../platform/text.ts';
import { loadReferenceAreas } from '../load-reference.ts';
import { type Area, AreaResolver, isCountryLike, normaliseAreaName } from './areas.ts';

const { areas, aliases } = loadReferenceAreas();
const resolver = new AreaResolver(areas, aliases);

function expectCode(raw: string, code: string): void {
  assert.equal(resolver.resolve(raw)?.code, code, `${JSON.stringify(raw)} should resolve to ${code}`);
}

function area(code: string, kind: Area['kind'], name: string, parent: string | null = null): Area {
  return {
    code,
    kind,
    name,
    iso2: null,
    m49: null,
    parent,
    whoRegion: null,
    whoMember: false,
    wbIncome: null,
    wbRegion: null,
    unRegion: null,
    unSubregion: null,
  };
}

test('the names files use for countries resolve to their ISO3 code', () => {
  const cases: Array<[string, string]> = [
    ['Korea', 'KOR'],
    ['Korea, Rep.', 'KOR'],
    ['Republic of Korea', 'KOR'],
    ['South Korea', 'KOR'],
    ["Democratic People's Republic of Korea", 'PRK'],
    ['Czech Republic', 'CZE'],
    ['Czechia', 'CZE'],
    ['Slovak Republic', 'SVK'],
    ['East Timor', 'TLS'],
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['Turkiye', 'TUR'],
    ["Cote d'Ivoire", 'CIV'],
    ["Côte d'Ivoire", 'CIV'],
    ['Côte d’Ivoire', 'CIV'],
    ['Cape Verde', 'CPV'],
    ['Cabo Verde', 'CPV'],
    ['Democratic Republic of Congo', 'COD'],
    ['Congo, Dem. Rep.', 'COD'],
    ['Congo', 'COG'],
    ['Micronesia (Federated States of)', 'FSM'],
    ['Micronesia (country)', 'FSM'],
    ["Lao People's Democratic Republic", 'LAO'],
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['Iran (Islamic Republic of)', 'IRN'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ['United Kingdom', 'GBR'],
    ['United States of America', 'USA'],
    ['United States', 'USA'],
    ['Viet Nam', 'VNM'],
    ['Vietnam', 'VNM'],
    ['Russian Federation', 'RUS'],
    ['Netherlands (Kingdom of the)', 'NLD'],
    ['North Macedonia', 'MKD'],
    ['The former Yugoslav Republic of Macedonia', 'MKD'],
    ['Macedonia', 'MKD'],
    ['Eswatini', 'SWZ'],
    ['Swaziland', 'SWZ'],
    ['Hong Kong, China', 'HKG'],
    ['China, Hong Kong SAR', 'HKG'],
    ['Kosovo', 'XKX'],
    ['Channel Islands', 'CHI'],
    ['Chinese Taipei', 'TWN'],
    ['Occupied Palestinian territory', 'PSE'],
    ['Svalbard and Jan Mayen Islands', 'SJM'],
    ['Bahamas, The', 'BHS'],
    ['St. Vincent and the Grenadines', 'VCT'],
  ];
  for (const [raw, code] of cases) expectCode(raw, code);
});

test('codes resolve in any case: hwmo, ISO3, ISO2 and code-like aliases', () => {
  expectCode('afg', 'AFG');
  expectCode('Gbr', 'GBR');
  expectCode('gb', 'GBR');
  expectCode('US', 'USA');
  expectCode('xkx', 'XKX');
  expectCode('tot', '_T');
  expectCode('_t', '_T');
  expectCode('wb_hi', 'HIC');
  expectCode('sear', 'SEAR');
  expectCode(' CAN ', 'CAN');
  assert.equal(resolver.get('AFG')?.name, 'Afghanistan');
  assert.equal(resolver.get('afg')?.code, 'AFG');
  assert.equal(resolver.get('Afghanistan'), undefined, 'get takes codes only');
  assert.equal(resolver.get('AF'), undefined, 'get takes hwmo codes only');
  assert.equal(resolver.get('_t')?.kind, 'total');
});

test('UN M49 numbers resolve with or without leading zeros', () => {
  expectCode('004', 'AFG');
  expectCode('04', 'AFG');
  expectCode('4', 'AFG');
  expectCode('840', 'USA');
  expectCode('826', 'GBR');
  expectCode('001', 'WLD');
  expectCode('019', 'M49_019');
  assert.equal(resolver.resolve('999'), undefined);
});

test('names are compared without case, diacritics, punctuation or a leading "the"', () => {
  assert.equal(normaliseAreaName('  The Côte  d’Ivoire '), 'cote d ivoire');
  assert.equal(normaliseAreaName('Bosnia & Herzegovina'), 'bosnia and herzegovina');
  assert.equal(normaliseAreaName('Guinea-Bissau'), 'guinea bissau');
  expectCode('GAMBIA', 'GMB');
  expectCode('the Gambia', 'GMB');
  expectCode('bosnia & herzegovina', 'BIH');
  expectCode('Guinea Bissau', 'GNB');
  expectCode('korea,  rep.', 'KOR');
  expectCode('CURACAO', 'CUW');
  expectCode('Reunion', 'REU');
  expectCode('Sao Tome and Principe', 'STP');
  expectCode('São Tomé and Príncipe', 'STP');
  expectCode('AFG: Afghanistan', 'AFG');
});

test('mojibake (UTF-8 read as Latin-1 or Windows-1252) is repaired', () => {
  assert.equal(repairMojibake('CÃ´te dâ€™Ivoire'), 'Côte d’Ivoire');
  assert.equal(repairMojibake('Côte d’Ivoire'), 'Côte d’Ivoire');
  assert.equal(repairMojibake('Chad'), 'Chad');
  expectCode("CÃ´te d'Ivoire", 'CIV');
  expectCode('CÃ´te dâ€™Ivoire', 'CIV');
  expectCode('TÃ¼rkiye', 'TUR');
  expectCode('RÃ©union', 'REU');
  expectCode('CuraÃ§ao', 'CUW');
  expectCode('Ã…land Islands', 'ALA');
});

test('pseudo-areas are of their own kind, never countries', () => {
  for (const raw of ['', '   ', '\t']) assert.equal(resolver.resolve(raw)?.kind, 'none');
  assert.equal(resolver.resolve('_Z')?.kind, 'none');
  for (const raw of ['TOT', 'Total', '_T', 'W']) assert.equal(resolver.resolve(raw)?.code, '_T', raw);
  assert.equal(resolver.resolve('TOT')?.kind, 'total');
  for (const raw of ['NS', 'Others (not elsewhere classified)', 'Unknown', 'Not specified', '_U']) {
    assert.equal(resolver.resolve(raw)?.code, '_U', raw);
    assert.equal(resolver.resolve(raw)?.kind, 'unspecified', raw);
  }
  // The World Bank's world is an area with data of its own, unlike "every partner".
  for (const raw of ['WLD', 'World', 'GLOBAL', 'OWID_WRL', 'WB_WORLD_INCOME']) {
    assert.equal(resolver.resolve(raw)?.code, 'WLD', raw);
    assert.equal(resolver.resolve(raw)?.kind, 'aggregate', raw);
  }
  for (const a of areas) {
    if (a.code.startsWith('_')) assert.notEqual(a.kind, 'country', a.code);
  }
});

test('WHO regions resolve from their codes and the names files use', () => {
  const cases: Array<[string, string]> = [
    ['AFR', 'AFR'],
    ['Africa', 'AFR'],
    ['African Region', 'AFR'],
    ['Africa (WHO)', 'AFR'],
    ['Americas', 'AMR'],
    ['Americas (WHO)', 'AMR'],
    ['Region of the Americas', 'AMR'],
    ['South-East Asia Region', 'SEAR'],
    ['South-East Asia', 'SEAR'],
    ['Western Pacific', 'WPR'],
    ['Eastern Mediterranean', 'EMR'],
    ['Europe (WHO)', 'EUR'],
    ['Europe', 'EUR'],
  ];
  for (const [raw, code] of cases) {
    expectCode(raw, code);
    assert.equal(resolver.resolve(raw)?.kind, 'who-region', raw);
  }
  expectCode('Americas (UN)', 'M49_019');
  assert.equal(resolver.resolve('Americas (UN)')?.kind, 'aggregate');
});

test('World Bank income groups and aggregates are not countries', () => {
  const income: Array<[string, string]> = [
    ['HIC', 'HIC'],
    ['High income', 'HIC'],
    ['WB_HI', 'HIC'],
    ['High-income countries', 'HIC'],
    ['UMC', 'UMC'],
    ['WB_UMI', 'UMC'],
    ['Upper-middle-income countries', 'UMC'],
    ['LMC', 'LMC'],
    ['WB_LMI', 'LMC'],
    ['Lower-middle-income countries', 'LMC'],
    ['LIC', 'LIC'],
    ['WB_LI', 'LIC'],
    ['Low-income countries', 'LIC'],
  ];
  for (const [raw, code] of income) {
    expectCode(raw, code);
    assert.equal(resolver.resolve(raw)?.kind, 'income-group', raw);
  }
  for (const raw of ['AFE', 'ARB', 'EAS', 'EUU', 'SSF', 'OED', 'OECD', 'EU27_2020', 'LMY', 'INX']) {
    assert.equal(resolver.resolve(raw)?.kind, 'aggregate', raw);
  }
});

test('unknown names and codes resolve to nothing', () => {
  for (const raw of [
    'Atlantis',
    'XXX',
    'ZZ',
    'Narnia (WHO)',
    'Not classified',
    'Korea, Atlantis',
    'A',
    '12345',
  ]) {
    assert.equal(resolver.resolve(raw), undefined, raw);
  }
  assert.equal(resolver.get('XXX'), undefined);
});

test('the shipped reference has the expected WHO members, regions and income groups', () => {
  const count = (pred: (a: Area) => boolean) => areas.filter(pred).length;
  assert.equal(
    count((a) => a.whoMember),
    194,
  );
  const byRegion = { AFR: 47, AMR: 35, EMR: 21, EUR: 53, SEAR: 11, WPR: 27 };
  for (const [region, n] of Object.entries(byRegion)) {
    assert.equal(
      count((a) => a.whoMember && a.whoRegion === region),
      n,
      region,
    );
  }
  const byIncome = { HIC: 81, UMC: 54, LMC: 54, LIC: 28 };
  for (const [income, n] of Object.entries(byIncome)) {
    assert.equal(
      count((a) => a.kind === 'country' && a.wbIncome === income),
      n,
      income,
    );
  }
  const codesOf = (kind: Area['kind']) =>
    areas
      .filter((a) => a.kind === kind)
      .map((a) => a.code)
      .sort();
  assert.deepEqual(codesOf('who-region'), ['AFR', 'AMR', 'EMR', 'EUR', 'SEAR', 'WPR']);
  assert.deepEqual(codesOf('income-group'), ['HIC', 'LIC', 'LMC', 'UMC']);
  assert.deepEqual(codesOf('total'), ['_T']);
  assert.deepEqual(codesOf('unspecified'), ['_U']);
  assert.deepEqual(codesOf('none'), ['_Z']);
  assert.equal(
    count((a) => a.kind === 'country'),
    251,
  );
  for (const a of areas.filter((x) => x.whoMember)) {
    assert.equal(a.kind, 'country', a.code);
    assert.match(a.code, /^[A-Z]{3}$/);
  }
  // Every ISO code and M49 number names one area.
  for (const key of ['iso2', 'm49'] as const) {
    const values = areas.map((a) => a[key]).filter((v) => v !== null);
    assert.equal(new Set(values).size, values.length, key);
  }
  // The whole alias list resolves, each alias to its own area.
  for (const a of aliases) assert.equal(resolver.resolve(a.alias)?.code, a.code, a.alias);
  for (const a of areas) assert.equal(resolver.resolve(a.name)?.code, a.code, a.name);
});

test('subnational units resolve by code and name, but a country keeps its name', () => {
  const own = new AreaResolver(
    [
      area('USA', 'country', 'United States of America'),
      area('GEO', 'country', 'Georgia'),
      area('US-GA', 'subnational', 'Georgia', 'USA'),
      area('KEN', 'country', 'Kenya'),
      area('KE-30', 'subnational', 'Nairobi City', 'KEN'),
      area('_Z', 'none', 'Not applicable'),
    ],
    [
      { alias: 'Nairobi', code: 'KE-30' },
      { alias: 'State of Georgia', code: 'US-GA' },
      { alias: 'GEORGIA', code: 'US-GA' },
    ],
  );
  assert.equal(own.resolve('ke-30')?.code, 'KE-30');
  assert.equal(own.resolve('Nairobi')?.code, 'KE-30');
  assert.equal(own.resolve('nairobi city')?.code, 'KE-30');
  assert.equal(own.resolve('Georgia')?.code, 'GEO');
  assert.equal(own.resolve('GEORGIA')?.code, 'GEO');
  assert.equal(own.resolve('State of Georgia')?.code, 'US-GA');
  assert.equal(own.resolve('us-ga')?.code, 'US-GA');
  assert.equal(own.resolve('')?.code, '_Z');
  assert.equal(new AreaResolver([], []).resolve(''), undefined);
  assert.ok(isCountryLike({ kind: 'subnational' }));
  assert.ok(isCountryLike({ kind: 'country' }));
  assert.ok(!isCountryLike({ kind: 'aggregate' }));
  assert.ok(!isCountryLike({ kind: 'total' }));
});

test('repeated lookups give the same answers', () => {
  for (let i = 0; i < 3; i++) {
    expectCode('Korea', 'KOR');
    assert.equal(resolver.resolve('Atlantis'), undefined);
  }
});
