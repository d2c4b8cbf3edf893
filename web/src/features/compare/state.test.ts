import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Area, IndicatorResult } from '../../lib/api.ts';
import {
  addMetric,
  type ColumnResult,
  compareRows,
  DEFAULT_AREAS,
  listParam,
  parseMetrics,
  readCompareQuery,
  yearMenu,
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

const item = (a: string, value: number | null) => ({ area: a, value }) as IndicatorResult;
const ok = (unit: string, items: IndicatorResult[]): ColumnResult => ({
  ok: true,
  response: { indicator: 'density', unit, occupation: [], selection: 'latest', items },
});

test('columns in the URL: indicator and occupations joined by +; unknown indicators dropped', () => {
  assert.deepEqual(parseMetrics('density:medical-doctors+nursing-and-midwifery,nonsense:x,growth:dentists'), [
    {
      id: 'density:medical-doctors+nursing-and-midwifery',
      indicator: 'density',
      occupation: ['medical-doctors', 'nursing-and-midwifery'],
    },
    { id: 'growth:dentists', indicator: 'growth', occupation: ['dentists'] },
  ]);
  assert.deepEqual(parseMetrics('none'), []);
});

test('adding a column: once only; an emptied list is written none so the defaults do not return', () => {
  const one = addMetric([], 'density', 'medical-doctors,nursing-and-midwifery');
  assert.deepEqual(
    one.map((m) => m.id),
    ['density:medical-doctors+nursing-and-midwifery'],
  );
  assert.equal(addMetric(one, 'density', 'medical-doctors,nursing-and-midwifery').length, 1);
  assert.equal(listParam([]), 'none');
  assert.equal(listParam(['GHA', 'KEN']), 'GHA,KEN');
});

test('the view from the URL: defaults, countries in upper case, none for no country, the charted column', () => {
  const d = readCompareQuery(new URLSearchParams(''));
  assert.equal(d.metrics.length, 4);
  assert.deepEqual(d.chosen, DEFAULT_AREAS.split(','));
  assert.equal(d.charted, d.metrics[0]);
  assert.equal(d.sortKey, 'name');
  assert.equal(d.sortDir, 'asc');
  const q = readCompareQuery(
    new URLSearchParams(
      'columns=growth:dentists,density:pharmacists&chart=density:pharmacists&areas=gha, ken&dir=desc',
    ),
  );
  assert.deepEqual(q.chosen, ['GHA', 'KEN']);
  assert.equal(q.charted?.id, 'density:pharmacists');
  assert.equal(q.sortDir, 'desc');
  assert.deepEqual(readCompareQuery(new URLSearchParams('areas=none')).chosen, []);
});

test('the year menu: years of any column newest first; latest when any column has it', () => {
  const choices: Record<string, { occupation: string[]; years: number[]; latest: boolean }> = {
    'density medical-doctors': { occupation: ['medical-doctors'], years: [2020, 2018], latest: true },
    'growth dentists': { occupation: ['dentists'], years: [2021, 2018], latest: false },
  };
  const of = (i: string, o: string) => choices[`${i} ${o}`];
  assert.deepEqual(yearMenu(parseMetrics('density:medical-doctors,growth:dentists'), of), {
    years: [2021, 2020, 2018],
    latest: true,
  });
  assert.deepEqual(yearMenu(parseMetrics('growth:dentists'), of), { years: [2021, 2018], latest: false });
  assert.deepEqual(yearMenu([], of), { years: [], latest: true });
});

test('rows: Member States of the group whose name holds the search, with each column that answers', () => {
  const countries = [
    area('GHA', { name: 'Ghana' }),
    area('KEN', { name: 'Kenya' }),
    area('FRA', { name: 'France', whoRegion: 'EUR' }),
    area('PRI', { name: 'Puerto Rico', whoMember: false }),
  ];
  const metrics = parseMetrics('density:medical-doctors,growth:dentists');
  const results = [ok('u', [item('GHA', 1), item('KEN', 2)]), { ok: false, reason: 'failed' } as const];
  const nameOf = (c: string) => countries.find((a) => a.code === c)?.name ?? c;
  const rows = compareRows(countries, metrics, results, { region: 'AFR', income: '', q: 'GHA' }, nameOf);
  assert.deepEqual(
    rows.map((r) => r.area.code),
    ['GHA'],
  );
  assert.equal(rows[0]?.cells.get('density:medical-doctors')?.value, 1);
  assert.equal(rows[0]?.cells.has('growth:dentists'), false);
  assert.deepEqual(
    compareRows(countries, metrics, results, { region: '', income: '', q: '' }, nameOf).map(
      (r) => r.area.code,
    ),
    ['GHA', 'KEN', 'FRA'],
  );
});

test('rows: the search finds names as the language writes them, in any script, without case or accents', () => {
  const countries = [
    area('GBR', { name: 'United Kingdom', whoRegion: 'EUR' }),
    area('USA', { name: 'United States of America', whoRegion: 'AMR' }),
  ];
  const names: Record<string, Record<string, string>> = {
    fr: { GBR: 'Royaume-Uni', USA: 'États-Unis' },
    ru: { GBR: 'Великобритания', USA: 'Соединённые Штаты' },
    zh: { GBR: '英国', USA: '美国' },
    ar: { GBR: 'المملكة المتحدة', USA: 'الولايات المتحدة' },
  };
  const searches: [string, string, string][] = [
    ['fr', 'royaume uni', 'GBR'],
    ['fr', 'etats', 'USA'],
    ['ru', 'ВЕЛИКОБРИТАНИЯ', 'GBR'],
    ['ru', 'соединенные', 'USA'],
    ['zh', '英国', 'GBR'],
    ['ar', 'المملكة', 'GBR'],
    ['ar', 'usa', 'USA'],
  ];
  for (const [lang, q, code] of searches) {
    const nameOf = (c: string) => names[lang]?.[c] ?? c;
    const rows = compareRows(countries, [], [], { region: '', income: '', q }, nameOf);
    assert.deepEqual(
      rows.map((r) => r.area.code),
      [code],
      `${lang} ${q}`,
    );
  }
});
