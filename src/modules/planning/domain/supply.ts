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

/** Multipliers that leave every parameter as given, for `draws` draws (parameter k of draw d at `k * draws + d`). */
export function unitMultipliers(draws = 1): Float64Array {
  return new Float64Array(UNCERTAIN_PARAMETERS.length * draws).fill(1);
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
  /** Working space of `projectDraws`, grown as needed. */
  work: Float64Array;
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
    work: new Float64Array(0),
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
 * Projects `draws` variants of one cell's headcount at once. Draw d scales parameter k (in the order of
 * UNCERTAIN_PARAMETERS) by `m[k * draws + d]`; its value in year t goes to `out[offset + t * draws + d]`, and
 * `clamped[d]` is set to 1 if it was held at zero. When `range` is given, it receives each year's smallest and
 * largest value over the draws at `2t` and `2t + 1`. Every flow of a year is taken from the stock at its start, so the
 * order of the terms does not change the result:
 *
 *     S[t+1] = S[t] + G[t]·entry + I[t] + S[t]·immRate + R[t] − S[t]·(ret + death + other) − min(S[t]·emig, cap[t])
 *
 * A negative result is held at zero.
 */
export function projectDraws(
  p: PreparedSupply,
  cell: number,
  m: Float64Array,
  draws: number,
  out: Float64Array,
  offset: number,
  clamped: Uint8Array,
  range?: Float64Array,
): void {
  const { inputs } = p;
  const years = inputs.years;
  const { graduates, immigration, returns, emigrationCap } = inputs;
  const entry = inputs.entryRate;
  const immRate = inputs.immigrationRate;
  const retire = inputs.retirementRate;
  const death = inputs.deathRate;
  const emig = inputs.emigrationRate;
  const other = inputs.otherExitRate;
  const mG = M_GRADUATES * draws;
  const mEn = M_ENTRY * draws;
  const mI = M_IMMIGRATION * draws;
  const mR = M_RETURNS * draws;
  const mRet = M_RETIREMENT * draws;
  const mD = M_DEATH * draws;
  const mE = M_EMIGRATION * draws;
  const mO = M_OTHER * draws;
  const yb = cell * years;
  const at = (l: RateLayout, t: number) => cell * l.perCell + t * l.perYear;
  const varying = [
    p.entryRate,
    p.immigrationRate,
    p.retirementRate,
    p.deathRate,
    p.emigrationRate,
    p.otherExitRate,
  ].some((l) => l.perYear !== 0);
  if (p.work.length < 3 * draws) p.work = new Float64Array(3 * draws);
  // Per draw: the net rate on the stock, the emigration rate, and the multiplier of graduates' entries.
  const work = p.work;
  const netAt = 0;
  const emigAt = draws;
  const gradAt = 2 * draws;
  for (let d = 0; d < draws; d++) work[gradAt + d] = (m[mG + d] as number) * (m[mEn + d] as number);
  const s0 = inputs.stock[cell] as number;
  out.fill(s0, offset, offset + draws);
  clamped.fill(0, 0, draws);
  if (range !== undefined) {
    range[0] = s0;
    range[1] = s0;
  }
  for (let t = 0; t < years; t++) {
    if (t === 0 || varying) {
      const iRate = immRate[at(p.immigrationRate, t)] as number;
      const rRate = retire[at(p.retirementRate, t)] as number;
      const dRate = death[at(p.deathRate, t)] as number;
      const eRate = emig[at(p.emigrationRate, t)] as number;
      const oRate = other[at(p.otherExitRate, t)] as number;
      for (let d = 0; d < draws; d++) {
        work[netAt + d] =
          iRate -
          rRate * (m[mRet + d] as number) -
          dRate * (m[mD + d] as number) -
          oRate * (m[mO + d] as number);
        work[emigAt + d] = eRate * (m[mE + d] as number);
      }
    }
    const g = (graduates[yb + t] as number) * (entry[at(p.entryRate, t)] as number);
    const im = immigration[yb + t] as number;
    const rr = returns[yb + t] as number;
    const c = emigrationCap === undefined ? Number.NaN : (emigrationCap[yb + t] as number);
    const cap = Number.isNaN(c) ? Number.POSITIVE_INFINITY : c;
    const from = offset + t * draws;
    const to = from + draws;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let d = 0; d < draws; d++) {
      const s = out[from + d] as number;
      let emigrants = s * (work[emigAt + d] as number);
      if (emigrants > cap) emigrants = cap;
      let next =
        s +
        g * (work[gradAt + d] as number) +
        im * (m[mI + d] as number) +
        rr * (m[mR + d] as number) +
        s * (work[netAt + d] as number) -
        emigrants;
      if (next < 0) {
        next = 0;
        clamped[d] = 1;
      }
      out[to + d] = next;
      if (next < lo) lo = next;
      if (next > hi) hi = next;
    }
    if (range !== undefined) {
      range[2 * t + 2] = lo;
      range[2 * t + 3] = hi;
    }
  }
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
 * The deterministic supply path of every cell: headcount by the yearly step of `projectDraws`, and FTE as headcount ×
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
  const flag = new Uint8Array(1);
  const width = years + 1;
  for (let c = 0; c < cells; c++) {
    const base = c * width;
    projectDraws(p, c, m, 1, path.headcount, base, flag);
    path.clamped[c] = flag[0] as number;
    const f = inputs.fteRatio[c] as number;
    for (let t = 0; t < width; t++) path.fte[base + t] = (path.headcount[base + t] as number) * f;
  }
  return path;
}
