import type { FitInfo, StoppingRule } from './types.ts';

export interface FitSettings {
  rule: StoppingRule;
  tol: number;
  maxIterations: number;
}

/** Shape of a flat table `x[(i * J + j) * K + k]`; margin A is indexed `[i * K + k]`, margin B `[j * K + k]`. */
export interface FitShape {
  I: number;
  J: number;
  K: number;
}

export interface FitProblem {
  shape: FitShape;
  targetA: Float64Array;
  targetB: Float64Array | null;
  settings: FitSettings;
}

/**
 * Fits `x` in place to margin A (sum over j) and then margin B (sum over i), cycling until the stopping rule holds.
 * A slice whose current sum is zero gets factor 0, as in both reference implementations.
 *
 * The cell-change criterion is computed without a copy of the previous table: a cell before the cycle equals its
 * value after the A update divided by the A factor, and cells zeroed by an A factor of 0 are covered by the largest
 * cell of their slice recorded in the previous pass.
 */
export function fitTwoMargins(x: Float64Array, problem: FitProblem): FitInfo {
  const { shape, targetA, targetB, settings } = problem;
  if (targetB === null) return fitOneMargin(x, problem);
  const { I, J, K } = shape;
  const { rule, tol, maxIterations } = settings;
  const byChange = rule === 'max-cell-change';
  const sumA = new Float64Array(I * K);
  const maxA = new Float64Array(I * K);
  const factorA = new Float64Array(I * K);
  const invA = new Float64Array(I * K);
  const sumB = new Float64Array(J * K);
  const factorB = new Float64Array(J * K);

  for (let i = 0; i < I; i++) {
    const a0 = i * K;
    for (let j = 0; j < J; j++) {
      const base = (i * J + j) * K;
      for (let k = 0; k < K; k++) {
        const v = x[base + k] as number;
        sumA[a0 + k] = (sumA[a0 + k] as number) + v;
        if (v > (maxA[a0 + k] as number)) maxA[a0 + k] = v;
      }
    }
  }

  let iterations = 0;
  let criterion = Number.POSITIVE_INFINITY;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let devA = 0;
    let zeroed = 0;
    for (let p = 0; p < I * K; p++) {
      const s = sumA[p] as number;
      const t = targetA[p] as number;
      const d = Math.abs(t - s);
      if (d > devA) devA = d;
      const f = s === 0 ? 0 : t / s;
      invA[p] = f === 0 ? 0 : 1 / f;
      if (f === 0 && (maxA[p] as number) > zeroed) zeroed = maxA[p] as number;
      factorA[p] = f;
    }
    sumB.fill(0);
    for (let i = 0; i < I; i++) {
      const a0 = i * K;
      for (let j = 0; j < J; j++) {
        const base = (i * J + j) * K;
        const b0 = j * K;
        for (let k = 0; k < K; k++) {
          const v = (x[base + k] as number) * (factorA[a0 + k] as number);
          x[base + k] = v;
          sumB[b0 + k] = (sumB[b0 + k] as number) + v;
        }
      }
    }
    let devB = 0;
    for (let p = 0; p < J * K; p++) {
      const s = sumB[p] as number;
      const t = targetB[p] as number;
      const d = Math.abs(t - s);
      if (d > devB) devB = d;
      factorB[p] = s === 0 ? 0 : t / s;
    }
    sumA.fill(0);
    maxA.fill(0);
    let change = zeroed;
    for (let i = 0; i < I; i++) {
      const a0 = i * K;
      for (let j = 0; j < J; j++) {
        const base = (i * J + j) * K;
        const b0 = j * K;
        if (byChange) {
          for (let k = 0; k < K; k++) {
            const v = x[base + k] as number;
            const nv = v * (factorB[b0 + k] as number);
            x[base + k] = nv;
            sumA[a0 + k] = (sumA[a0 + k] as number) + nv;
            if (nv > (maxA[a0 + k] as number)) maxA[a0 + k] = nv;
            const d = Math.abs(nv - v * (invA[a0 + k] as number));
            if (d > change) change = d;
          }
        } else {
          for (let k = 0; k < K; k++) {
            const nv = (x[base + k] as number) * (factorB[b0 + k] as number);
            x[base + k] = nv;
            sumA[a0 + k] = (sumA[a0 + k] as number) + nv;
          }
        }
      }
    }
    criterion = byChange ? change : Math.max(devA, devB);
    if (byChange ? criterion < tol : criterion <= tol) {
      converged = true;
      break;
    }
  }

  let residual = 0;
  for (let p = 0; p < I * K; p++)
    residual = Math.max(residual, Math.abs((targetA[p] as number) - (sumA[p] as number)));
  for (let p = 0; p < J * K; p++) {
    const t = targetB[p] as number;
    residual = Math.max(residual, Math.abs(t - (factorB[p] as number) * (sumB[p] as number)));
  }
  return { rule, tol, converged, iterations, criterion, residual };
}

function fitOneMargin(x: Float64Array, problem: FitProblem): FitInfo {
  const { shape, targetA: target, settings } = problem;
  const { I, J, K } = shape;
  const { rule, tol, maxIterations } = settings;
  const sums = new Float64Array(I * K);
  const factor = new Float64Array(I * K);
  for (let i = 0; i < I; i++) {
    for (let j = 0; j < J; j++) {
      const base = (i * J + j) * K;
      for (let k = 0; k < K; k++) sums[i * K + k] = (sums[i * K + k] as number) + (x[base + k] as number);
    }
  }
  let iterations = 0;
  let criterion = Number.POSITIVE_INFINITY;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let dev = 0;
    for (let p = 0; p < I * K; p++) {
      const s = sums[p] as number;
      const t = target[p] as number;
      dev = Math.max(dev, Math.abs(t - s));
      factor[p] = s === 0 ? 0 : t / s;
    }
    sums.fill(0);
    let change = 0;
    for (let i = 0; i < I; i++) {
      const a0 = i * K;
      for (let j = 0; j < J; j++) {
        const base = (i * J + j) * K;
        for (let k = 0; k < K; k++) {
          const v = x[base + k] as number;
          const nv = v * (factor[a0 + k] as number);
          x[base + k] = nv;
          sums[a0 + k] = (sums[a0 + k] as number) + nv;
          const d = Math.abs(nv - v);
          if (d > change) change = d;
        }
      }
    }
    criterion = rule === 'max-cell-change' ? change : dev;
    if (rule === 'max-cell-change' ? criterion < tol : criterion <= tol) {
      converged = true;
      break;
    }
  }
  let residual = 0;
  for (let p = 0; p < I * K; p++)
    residual = Math.max(residual, Math.abs((target[p] as number) - (sums[p] as number)));
  return { rule, tol, converged, iterations, criterion, residual };
}
