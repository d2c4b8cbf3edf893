import { flowText } from './messages.ts';
import type { Matrix, MatrixInput } from './types.ts';
import { flattenMatrix, flattenVector, fmt, invalid, toNested } from './validate.ts';

export interface NetMatrixIpfOptions {
  /** Net migration (in − out) of each region; must sum to zero. */
  net: ReadonlyArray<number>;
  /** `true` marks a cell that must stay zero; default: the diagonal only. */
  zeroMask?: ReadonlyArray<ReadonlyArray<boolean>>;
  /** Stop when the largest change of any α is below this; default 1e-6. */
  tol?: number;
  /** Default 500. */
  maxIterations?: number;
}

export interface NetMatrixResult {
  fitted: Matrix;
  alpha: number[];
  iterations: number;
  converged: boolean;
  criterion: number;
  /** Σ (fitted net − target net)². */
  sumSquaredError: number;
}

/**
 * Flows matching net migration totals (Abel & Smith; migest `net_matrix_ipf`): `y_ij = α_i m_ij / α_j`.
 * Each α_i solves `a α² + net_i α + c = 0` with `a = Σ_j m_ij / α_j`, `c = −Σ_j α_j m_ji` from the previous
 * iterate (all α are updated together); the smallest positive root is taken, and α_i stays 1 when there is none.
 */
export function netMatrixIpf(seed: MatrixInput, options: NetMatrixIpfOptions): NetMatrixResult {
  const n = seed.length;
  const m = flattenMatrix(seed, { name: 'seed', shape: { rows: n, cols: n } }).data;
  const net = flattenVector(options.net, { name: 'net', length: n, allowNegative: true });
  const tol = options.tol ?? 1e-6;
  const maxIterations = options.maxIterations ?? 500;
  let total = 0;
  let scale = 0;
  for (const v of net) {
    total += v;
    scale += Math.abs(v);
  }
  if (Math.abs(total) > Math.max(tol, 1e-9 * scale)) {
    throw invalid(flowText('net_sum', { total: fmt(total) }), { field: 'net' });
  }
  const mask = options.zeroMask;
  if (mask && (mask.length !== n || mask.some((row) => row.length !== n))) {
    throw invalid(flowText('zero_mask', { n }), { field: 'zeroMask' });
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (mask ? mask[i]?.[j] : i === j) m[i * n + j] = 0;
  }

  let alpha = new Float64Array(n).fill(1);
  let next = new Float64Array(n);
  let iterations = 0;
  let criterion = Number.POSITIVE_INFINITY;
  while (criterion > tol && iterations < maxIterations) {
    for (let i = 0; i < n; i++) {
      let a = 0;
      let c = 0;
      for (let j = 0; j < n; j++) {
        a += (m[i * n + j] as number) / (alpha[j] as number);
        c -= (alpha[j] as number) * (m[j * n + i] as number);
      }
      next[i] = smallestPositiveRoot(a, net[i] as number, c) ?? 1;
    }
    criterion = 0;
    for (let i = 0; i < n; i++)
      criterion = Math.max(criterion, Math.abs((next[i] as number) - (alpha[i] as number)));
    [alpha, next] = [next, alpha];
    iterations++;
  }
  const y = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++)
      y[i * n + j] = ((alpha[i] as number) * (m[i * n + j] as number)) / (alpha[j] as number);
  }
  let sse = 0;
  for (let i = 0; i < n; i++) {
    let d = -(net[i] as number);
    for (let j = 0; j < n; j++) d += (y[j * n + i] as number) - (y[i * n + j] as number);
    sse += d * d;
  }
  return {
    fitted: toNested(y, { rows: n, cols: n }),
    alpha: Array.from(alpha),
    iterations,
    converged: criterion < tol,
    criterion,
    sumSquaredError: sse,
  };
}

function smallestPositiveRoot(a: number, b: number, c: number): number | undefined {
  const disc = b * b - 4 * a * c;
  if (disc < 0) return undefined;
  const roots =
    disc === 0 ? [-b / (2 * a)] : [(-b + Math.sqrt(disc)) / (2 * a), (-b - Math.sqrt(disc)) / (2 * a)];
  let best: number | undefined;
  for (const r of roots) if (r > 0 && Number.isFinite(r) && (best === undefined || r < best)) best = r;
  return best;
}
