import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IndicatorResult, Profile } from '../../lib/api.ts';
import {
  destinations,
  foreignTrainedTotal,
  headlineDensity,
  headlineKey,
  originBars,
  safeguardsCard,
  seriesCoverage,
} from './state.ts';

type Ft = NonNullable<Profile['foreignTrainedByOrigin']>;

const ft = (over: Partial<Ft> = {}): Ft => ({
  occupation: 'medical-doctors',
  year: 2021,
  source: 'OECD.HEALTH_WFMI',
  total: 1000,
  publishedTotal: null,
  sumOfOrigins: 1000,
  unknown: null,
  items: [
    { partner: 'IND', partnerName: 'India', value: 600, share: 60 },
    { partner: 'PAK', partnerName: 'Pakistan', value: 300, share: null },
  ],
  rest: { partners: 0, value: 0 },
  ...over,
});

const labels = {
  origin: (p: string, n: string) => `${n} (${p})`,
  share: (x: number) => `${x}%`,
  rest: (n: number) => `${n} others`,
  unknown: 'unknown',
};

test('headline keys and the density of doctors, nurses and midwives among the headline', () => {
  const dnm = {
    indicator: 'density',
    occupation: ['medical-doctors', 'nursing-and-midwifery'],
  } as IndicatorResult;
  const md = { indicator: 'density', occupation: ['medical-doctors'] } as IndicatorResult;
  assert.equal(headlineKey(dnm), 'density:medical-doctors,nursing-and-midwifery');
  assert.equal(headlineDensity([md, dnm]), dnm);
  assert.equal(headlineDensity([md]), undefined);
});

test('the foreign-trained total: the published one when the origins add up to another number', () => {
  assert.deepEqual(foreignTrainedTotal(ft()), { kind: 'total', total: 1000 });
  assert.deepEqual(foreignTrainedTotal(ft({ publishedTotal: 1000.2, sumOfOrigins: 1000 })), {
    kind: 'total',
    total: 1000,
  });
  assert.deepEqual(foreignTrainedTotal(ft({ publishedTotal: 1200, sumOfOrigins: 900 })), {
    kind: 'published-differs',
    published: 1200,
    sum: 900,
  });
});

test('origin bars: the top origins with their shares, then the rest and the unknown origin when they hold any', () => {
  const plain = originBars(ft(), labels);
  assert.deepEqual(
    plain.map((b) => [b.key, b.label, b.value, b.extra ?? null, b.muted ?? false]),
    [
      ['IND', 'India (IND)', 600, '60%', false],
      ['PAK', 'Pakistan (PAK)', 300, null, false],
    ],
  );
  const all = originBars(ft({ rest: { partners: 12, value: 80 }, unknown: 20 }), labels);
  assert.deepEqual(
    all.slice(2).map((b) => [b.key, b.label, b.value, b.muted]),
    [
      ['_rest', '12 others', 80, true],
      ['_U', 'unknown', 20, true],
    ],
  );
});

test('destinations: largest first, with their distinct years in order', () => {
  const d = (destination: string, value: number, year: number) => ({
    destination,
    destinationName: destination,
    value,
    year,
    source: 'OECD',
    basis: 'training',
  });
  const r = destinations({
    occupation: 'medical-doctors',
    basis: 'training',
    items: [d('GBR', 10, 2021), d('USA', 30, 2019), d('CAN', 20, 2021)],
  });
  assert.deepEqual(
    r.items.map((i) => i.destination),
    ['USA', 'CAN', 'GBR'],
  );
  assert.deepEqual(r.years, [2019, 2021]);
  assert.deepEqual(destinations(null), { items: [], years: [] });
});

test('series coverage: sources and the span of years, none without points', () => {
  const p = (year: number, source: string) => ({ year, value: 1, method: null, source });
  assert.deepEqual(
    seriesCoverage([
      { occupation: 'a', unit: 'u', points: [p(2015, 'WHO.GHO'), p(2020, 'WHO.GHO')] },
      { occupation: 'b', unit: 'u', points: [p(2012, 'OECD')] },
    ]),
    { sources: ['WHO.GHO', 'WHO.GHO', 'OECD'], years: { from: 2012, to: 2020 } },
  );
  assert.deepEqual(seriesCoverage([]), { sources: [], years: null });
});

test("a Safeguards List card separates WHO's verdict from the recomputation's remarks", () => {
  const note = (code: string, params: Record<string, unknown> = {}) =>
    ({ code, params, message: code }) as never;
  const entry = (official: boolean | null, notes: unknown[]) =>
    ({
      edition: 2023,
      official,
      assessment: { explanationNotes: notes },
    }) as unknown as Profile['safeguards'][number];
  const why = note('ssl-cadre-basis');
  const differs = note('ssl-official-differs', { notes: [why] });
  const card = safeguardsCard(entry(true, [note('ssl-sci-below'), differs]));
  assert.equal(card.published, 'on');
  assert.equal(card.agreement, differs);
  assert.deepEqual(card.recomputation, [note('ssl-sci-below')]);
  assert.deepEqual(card.differences, [why]);
  const unknown = safeguardsCard(entry(null, [note('ssl-sci-below')]));
  assert.equal(unknown.published, 'unknown');
  assert.equal(unknown.agreement, undefined);
  assert.equal(unknown.differences, null);
  assert.equal(safeguardsCard(entry(false, [note('ssl-official-excludes')])).published, 'off');
});
