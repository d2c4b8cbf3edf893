import type { Array3 } from './array3.ts';
import {
  type BirthplaceTotalsMethod,
  matchBirthplaceTotals,
  notConverged,
  unreachableWarnings,
} from './birthplace-totals.ts';
import { birthMatrix, deathMatrix, nbNonZero, nbScaleGlobal } from './demographic-adjust.ts';
import { resolveSettings } from './ipf.ts';
import { fitLayered, type LayerSeed, materialise } from './ipf-layered.ts';
import { flowText, warningText } from './messages.ts';
import { type FlowSummary, summariseFlows } from './summary.ts';
import type { FitInfo, FlowWarning, Matrix, MatrixInput, StoppingRule, UnreachableMargin } from './types.ts';
import { flattenMatrix, flattenVector, fmt, invalid, toNested } from './validate.ts';

export interface FfsDemoInput {
  /** Labels of the regions, in the order of the rows and columns of every table. */
  areas: ReadonlyArray<string>;
  /** `[place of birth][place of residence]` at the start of the period. The diagonal may be negative. */
  stockStart: MatrixInput;
  /** `[place of birth][place of residence]` at the end of the period. */
  stockEnd: MatrixInput;
  /** Births in each region of residence over the period; default zeros. */
  births?: ReadonlyArray<number>;
  /** Deaths in each region of residence over the period; default zeros. */
  deaths?: ReadonlyArray<number>;
}

export type MatchGlobal = 'before-demo-adjust' | 'after-demo-adjust' | 'none';

export interface FfsDemoOptions {
  /**
   * `true` (default): stayers are the minimum of the start and end stock of each birthplace × region cell and only
   * the rest moves ("minimum migration", Abel 2013). `false`: independence model (Azose & Raftery 2019).
   */
  stayerAssumption?: boolean;
  /** `[origin][destination]` prior for the flows, the same for every birthplace; default ones. */
  seed?: MatrixInput;
  /**
   * migest ignores `seed` when the stayer assumption is on (a warning says so here too). `true` uses it for the
   * movers instead, with the diagonal forced to zero.
   */
  seedWithStayers?: boolean;
  /**
   * When (and whether) to make the change in total population equal births minus deaths; applies to the `rescale`
   * birthplace method only. Default `before-demo-adjust`, which is what migest 2.0.5 runs although its
   * documentation names `after-demo-adjust` as the default. `before-demo-adjust` moves half the gap onto each table's
   * native-born cells as integers (migest `nb_scale_global`); `after-demo-adjust` does so proportionally after
   * births and deaths are taken out.
   */
  matchGlobal?: MatchGlobal;
  /** How the birthplace totals of the two tables are made equal; default `rescale`. */
  birthplaceTotals?: BirthplaceTotalsMethod;
  /**
   * Births are native-born in their region. With `true` (default) a region whose births exceed its native-born end
   * stock has them taken proportionally from its whole population instead (warning `too_many_births`).
   */
  birthNonNegative?: boolean;
  /** Stopping rule of every IPF; default `max-cell-change` (mipfp, as migest calls it). */
  rule?: StoppingRule;
  /** Default 1e-3, as migest passes to mipfp. */
  tol?: number;
  /** Default 1e5, as migest passes to mipfp. */
  maxIterations?: number;
  /** Largest accepted gap between the grand totals of two margins fitted together; default 1e-3 (mipfp `tol.margins`). */
  totalTolerance?: number;
}

export interface FfsDemoResult {
  areas: string[];
  /** `[origin][destination][place of birth]`, stayers on the origin = destination cells. */
  flows: Array3;
  /** Origin × destination flows summed over place of birth, diagonal zero. */
  od: Matrix;
  /** In-, out-, net migration and turnover of each region of `od`. */
  summary: FlowSummary;
  fits: Array<FitInfo & { step: string }>;
  warnings: FlowWarning[];
  /** Births − deaths − (end total − start total) before the `before-demo-adjust` correction (0 when not applied). */
  globalGap: number;
}

/**
 * Bilateral flows from two place-of-birth × residence stock tables with demographic accounting, as migest 2.0.5
 * `ffs_demo` computes them (defaults included):
 * 1. negative native-born cells are zeroed by scaling the column's foreign-born down (`nb_non_zero`);
 * 2. with `before-demo-adjust`, native-born cells absorb the gap between stock change and births − deaths;
 * 3. deaths are removed from the start table in proportion to each column, births from the end table's diagonal;
 * 4. birthplace totals of the two tables are made equal (`birthplaceTotals`);
 * 5. stayers are taken out and the movers fitted by 3-D IPF to origin × birthplace and destination × birthplace
 *    margins (or, without the stayer assumption, the whole table is).
 * Problems that do not stop the estimate (non-convergence, unreachable margins, too many births, negative flows)
 * come back in `warnings`.
 *
 * Where migest behaves oddly, this follows it by default: the `before-demo-adjust` default, the integer rounding and
 * the "odd gap" branch of `nb_scale_global`, and an ignored `seed` under the stayer assumption (warned; opt in with
 * `seedWithStayers`). It departs where migest is random or would return garbage: the rounding remainder goes to the
 * first largest native-born cell instead of one drawn by `sample()`; margins whose grand totals disagree (mipfp would
 * silently fit proportions instead of counts) and stock tables made negative by births or deaths (mipfp stops on a
 * negative seed) raise `invalid_input`.
 */
export function ffsDemo(input: FfsDemoInput, options: FfsDemoOptions = {}): FfsDemoResult {
  const areas = checkAreas(input.areas);
  const n = areas.length;
  const shape = { rows: n, cols: n };
  const s1 = flattenMatrix(input.stockStart, {
    name: 'stockStart',
    shape,
    allowNegativeDiagonal: true,
  }).data;
  const s2 = flattenMatrix(input.stockEnd, {
    name: 'stockEnd',
    shape,
    allowNegativeDiagonal: true,
  }).data;
  const births =
    input.births === undefined
      ? new Float64Array(n)
      : flattenVector(input.births, { name: 'births', length: n });
  const deaths =
    input.deaths === undefined
      ? new Float64Array(n)
      : flattenVector(input.deaths, { name: 'deaths', length: n });
  const userSeed =
    options.seed === undefined ? null : flattenMatrix(options.seed, { name: 'seed', shape }).data;
  const stayers = options.stayerAssumption ?? true;
  const matchGlobal = options.matchGlobal ?? 'before-demo-adjust';
  const method = options.birthplaceTotals ?? 'rescale';
  if (!['before-demo-adjust', 'after-demo-adjust', 'none'].includes(matchGlobal)) {
    throw invalid(flowText('unknown_match_global', { value: JSON.stringify(matchGlobal) }), {
      field: 'matchGlobal',
    });
  }
  if (!['rescale', 'open', 'open-dr'].includes(method)) {
    throw invalid(flowText('unknown_birthplace', { value: JSON.stringify(method) }), {
      field: 'birthplaceTotals',
    });
  }
  const fit = {
    ...resolveSettings({
      rule: options.rule ?? 'max-cell-change',
      tol: options.tol ?? 1e-3,
      maxIterations: options.maxIterations ?? 1e5,
    }),
    totalTolerance: options.totalTolerance ?? 1e-3,
  };
  const warnings: FlowWarning[] = [];
  const fits: Array<FitInfo & { step: string }> = [];

  warnings.push(
    ...nbNonZero(s1, { n, table: 'stockStart', areas }),
    ...nbNonZero(s2, { n, table: 'stockEnd', areas }),
  );
  const globalGap =
    matchGlobal === 'before-demo-adjust' && method === 'rescale'
      ? nbScaleGlobal({ start: s1, end: s2, n }, { births, deaths })
      : 0;

  const b = birthMatrix(births, {
    end: s2,
    n,
    nonNegative: options.birthNonNegative ?? true,
    areas,
  });
  const d = deathMatrix(deaths, { start: s1, n, areas });
  warnings.push(...b.warnings, ...d.warnings);
  const start = new Float64Array(n * n);
  const end = new Float64Array(n * n);
  for (let p = 0; p < n * n; p++) {
    start[p] = (s1[p] as number) - (d.matrix[p] as number);
    end[p] = (s2[p] as number) - (b.matrix[p] as number);
  }
  if (matchGlobal === 'after-demo-adjust' && method === 'rescale') {
    let gap = 0;
    let diag1 = 0;
    let diag2 = 0;
    for (let p = 0; p < n * n; p++) gap += (end[p] as number) - (start[p] as number);
    for (let i = 0; i < n; i++) {
      diag1 += start[i * n + i] as number;
      diag2 += end[i * n + i] as number;
    }
    for (let i = 0; i < n; i++) {
      const p = i * n + i;
      start[p] = (start[p] as number) + ((gap * (start[p] as number)) / diag1) * 0.5;
      end[p] = (end[p] as number) - ((gap * (end[p] as number)) / diag2) * 0.5;
    }
  }
  refuseNegative(start, {
    n,
    areas,
    what: 'deaths',
    field: 'deaths',
  });
  refuseNegative(end, {
    n,
    areas,
    what: 'births',
    field: 'births',
  });

  const matched = matchBirthplaceTotals({ start, end, n }, { method, fit, areas });
  fits.push(...matched.runs);
  warnings.push(...matched.warnings);
  const s5 = matched.start;
  const s6 = matched.end;

  const rowTargets = new Float64Array(n * n);
  const colTargets = new Float64Array(n * n);
  let diagonal: Float64Array | null = null;
  let seed: LayerSeed = userSeed === null ? { kind: 'ones' } : { kind: 'matrix', m: userSeed };
  if (stayers) {
    if (userSeed !== null && !options.seedWithStayers) {
      warnings.push({
        code: 'seed_ignored',
        ...warningText('w_seed_ignored', {}),
      });
    }
    if (userSeed !== null && options.seedWithStayers) {
      const m = Float64Array.from(userSeed);
      for (let i = 0; i < n; i++) m[i * n + i] = 0;
      seed = { kind: 'matrix', m };
    } else seed = { kind: 'off-diagonal' };
    diagonal = new Float64Array(n * n);
    for (let p = 0; p < n * n; p++) {
      const st = Math.min(s5[p] as number, s6[p] as number);
      diagonal[p] = st;
      rowTargets[p] = (s5[p] as number) - st;
      colTargets[p] = (s6[p] as number) - st;
    }
    const unreachable: UnreachableMargin[] = [];
    for (let k = 0; k < n; k++) {
      let sr = 0;
      let sc = 0;
      for (let i = 0; i < n; i++) {
        sr += rowTargets[k * n + i] as number;
        sc += colTargets[k * n + i] as number;
      }
      if (sc === 0 && sr > 0)
        unreachable.push({ margin: 'columns', index: k, label: areas[k] as string, target: sr });
      const f = sc === 0 ? 0 : sr / sc;
      for (let j = 0; j < n; j++) colTargets[k * n + j] = (colTargets[k * n + j] as number) * f;
    }
    warnings.push(...unreachableWarnings(unreachable, 'balance movers by birthplace'));
  } else {
    rowTargets.set(s5);
    colTargets.set(s6);
    for (let p = 0; p < n * n; p++) {
      if ((s5[p] as number) < 0 || (s6[p] as number) < 0) {
        throw invalid(
          flowText('negative_birthplace', {
            method,
            born: areas[Math.floor(p / n)] ?? '',
            living: areas[p % n] ?? '',
          }),
          { field: 'birthplaceTotals', hint: flowText('negative_birthplace_hint') },
        );
      }
    }
  }
  let totalRows = 0;
  let totalCols = 0;
  for (let p = 0; p < n * n; p++) {
    totalRows += rowTargets[p] as number;
    totalCols += colTargets[p] as number;
  }
  if (!(Math.abs(totalRows - totalCols) <= fit.totalTolerance)) {
    const unconverged = fits.filter((f) => !f.converged).map((f) => f.step);
    throw invalid(flowText('targets_disagree', { rows: fmt(totalRows), cols: fmt(totalCols) }), {
      field: 'stockEnd',
      detail: flowText('tolerance_detail', { tol: fmt(fit.totalTolerance) }),
      hint:
        unconverged.length > 0
          ? flowText('not_converged_hint', { steps: unconverged.join(' and ') })
          : flowText('reconcile_hint'),
    });
  }
  if (seed.kind === 'matrix') {
    const zero = zeroSeedSlices(seed.m, { n, areas, rowTargets, colTargets });
    warnings.push(...unreachableWarnings(zero, 'flows'));
  }
  const layered = fitLayered({ n, seed, rowTargets, colTargets }, fit);
  fits.push({ step: 'flows', ...layered.info });
  if (!layered.info.converged) warnings.push(notConverged('flows', layered.info));
  const data = materialise(layered, { n, seed, diagonal });

  const od = new Float64Array(n * n);
  let negatives = 0;
  let min = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const base = (i * n + j) * n;
      let s = 0;
      for (let k = 0; k < n; k++) {
        const v = data[base + k] as number;
        s += v;
        if (v < 0) {
          negatives++;
          min = Math.min(min, v);
        }
      }
      if (i !== j) od[i * n + j] = s;
    }
  }
  if (negatives > 0) {
    warnings.push({
      code: 'negative_flows',
      ...warningText('w_negative_cells', { cells: negatives, min: fmt(min) }),
      step: 'flows',
      value: min,
    });
  }
  const odMatrix = toNested(od, { rows: n, cols: n });
  return {
    areas,
    flows: { dims: [n, n, n], data },
    od: odMatrix,
    summary: summariseFlows(odMatrix, { areas }),
    fits,
    warnings,
    globalGap,
  };
}

function checkAreas(areas: ReadonlyArray<string>): string[] {
  if (!Array.isArray(areas) || areas.length === 0)
    throw invalid(flowText('areas_non_empty'), { field: 'areas' });
  const seen = new Set<string>();
  for (const a of areas) {
    if (typeof a !== 'string' || a === '') throw invalid(flowText('area_label_empty'), { field: 'areas' });
    if (seen.has(a)) throw invalid(flowText('area_twice', { label: JSON.stringify(a) }), { field: 'areas' });
    seen.add(a);
  }
  return [...areas];
}

function refuseNegative(
  x: Float64Array,
  context: { n: number; areas: ReadonlyArray<string>; what: 'deaths' | 'births'; field: string },
): void {
  const { n, areas, what, field } = context;
  for (let p = 0; p < n * n; p++) {
    const v = x[p] as number;
    if (v < 0) {
      throw invalid(
        flowText('negative_after', {
          what,
          born: areas[Math.floor(p / n)] ?? '',
          living: areas[p % n] ?? '',
          value: fmt(v),
        }),
        { field, detail: flowText(`why_${what}`) },
      );
    }
  }
}

/** Rows or columns of a layer seed that are all zero while some layer still needs flows there. */
function zeroSeedSlices(
  m: Float64Array,
  context: { n: number; areas: ReadonlyArray<string>; rowTargets: Float64Array; colTargets: Float64Array },
): UnreachableMargin[] {
  const { n, areas, rowTargets, colTargets } = context;
  const out: UnreachableMargin[] = [];
  for (let i = 0; i < n; i++) {
    let rowWeight = 0;
    let colWeight = 0;
    for (let j = 0; j < n; j++) {
      rowWeight += m[i * n + j] as number;
      colWeight += m[j * n + i] as number;
    }
    for (let k = 0; k < n; k++) {
      const r = rowTargets[k * n + i] as number;
      const c = colTargets[k * n + i] as number;
      const label = areas[i] as string;
      if (rowWeight === 0 && r > 0) out.push({ margin: 'rows', index: i, label, layer: k, target: r });
      if (colWeight === 0 && c > 0) out.push({ margin: 'columns', index: i, label, layer: k, target: c });
    }
  }
  return out;
}
