import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EstimationRun, Observation } from '../../lib/api.ts';
import {
  byName,
  currentEstimates,
  estimateSelection,
  flowBands,
  partnerParts,
  readFlowsQuery,
  stockSelection,
  TOP,
} from './state.ts';

const name = (c: string) =>
  ({ GHA: 'Ghana', KEN: 'Kenya', USA: 'United States', GBR: 'United Kingdom' })[c] ?? c;
const others = (n: number) => `${n} others`;

const obs = (area: string, partner: string, value: number, over: Partial<Observation> = {}): Observation => ({
  measure: 'foreign-trained-stock',
  area,
  areaName: area,
  year: 2020,
  occupation: 'medical-doctors',
  sex: '_T',
  age: '_T',
  partner,
  partnerBasis: 'training',
  value,
  unit: 'persons',
  flags: [],
  source: 'OECD',
  series: null,
  batchId: 1,
  file: 'f.csv',
  row: 2,
  ...over,
});

const run = (over: Partial<EstimationRun>): EstimationRun =>
  ({
    id: 1,
    batchId: 1,
    batchStatus: 'committed',
    createdAt: '2026-01-01T00:00:00.000Z',
    method: 'ffs-diff',
    params: {},
    inputMeasure: 'foreign-trained-stock',
    partnerBasis: 'training',
    occupation: 'medical-doctors',
    sex: '_T',
    age: '_T',
    startYear: 2015,
    endYear: 2020,
    outputMeasure: 'migration-flow',
    outputSource: 'HWMO.FFS_DIFF.2015-2020',
    inputBatches: [],
    inputSources: [],
    areas: ['GHA', 'KEN'],
    dropped: [],
    warnings: [],
    stored: 0,
    revised: 0,
    unchanged: 0,
    retired: 0,
    ...over,
  }) as EstimationRun;

test('the view kind and direction from the URL', () => {
  assert.deepEqual(readFlowsQuery(new URLSearchParams('')), { data: 'stocks', mode: 'destination' });
  assert.deepEqual(readFlowsQuery(new URLSearchParams('data=estimated&mode=origin')), {
    data: 'estimated',
    mode: 'origin',
  });
  assert.deepEqual(readFlowsQuery(new URLSearchParams('data=x&mode=y')), {
    data: 'stocks',
    mode: 'destination',
  });
});

test('names once each, in name order', () => {
  assert.deepEqual(byName(['KEN', 'GHA', 'KEN'], name), [
    { code: 'GHA', name: 'Ghana' },
    { code: 'KEN', name: 'Kenya' },
  ]);
});

test('bands: the top partners, the others summed, unknown partners last, empty bands dropped', () => {
  const parts = [
    ...Array.from({ length: TOP + 2 }, (_, i) => ({
      code: `C${String(i).padStart(2, '0')}`,
      value: 100 - i,
    })),
    { code: '_U', value: 7 },
    { code: '_X', value: 0 },
  ];
  const bands = flowBands(parts, name, others);
  assert.equal(bands.length, TOP + 2);
  assert.deepEqual(bands.at(-2), {
    key: '_O',
    label: '2 others',
    value: 100 - TOP + (100 - TOP - 1),
    muted: true,
  });
  assert.deepEqual(bands.at(-1), { key: '_U', label: '_U', value: 7, muted: true });
  assert.deepEqual(
    flowBands([{ code: 'GHA', value: 3 }], name, others).map((b) => b.key),
    ['GHA'],
  );
});

test('partner shares: of the published total when there is one, else of the sum; largest first', () => {
  const rows = [obs('USA', 'KEN', 10), obs('USA', 'GHA', 30), obs('USA', 'GBR', 10)];
  const bySum = partnerParts(rows, (o) => o.partner, name, null);
  assert.deepEqual(
    bySum.parts.map((x) => x.code),
    ['GHA', 'KEN', 'GBR'],
  );
  assert.equal(bySum.sum, 50);
  assert.equal(bySum.share(10), 20);
  assert.equal(partnerParts(rows, (o) => o.partner, name, 200).share(10), 5);
  assert.equal(partnerParts([], (o) => o.partner, name, 0).share(1), null);
});

test('stocks: the area asked for, else the United States as destination; the newest year by default', () => {
  const rows = [
    obs('USA', 'GHA', 5, { year: 2019 }),
    obs('USA', 'GHA', 6, { year: 2021 }),
    obs('USA', 'KEN', 9, { year: 2021 }),
    obs('GBR', 'GHA', 2, { year: 2021 }),
  ];
  const d = stockSelection(rows, 'destination', new URLSearchParams(''), name);
  assert.equal(d.area, 'USA');
  assert.deepEqual(d.years, [2021, 2019]);
  assert.equal(d.year, 2021);
  assert.deepEqual(
    d.selected.map((o) => o.partner),
    ['GHA', 'KEN'],
  );
  const asked = stockSelection(rows, 'destination', new URLSearchParams('area=USA&year=2019'), name);
  assert.equal(asked.year, 2019);
  assert.equal(asked.selected.length, 1);
  const origin = stockSelection(rows, 'origin', new URLSearchParams('area=ZZZ'), name);
  assert.equal(origin.area, 'GHA', 'an unknown area falls back to the first by name');
  assert.deepEqual(
    origin.selected.map((o) => origin.partnerOf(o)),
    ['USA', 'GBR'],
  );
});

test('estimates in force: the newest committed run of totals per source, measure and occupation', () => {
  const newest = run({ id: 3 });
  const rolledBack = run({ id: 4, batchStatus: 'rolled_back' });
  const bySex = run({ id: 5, sex: 'F' });
  const estimates = currentEstimates([bySex, rolledBack, newest, run({ id: 2 })]);
  assert.deepEqual(
    estimates.map((e) => e.run.id),
    [3],
  );
  assert.equal(estimates[0]?.key, 'HWMO.FFS_DIFF.2015-2020:foreign-trained-stock');
});

test('the estimate shown: the one the URL names, else the latest period', () => {
  const early = { key: 'a', run: run({ id: 1, startYear: 2010, endYear: 2015 }) };
  const late = { key: 'b', run: run({ id: 2, startYear: 2015, endYear: 2020 }) };
  const other = { key: 'c', run: run({ id: 3, areas: ['USA'], occupation: 'nursing-personnel' }) };
  const d = estimateSelection([early, late, other], new URLSearchParams(''), name);
  assert.equal(d.area, 'GHA');
  assert.deepEqual(
    d.options.map((e) => e.key),
    ['b', 'a'],
  );
  assert.equal(d.estimate, late);
  assert.equal(estimateSelection([early, late], new URLSearchParams('estimate=a'), name).estimate, early);
  const usa = estimateSelection([early, late, other], new URLSearchParams('area=USA'), name);
  assert.equal(usa.occupation, 'nursing-personnel');
  assert.equal(usa.estimate, other);
});
