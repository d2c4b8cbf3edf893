import { type Array3, array3FromNested, createArray3 } from './array3.ts';
import { type FitSettings, fitTwoMargins } from './ipf-engine.ts';
import { atParams, flowText } from './messages.ts';
import type { FitInfo, Matrix, MatrixInput, StoppingRule, UnreachableMargin } from './types.ts';
import { checkTotalsAgree, flattenMatrix, flattenVector, fmt, invalid, sum, toNested } from './validate.ts';

export type MarginOrder = 'rows-first' | 'columns-first';

/** Defaults of the reference implementation of each rule: migest `ipf2` and mipfp `Ipfp`. */
export const IPF_DEFAULTS: Readonly<
  Record<StoppingRule, { tol: number; maxIterations: number; order: MarginOrder }>
> = {
  'max-margin-deviation': { tol: 1e-5, maxIterations: 500, order: 'columns-first' },
  'max-cell-change': { tol: 1e-10, maxIterations: 1000, order: 'rows-first' },
};

export interface IpfCommonOptions {
  /** Default `max-margin-deviation`. */
  rule?: StoppingRule;
  /** Default from {@link IPF_DEFAULTS} for the rule. */
  tol?: number;
  maxIterations?: number;
  /** Largest accepted difference between the grand totals of the two margins; default 1e-8 × max(1, total). */
  totalTolerance?: number;
  /**
   * A positive target over an all-zero seed slice cannot be met. `throw` (default) refuses the input;
   * `report` fits anyway (the slice stays zero) and lists the slices in the result.
   */
  onUnreachable?: 'throw' | 'report';
}

export interface Ipf2Options extends IpfCommonOptions {
  rowTotals?: ReadonlyArray<number>;
  colTotals?: ReadonlyArray<number>;
  /** Which margin each cycle rescales first; default from the rule (migest: columns, mipfp: rows). */
  order?: MarginOrder;
  rowLabels?: ReadonlyArray<string>;
  colLabels?: ReadonlyArray<string>;
}

export interface IpfResult<T> extends FitInfo {
  fitted: T;
  unreachable: UnreachableMargin[];
}

/**
 * Iterative proportional fitting of a 2-D table: `fitted[i][j] = α_i β_j seed[i][j]` with row sums `rowTotals` and
 * column sums `colTotals` (either may be omitted to fit one margin). A zero seed cell stays zero.
 * Pass `null` as seed for a table of ones.
 */
export function ipf2(seed: MatrixInput | null, options: Ipf2Options): IpfResult<Matrix> {
  const { rowTotals, colTotals } = options;
  if (rowTotals === undefined && colTotals === undefined) {
    throw invalid(flowText('ipf2_needs'), { field: 'rowTotals' });
  }
  let rows = rowTotals?.length;
  let cols = colTotals?.length;
  let x: Float64Array;
  if (seed === null) {
    if (rows === undefined || cols === undefined) {
      throw invalid(flowText('ipf_no_seed'), {
        field: 'seed',
      });
    }
    x = new Float64Array(rows * cols).fill(1);
  } else {
    const flat = flattenMatrix(seed, { name: 'seed' });
    rows ??= flat.rows;
    cols ??= flat.cols;
    if (flat.rows !== rows || flat.cols !== cols) {
      throw invalid(
        flowText('ipf_seed_shape', { shape: `${flat.rows} × ${flat.cols}`, need: `${rows} × ${cols}` }),
        {
          field: 'seed',
        },
      );
    }
    x = flat.data;
  }
  const r = rowTotals === undefined ? null : flattenVector(rowTotals, { name: 'rowTotals', length: rows });
  const c = colTotals === undefined ? null : flattenVector(colTotals, { name: 'colTotals', length: cols });
  const settings = resolveSettings(options);
  if (r && c) {
    // migest's ipf2 compares round(sum(row_tot)) with round(sum(col_tot)), which lets differences just under 1
    // through and rejects some far smaller ones; both grand totals are compared here within a tolerance.
    const total = Math.max(1, Math.abs(sum(r)), Math.abs(sum(c)));
    checkTotalsAgree(
      [
        { name: 'row totals', total: sum(r) },
        { name: 'column totals', total: sum(c) },
      ],
      { tolerance: options.totalTolerance ?? 1e-8 * total, field: 'rowTotals' },
    );
  }

  const unreachable: UnreachableMargin[] = [];
  if (r) {
    for (let i = 0; i < rows; i++) {
      let s = 0;
      for (let j = 0; j < cols; j++) s += x[i * cols + j] as number;
      const t = r[i] as number;
      if (s === 0 && t > 0)
        unreachable.push(slice({ margin: 'rows', index: i, target: t }, options.rowLabels));
    }
  }
  if (c) {
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let i = 0; i < rows; i++) s += x[i * cols + j] as number;
      const t = c[j] as number;
      if (s === 0 && t > 0)
        unreachable.push(slice({ margin: 'columns', index: j, target: t }, options.colLabels));
    }
  }
  reportOrThrow(unreachable, options.onUnreachable);

  const order = options.order ?? IPF_DEFAULTS[settings.rule].order;
  const columnsAsA = c !== null && (r === null || order === 'columns-first');
  let info: FitInfo;
  if (columnsAsA) {
    const t = transpose(x, { rows, cols });
    info = fitTwoMargins(t, { shape: { I: cols, J: rows, K: 1 }, targetA: c, targetB: r, settings });
    x = transpose(t, { rows: cols, cols: rows });
  } else {
    info = fitTwoMargins(x, {
      shape: { I: rows, J: cols, K: 1 },
      targetA: r as Float64Array,
      targetB: c,
      settings,
    });
  }
  return { ...info, fitted: toNested(x, { rows, cols }), unreachable };
}

export interface Ipf3Options extends IpfCommonOptions {
  /** `rowTotals[i][k]` = Σ_j fitted[i][j][k] (origin by place of birth). */
  rowTotals: MatrixInput;
  /** `colTotals[j][k]` = Σ_i fitted[i][j][k] (destination by place of birth). */
  colTotals: MatrixInput;
  labels?: ReadonlyArray<string>;
}

/**
 * Iterative proportional fitting of a 3-D table `[i][j][k]` to the margins (i,k) and (j,k), rescaling (i,k) first in
 * each cycle as both migest `ipf3` and mipfp do. The model is
 * `log y_ijk = log α_i + log β_j + log λ_k + log γ_ik + log κ_jk + log seed_ijk`. Pass `null` as seed for ones.
 */
export function ipf3(
  seed: Array3 | ReadonlyArray<ReadonlyArray<ReadonlyArray<number>>> | null,
  options: Ipf3Options,
): IpfResult<Array3> {
  const r = flattenMatrix(options.rowTotals, { name: 'rowTotals' });
  const c = flattenMatrix(options.colTotals, { name: 'colTotals' });
  const I = r.rows;
  const J = c.rows;
  const K = r.cols;
  if (c.cols !== K) {
    throw invalid(flowText('ipf3_layers', { k: K, got: c.cols }), { field: 'colTotals' });
  }
  let table: Array3;
  if (seed === null) table = createArray3([I, J, K], 1);
  else if ('data' in seed) table = { dims: seed.dims, data: Float64Array.from(seed.data) };
  else table = array3FromNested(seed, 'seed');
  const [d0, d1, d2] = table.dims;
  if (d0 !== I || d1 !== J || d2 !== K) {
    throw invalid(
      flowText('ipf_seed_shape', { shape: `${d0} × ${d1} × ${d2}`, need: `${I} × ${J} × ${K}` }),
      {
        field: 'seed',
      },
    );
  }
  const x = table.data;
  for (let p = 0; p < x.length; p++) {
    const v = x[p] as number;
    if (!Number.isFinite(v) || v < 0) {
      const k = p % K;
      const j = Math.floor(p / K) % J;
      const i = Math.floor(p / (K * J));
      throw invalid(flowText('ipf3_seed_cell', { name: `seed[${i}][${j}][${k}]`, value: fmt(v) }), {
        field: 'seed',
      });
    }
  }
  const settings = resolveSettings(options);
  for (let k = 0; k < K; k++) {
    let sr = 0;
    let sc = 0;
    for (let i = 0; i < I; i++) sr += r.data[i * K + k] as number;
    for (let j = 0; j < J; j++) sc += c.data[j * K + k] as number;
    const layer = options.labels?.[k] === undefined ? `layer ${k}` : `layer ${k} (${options.labels[k]})`;
    checkTotalsAgree(
      [
        { name: `row totals of ${layer}`, total: sr },
        { name: `column totals of ${layer}`, total: sc },
      ],
      {
        tolerance: options.totalTolerance ?? 1e-8 * Math.max(1, Math.abs(sr), Math.abs(sc)),
        field: 'rowTotals',
      },
    );
  }

  const seedA = new Float64Array(I * K);
  const seedB = new Float64Array(J * K);
  for (let i = 0; i < I; i++) {
    for (let j = 0; j < J; j++) {
      for (let k = 0; k < K; k++) {
        const v = x[(i * J + j) * K + k] as number;
        seedA[i * K + k] = (seedA[i * K + k] as number) + v;
        seedB[j * K + k] = (seedB[j * K + k] as number) + v;
      }
    }
  }
  const unreachable: UnreachableMargin[] = [];
  for (let p = 0; p < I * K; p++) {
    const t = r.data[p] as number;
    if (seedA[p] === 0 && t > 0) {
      unreachable.push({
        ...slice({ margin: 'rows', index: Math.floor(p / K), target: t }, options.labels),
        layer: p % K,
      });
    }
  }
  for (let p = 0; p < J * K; p++) {
    const t = c.data[p] as number;
    if (seedB[p] === 0 && t > 0) {
      const u = slice({ margin: 'columns', index: Math.floor(p / K), target: t }, options.labels);
      unreachable.push({ ...u, layer: p % K });
    }
  }
  reportOrThrow(unreachable, options.onUnreachable);
  const info = fitTwoMargins(x, { shape: { I, J, K }, targetA: r.data, targetB: c.data, settings });
  return { ...info, fitted: table, unreachable };
}

export function resolveSettings(options: IpfCommonOptions): FitSettings {
  const rule = options.rule ?? 'max-margin-deviation';
  if (rule !== 'max-margin-deviation' && rule !== 'max-cell-change') {
    throw invalid(flowText('unknown_rule', { value: JSON.stringify(rule) }), { field: 'rule' });
  }
  const tol = options.tol ?? IPF_DEFAULTS[rule].tol;
  const maxIterations = options.maxIterations ?? IPF_DEFAULTS[rule].maxIterations;
  if (!(tol > 0) || !Number.isFinite(tol)) {
    throw invalid(flowText('tol_positive_number', { value: String(tol) }), { field: 'tol' });
  }
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw invalid(flowText('max_iterations', { value: String(maxIterations) }), {
      field: 'maxIterations',
    });
  }
  return { rule, tol, maxIterations };
}

function slice(
  u: { margin: 'rows' | 'columns'; index: number; target: number },
  labels: ReadonlyArray<string> | undefined,
): UnreachableMargin {
  const label = labels?.[u.index];
  return label === undefined ? { ...u } : { ...u, label };
}

function reportOrThrow(unreachable: UnreachableMargin[], mode: 'throw' | 'report' | undefined): void {
  const first = unreachable[0];
  if (first === undefined || mode === 'report') return;
  const rows = first.margin === 'rows';
  throw invalid(
    flowText('unreachable', {
      margin: rows ? 'rows' : 'columns',
      target: fmt(first.target),
      ...atParams(first.index, first.label),
      ...(first.layer === undefined ? { layered: 'none' } : { layered: 'some', layer: first.layer }),
    }),
    {
      field: rows ? 'rowTotals' : 'colTotals',
      ...(unreachable.length > 1
        ? { detail: flowText('unreachable_all', { count: unreachable.length }) }
        : {}),
      hint: flowText('unreachable_hint'),
    },
  );
}

function transpose(x: Float64Array, shape: { rows: number; cols: number }): Float64Array {
  const { rows, cols } = shape;
  const t = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = x[i * cols + j] as number;
  return t;
}

/**
 * In-place 2-D fit of a row-major table for the flow estimators: rows first, then columns (mipfp order), unreachable
 * slices reported rather than thrown, grand totals checked against an absolute tolerance.
 */
export function fitFlatMatrix(
  x: Float64Array,
  problem: {
    rows: number;
    cols: number;
    rowTargets: Float64Array;
    colTargets: Float64Array;
    settings: FitSettings & { totalTolerance: number };
    step: string;
    labels?: ReadonlyArray<string>;
  },
): { info: FitInfo; unreachable: UnreachableMargin[] } {
  const { rows, cols, rowTargets, colTargets, settings, step, labels } = problem;
  checkTotalsAgree(
    [
      { name: `${step}: row targets`, total: sum(rowTargets) },
      { name: 'column targets', total: sum(colTargets) },
    ],
    { tolerance: settings.totalTolerance, field: step },
  );
  const unreachable: UnreachableMargin[] = [];
  const rowSums = new Float64Array(rows);
  const colSums = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const v = x[i * cols + j] as number;
      rowSums[i] = (rowSums[i] as number) + v;
      colSums[j] = (colSums[j] as number) + v;
    }
  }
  for (let i = 0; i < rows; i++) {
    const t = rowTargets[i] as number;
    if (rowSums[i] === 0 && t > 0) unreachable.push(slice({ margin: 'rows', index: i, target: t }, labels));
  }
  for (let j = 0; j < cols; j++) {
    const t = colTargets[j] as number;
    if (colSums[j] === 0 && t > 0)
      unreachable.push(slice({ margin: 'columns', index: j, target: t }, labels));
  }
  const info = fitTwoMargins(x, {
    shape: { I: rows, J: cols, K: 1 },
    targetA: rowTargets,
    targetB: colTargets,
    settings,
  });
  return { info, unreachable };
}
