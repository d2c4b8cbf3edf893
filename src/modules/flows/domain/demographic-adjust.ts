import { flowText, warningText } from './messages.ts';
import type { FlowWarning } from './types.ts';
import { fmt, invalid } from './validate.ts';

/** Square n × n tables are row-major Float64Arrays: `[place of birth][place of residence]`. */

/** R's `round()`: nearest integer, halves to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** R's `%%` for doubles: the result has the sign of the divisor. */
function modulo(x: number, y: number): number {
  return x - y * Math.floor(x / y);
}

/**
 * migest `rescale_integer_sum`: scale `x` to sum to `total`, round each value (halves to even, as R), and add the
 * rounding remainder to the cell with the largest value. migest picks that cell with `sample()` among ties, and
 * because `sample(k, 1)` draws from `1:k` when only one cell is largest, its pick is random whenever that cell is not
 * the first; here it is always the first cell of largest absolute value.
 */
export function rescaleIntegerSum(x: ArrayLike<number>, total: number): Float64Array {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] as number;
  const ratio = total / s;
  const out = new Float64Array(x.length);
  let rounded = 0;
  let largest = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    out[i] = roundHalfEven(v * ratio);
    rounded += out[i] as number;
    if (Math.abs(v) > Math.abs(x[largest] as number)) largest = i;
  }
  const remainder = total - rounded;
  if (remainder !== 0) out[largest] = (out[largest] as number) + remainder;
  return out;
}

/**
 * migest `nb_non_zero`: a negative native-born cell (more foreign-born than people) is replaced by zero and the
 * other cells of that column are scaled down so the column keeps its total.
 */
export function nbNonZero(
  s: Float64Array,
  context: { n: number; table: string; areas: ReadonlyArray<string> },
): FlowWarning[] {
  const { n, table, areas } = context;
  const warnings: FlowWarning[] = [];
  for (let j = 0; j < n; j++) {
    if ((s[j * n + j] as number) >= 0) continue;
    let total = 0;
    let positive = 0;
    for (let i = 0; i < n; i++) {
      const v = s[i * n + j] as number;
      total += v;
      positive += Math.max(v, 0);
    }
    if (total < 0) {
      throw invalid(
        flowText('negative_population', { table, area: areas[j] ?? String(j), total: fmt(total) }),
        { field: table, detail: flowText('negative_population_detail') },
      );
    }
    const f = positive === 0 ? 0 : total / positive;
    for (let i = 0; i < n; i++) s[i * n + j] = Math.max(s[i * n + j] as number, 0) * f;
    warnings.push({
      code: 'negative_native_born',
      ...warningText('w_more_foreign_born', { area: areas[j] ?? '', table }),
      step: table,
      area: areas[j] as string,
    });
  }
  return warnings;
}

/**
 * migest `nb_scale_global`: makes the change in the grand total of the stocks equal births minus deaths by moving
 * half the gap onto each table's native-born cells (integers, via {@link rescaleIntegerSum}). The branch migest
 * comments as "if dd is an odd number" tests `round(dd %% 2) == 0 & dd %% 2 != 0`, which holds only for a non-integer
 * gap with remainder at most 0.5; it is reproduced as written. Returns the gap before adjustment.
 */
export function nbScaleGlobal(
  stocks: { start: Float64Array; end: Float64Array; n: number },
  vitals: { births: Float64Array; deaths: Float64Array },
): number {
  const { start: s1, end: s2, n } = stocks;
  const { births, deaths } = vitals;
  let natural = 0;
  for (let i = 0; i < n; i++) natural += (births[i] as number) - (deaths[i] as number);
  const gap = (): number => {
    let g = 0;
    for (let p = 0; p < n * n; p++) g += (s2[p] as number) - (s1[p] as number);
    return natural - g;
  };
  const diagonal = (s: Float64Array): Float64Array => {
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++) d[i] = s[i * n + i] as number;
    return d;
  };
  const setDiagonal = (s: Float64Array, d: Float64Array): void => {
    for (let i = 0; i < n; i++) s[i * n + i] = d[i] as number;
  };
  const total = (d: Float64Array): number => d.reduce((a, v) => a + v, 0);
  const initial = gap();
  let dd = initial;
  const r = modulo(dd, 2);
  if (roundHalfEven(r) === 0 && r !== 0) {
    const d2 = diagonal(s2);
    setDiagonal(s2, rescaleIntegerSum(d2, total(d2) + 1));
    dd = gap();
  }
  if (dd !== 0) {
    const d1 = diagonal(s1);
    const d2 = diagonal(s2);
    setDiagonal(s1, rescaleIntegerSum(d1, total(d1) - dd / 2));
    setDiagonal(s2, rescaleIntegerSum(d2, total(d2) + dd / 2));
  }
  return initial;
}

/**
 * migest `birth_mat` with method "native": births are native-born in their region of residence. With `nonNegative`,
 * a region whose births exceed its native-born end stock has its births spread over its whole column instead,
 * in proportion to the end stocks.
 */
export function birthMatrix(
  births: Float64Array,
  context: { end: Float64Array; n: number; nonNegative: boolean; areas: ReadonlyArray<string> },
): { matrix: Float64Array; warnings: FlowWarning[] } {
  const { end: s2, n, nonNegative, areas } = context;
  const matrix = new Float64Array(n * n);
  const warnings: FlowWarning[] = [];
  for (let j = 0; j < n; j++) {
    const b = births[j] as number;
    if (!nonNegative || (s2[j * n + j] as number) - b >= 0) {
      matrix[j * n + j] = b;
      continue;
    }
    let col = 0;
    for (let i = 0; i < n; i++) col += s2[i * n + j] as number;
    const f = col === 0 ? 0 : b / col;
    for (let i = 0; i < n; i++) matrix[i * n + j] = (s2[i * n + j] as number) * f;
    warnings.push({
      code: 'too_many_births',
      ...warningText('w_too_many_births', {
        area: areas[j] ?? '',
        births: fmt(b),
        native: fmt(s2[j * n + j] as number),
      }),
      step: 'births',
      area: areas[j] as string,
      value: b,
    });
  }
  return { matrix, warnings };
}

/** migest `death_mat` with method "proportion": deaths in a region fall on every birthplace in proportion to its start stock. */
export function deathMatrix(
  deaths: Float64Array,
  context: { start: Float64Array; n: number; areas: ReadonlyArray<string> },
): { matrix: Float64Array; warnings: FlowWarning[] } {
  const { start: s1, n, areas } = context;
  const matrix = new Float64Array(n * n);
  const warnings: FlowWarning[] = [];
  for (let j = 0; j < n; j++) {
    let col = 0;
    for (let i = 0; i < n; i++) col += s1[i * n + j] as number;
    const d = deaths[j] as number;
    if (col === 0 && d > 0) {
      warnings.push({
        code: 'unreachable_margin',
        ...warningText('w_deaths_unplaceable', { area: areas[j] ?? '', deaths: fmt(d) }),
        step: 'deaths',
        area: areas[j] as string,
        value: d,
      });
    }
    const f = col === 0 ? 0 : d / col;
    for (let i = 0; i < n; i++) matrix[i * n + j] = (s1[i * n + j] as number) * f;
  }
  return { matrix, warnings };
}
