import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assessSsl, diffSsl, findEdition } from '../../safeguards/index.ts';
import {
  aggregateResults,
  DataIndex,
  type DataPoint,
  density,
  emigrationRate,
  foreignShare,
  growth,
  inflow,
  median,
  migrationEffectiveness,
  netMigration,
  note,
  pickPoint,
  sdgGap,
} from './index.ts';

let row = 1;
function pt(p: Partial<DataPoint> & Pick<DataPoint, 'measure' | 'area' | 'year' | 'value'>): DataPoint {
  return {
    occupation: '_Z',
    partner: '_Z',
    partnerBasis: '_Z',
    source: 'WHO.GHO',
    series: '',
    batch: 1,
    file: 'test.csv',
    row: row++,
    flags: [],
    ...p,
  };
}
const stock = (
  area: string,
  year: number,
  value: number,
  occupation = 'medical-doctors',
  source = 'WHO.GHO',
) => pt({ measure: 'stock', area, year, value, occupation, source });
const pop = (area: string, year: number, value: number) =>
  pt({ measure: 'population', area, year, value, source: 'WB.WDI' });
const kinds = new Map([
  ['GHA', 'country'],
  ['USA', 'country'],
  ['GBR', 'country'],
  ['CAN', 'country'],
  ['IND', 'country'],
  ['AFR', 'who-region'],
  ['A', 'country'],
  ['B', 'country'],
  ['C', 'country'],
  ['D', 'country'],
]);
const latest = { kind: 'latest', upTo: null, window: null } as const;

describe('year selection', () => {
  const series = [
    pt({ measure: 'stock', area: 'GHA', year: 2020, value: 2, source: 'B' }),
    pt({ measure: 'stock', area: 'GHA', year: 2020, value: 1, source: 'A' }),
    pt({ measure: 'stock', area: 'GHA', year: 2015, value: 3, source: 'A' }),
  ];
  test('latest year first, then the preferred source, alphabetical when none is preferred', () => {
    assert.equal(pickPoint(series, latest)?.value, 1);
    assert.equal(pickPoint(series, latest, { sources: ['B'] })?.value, 2);
  });
  test('upTo and window bound the latest; exact takes only that year', () => {
    assert.equal(pickPoint(series, { kind: 'latest', upTo: 2019, window: 5 })?.year, 2015);
    assert.equal(pickPoint(series, { kind: 'latest', upTo: 2019, window: 3 }), undefined);
    assert.equal(pickPoint(series, { kind: 'exact', year: 2016 }), undefined);
    assert.equal(pickPoint(series, { kind: 'latest', upTo: null, window: 2 })?.year, 2020);
  });
});

describe('density', () => {
  // Ghana 2020: WHO headcount 5285 doctors, World Bank population 31 887 809; WHO publishes 1.7.
  const data = new DataIndex([
    stock('GHA', 2020, 5285),
    pop('GHA', 2020, 31887809),
    pt({ measure: 'density', area: 'GHA', year: 2020, value: 1.7, occupation: 'medical-doctors' }),
    stock('GHA', 2018, 50000, 'nursing-and-midwifery'),
    pop('GHA', 2018, 0),
  ]);
  test('headcount / population per 10 000, or the published figure, saying which', () => {
    const c = density(data, 'GHA', ['medical-doctors'], { selection: latest, basis: 'computed-first' });
    assert.equal(c.method, 'computed');
    assert.ok(Math.abs((c.value as number) - 1.657373) < 1e-6);
    const p = density(data, 'GHA', ['medical-doctors'], { selection: latest, basis: 'published-first' });
    assert.equal(p.method, 'published');
    assert.equal(p.value, 1.7);
    assert.equal(p.inputs[0]?.row, data.series('density', 'GHA', 'medical-doctors')[0]?.row);
  });
  test('a zero population gives null with a reason, never 0 or Infinity', () => {
    const r = density(data, 'GHA', ['nursing-and-midwifery'], { selection: latest, basis: 'computed' });
    assert.equal(r.value, null);
    assert.equal(r.reason?.code, 'population-not-positive');
    assert.deepEqual(r.reason?.params, { year: 2018, value: 0 });
    assert.match(r.reason?.message ?? '', /population for 2018 is 0/);
  });
  test('a sum of cadres with one missing is null, not a partial sum', () => {
    const r = density(data, 'GHA', ['medical-doctors', 'nursing-and-midwifery'], {
      selection: latest,
      basis: 'computed-first',
    });
    assert.equal(r.value, null);
    assert.equal(r.reason?.code, 'for-cadre');
    assert.match(r.reason?.message ?? '', /^nursing-and-midwifery: /);
  });
  test('cadres of different years are summed with a warning', () => {
    const d = new DataIndex([
      pt({ measure: 'density', area: 'GHA', year: 2020, value: 2, occupation: 'medical-doctors' }),
      pt({ measure: 'density', area: 'GHA', year: 2018, value: 30, occupation: 'nursing-and-midwifery' }),
    ]);
    const r = density(d, 'GHA', ['medical-doctors', 'nursing-and-midwifery'], {
      selection: latest,
      basis: 'published',
    });
    assert.equal(r.value, 32);
    assert.equal(r.year, 2020);
    assert.match(r.warnings.map((w) => w.message).join(), /different years/);
  });
});

describe('foreign shares and emigration', () => {
  const ft = (area: string, partner: string, year: number, value: number, basis = 'training') =>
    pt({
      measure: basis === 'training' ? 'foreign-trained-stock' : 'foreign-born-stock',
      area,
      partner,
      partnerBasis: basis,
      year,
      value,
      occupation: 'medical-doctors',
      source: 'OECD.HEALTH_WFMI',
    });
  test('a published total that disagrees with its origins is used and flagged; regions stay out of the breakdown', () => {
    const data = new DataIndex([
      ft('USA', '_T', 2016, 1000),
      ft('USA', 'IND', 2016, 600),
      ft('USA', 'GHA', 2016, 200),
      ft('USA', 'AFR', 2016, 250),
      stock('USA', 2016, 4000, 'medical-doctors', 'OECD.HEALTH_WFMI'),
    ]);
    const r = foreignShare(data, 'USA', 'medical-doctors', 'training', {
      selection: latest,
      areaKinds: kinds,
    });
    assert.equal(r.value, 25);
    assert.match(
      r.warnings.map((w) => w.message).join(' | '),
      /published total 1000 differs from the sum of 2 origins \(800\)/,
    );
    assert.match(
      r.warnings.map((w) => w.message).join(' | '),
      /aggregate partners left out of the breakdown: AFR/,
    );
  });
  test('a share above 100% is kept and flagged as a concept mismatch', () => {
    const data = new DataIndex([
      ft('GBR', 'IND', 2018, 500),
      stock('GBR', 2018, 400, 'medical-doctors', 'OECD.HEALTH_WFMI'),
    ]);
    const r = foreignShare(data, 'GBR', 'medical-doctors', 'training', {
      selection: latest,
      areaKinds: kinds,
    });
    assert.equal(r.value, 125);
    assert.match(r.warnings.map((w) => w.message).join(), /exceeds 100%/);
  });
  test('emigration mixing training and birth bases warns; abroad far above home warns', () => {
    const data = new DataIndex([
      ft('USA', 'GHA', 2016, 750),
      ft('GBR', 'GHA', 2018, 231, 'birth'),
      stock('GHA', 2018, 400),
    ]);
    const r = emigrationRate(data, 'GHA', 'medical-doctors', {
      selection: latest,
      basis: 'any',
      areaKinds: kinds,
    });
    assert.ok(Math.abs((r.value as number) - (100 * 981) / 1381) < 1e-9);
    assert.match(r.warnings.map((w) => w.message).join(' | '), /mixes two concepts/);
    assert.match(r.warnings.map((w) => w.message).join(' | '), /more than twice the home stock/);
    const trainingOnly = emigrationRate(data, 'GHA', 'medical-doctors', {
      selection: latest,
      basis: 'training',
      areaKinds: kinds,
    });
    assert.equal(trainingOnly.detail?.abroad, 750);
  });
  test('abroad plus home of zero is undefined', () => {
    const data = new DataIndex([ft('USA', 'GHA', 2016, 0), stock('GHA', 2016, 0)]);
    const r = emigrationRate(data, 'GHA', 'medical-doctors', {
      selection: latest,
      basis: 'training',
      areaKinds: kinds,
    });
    assert.equal(r.value, null);
    assert.match(r.reason?.message ?? '', /zero/);
  });
});

describe('flows, growth and the SDG gap', () => {
  // The four-region example of indicators.md §1.4: out = 200,100,135,65; in = 130,160,95,115.
  const flows: [string, number, number][] = [
    ['A', 130, 200],
    ['B', 160, 100],
    ['C', 95, 135],
    ['D', 115, 65],
  ];
  const data = new DataIndex(
    flows.flatMap(([area, i, o]) => [
      pt({ measure: 'inflow', area, partner: '_T', year: 2020, value: i, occupation: 'medical-doctors' }),
      pt({ measure: 'outflow', area, partner: '_T', year: 2020, value: o, occupation: 'medical-doctors' }),
    ]),
  );
  const options = { selection: latest, areaKinds: kinds };
  test('net migration and the migration effectiveness index (22.0 for the example)', () => {
    const nets = flows.map(([area]) => netMigration(data, area, 'medical-doctors', options));
    assert.deepEqual(
      nets.map((n) => n.value),
      [-70, 60, -40, 50],
    );
    assert.equal(migrationEffectiveness(nets).value, 22);
    assert.equal(inflow(data, 'B', 'medical-doctors', options).method, 'published-total');
  });
  test('inflow summed over partner countries when no total is published', () => {
    const d = new DataIndex([
      pt({
        measure: 'inflow',
        area: 'GBR',
        partner: 'IND',
        year: 2020,
        value: 10,
        occupation: 'medical-doctors',
      }),
      pt({
        measure: 'inflow',
        area: 'GBR',
        partner: 'GHA',
        year: 2020,
        value: 5,
        occupation: 'medical-doctors',
      }),
    ]);
    const r = inflow(d, 'GBR', 'medical-doctors', options);
    assert.equal(r.value, 15);
    assert.equal(r.method, 'sum-of-partners');
  });
  test('compound annual growth between the latest two years, jumps flagged', () => {
    const d = new DataIndex([stock('GHA', 2016, 1000), stock('GHA', 2018, 1210), stock('GHA', 2020, 3000)]);
    const r = growth(d, 'GHA', 'medical-doctors', {
      selection: { kind: 'latest', upTo: 2018, window: null },
      areaKinds: kinds,
    });
    assert.ok(Math.abs((r.value as number) - 10) < 1e-9);
    const jump = growth(d, 'GHA', 'medical-doctors', options);
    assert.match(jump.warnings.map((w) => w.message).join(), /count changed/);
  });
  test('SDG gap: workers short of 44.5 per 10 000, zero when the threshold is met', () => {
    const d = new DataIndex([
      pt({ measure: 'density', area: 'GHA', year: 2020, value: 4.5, occupation: 'medical-doctors' }),
      pt({ measure: 'density', area: 'GHA', year: 2020, value: 30, occupation: 'nursing-and-midwifery' }),
      pop('GHA', 2020, 1_000_000),
      pt({ measure: 'density', area: 'USA', year: 2020, value: 26, occupation: 'medical-doctors' }),
      pt({ measure: 'density', area: 'USA', year: 2020, value: 156, occupation: 'nursing-and-midwifery' }),
      pop('USA', 2020, 300_000_000),
    ]);
    const gha = sdgGap(d, 'GHA', { selection: latest, basis: 'published' });
    assert.ok(Math.abs((gha.value as number) - 1000) < 1e-9);
    assert.equal(sdgGap(d, 'USA', { selection: latest, basis: 'published' }).value, 0);
  });
});

describe('aggregates and the median', () => {
  const result = (area: string, value: number | null, year: number | null = 2020) => ({
    indicator: 'density' as const,
    area,
    occupation: ['medical-doctors'],
    year,
    value,
    unit: 'per 10 000 population',
    reason: value === null ? note('no-member-value') : null,
    method: 'published',
    warnings: [],
    inputs: [],
  });
  test('population-weighted over members with values, with coverage', () => {
    const pops: Record<string, number> = { A: 100, B: 300, C: 600 };
    const r = aggregateResults({
      area: 'AFR',
      results: [result('A', 10), result('B', 20), result('C', null)],
      population: (a) => pop(a, 2020, pops[a] ?? 0),
    });
    assert.equal(r.value, (10 * 100 + 20 * 300) / 400);
    const coverage = r.detail?.coverage as { populationShare: number; withValue: number };
    assert.equal(coverage.populationShare, 0.4);
    assert.equal(coverage.withValue, 2);
  });
  test('median of odd, even and empty sets', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 2, 3]), 2.5);
    assert.equal(median([]), null);
  });
});

describe('Support and Safeguards List rule', () => {
  const e2023 = findEdition(2023);
  assert.ok(e2023);
  const dens = (value: number | null) => ({
    indicator: 'density' as const,
    area: 'X',
    occupation: ['medical-doctors', 'nursing-and-midwifery'],
    year: value === null ? null : 2020,
    value,
    unit: '',
    reason: value === null ? note('no-member-value') : null,
    method: 'published',
    warnings: [],
    inputs: [],
  });
  const sci = (value: number) => pt({ measure: 'uhc-sci', area: 'X', year: 2019, value, source: 'OWID' });
  test('both strict inequalities must hold; a value at the threshold is not below it', () => {
    assert.equal(assessSsl(e2023, 'X', dens(20), sci(54.99)).status, 'on');
    assert.equal(assessSsl(e2023, 'X', dens(20), sci(55)).status, 'off');
    assert.equal(assessSsl(e2023, 'X', dens(49), sci(40)).status, 'off');
  });
  test('a missing input makes the country not assessable, unless the other already fails', () => {
    assert.equal(assessSsl(e2023, 'X', dens(null), sci(40)).status, 'not-assessable');
    assert.equal(assessSsl(e2023, 'X', dens(20), undefined).status, 'not-assessable');
    assert.equal(assessSsl(e2023, 'X', dens(null), sci(80)).status, 'off');
  });
  test('the 2020 edition uses the lower index threshold of 50', () => {
    const e2020 = findEdition(2020);
    assert.ok(e2020);
    assert.equal(assessSsl(e2020, 'X', dens(20), sci(52)).status, 'off');
  });
  test('differences from the official list name the failing value and a near miss', () => {
    const a = assessSsl(e2023, 'WSM', dens(38.66), { ...sci(55.02), area: 'WSM' });
    const [d] = diffSsl(new Set(['WSM']), [a]);
    assert.equal(d?.recomputed, 'off');
    assert.match(d?.explanation ?? '', /55\.02 \(2019, OWID\) is not below 55/);
    assert.match(d?.explanation ?? '', /within 0\.02 of the threshold/);
    assert.deepEqual(diffSsl(new Set(), [a]), []);
  });
});
