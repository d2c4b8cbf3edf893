import type { Matrix, MatrixInput } from './types.ts';
import { flattenMatrix, toNested } from './validate.ts';

export interface StockTables {
  /** `[place of birth][place of residence]` at the start of the period. */
  stockStart: MatrixInput;
  /** `[place of birth][place of residence]` at the end of the period. */
  stockEnd: MatrixInput;
}

export interface FfsDiffOptions {
  /**
   * `zero`: a fall in a bilateral stock is no flow (Bertoli & Fernández-Huertas Moraga).
   * `return` (default, as migest): a fall in the stock of people born in i living in j is a return flow j → i
   * (Beine & Parsons).
   */
  decrease?: 'zero' | 'return';
  /** Keep the diagonal (native-born) cells; default false. */
  includeNativeBorn?: boolean;
}

/**
 * Flows from stock differencing: `flow[i][j]` is the rise in the stock born in i living in j, so rows are read as
 * origins (birthplaces) and columns as destinations.
 */
export function ffsDiff(stocks: StockTables, options: FfsDiffOptions = {}): Matrix {
  const n = stocks.stockStart.length;
  const s1 = flattenMatrix(stocks.stockStart, {
    name: 'stockStart',
    shape: { rows: n, cols: n },
    allowNegativeDiagonal: true,
  }).data;
  const s2 = flattenMatrix(stocks.stockEnd, {
    name: 'stockEnd',
    shape: { rows: n, cols: n },
    allowNegativeDiagonal: true,
  }).data;
  const decrease = options.decrease ?? 'return';
  const out = new Float64Array(n * n);
  const delta = (i: number, j: number): number =>
    i === j && !options.includeNativeBorn ? 0 : (s2[i * n + j] as number) - (s1[i * n + j] as number);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let f = Math.max(delta(i, j), 0);
      if (decrease === 'return') f += Math.max(-delta(j, i), 0);
      out[i * n + j] = f;
    }
  }
  return toNested(out, { rows: n, cols: n });
}
