import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createArray3 } from './array3.ts';
import { fitTwoMargins } from './ipf-engine.ts';
import { fitLayered, type LayerSeed, materialise } from './ipf-layered.ts';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

/** Consistent random margins for n layers: each layer's row and column targets have the same total. */
function margins(n: number, rand: () => number): { rows: Float64Array; cols: Float64Array } {
  const rows = new Float64Array(n * n);
  const cols = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    let sr = 0;
    let sc = 0;
    for (let i = 0; i < n; i++) {
      rows[k * n + i] = rand() < 0.2 ? 0 : rand() * 100;
      cols[k * n + i] = rand() < 0.2 ? 0 : rand() * 100;
      sr += rows[k * n + i] as number;
      sc += cols[k * n + i] as number;
    }
    for (let j = 0; j < n; j++) cols[k * n + j] = sc === 0 ? 0 : ((cols[k * n + j] as number) * sr) / sc;
  }
  return { rows, cols };
}

/** The same problem as a full n³ table fitted cell by cell; margins re-laid out as [i * n + k]. */
function direct(
  n: number,
  problem: { seed: LayerSeed; m: { rows: Float64Array; cols: Float64Array }; tol: number },
) {
  const { seed, m, tol } = problem;
  const x = createArray3([n, n, n]).data;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const w =
        seed.kind === 'ones'
          ? 1
          : seed.kind === 'off-diagonal'
            ? i === j
              ? 0
              : 1
            : (seed.m[i * n + j] as number);
      for (let k = 0; k < n; k++) x[(i * n + j) * n + k] = w;
    }
  }
  const targetA = new Float64Array(n * n);
  const targetB = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      targetA[i * n + k] = m.rows[k * n + i] as number;
      targetB[i * n + k] = m.cols[k * n + i] as number;
    }
  }
  const info = fitTwoMargins(x, {
    shape: { I: n, J: n, K: n },
    targetA,
    targetB,
    settings: { rule: 'max-cell-change', tol, maxIterations: 10_000 },
  });
  return { x, info };
}

describe('fitLayered agrees with cell-by-cell IPF', () => {
  const n = 7;
  const rand = prng(42);
  const seeds: LayerSeed[] = [
    { kind: 'ones' },
    { kind: 'off-diagonal' },
    { kind: 'matrix', m: Float64Array.from({ length: n * n }, (_, p) => (p % 5 === 0 ? 0 : 1 + rand() * 9)) },
  ];
  for (const seed of seeds) {
    test(`${seed.kind} seed: same iterations, criterion and table`, () => {
      const m = margins(n, rand);
      for (const tol of [1e-3, 1e-9]) {
        const ref = direct(n, { seed, m, tol });
        const fit = fitLayered(
          { n, seed, rowTargets: m.rows, colTargets: m.cols },
          { rule: 'max-cell-change', tol, maxIterations: 10_000 },
        );
        assert.equal(fit.info.iterations, ref.info.iterations, `iterations at tol ${tol}`);
        assert.equal(fit.info.converged, ref.info.converged);
        assert.ok(
          Math.abs(fit.info.criterion - ref.info.criterion) < 1e-9,
          `criterion ${fit.info.criterion} vs ${ref.info.criterion}`,
        );
        const x = materialise(fit, { n, seed, diagonal: null });
        let worst = 0;
        for (let p = 0; p < x.length; p++)
          worst = Math.max(worst, Math.abs((x[p] as number) - (ref.x[p] as number)));
        assert.ok(worst < 1e-9, `max cell difference ${worst}`);
      }
    });
  }

  test('non-convergence at the iteration cap is flagged with the exact criterion of the last cycle', () => {
    const seed = seeds[2] as { kind: 'matrix'; m: Float64Array };
    const m = margins(n, rand);
    const capped = fitLayered(
      { n, seed, rowTargets: m.rows, colTargets: m.cols },
      { rule: 'max-cell-change', tol: 1e-12, maxIterations: 3 },
    );
    const x = createArray3([n, n, n]).data;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++)
        for (let k = 0; k < n; k++) x[(i * n + j) * n + k] = seed.m[i * n + j] as number;
    }
    const targetA = new Float64Array(n * n);
    const targetB = new Float64Array(n * n);
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < n; i++) {
        targetA[i * n + k] = m.rows[k * n + i] as number;
        targetB[i * n + k] = m.cols[k * n + i] as number;
      }
    }
    const ref = fitTwoMargins(x, {
      shape: { I: n, J: n, K: n },
      targetA,
      targetB,
      settings: { rule: 'max-cell-change', tol: 1e-12, maxIterations: 3 },
    });
    assert.equal(capped.info.converged, false);
    assert.equal(ref.converged, false);
    assert.equal(capped.info.iterations, 3);
    assert.ok(Math.abs(capped.info.criterion - ref.criterion) < 1e-9);
    assert.ok(capped.info.residual > 0);
  });
});
