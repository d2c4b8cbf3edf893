import type { ScenarioInputs } from './model.ts';

/** One cell's parameters, constant over the years unless a per-year array is given. */
export interface CellSpec {
  stock: number;
  graduates?: number | number[];
  entryRate?: number;
  immigration?: number | number[];
  immigrationRate?: number;
  returns?: number | number[];
  retirementRate?: number;
  deathRate?: number;
  emigrationRate?: number;
  otherExitRate?: number;
  fteRatio?: number;
  emigrationCap?: number | number[];
}

const yearly = (v: number | number[] | undefined, t: number, fallback: number): number =>
  v === undefined ? fallback : typeof v === 'number' ? v : (v[t] ?? fallback);

/** Supply inputs for the given cells, every rate per cell. */
export function makeInputs(specs: readonly CellSpec[], years: number): ScenarioInputs {
  const cells = specs.length;
  const perCell = (f: (s: CellSpec) => number) => Float64Array.from(specs, f);
  const perYear = (f: (s: CellSpec, t: number) => number) => {
    const a = new Float64Array(cells * years);
    specs.forEach((s, c) => {
      for (let t = 0; t < years; t++) a[c * years + t] = f(s, t);
    });
    return a;
  };
  const capped = specs.some((s) => s.emigrationCap !== undefined);
  return {
    cells,
    years,
    stock: perCell((s) => s.stock),
    graduates: perYear((s, t) => yearly(s.graduates, t, 0)),
    entryRate: perCell((s) => s.entryRate ?? 1),
    immigration: perYear((s, t) => yearly(s.immigration, t, 0)),
    immigrationRate: perCell((s) => s.immigrationRate ?? 0),
    returns: perYear((s, t) => yearly(s.returns, t, 0)),
    retirementRate: perCell((s) => s.retirementRate ?? 0),
    deathRate: perCell((s) => s.deathRate ?? 0),
    emigrationRate: perCell((s) => s.emigrationRate ?? 0),
    otherExitRate: perCell((s) => s.otherExitRate ?? 0),
    fteRatio: perCell((s) => s.fteRatio ?? 1),
    ...(capped ? { emigrationCap: perYear((s, t) => yearly(s.emigrationCap, t, Number.NaN)) } : {}),
  };
}

/** The path of one cell out of a cells × (years + 1) array. */
export function cellPath(a: Float64Array, cell: number, years: number): number[] {
  return Array.from(a.subarray(cell * (years + 1), (cell + 1) * (years + 1)));
}

export function assertClose(actual: number, expected: number, tol: number, what: string): void {
  if (!(Math.abs(actual - expected) <= tol)) {
    throw new Error(`${what}: ${actual} differs from ${expected} by ${Math.abs(actual - expected)} > ${tol}`);
  }
}
