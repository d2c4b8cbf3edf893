import { flowText, warningText } from './messages.ts';
import { solveLinear } from './solve-linear.ts';
import type { FlowWarning, Matrix, MatrixInput } from './types.ts';
import { flattenMatrix, fmt, invalid, toNested } from './validate.ts';

export interface FfsRatesInput {
  /** `[place of birth][place of residence]` at the start of the period. */
  stockStart: MatrixInput;
  /** Needed by Rogers–von Rabenau. */
  stockEnd?: MatrixInput;
  areas?: ReadonlyArray<string>;
}

export type FfsRatesOptions =
  /** Dennett (2015): the start stocks off the diagonal, as shares, times a global flow total `total`. */
  | { method: 'dennett'; total: number }
  /** Rogers & von Rabenau (1971): growth matrix g solving `stockStart · g = stockEnd`, times start populations. */
  | { method: 'rogers-von-rabenau' };

export interface FfsRatesResult {
  /** `[origin][destination]`, diagonal zero. */
  flows: Matrix;
  warnings: FlowWarning[];
}

/** Flows from migration rates implied by stock tables. Rogers–von Rabenau can give negative flows; they are reported. */
export function ffsRates(input: FfsRatesInput, options: FfsRatesOptions): FfsRatesResult {
  const n = input.stockStart.length;
  const s1 = flattenMatrix(input.stockStart, {
    name: 'stockStart',
    shape: { rows: n, cols: n },
    allowNegativeDiagonal: true,
  }).data;
  if (input.areas && input.areas.length !== n)
    throw invalid(flowText('areas_labels', { n }), { field: 'areas' });
  const out = new Float64Array(n * n);
  if (options.method === 'dennett') {
    const total = options.total;
    if (!Number.isFinite(total) || total < 0)
      throw invalid(flowText('total_non_negative', { value: String(total) }), { field: 'total' });
    let s = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) s += s1[i * n + j] as number;
    if (s === 0 && total > 0) {
      throw invalid(flowText('no_foreign_born'), {
        field: 'stockStart',
      });
    }
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++)
        out[i * n + j] = i === j || s === 0 ? 0 : total * ((s1[i * n + j] as number) / s);
    }
    return { flows: toNested(out, { rows: n, cols: n }), warnings: [] };
  }
  if (options.method !== 'rogers-von-rabenau') {
    throw invalid(
      flowText('unknown_method', { value: JSON.stringify((options as { method: unknown }).method) }),
      {
        field: 'method',
      },
    );
  }
  if (input.stockEnd === undefined) throw invalid(flowText('rvr_needs_end'), { field: 'stockEnd' });
  const s2 = flattenMatrix(input.stockEnd, {
    name: 'stockEnd',
    shape: { rows: n, cols: n },
    allowNegativeDiagonal: true,
  }).data;
  const g = solveLinear({ a: s1, b: s2, n, m: n }, 'stockStart');
  let negatives = 0;
  let worst = 0;
  let where = '';
  for (let i = 0; i < n; i++) {
    let population = 0;
    for (let k = 0; k < n; k++) population += s1[k * n + i] as number;
    for (let j = 0; j < n; j++) {
      const f = i === j ? 0 : (g[i * n + j] as number) * population;
      out[i * n + j] = f;
      if (f < 0) {
        negatives++;
        if (f < worst) {
          worst = f;
          where = `${input.areas?.[i] ?? i} → ${input.areas?.[j] ?? j}`;
        }
      }
    }
  }
  const warnings: FlowWarning[] =
    negatives === 0
      ? []
      : [
          {
            code: 'negative_flows',
            ...warningText('w_negative_estimates', { cells: negatives, min: fmt(worst), where }),
            value: worst,
          },
        ];
  return { flows: toNested(out, { rows: n, cols: n }), warnings };
}
