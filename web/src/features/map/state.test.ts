import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Area, IndicatorResult } from '../../lib/api.ts';
import {
  CLASSES,
  colourClasses,
  fillOf,
  indicatorMap,
  mapRows,
  NO_DATA,
  OUTSIDE,
  readMapQuery,
  SSL_COLOURS,
  sslMap,
  yearSpan,
} from './state.ts';

const area = (code: string, over: Partial<Area> = {}): Area => ({
  code,
  kind: 'country',
  name: code,
  iso2: null,
  m49: null,
  parent: null,
  whoRegion: 'AFR',
  whoMember: true,
  wbIncome: 'LMC',
  wbRegion: null,
  unRegion: null,
  unSubregion: null,
  ...over,
});

const result = (
  a: string,
  value: number | null,
  year: number | null,
  sources: string[] = [],
): IndicatorResult => ({
  indicator: 'density',
  area: a,
  areaName: a,
  occupation: ['medical-doctors'],
  year,
  value,
  unit: 'per 10 000 population',
  reason: null,
  method: 'computed',
  warnings: [],
  inputs: sources.map((source, i) => ({
    measure: 'stock',
    area: a,
    occupation: 'medical-doctors',
    partner: '_T',
    year: year ?? 2020,
    value: 1,
    source,
    series: '',
    batch: 1,
    file: 'f.csv',
    row: i + 2,
  })),
});

test('the map reads its view from the URL, with defaults and the picked country in upper case', () => {
  assert.deepEqual(readMapQuery(new URLSearchParams('')), {
    indicator: 'density',
    isSsl: false,
    occupation: 'medical-doctors',
    year: 'latest',
    region: '',
    income: '',
    selected: '',
  });
  const q = readMapQuery(new URLSearchParams('indicator=ssl&year=2019&region=EUR&area=gha'));
  assert.equal(q.isSsl, true);
  assert.equal(q.year, '2019');
  assert.equal(q.region, 'EUR');
  assert.equal(q.selected, 'GHA');
});

test('the Safeguards List map: Member States on or off, non-members left out unless listed', () => {
  const m = sslMap({ edition: 2023, members: [{ area: 'GHA' }, { area: 'XKX' }] }, [
    area('GHA'),
    area('FRA'),
    area('PRI', { whoMember: false }),
    area('XKX', { whoMember: false }),
  ]);
  assert.equal(m.categorical, true);
  assert.equal(m.cells.get('GHA')?.category, 'on');
  assert.equal(m.cells.get('FRA')?.category, 'off');
  assert.equal(m.cells.get('XKX')?.category, 'on');
  assert.equal(m.cells.has('PRI'), false);
});

test("an indicator's map keeps each area's value, year and distinct sources", () => {
  const m = indicatorMap({ unit: 'u', items: [result('GHA', 12.5, 2020, ['WHO.GHO', 'WHO.GHO', 'WB.WDI'])] });
  assert.equal(m.unit, 'u');
  assert.deepEqual(m.cells.get('GHA')?.sources, ['WHO.GHO', 'WB.WDI']);
  assert.equal(m.cells.get('GHA')?.value, 12.5);
});

test('year spans', () => {
  assert.equal(yearSpan([]), '');
  assert.equal(yearSpan([2020, 2020]), '2020');
  assert.equal(yearSpan([2021, 2015, 2019]), '2015–2021');
});

test('rows: the group chosen, by name; only areas with a value or a category are shown', () => {
  const countries = [
    area('KEN', { name: 'Kenya' }),
    area('GHA', { name: 'Ghana' }),
    area('FRA', { whoRegion: 'EUR' }),
  ];
  const data = indicatorMap({ unit: 'u', items: [result('KEN', 3, 2020), result('GHA', null, null)] });
  const { rows, shown } = mapRows(
    countries,
    data,
    { region: 'AFR', income: '' },
    (c) => countries.find((a) => a.code === c)?.name ?? c,
    (a, b) => a.localeCompare(b),
  );
  assert.deepEqual(
    rows.map((r) => r.area.code),
    ['GHA', 'KEN'],
  );
  assert.deepEqual(
    shown.map((r) => r.area.code),
    ['KEN'],
  );
});

test('legend classes: one per distinct value up to five, covering the values from lowest to highest', () => {
  assert.deepEqual(colourClasses([]).classes, []);
  const two = colourClasses([1, 1, 9]);
  assert.equal(two.classes.length, 2);
  assert.equal(two.classes[0]?.from, 1);
  assert.equal(two.classes.at(-1)?.to, 9);
  const many = colourClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.equal(many.classes.length, CLASSES.length);
  assert.equal(many.fill(1), CLASSES[0]);
  assert.equal(many.fill(10), CLASSES[4]);
  for (let i = 1; i < many.classes.length; i++)
    assert.equal(many.classes[i]?.from, many.classes[i - 1]?.to, 'classes meet');
});

test("a country's fill: outside the group, on the list, its class, or no data", () => {
  const countries = new Map([
    ['GHA', area('GHA')],
    ['FRA', area('FRA', { whoRegion: 'EUR' })],
    ['KEN', area('KEN')],
  ]);
  const group = { region: 'AFR', income: '' };
  const values = indicatorMap({ unit: 'u', items: [result('GHA', 5, 2020), result('KEN', null, null)] });
  const fill = () => '#123456';
  assert.equal(fillOf('FRA', countries, values, group, fill), OUTSIDE);
  assert.equal(fillOf(null, countries, values, group, fill), OUTSIDE);
  assert.equal(fillOf('GHA', countries, values, group, fill), '#123456');
  assert.equal(fillOf('KEN', countries, values, group, fill), NO_DATA);
  const ssl = sslMap({ edition: 2023, members: [{ area: 'GHA' }] }, countries.values());
  assert.equal(fillOf('GHA', countries, ssl, group, fill), SSL_COLOURS.on);
  assert.equal(fillOf('KEN', countries, ssl, group, fill), SSL_COLOURS.off);
});
