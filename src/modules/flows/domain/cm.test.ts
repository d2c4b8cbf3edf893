import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../../platform/errors.ts';
import { cm2 } from './cm.ts';
import { ipf2 } from './ipf.ts';
import { assertMatchesPrinted } from './printed-digits.test-helper.ts';

// Inputs and printed outputs: migest reference page cm2.html (verbose = TRUE prints α and β after every iteration).
describe('cm2: migest examples', () => {
  const willekens = {
    seed: [
      [5, 2],
      [1, 7],
    ],
    rowTotals: [18, 20],
    colTotals: [16, 22],
  };

  test('Willekens (1999): fitted table, parameters and 13 iterations', (t) => {
    const y = cm2(willekens.seed, willekens);
    assert.equal(y.converged, true);
    assert.equal(y.iterations, 13);
    let worst = assertMatchesPrinted(y.fitted, {
      printed: '13.250194 4.749808\n2.749806 17.250192',
      label: 'n',
    });
    worst = Math.max(
      worst,
      assertMatchesPrinted([[...y.alpha, ...y.beta]], {
        printed: '2.4853919 2.5789604 1.0662459 0.9555451',
        label: 'theta',
      }),
    );
    assertMatchesPrinted([[y.criterion]], { printed: '8.593346e-07', label: 'max difference' });
    t.diagnostic(`max |diff| ${worst}`);
  });

  test('Willekens (1999): α is updated before β within an iteration', () => {
    const y = cm2(willekens.seed, { ...willekens, maxIterations: 1 });
    assertMatchesPrinted([[...y.alpha, ...y.beta]], {
      printed: '2.571429 2.5 1.04186 0.9716088',
      label: 'iteration 1',
    });
    assert.equal(y.converged, false);
    const two = cm2(willekens.seed, { ...willekens, maxIterations: 2 });
    assertMatchesPrinted([[...two.alpha, ...two.beta]], {
      printed: '2.516596 2.550005 1.057293 0.9614029',
      label: 'iteration 2',
    });
  });

  test('independence fit: two iterations', (t) => {
    const y = cm2(null, { rowTotals: [18, 20], colTotals: [16, 22] });
    assert.equal(y.iterations, 2);
    let worst = assertMatchesPrinted(y.fitted, {
      printed: '7.578947 10.42105\n8.421053 11.57895',
      label: 'n',
    });
    worst = Math.max(
      worst,
      assertMatchesPrinted([[...y.alpha, ...y.beta]], {
        printed: '9.0000000 10.0000000 0.8421053 1.1578947',
        label: 'theta',
      }),
    );
    t.diagnostic(`max |diff| ${worst}`);
  });

  test('4 × 4 with zero diagonal: 12 iterations', (t) => {
    const seed = [
      [0, 100, 30, 70],
      [50, 0, 45, 5],
      [60, 35, 0, 40],
      [20, 25, 20, 0],
    ];
    const y = cm2(seed, { rowTotals: [250, 100, 140, 110], colTotals: [150, 150, 180, 120] });
    assert.equal(y.iterations, 12);
    let worst = assertMatchesPrinted(y.fitted, {
      printed: '0 97 73 80\n41 0 56 3\n76 27 0 37\n33 26 51 0',
      label: 'n',
      rounded: 0,
    });
    worst = Math.max(
      worst,
      assertMatchesPrinted([y.alpha, y.beta], {
        printed: '1.430342 0.7389095 1.147394 1.509114\n1.103173 0.6789764 1.692629 0.8015271',
        label: 'theta (iteration 12)',
      }),
    );
    t.diagnostic(`max |diff| ${worst}`);
  });
});

describe('cm2: agreement with IPF and failures', () => {
  test('same fixed point as ipf2', () => {
    const seed = [
      [50, 120, 545],
      [10, 120, 0],
      [220, 30, 10],
    ];
    const margins = { rowTotals: [170, 120, 410], colTotals: [500, 140, 60] };
    const a = cm2(seed, { ...margins, tol: 1e-12, maxIterations: 10_000 });
    const b = ipf2(seed, { ...margins, tol: 1e-10, maxIterations: 10_000 });
    a.fitted.forEach((row, i) => {
      row.forEach((v, j) => {
        assert.ok(Math.abs(v - (b.fitted[i]?.[j] as number)) < 1e-7, `${i},${j}`);
      });
    });
  });

  test('non-convergence is flagged', () => {
    const y = cm2(
      [
        [5, 2],
        [1, 7],
      ],
      { rowTotals: [18, 20], colTotals: [16, 22], maxIterations: 3 },
    );
    assert.equal(y.converged, false);
    assert.equal(y.iterations, 3);
    assert.ok(y.criterion > 1e-6);
  });

  test('inconsistent totals, unreachable rows and negative seeds are refused', () => {
    assert.throws(
      () => cm2(null, { rowTotals: [18, 20], colTotals: [16, 21] }),
      (e: unknown) => e instanceof AppError && /38/.test(e.message) && /37/.test(e.message),
    );
    assert.throws(
      () =>
        cm2(
          [
            [0, 0],
            [1, 1],
          ],
          { rowTotals: [1, 1], colTotals: [1, 1] },
        ),
      (e: unknown) => e instanceof AppError && /Row target 1 at index 0/.test(e.message),
    );
    assert.throws(
      () =>
        cm2(
          [
            [1, -2],
            [1, 1],
          ],
          { rowTotals: [1, 1], colTotals: [1, 1] },
        ),
      /negative/,
    );
  });
});
