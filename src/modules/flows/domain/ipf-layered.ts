import type { FitSettings } from './ipf-engine.ts';
import type { FitInfo } from './types.ts';

/**
 * Seed of an n × n × n table that is the same n × n matrix in every layer k:
 * all ones, ones off the diagonal (zero where i = j), or a given row-major matrix.
 */
export type LayerSeed = { kind: 'ones' } | { kind: 'off-diagonal' } | { kind: 'matrix'; m: Float64Array };

export interface LayeredProblem {
  n: number;
  seed: LayerSeed;
  /** `rowTargets[k * n + i]` = Σ_j x[i][j][k] */
  rowTargets: Float64Array;
  /** `colTargets[k * n + j]` = Σ_i x[i][j][k] */
  colTargets: Float64Array;
}

export interface LayeredFit {
  /** `a[k * n + i]` */
  a: Float64Array;
  /** `b[k * n + j]` */
  b: Float64Array;
  info: FitInfo;
}

/**
 * IPF of `x[i][j][k] = a_ik b_jk m_ij` to the margins Σ_j x = `rowTargets[k * n + i]` (rescaled first) and
 * Σ_i x = `colTargets[k * n + j]`. IPF keeps this product form, so only the n² factors a and b are iterated and the
 * n³ table is never stored; results and stopping decisions are those of cell-by-cell IPF (mipfp `Ipfp`) up to rounding.
 * The max-cell-change test visits every cell, but only in layers where a cheap bound cannot already rule a change of
 * `tol` out; the reported criterion of the last iteration is exact.
 */
export function fitLayered(problem: LayeredProblem, settings: FitSettings): LayeredFit {
  const { n, seed, rowTargets, colTargets } = problem;
  const N = n * n;
  let a = new Float64Array(N).fill(1);
  let b = new Float64Array(N).fill(1);
  let aNext = new Float64Array(N);
  let bNext = new Float64Array(N);
  const s = new Float64Array(N);
  const t = new Float64Array(N);
  const byChange = settings.rule === 'max-cell-change';
  let iterations = 0;
  let criterion = Number.POSITIVE_INFINITY;
  let converged = false;
  while (iterations < settings.maxIterations) {
    iterations++;
    rowWeights(n, seed, b, s);
    let devA = 0;
    for (let p = 0; p < N; p++) {
      const current = (a[p] as number) * (s[p] as number);
      const target = rowTargets[p] as number;
      devA = Math.max(devA, Math.abs(target - current));
      aNext[p] = current === 0 ? 0 : (a[p] as number) * (target / current);
    }
    colWeights(n, seed, aNext, t);
    let devB = 0;
    for (let p = 0; p < N; p++) {
      const current = (b[p] as number) * (t[p] as number);
      const target = colTargets[p] as number;
      devB = Math.max(devB, Math.abs(target - current));
      bNext[p] = current === 0 ? 0 : (b[p] as number) * (target / current);
    }
    if (byChange) {
      const last = iterations === settings.maxIterations;
      criterion = maxCellChange(n, seed, a, b, aNext, bNext, last ? Number.POSITIVE_INFINITY : settings.tol);
    } else criterion = Math.max(devA, devB);
    [a, aNext] = [aNext, a];
    [b, bNext] = [bNext, b];
    if (byChange ? criterion < settings.tol : criterion <= settings.tol) {
      converged = true;
      break;
    }
  }
  if (converged && byChange) criterion = maxCellChange(n, seed, aNext, bNext, a, b, Number.POSITIVE_INFINITY);
  rowWeights(n, seed, b, s);
  colWeights(n, seed, a, t);
  let residual = 0;
  for (let p = 0; p < N; p++) {
    residual = Math.max(residual, Math.abs((rowTargets[p] as number) - (a[p] as number) * (s[p] as number)));
    residual = Math.max(residual, Math.abs((colTargets[p] as number) - (b[p] as number) * (t[p] as number)));
  }
  return {
    a,
    b,
    info: { rule: settings.rule, tol: settings.tol, converged, iterations, criterion, residual },
  };
}

/** Writes the fitted n³ table, `(i * n + j) * n + k`, adding `diagonal[k * n + i]` to cell (i, i, k) when given. */
export function materialise(
  fit: LayeredFit,
  table: { n: number; seed: LayerSeed; diagonal: Float64Array | null },
): Float64Array {
  const { n, seed, diagonal } = table;
  const aT = new Float64Array(n * n);
  const bT = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      aT[i * n + k] = fit.a[k * n + i] as number;
      bT[i * n + k] = fit.b[k * n + i] as number;
    }
  }
  const x = new Float64Array(n * n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const w = weight(seed, n, i, j);
      const base = (i * n + j) * n;
      if (w === 0) {
        if (i === j && diagonal) for (let k = 0; k < n; k++) x[base + k] = diagonal[k * n + i] as number;
        continue;
      }
      for (let k = 0; k < n; k++) x[base + k] = (aT[i * n + k] as number) * (bT[j * n + k] as number) * w;
      if (i === j && diagonal)
        for (let k = 0; k < n; k++) x[base + k] = (x[base + k] as number) + (diagonal[k * n + i] as number);
    }
  }
  return x;
}

function weight(seed: LayerSeed, n: number, i: number, j: number): number {
  if (seed.kind === 'ones') return 1;
  if (seed.kind === 'off-diagonal') return i === j ? 0 : 1;
  return seed.m[i * n + j] as number;
}

/** `s[k * n + i] = Σ_j m_ij b[k * n + j]` */
function rowWeights(n: number, seed: LayerSeed, b: Float64Array, s: Float64Array): void {
  if (seed.kind === 'matrix') {
    const m = seed.m;
    for (let k = 0; k < n; k++) {
      const o = k * n;
      for (let i = 0; i < n; i++) {
        let acc = 0;
        for (let j = 0; j < n; j++) acc += (m[i * n + j] as number) * (b[o + j] as number);
        s[o + i] = acc;
      }
    }
    return;
  }
  for (let k = 0; k < n; k++) {
    const o = k * n;
    let total = 0;
    for (let j = 0; j < n; j++) total += b[o + j] as number;
    for (let i = 0; i < n; i++) s[o + i] = seed.kind === 'ones' ? total : total - (b[o + i] as number);
  }
}

/** `t[k * n + j] = Σ_i m_ij a[k * n + i]` */
function colWeights(n: number, seed: LayerSeed, a: Float64Array, t: Float64Array): void {
  if (seed.kind === 'matrix') {
    const m = seed.m;
    t.fill(0);
    for (let k = 0; k < n; k++) {
      const o = k * n;
      for (let i = 0; i < n; i++) {
        const ai = a[o + i] as number;
        if (ai === 0) continue;
        for (let j = 0; j < n; j++) t[o + j] = (t[o + j] as number) + (m[i * n + j] as number) * ai;
      }
    }
    return;
  }
  for (let k = 0; k < n; k++) {
    const o = k * n;
    let total = 0;
    for (let i = 0; i < n; i++) total += a[o + i] as number;
    for (let j = 0; j < n; j++) t[o + j] = seed.kind === 'ones' ? total : total - (a[o + j] as number);
  }
}

/**
 * max over cells of |a1_ik b1_jk − a0_ik b0_jk| m_ij. A layer is skipped when an upper bound of its change is below
 * `stopAt`: then it cannot decide whether the maximum reaches `stopAt`, and only that decision matters mid-fit.
 */
function maxCellChange(
  n: number,
  seed: LayerSeed,
  a0: Float64Array,
  b0: Float64Array,
  a1: Float64Array,
  b1: Float64Array,
  stopAt: number,
): number {
  let maxW = 1;
  if (seed.kind === 'matrix') {
    maxW = 0;
    for (let p = 0; p < n * n; p++) maxW = Math.max(maxW, seed.m[p] as number);
  }
  let best = 0;
  for (let k = 0; k < n; k++) {
    const o = k * n;
    if (Number.isFinite(stopAt)) {
      // |a1 b1 − a0 b0| ≤ |a1 − a0| max b1 + max a0 |b1 − b0|
      let da = 0;
      let db = 0;
      let ma = 0;
      let mb = 0;
      for (let p = o; p < o + n; p++) {
        da = Math.max(da, Math.abs((a1[p] as number) - (a0[p] as number)));
        db = Math.max(db, Math.abs((b1[p] as number) - (b0[p] as number)));
        ma = Math.max(ma, a0[p] as number);
        mb = Math.max(mb, b1[p] as number);
      }
      if ((da * mb + ma * db) * maxW * (1 + 1e-12) < stopAt) continue;
    }
    for (let i = 0; i < n; i++) {
      const x0 = a0[o + i] as number;
      const x1 = a1[o + i] as number;
      if (x0 === 0 && x1 === 0) continue;
      for (let j = 0; j < n; j++) {
        let w = 1;
        if (seed.kind === 'off-diagonal') {
          if (i === j) continue;
        } else if (seed.kind === 'matrix') {
          w = seed.m[i * n + j] as number;
          if (w === 0) continue;
        }
        const d = Math.abs(x1 * (b1[o + j] as number) * w - x0 * (b0[o + j] as number) * w);
        if (d > best) {
          best = d;
          if (best >= stopAt) return best;
        }
      }
    }
  }
  return best;
}
