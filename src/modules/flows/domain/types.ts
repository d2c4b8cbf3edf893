import type { Text } from '../../../platform/i18n/messages.ts';
/** A dense matrix as nested rows: `m[row][column]`. */
export type Matrix = number[][];

/** Read-only view accepted as input; callers may pass `number[][]`. */
export type MatrixInput = ReadonlyArray<ReadonlyArray<number>>;

/**
 * How an iterative fit decides it has converged.
 * - `max-cell-change`: largest absolute change of any cell over one full cycle of margin updates is below `tol`
 *   (R package mipfp, `Ipfp`).
 * - `max-margin-deviation`: largest absolute gap between a target and the fitted margin, measured just before each
 *   margin is rescaled, is at most `tol` (R package migest, `ipf2`/`ipf3`).
 */
export type StoppingRule = 'max-cell-change' | 'max-margin-deviation';

/** Convergence report of one iterative fit. */
export interface FitInfo {
  rule: StoppingRule;
  tol: number;
  converged: boolean;
  iterations: number;
  /** Value of the stopping criterion after the last iteration. */
  criterion: number;
  /** Largest absolute difference between a target margin and the margin of the returned table. */
  residual: number;
}

/** A positive target over a slice whose seed cells are all zero: no scaling can reach it. */
export interface UnreachableMargin {
  margin: 'rows' | 'columns';
  index: number;
  label?: string;
  /** Third index of a 3-D table (place of birth in flow tables). */
  layer?: number;
  target: number;
}

export type FlowWarningCode =
  | 'not_converged'
  | 'unreachable_margin'
  | 'negative_flows'
  | 'too_many_births'
  | 'negative_native_born'
  | 'seed_ignored';

/** A problem found while estimating that did not stop the estimate; returned as data. */
export interface FlowWarning {
  code: FlowWarningCode;
  /** In English; `text` holds it as data, rendered in the reader's language at the edge. */
  message: string;
  text?: Text;
  step?: string;
  area?: string;
  value?: number;
}
