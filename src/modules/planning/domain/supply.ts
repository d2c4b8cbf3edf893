import {
  type ScenarioInputs,
  type SupplyPath,
  UNCERTAIN_PARAMETERS,
  type UncertainParameter,
} from './model.ts';

/** Position of each uncertain parameter in a multiplier vector (the order of UNCERTAIN_PARAMETERS). */
export const MULTIPLIER_INDEX = Object.fromEntries(UNCERTAIN_PARAMETERS.map((p, i) => [p, i])) as Record<
  UncertainParameter,
  number
>;

/** A multiplier vector that leaves every parameter as given. */
export function unitMultipliers(): Float64Array {
  return new Float64Array(UNCERTAIN_PARAMETERS.length).fill(1);
}

/**
 * A rate array read as `rate[cell * perCell + t * perYear]`: per cell (perCell 1, perYear 0) or per cell and year
 * (perCell = years, perYear 1).
 */
interface RateLayout {
  readonly perCell: number;
  readonly perYear: number;
}

/** Supply inputs whose shapes have been checked, with the layout of each rate. */
export interface PreparedSupply {
  readonly inputs: ScenarioInputs;
  readonly entryRate: RateLayout;
  readonly immigrationRate: RateLayout;
  readonly retirementRate: RateLayout;
  readonly deathRate: RateLayout;
  readonly emigrationRate: RateLayout;
  readonly otherExitRate: RateLayout;
}

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

function checkLength(name: string, a: Float64Array, length: number): void {
  if (a.length !== length) throw new RangeError(`${name} must have ${length} entries, got ${a.length}`);
}

function rateLayout(name: string, a: Float64Array, cells: number, years: number): RateLayout {
  if (a.length === cells) return { perCell: 1, perYear: 0 };
  if (a.length === cells * years) return { perCell: years, perYear: 1 };
  throw new RangeError(
    `${name} must have ${cells} entries (per cell) or ${cells * years} (per cell and year), got ${a.length}`,
  );
}

/** Checks the shapes of the inputs once, so that projecting many cells or draws does not. */
export function prepareSupply(inputs: ScenarioInputs): PreparedSupply {
  const { cells, years } = inputs;
  checkCount('cells', cells);
  checkCount('years', years);
  checkLength('stock', inputs.stock, cells);
  checkLength('graduates', inputs.graduates, cells * years);
  checkLength('immigration', inputs.immigration, cells * years);
  checkLength('returns', inputs.returns, cells * years);
  checkLength('fteRatio', inputs.fteRatio, cells);
  if (inputs.emigrationCap !== undefined) checkLength('emigrationCap', inputs.emigrationCap, cells * years);
  return {
    inputs,
    entryRate: rateLayout('entryRate', inputs.entryRate, cells, years),
    immigrationRate: rateLayout('immigrationRate', inputs.immigrationRate, cells, years),
    retirementRate: rateLayout('retirementRate', inputs.retirementRate, cells, years),
    deathRate: rateLayout('deathRate', inputs.deathRate, cells, years),
    emigrationRate: rateLayout('emigrationRate', inputs.emigrationRate, cells, years),
    otherExitRate: rateLayout('otherExitRate', inputs.otherExitRate, cells, years),
  };
}

const M_GRADUATES = MULTIPLIER_INDEX.graduates;
const M_ENTRY = MULTIPLIER_INDEX.entryRate;
const M_IMMIGRATION = MULTIPLIER_INDEX.immigration;
const M_RETURNS = MULTIPLIER_INDEX.returns;
const M_RETIREMENT = MULTIPLIER_INDEX.retirementRate;
const M_DEATH = MULTIPLIER_INDEX.deathRate;
const M_EMIGRATION = MULTIPLIER_INDEX.emigrationRate;
const M_OTHER = MULTIPLIER_INDEX.otherExitRate;

/**
 * Projects one cell's headcount, each parameter scaled by its multiplier, writing year t at
 * `out[offset + t * stride]`. Every flow of a year is taken from the stock at its start, so the order of the terms
 * does not change the result:
 *
 *     S[t+1] = S[t] + G[t]·entry + I[t] + S[t]·immRate + R[t] − S[t]·(ret + death + other) − min(S[t]·emig, cap[t])
 *
 * A negative result is held at zero. Returns 1 if it was, else 0.
 */
export function projectCell(
  p: PreparedSupply,
  cell: number,
  m: Float64Array,
  out: Float64Array,
  offset: number,
  stride: number,
): number {
  const { inputs } = p;
  const years = inputs.years;
  const { graduates, immigration, returns, emigrationCap } = inputs;
  const entry = inputs.entryRate;
  const immRate = inputs.immigrationRate;
  const ret = inputs.retirementRate;
  const death = inputs.deathRate;
  const emig = inputs.emigrationRate;
  const other = inputs.otherExitRate;
  const mG = (m[M_GRADUATES] as number) * (m[M_ENTRY] as number);
  const mI = m[M_IMMIGRATION] as number;
  const mR = m[M_RETURNS] as number;
  const mRet = m[M_RETIREMENT] as number;
  const mD = m[M_DEATH] as number;
  const mE = m[M_EMIGRATION] as number;
  const mO = m[M_OTHER] as number;
  const yb = cell * years;
  const eb = cell * p.entryRate.perCell;
  const et = p.entryRate.perYear;
  const ib = cell * p.immigrationRate.perCell;
  const it = p.immigrationRate.perYear;
  const rb = cell * p.retirementRate.perCell;
  const rt = p.retirementRate.perYear;
  const db = cell * p.deathRate.perCell;
  const dt = p.deathRate.perYear;
  const mb = cell * p.emigrationRate.perCell;
  const mt = p.emigrationRate.perYear;
  const ob = cell * p.otherExitRate.perCell;
  const ot = p.otherExitRate.perYear;
  let s = inputs.stock[cell] as number;
  let clamped = 0;
  out[offset] = s;
  for (let t = 0; t < years; t++) {
    const inflow =
      (graduates[yb + t] as number) * (entry[eb + t * et] as number) * mG +
      (immigration[yb + t] as number) * mI +
      (returns[yb + t] as number) * mR;
    const exitRate =
      (ret[rb + t * rt] as number) * mRet +
      (death[db + t * dt] as number) * mD +
      (other[ob + t * ot] as number) * mO;
    let emigrants = s * (emig[mb + t * mt] as number) * mE;
    // A NaN cap compares false: no cap.
    if (emigrationCap !== undefined && emigrants > (emigrationCap[yb + t] as number)) {
      emigrants = emigrationCap[yb + t] as number;
    }
    let next = s + inflow + s * (immRate[ib + t * it] as number) - s * exitRate - emigrants;
    if (next < 0) {
      next = 0;
      clamped = 1;
    }
    s = next;
    out[offset + (t + 1) * stride] = s;
  }
  return clamped;
}

/** Allocates a path for `cells` cells over `years` years. */
export function createSupplyPath(cells: number, years: number): SupplyPath {
  return {
    cells,
    years,
    headcount: new Float64Array(cells * (years + 1)),
    fte: new Float64Array(cells * (years + 1)),
    clamped: new Uint8Array(cells),
  };
}

/**
 * The deterministic supply path of every cell: headcount by the yearly step of `projectCell`, and FTE as headcount ×
 * fteRatio. Writes into `out` when given (of the same cells and years), so repeated runs need not allocate.
 */
export function projectSupply(inputs: ScenarioInputs, out?: SupplyPath): SupplyPath {
  const p = prepareSupply(inputs);
  const { cells, years } = inputs;
  const path = out ?? createSupplyPath(cells, years);
  if (path.cells !== cells || path.years !== years) {
    throw new RangeError(`out is for ${path.cells} cells × ${path.years} years, not ${cells} × ${years}`);
  }
  const m = unitMultipliers();
  const width = years + 1;
  for (let c = 0; c < cells; c++) {
    const base = c * width;
    path.clamped[c] = projectCell(p, c, m, path.headcount, base, 1);
    const f = inputs.fteRatio[c] as number;
    for (let t = 0; t < width; t++) path.fte[base + t] = (path.headcount[base + t] as number) * f;
  }
  return path;
}
