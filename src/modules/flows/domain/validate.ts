import { AppError } from '../../../platform/errors.ts';
import type { Text } from '../../../platform/i18n/messages.ts';
import { flowText } from './messages.ts';
import type { MatrixInput } from './types.ts';

export interface FlatMatrix {
  rows: number;
  cols: number;
  /** Row-major: cell `[i][j]` at `i * cols + j`. */
  data: Float64Array;
}

export interface MatrixSpec {
  /** Name of the input, used in messages and as the error's field. */
  name: string;
  shape?: { rows: number; cols: number };
  allowNegative?: boolean;
  /** Diagonal cells may be negative (native-born counts derived as total minus foreign-born). */
  allowNegativeDiagonal?: boolean;
}

/** Number as it should read in a message: at most 12 significant digits. */
export function fmt(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(12))) : String(x);
}

export function describeIndex(i: number, label?: string): string {
  return label === undefined ? `index ${i}` : `index ${i} (${label})`;
}

export function invalid(message: Text, where: { field: string; detail?: Text; hint?: Text }): AppError {
  return new AppError('invalid_input', message, {
    location: { field: where.field },
    ...(where.detail === undefined ? {} : { detail: where.detail }),
    ...(where.hint === undefined ? {} : { hint: where.hint }),
  });
}

/** Copies a nested matrix into row-major storage, refusing ragged rows, NaN, infinities and (unless allowed) negatives. */
export function flattenMatrix(m: MatrixInput, spec: MatrixSpec): FlatMatrix {
  const { name, shape } = spec;
  const field = { field: name };
  if (!Array.isArray(m)) throw invalid(flowText('v_rows_array', { name }), field);
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  if (shape && (rows !== shape.rows || cols !== shape.cols)) {
    throw invalid(
      flowText('v_shape', { name, rows: shape.rows, cols: shape.cols, gotRows: rows, gotCols: cols }),
      field,
    );
  }
  if (rows === 0 || cols === 0) throw invalid(flowText('v_empty', { name }), field);
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = m[i];
    if (!Array.isArray(row) || row.length !== cols) {
      throw invalid(flowText('v_row_length', { name, i, cols }), field);
    }
    for (let j = 0; j < cols; j++) {
      const v = row[j];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw invalid(flowText('v_not_finite', { name: `${name}[${i}][${j}]`, value: String(v) }), field);
      }
      if (v < 0 && !spec.allowNegative && !(spec.allowNegativeDiagonal && i === j)) {
        throw invalid(flowText('v_negative', { name: `${name}[${i}][${j}]`, value: fmt(v) }), {
          field: name,
          detail: flowText('v_non_negative_detail'),
        });
      }
      data[i * cols + j] = v;
    }
  }
  return { rows, cols, data };
}

export function flattenVector(
  v: ReadonlyArray<number>,
  spec: { name: string; length?: number; allowNegative?: boolean },
): Float64Array {
  const { name, length } = spec;
  if (!Array.isArray(v)) throw invalid(flowText('v_numbers_array', { name }), { field: name });
  if (length !== undefined && v.length !== length) {
    throw invalid(flowText('v_length', { name, length, got: v.length }), { field: name });
  }
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw invalid(flowText('v_not_finite', { name: `${name}[${i}]`, value: String(x) }), { field: name });
    }
    if (x < 0 && !spec.allowNegative)
      throw invalid(flowText('v_negative', { name: `${name}[${i}]`, value: fmt(x) }), { field: name });
    out[i] = x;
  }
  return out;
}

export function toNested(data: Float64Array, shape: { rows: number; cols: number }): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < shape.rows; i++)
    out.push(Array.from(data.subarray(i * shape.cols, (i + 1) * shape.cols)));
  return out;
}

export function sum(v: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] ?? 0;
  return s;
}

/** Grand totals of two margins must agree; both directions are checked. */
export function checkTotalsAgree(
  totals: readonly [{ name: string; total: number }, { name: string; total: number }],
  options: { tolerance: number; field: string },
): void {
  const [a, b] = totals;
  const diff = Math.abs(a.total - b.total);
  if (!(diff <= options.tolerance)) {
    throw invalid(flowText('v_totals', { a: a.name, ta: fmt(a.total), b: b.name, tb: fmt(b.total) }), {
      field: options.field,
      detail: flowText('v_totals_detail', { diff: fmt(diff), tol: fmt(options.tolerance) }),
      hint: flowText('v_totals_hint'),
    });
  }
}
