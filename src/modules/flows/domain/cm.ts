import { atParams, flowText } from './messages.ts';
import type { Matrix, MatrixInput } from './types.ts';
import { checkTotalsAgree, flattenMatrix, flattenVector, fmt, invalid, sum, toNested } from './validate.ts';

export interface Cm2Options {
  rowTotals: ReadonlyArray<number>;
  colTotals: ReadonlyArray<number>;
  /** Stop when the largest change of any α or β in one iteration is at most this; default 1e-6 (migest). */
  tol?: number;
  /** Default 500. */
  maxIterations?: number;
  /** Largest accepted difference between the grand totals; default 1e-8 × max(1, total). */
  totalTolerance?: number;
  labels?: ReadonlyArray<string>;
}

export interface Cm2Result {
  fitted: Matrix;
  alpha: number[];
  beta: number[];
  iterations: number;
  converged: boolean;
  /** Largest parameter change in the last iteration. */
  criterion: number;
}

/**
 * Conditional maximisation (Willekens 1999) of `log y_ij = log α_i + log β_j + log m_ij`:
 * `α_i = r_i / Σ_j β_j m_ij`, then `β_j = c_j / Σ_i α_i m_ij`, from α = β = 1. The fitted table equals the IPF fit;
 * the parameters are returned as well. Pass `null` as seed for ones.
 */
export function cm2(seed: MatrixInput | null, options: Cm2Options): Cm2Result {
  const r = flattenVector(options.rowTotals, { name: 'rowTotals' });
  const c = flattenVector(options.colTotals, { name: 'colTotals' });
  const rows = r.length;
  const cols = c.length;
  const m =
    seed === null
      ? new Float64Array(rows * cols).fill(1)
      : flattenMatrix(seed, { name: 'seed', shape: { rows, cols } }).data;
  const tol = options.tol ?? 1e-6;
  const maxIterations = options.maxIterations ?? 500;
  if (!(tol > 0)) throw invalid(flowText('tol_positive', { value: String(tol) }), { field: 'tol' });
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw invalid(flowText('max_iterations', { value: String(maxIterations) }), {
      field: 'maxIterations',
    });
  }
  const total = Math.max(1, Math.abs(sum(r)), Math.abs(sum(c)));
  checkTotalsAgree(
    [
      { name: 'row totals', total: sum(r) },
      { name: 'column totals', total: sum(c) },
    ],
    { tolerance: options.totalTolerance ?? 1e-8 * total, field: 'rowTotals' },
  );
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (let j = 0; j < cols; j++) s += m[i * cols + j] as number;
    if (s === 0 && (r[i] as number) > 0)
      throw unreachable('Row', { index: i, target: r[i] as number, label: options.labels?.[i] });
  }
  for (let j = 0; j < cols; j++) {
    let s = 0;
    for (let i = 0; i < rows; i++) s += m[i * cols + j] as number;
    if (s === 0 && (c[j] as number) > 0)
      throw unreachable('Column', { index: j, target: c[j] as number, label: options.labels?.[j] });
  }

  const alpha = new Float64Array(rows).fill(1);
  const beta = new Float64Array(cols).fill(1);
  let iterations = 0;
  let criterion = Number.POSITIVE_INFINITY;
  // migest counts from 1 and stops at `it < maxit`, so it runs at most maxit - 1 iterations; this runs maxIterations.
  while (criterion > tol && iterations < maxIterations) {
    iterations++;
    let change = 0;
    for (let i = 0; i < rows; i++) {
      let d = 0;
      for (let j = 0; j < cols; j++) d += (beta[j] as number) * (m[i * cols + j] as number);
      const next = d === 0 ? 0 : (r[i] as number) / d;
      change = Math.max(change, Math.abs(next - (alpha[i] as number)));
      alpha[i] = next;
    }
    for (let j = 0; j < cols; j++) {
      let d = 0;
      for (let i = 0; i < rows; i++) d += (alpha[i] as number) * (m[i * cols + j] as number);
      const next = d === 0 ? 0 : (c[j] as number) / d;
      change = Math.max(change, Math.abs(next - (beta[j] as number)));
      beta[j] = next;
    }
    criterion = change;
  }
  const fitted = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++)
      fitted[i * cols + j] = (alpha[i] as number) * (beta[j] as number) * (m[i * cols + j] as number);
  }
  return {
    fitted: toNested(fitted, { rows: rows, cols: cols }),
    alpha: Array.from(alpha),
    beta: Array.from(beta),
    iterations,
    converged: criterion <= tol,
    criterion,
  };
}

function unreachable(
  what: 'Row' | 'Column',
  at: { index: number; target: number; label: string | undefined },
) {
  return invalid(
    flowText('unreachable', {
      margin: what === 'Row' ? 'rows' : 'columns',
      target: fmt(at.target),
      ...atParams(at.index, at.label),
      layered: 'none',
    }),
    { field: what === 'Row' ? 'rowTotals' : 'colTotals' },
  );
}
