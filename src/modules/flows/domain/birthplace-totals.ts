import { fitFlatMatrix } from './ipf.ts';
import { warningText } from './messages.ts';
import type { FitInfo, FlowWarning, StoppingRule, UnreachableMargin } from './types.ts';
import { fmt } from './validate.ts';

export type BirthplaceTotalsMethod = 'rescale' | 'open' | 'open-dr';

export interface BirthplaceTotalsResult {
  start: Float64Array;
  end: Float64Array;
  runs: Array<FitInfo & { step: string }>;
  warnings: FlowWarning[];
}

/**
 * migest `match_birthplace_tot`: make the birthplace (row) totals of the start and end tables equal.
 * `rescale` fits each table to the mean of the two row totals, keeping its column totals (IPF, rows first).
 * `open` removes the surplus of each birthplace as moves out of the system, distributed like the end table, and the
 * deficit as moves in, distributed like the start table; `open-dr` (Demographic Research 2013) swaps the two patterns.
 */
export function matchBirthplaceTotals(
  tables: { start: Float64Array; end: Float64Array; n: number },
  options: {
    method: BirthplaceTotalsMethod;
    fit: { rule: StoppingRule; tol: number; maxIterations: number; totalTolerance: number };
    areas: ReadonlyArray<string>;
  },
): BirthplaceTotalsResult {
  const { start, end, n } = tables;
  const { method, fit, areas } = options;
  const gap = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let r1 = 0;
    let r2 = 0;
    for (let j = 0; j < n; j++) {
      r1 += start[i * n + j] as number;
      r2 += end[i * n + j] as number;
    }
    gap[i] = r1 - r2;
  }
  const warnings: FlowWarning[] = [];
  if (method === 'rescale') {
    const runs: Array<FitInfo & { step: string }> = [];
    const out: Float64Array[] = [];
    for (const [step, table, sign] of [
      ['rescale start stocks', start, -1],
      ['rescale end stocks', end, 1],
    ] as const) {
      const x = Float64Array.from(table);
      const rows = new Float64Array(n);
      const cols = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          rows[i] = (rows[i] as number) + (x[i * n + j] as number);
          cols[j] = (cols[j] as number) + (x[i * n + j] as number);
        }
      }
      for (let i = 0; i < n; i++) rows[i] = (rows[i] as number) + (sign * (gap[i] as number)) / 2;
      const { info, unreachable } = fitFlatMatrix(x, {
        rows: n,
        cols: n,
        rowTargets: rows,
        colTargets: cols,
        settings: fit,
        step,
        labels: areas,
      });
      runs.push({ step, ...info });
      warnings.push(...unreachableWarnings(unreachable, step));
      if (!info.converged) warnings.push(notConverged(step, info));
      let min = 0;
      for (const v of x) min = Math.min(min, v);
      if (min < 0) {
        warnings.push({
          code: 'negative_flows',
          ...warningText('w_rescale_negative', { step }),
          step,
          value: min,
        });
      }
      out.push(x);
    }
    return { start: out[0] as Float64Array, end: out[1] as Float64Array, runs, warnings };
  }
  const inflowPattern = method === 'open' ? start : end;
  const outflowPattern = method === 'open' ? end : start;
  const inflow = scaleRows(inflowPattern, {
    n,
    target: (i) => Math.max(-(gap[i] as number), 0),
    step: 'moves into the system',
    areas,
    warnings,
  });
  const outflow = scaleRows(outflowPattern, {
    n,
    target: (i) => Math.max(gap[i] as number, 0),
    step: 'moves out of the system',
    areas,
    warnings,
  });
  const s = new Float64Array(n * n);
  const e = new Float64Array(n * n);
  for (let p = 0; p < n * n; p++) {
    s[p] = (start[p] as number) - (outflow[p] as number);
    e[p] = (end[p] as number) - (inflow[p] as number);
  }
  return { start: s, end: e, runs: [], warnings };
}

function scaleRows(
  pattern: Float64Array,
  options: {
    n: number;
    target: (i: number) => number;
    step: string;
    areas: ReadonlyArray<string>;
    warnings: FlowWarning[];
  },
): Float64Array {
  const { n, target, step, areas, warnings } = options;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += pattern[i * n + j] as number;
    const t = target(i);
    if (s === 0 && t > 0) {
      warnings.push({
        code: 'unreachable_margin',
        ...warningText('w_unplaceable_born', { step, value: fmt(t), area: areas[i] ?? '' }),
        step,
        area: areas[i] as string,
        value: t,
      });
    }
    const f = s === 0 ? 0 : t / s;
    for (let j = 0; j < n; j++) out[i * n + j] = (pattern[i * n + j] as number) * f;
  }
  return out;
}

export function unreachableWarnings(unreachable: UnreachableMargin[], step: string): FlowWarning[] {
  return unreachable.map((u) => {
    const w: FlowWarning = {
      code: 'unreachable_margin',
      ...warningText('w_unreachable', {
        step,
        margin: u.margin,
        value: fmt(u.target),
        of: u.label ?? String(u.index),
        ...(u.layer === undefined ? { layered: 'none' } : { layered: 'some', layer: u.layer }),
      }),
      step,
      value: u.target,
    };
    if (u.label !== undefined) w.area = u.label;
    return w;
  });
}

export function notConverged(step: string, info: FitInfo): FlowWarning {
  return {
    code: 'not_converged',
    ...warningText('w_not_converged', {
      step,
      iterations: info.iterations,
      criterion: fmt(info.criterion),
      residual: fmt(info.residual),
    }),
    step,
    value: info.residual,
  };
}
