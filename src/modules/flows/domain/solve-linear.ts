import { flowText } from './messages.ts';
import { fmt, invalid } from './validate.ts';

/**
 * Solves `A X = B` for square `A` (n × n) and `B` (n × m), both row-major, by Gaussian elimination with partial
 * pivoting. Throws `invalid_input` when a pivot is zero relative to the scale of A (singular or nearly so).
 */
export function solveLinear(
  system: { a: Float64Array; b: Float64Array; n: number; m: number },
  field = 'matrix',
): Float64Array {
  const { n, m } = system;
  const A = Float64Array.from(system.a);
  const X = Float64Array.from(system.b);
  let scale = 0;
  for (let p = 0; p < n * n; p++) scale = Math.max(scale, Math.abs(A[p] as number));
  const threshold = scale * n * Number.EPSILON;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    let best = Math.abs(A[col * n + col] as number);
    for (let r = col + 1; r < n; r++) {
      const v = Math.abs(A[r * n + col] as number);
      if (v > best) {
        best = v;
        pivot = r;
      }
    }
    if (!(best > threshold)) {
      throw invalid(flowText('singular', { field, col }), {
        field,
        detail: flowText('singular_detail', { best: fmt(best), threshold: fmt(threshold) }),
      });
    }
    if (pivot !== col) {
      swapRows(A, n, pivot, col);
      swapRows(X, m, pivot, col);
    }
    const d = A[col * n + col] as number;
    for (let r = col + 1; r < n; r++) {
      const f = (A[r * n + col] as number) / d;
      if (f === 0) continue;
      for (let c = col; c < n; c++) A[r * n + c] = (A[r * n + c] as number) - f * (A[col * n + c] as number);
      for (let c = 0; c < m; c++) X[r * m + c] = (X[r * m + c] as number) - f * (X[col * m + c] as number);
    }
  }
  for (let row = n - 1; row >= 0; row--) {
    const d = A[row * n + row] as number;
    for (let c = 0; c < m; c++) {
      let s = X[row * m + c] as number;
      for (let k = row + 1; k < n; k++) s -= (A[row * n + k] as number) * (X[k * m + c] as number);
      X[row * m + c] = s / d;
    }
  }
  return X;
}

function swapRows(x: Float64Array, width: number, r1: number, r2: number): void {
  for (let c = 0; c < width; c++) {
    const t = x[r1 * width + c] as number;
    x[r1 * width + c] = x[r2 * width + c] as number;
    x[r2 * width + c] = t;
  }
}
