import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../../platform/errors.ts';
import { netMatrixIpf } from './net-matrix.ts';
import { assertMatchesPrinted } from './printed-digits.test-helper.ts';
import { summariseFlows } from './summary.ts';

// Input and printed output: migest 2.0.5 reference page net_matrix_ipf.html.
const m = [
  [0, 100, 30, 70],
  [50, 0, 45, 5],
  [60, 35, 0, 40],
  [20, 25, 20, 0],
];
const net = [30, 40, -15, -55];

describe('netMatrixIpf', () => {
  test('migest example: flows matching net totals 30, 40, −15, −55', (t) => {
    const r = netMatrixIpf(m, { net });
    assert.equal(r.converged, true);
    const s = summariseFlows(r.fitted);
    const withMargins = [
      ...r.fitted.map((row, i) => [...row, s.regions[i]?.out as number]),
      [...s.regions.map((x) => x.in), s.totalFlows],
    ];
    const printed = `
     0.00  80.58  26.05 34.78 141.41
    62.05   0.00  48.48  3.08 113.62
    69.11  32.48   0.00 22.89 124.48
    40.25  40.55  34.95  0.00 115.75
    171.41 153.62 109.48 60.75 495.26`;
    let worst = assertMatchesPrinted(withMargins, { printed: printed, label: 'addmargins(n)', rounded: 2 });
    // sum_region(result$n) prints the net column through tibble, to one decimal
    worst = Math.max(
      worst,
      assertMatchesPrinted([s.regions.map((x) => x.net)], {
        printed: '30.0 40.0 -15.0 -55.0',
        label: 'net',
        rounded: 1,
      }),
    );
    assert.ok(r.sumSquaredError < 1e-6);
    t.diagnostic(`max |diff| ${worst}`);
  });

  test('the diagonal stays zero by default; a mask can forbid other cells', () => {
    const r = netMatrixIpf(m, { net });
    r.fitted.forEach((row, i) => {
      assert.equal(row[i], 0);
    });
    const mask = m.map((row, i) => row.map((_, j) => i === j || (i === 0 && j === 3)));
    const masked = netMatrixIpf(m, { net, zeroMask: mask });
    assert.equal(masked.fitted[0]?.[3], 0);
    assert.equal(masked.converged, true);
  });

  test('net totals that do not sum to zero, negative priors and non-convergence', () => {
    assert.throws(
      () => netMatrixIpf(m, { net: [30, 40, -15, -50] }),
      (e: unknown) => e instanceof AppError && /sum to 5/.test(e.message),
    );
    assert.throws(
      () =>
        netMatrixIpf(
          [
            [0, -1],
            [1, 0],
          ],
          { net: [0, 0] },
        ),
      /negative/,
    );
    const r = netMatrixIpf(m, { net, maxIterations: 2 });
    assert.equal(r.converged, false);
    assert.equal(r.iterations, 2);
    assert.ok(r.sumSquaredError > 1e-6);
  });
});
