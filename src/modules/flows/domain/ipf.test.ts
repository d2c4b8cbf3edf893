import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ABEL_S1, ABEL_S2 } from '../../../../test/abel-2013.ts';
import { AppError } from '../../../platform/errors.ts';
import { array3Get } from './array3.ts';
import { ipf2, ipf3 } from './ipf.ts';
import { assertMatchesPrinted } from './printed-digits.test-helper.ts';

// Inputs and printed outputs: migest 2.0.4/2.0.5 reference pages ipf2.html and ipf3.html (examples unchanged in 2.0.5).
const transpose = (m: number[][]): number[][] => (m[0] ?? []).map((_, j) => m.map((row) => row[j] as number));

describe('ipf2: migest examples (max-margin-deviation, columns first, tol 1e-5)', () => {
  test('Willekens (1999) 2 × 2 with offset', (t) => {
    const y = ipf2(
      [
        [5, 2],
        [1, 7],
      ],
      { rowTotals: [18, 20], colTotals: [16, 22] },
    );
    assert.equal(y.converged, true);
    assert.equal(y.rule, 'max-margin-deviation');
    // round(addmargins(y$mu), 2)
    const d = assertMatchesPrinted(y.fitted, { printed: '13.25 4.75\n2.75 17.25', label: 'mu', rounded: 2 });
    t.diagnostic(`max |diff| ${d}`);
  });

  test('all offsets equal', (t) => {
    const y = ipf2(null, { rowTotals: [18, 20], colTotals: [16, 22] });
    const d = assertMatchesPrinted(y.fitted, { printed: '7.58 10.42\n8.42 11.58', label: 'mu', rounded: 2 });
    t.diagnostic(`max |diff| ${d}`);
  });

  test('3 × 3 with a structural zero', (t) => {
    // m = matrix(c(50, 10, 220, 120, 120, 30, 545, 0, 10), ncol = 3): filled by column
    const seed = [
      [50, 120, 545],
      [10, 120, 0],
      [220, 30, 10],
    ];
    const y = ipf2(seed, { rowTotals: [170, 120, 410], colTotals: [500, 140, 60] });
    assert.equal(y.fitted[1]?.[2], 0, 'a zero seed cell stays zero');
    const d = assertMatchesPrinted(y.fitted, {
      printed: '72 40 59\n32 88 0\n396 12 1',
      label: 'mu',
      rounded: 0,
    });
    t.diagnostic(`max |diff| ${d}`);
  });

  test('only the row margin known', (t) => {
    const y = ipf2(
      [
        [5, 2],
        [1, 7],
      ],
      { rowTotals: [18, 20] },
    );
    // R's round() takes 2.5 to 2 and 17.5 to 18.
    const d = assertMatchesPrinted(y.fitted, { printed: '13 5\n2 18', label: 'mu', rounded: 0 });
    t.diagnostic(`max |diff| ${d}`);
  });
});

const P1 = ABEL_S1;
const P2 = ABEL_S2;

function layers(fitted: Parameters<typeof array3Get>[0]): number[][][] {
  return [0, 1, 2, 3].map((k) =>
    [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => array3Get(fitted, [i, j, k]))),
  );
}

function odTable(fitted: Parameters<typeof array3Get>[0]): number[][] {
  return [0, 1, 2, 3].map((i) =>
    [0, 1, 2, 3].map((j) =>
      i === j ? 0 : [0, 1, 2, 3].reduce((s, k) => s + array3Get(fitted, [i, j, k]), 0),
    ),
  );
}

describe('ipf3: migest examples', () => {
  test('ones offset: 2 iterations, criterion 1.136868e-13, fitted tables', (t) => {
    const y = ipf3(null, { rowTotals: transpose(P1), colTotals: transpose(P2) });
    assert.equal(y.iterations, 2);
    assertMatchesPrinted([[y.criterion]], { printed: '1.136868e-13', label: 'criterion' });
    const printed = [
      '855.9 90.1 54.1 0\n85.6 9.0 5.4 0\n8.6 0.9 0.5 0\n0.0 0.0 0.0 0',
      '6.6 41.8 6.2 0.4\n66.8 421.5 62.6 4.2\n6.0 38.0 5.6 0.4\n0.6 3.8 0.6 0.0',
      '7.5 2.5 66.7 3.3\n3.8 1.3 33.3 1.7\n75.0 25.0 666.7 33.3\n3.8 1.3 33.3 1.7',
      '3.0 3.4 0 13.6\n3.8 4.2 0 17.0\n3.0 3.4 0 13.6\n30.2 34.0 0 135.8',
    ];
    let worst = 0;
    layers(y.fitted).forEach((layer, k) => {
      worst = Math.max(
        worst,
        assertMatchesPrinted(layer, { printed: printed[k] as string, label: `pob ${k}`, rounded: 1 }),
      );
    });
    worst = Math.max(
      worst,
      assertMatchesPrinted(odTable(y.fitted), {
        printed: '0.0 137.8 126.9 17.3\n159.9 0.0 101.3 22.8\n92.6 67.3 0.0 47.3\n34.5 39.0 33.9 0.0',
        label: 'od',
        rounded: 1,
      }),
    );
    t.diagnostic(`max |diff| ${worst}`);
  });

  test('distance offset: the printed criterion of every iteration and the fitted tables', (t) => {
    // dis <- array(c(1, 2, 3, 4, 2, 1, 5, 6, 3, 4, 1, 7, 4, 6, 7, 1), c(4, 4, 4)): recycled by column, same in every layer
    const v = [1, 2, 3, 4, 2, 1, 5, 6, 3, 4, 1, 7, 4, 6, 7, 1];
    const seed = [0, 1, 2, 3].map((i) =>
      [0, 1, 2, 3].map((j) => [0, 1, 2, 3].map(() => v[i + 4 * j] as number)),
    );
    const trajectory =
      '990 267.9774 13.70557 1.609235 0.176649 0.01924174 0.002094159 0.000227895 2.480023e-05 2.698833e-06';
    const criteria = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(
      (it) => ipf3(seed, { rowTotals: transpose(P1), colTotals: transpose(P2), maxIterations: it }).criterion,
    );
    let worst = assertMatchesPrinted([criteria], { printed: trajectory, label: 'criterion by iteration' });
    const y = ipf3(seed, { rowTotals: transpose(P1), colTotals: transpose(P2) });
    assert.equal(y.iterations, 10);
    assert.equal(y.converged, true);
    const printed = [
      '847.7 96.5 55.8 0\n93.3 2.7 4.1 0\n9.1 0.9 0.1 0\n0.0 0.0 0.0 0',
      '2.3 49.3 3.2 0.2\n74.8 404.4 71.1 4.7\n2.6 46.9 0.4 0.1\n0.3 4.5 0.2 0.0',
      '1.2 0.5 77.5 0.9\n0.9 0.1 38.6 0.5\n87.0 29.1 645.3 38.6\n1.0 0.3 38.7 0.0',
      '0.4 0.6 0 19.0\n0.7 0.2 0 24.1\n0.6 0.8 0 18.5\n38.3 43.4 0 118.3',
    ];
    layers(y.fitted).forEach((layer, k) => {
      worst = Math.max(
        worst,
        assertMatchesPrinted(layer, { printed: printed[k] as string, label: `pob ${k}`, rounded: 1 }),
      );
    });
    worst = Math.max(
      worst,
      assertMatchesPrinted(odTable(y.fitted), {
        printed: '0.0 146.8 136.6 20.1\n169.6 0.0 113.8 29.3\n99.3 77.7 0.0 57.3\n39.6 48.2 38.9 0.0',
        label: 'od',
        rounded: 1,
      }),
    );
    t.diagnostic(`max |diff| ${worst}`);
  });
});

describe('ipf: stopping rules and failures', () => {
  const seed = [
    [50, 120, 545],
    [10, 120, 0],
    [220, 30, 10],
  ];
  const margins = { rowTotals: [170, 120, 410], colTotals: [500, 140, 60] };

  test('non-convergence is flagged with the residual of the returned table', () => {
    const y = ipf2(seed, { ...margins, maxIterations: 2 });
    assert.equal(y.converged, false);
    assert.equal(y.iterations, 2);
    const rowDev = y.fitted.map((row, i) =>
      Math.abs(row.reduce((a, b) => a + b, 0) - (margins.rowTotals[i] as number)),
    );
    const colDev = [0, 1, 2].map((j) =>
      Math.abs(y.fitted.reduce((a, row) => a + (row[j] as number), 0) - (margins.colTotals[j] as number)),
    );
    assert.ok(Math.abs(y.residual - Math.max(...rowDev, ...colDev)) < 1e-9);
    assert.ok(y.residual > 1e-5);
  });

  test('both rules reach the same table; the cell-change rule with mipfp defaults fits rows first', () => {
    const a = ipf2(seed, { ...margins, rule: 'max-margin-deviation', tol: 1e-10, maxIterations: 10_000 });
    const b = ipf2(seed, { ...margins, rule: 'max-cell-change' });
    assert.equal(b.rule, 'max-cell-change');
    assert.equal(b.tol, 1e-10);
    assert.equal(b.converged, true);
    a.fitted.forEach((row, i) => {
      row.forEach((v, j) => {
        assert.ok(Math.abs(v - (b.fitted[i]?.[j] as number)) < 1e-6);
      });
    });
    // after one cycle the margin rescaled last is exact: rows under the migest default, columns under rows-first
    const rowSums = (m: number[][]) => m.map((row) => Math.round(row.reduce((a, b) => a + b, 0) * 1e9) / 1e9);
    const colSums = (m: number[][]) =>
      [0, 1, 2].map((j) => Math.round(m.reduce((s, row) => s + (row[j] as number), 0) * 1e9) / 1e9);
    const byDefault = ipf2(seed, { ...margins, maxIterations: 1 }).fitted;
    assert.deepEqual(rowSums(byDefault), margins.rowTotals);
    assert.notDeepEqual(colSums(byDefault), margins.colTotals);
    const rowsFirst = ipf2(seed, { ...margins, maxIterations: 1, order: 'rows-first' }).fitted;
    assert.deepEqual(colSums(rowsFirst), margins.colTotals);
    assert.notDeepEqual(rowSums(rowsFirst), margins.rowTotals);
  });

  test('margins with different grand totals are refused, in either direction, naming both totals', () => {
    for (const [rowTotals, colTotals] of [
      [
        [18, 20],
        [16, 23],
      ],
      [
        [18, 21],
        [16, 22],
      ],
    ] as const) {
      assert.throws(
        () =>
          ipf2(
            [
              [5, 2],
              [1, 7],
            ],
            { rowTotals: [...rowTotals], colTotals: [...colTotals] },
          ),
        (e: unknown) =>
          e instanceof AppError &&
          e.code === 'invalid_input' &&
          e.message.includes(String(rowTotals[0] + rowTotals[1])) &&
          e.message.includes(String(colTotals[0] + colTotals[1])),
      );
    }
  });

  test('a positive target over an all-zero seed slice is refused with its index, or reported on request', () => {
    const zeroRow = [
      [0, 0],
      [3, 4],
    ];
    assert.throws(
      () => ipf2(zeroRow, { rowTotals: [5, 5], colTotals: [4, 6], rowLabels: ['X', 'Y'] }),
      (e: unknown) =>
        e instanceof AppError && /index 0 \(X\)/.test(e.message) && /Row target 5/.test(e.message),
    );
    const y = ipf2(zeroRow, { rowTotals: [5, 5], colTotals: [4, 6], onUnreachable: 'report' });
    assert.deepEqual(y.unreachable, [{ margin: 'rows', index: 0, target: 5 }]);
    assert.deepEqual(y.fitted[0], [0, 0]);
    assert.ok(y.residual >= 5 - 1e-9);
  });

  test('negative, NaN and ragged inputs are refused', () => {
    assert.throws(
      () =>
        ipf2(
          [
            [1, -1],
            [1, 1],
          ],
          { rowTotals: [1, 1] },
        ),
      /seed\[0\]\[1\] is negative/,
    );
    assert.throws(
      () =>
        ipf2(
          [
            [1, 1],
            [1, 1],
          ],
          { rowTotals: [1, Number.NaN] },
        ),
      /rowTotals\[1\] is not a finite number/,
    );
    assert.throws(
      () =>
        ipf2(
          [
            [1, 1],
            [1, 1],
          ],
          { rowTotals: [-1, 3] },
        ),
      /rowTotals\[0\] is negative/,
    );
    assert.throws(() => ipf2([[1, 1], [1]], { rowTotals: [1, 1] }), /seed\[1\] must have 2 entries/);
    assert.throws(
      () =>
        ipf2(
          [
            [1, 1],
            [1, 1],
          ],
          {},
        ),
      AppError,
    );
  });

  test('ipf3 refuses layers whose two margins disagree, naming the layer', () => {
    const r = transpose(P1);
    const c = transpose(P2);
    (c[0] as number[])[1] = 81;
    assert.throws(
      () => ipf3(null, { rowTotals: r, colTotals: c, labels: ['A', 'B', 'C', 'D'] }),
      (e: unknown) =>
        e instanceof AppError &&
        /layer 1 \(B\)/.test(e.message) &&
        /665/.test(e.message) &&
        /666/.test(e.message),
    );
  });
});
