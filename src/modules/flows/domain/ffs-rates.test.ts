import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../../platform/errors.ts';
import { ffsRates } from './ffs-rates.ts';
import { assertMatchesPrinted } from './printed-digits.test-helper.ts';

// Input and printed output: migest reference page ffs_rates.html.
const byRow = (v: number[]): number[][] => [0, 1, 2, 3].map((i) => v.slice(i * 4, i * 4 + 4));
const stockStart = byRow([100, 10, 10, 0, 20, 55, 25, 10, 10, 40, 140, 65, 20, 25, 20, 200]);
const stockEnd = byRow([75, 25, 5, 15, 20, 45, 30, 15, 30, 40, 150, 35, 10, 50, 5, 200]);
const areas = ['A', 'B', 'C', 'D'];

describe('ffsRates: migest examples', () => {
  test('Dennett with M = Σ|colSums(s2) − colSums(s1)| = 60', (t) => {
    const cols = (m: number[][]) => [0, 1, 2, 3].map((j) => m.reduce((s, row) => s + (row[j] as number), 0));
    const total = cols(stockEnd).reduce((s, v, j) => s + Math.abs(v - (cols(stockStart)[j] as number)), 0);
    assert.equal(total, 60);
    const r = ffsRates({ stockStart }, { method: 'dennett', total });
    const printed = `
    0.000000 2.352941 2.352941  0.000000
    4.705882 0.000000 5.882353  2.352941
    2.352941 9.411765 0.000000 15.294118
    4.705882 5.882353 4.705882  0.000000`;
    t.diagnostic(`max |diff| ${assertMatchesPrinted(r.flows, { printed: printed, label: 'dennett' })}`);
    assert.deepEqual(r.warnings, []);
  });

  test('Rogers–von Rabenau, negative flows reported', (t) => {
    const r = ffsRates({ stockStart, stockEnd, areas }, { method: 'rogers-von-rabenau' });
    const printed = `
      0.000000 26.584620 -10.22741  24.16653
      3.474032  0.000000  11.71799  20.12425
     34.097610 -0.125662   0.00000 -51.85130
    -12.047899 38.857311 -24.36993   0.00000`;
    t.diagnostic(
      `max |diff| ${assertMatchesPrinted(r.flows, { printed: printed, label: 'rogers-von-rabenau' })}`,
    );
    assert.equal(r.warnings.length, 1);
    assert.equal(r.warnings[0]?.code, 'negative_flows');
    assert.match(
      r.warnings[0]?.message ?? '',
      /5 estimated flow\(s\) are negative; the smallest is -51\.85\d* \(C → D\)/,
    );
  });
});

describe('ffsRates: failures', () => {
  test('a singular start table is refused', () => {
    const singular = byRow([1, 2, 3, 4, 2, 4, 6, 8, 5, 1, 0, 2, 7, 7, 7, 7]);
    assert.throws(
      () => ffsRates({ stockStart: singular, stockEnd }, { method: 'rogers-von-rabenau' }),
      (e: unknown) => e instanceof AppError && e.code === 'invalid_input' && /singular/.test(e.message),
    );
  });

  test('missing end table, negative total and negative stocks are refused', () => {
    assert.throws(() => ffsRates({ stockStart }, { method: 'rogers-von-rabenau' }), /needs stockEnd/);
    assert.throws(() => ffsRates({ stockStart }, { method: 'dennett', total: -1 }), /non-negative/);
    const bad = stockStart.map((row) => [...row]);
    (bad[0] as number[])[3] = -1;
    assert.throws(() => ffsRates({ stockStart: bad }, { method: 'dennett', total: 1 }), /negative/);
  });
});
