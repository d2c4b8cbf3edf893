import { uniformFloat32 } from 'pure-rand/distribution/uniformFloat32';
import { mersenne } from 'pure-rand/generator/mersenne';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import {
  type MonteCarloOptions,
  type MonteCarloResult,
  type ScenarioInputs,
  type Spread,
  UNCERTAIN_PARAMETERS,
  type Uncertainty,
} from './model.ts';
import { QuantileScratch, quantilesWithin } from './quantile.ts';
import { MULTIPLIER_INDEX, prepareSupply, projectDraws, unitMultipliers } from './supply.ts';

const UINT32_MAX = 4_294_967_295;

/**
 * The normal parameters of a log-normal multiplier with mean 1 and coefficient of variation `cv`, as PACE-HRH
 * draws them: meanlog = −ln(1 + cv²)/2, sdlog = √ln(1 + cv²).
 */
export function lognormalParameters(cv: number): { meanlog: number; sdlog: number } {
  const v = Math.log1p(cv * cv);
  return { meanlog: -v / 2, sdlog: Math.sqrt(v) };
}

function checkSpread(name: string, s: Spread): void {
  if (s.kind === 'lognormal') {
    if (!(Number.isFinite(s.cv) && s.cv >= 0)) throw new RangeError(`${name}: cv must be ≥ 0, got ${s.cv}`);
  } else if (!(Number.isFinite(s.low) && Number.isFinite(s.high) && s.low >= 0 && s.low <= s.high)) {
    throw new RangeError(`${name}: the range must have 0 ≤ low ≤ high, got ${s.low}–${s.high}`);
  }
}

/** Fills `out[from..to)` with uniform variates on [0, 1), 24 bits each. */
function fillUniform(rng: RandomGenerator, out: Float64Array, from: number, to: number): void {
  for (let i = from; i < to; i++) out[i] = uniformFloat32(rng);
}

/**
 * Fills `out[from..to)` with log-normal multipliers exp(meanlog + sdlog·z), z standard normal by Marsaglia's polar
 * method (both of each pair).
 */
function fillLognormal(
  rng: RandomGenerator,
  out: Float64Array,
  from: number,
  to: number,
  meanlog: number,
  sdlog: number,
): void {
  for (let i = from; i < to; i += 2) {
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniformFloat32(rng) - 1;
      v = 2 * uniformFloat32(rng) - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = sdlog * Math.sqrt((-2 * Math.log(s)) / s);
    out[i] = Math.exp(meanlog + u * f);
    if (i + 1 < to) out[i + 1] = Math.exp(meanlog + v * f);
  }
}

/**
 * The 32-bit seed of a cell's Mersenne Twister: seed × 0x9E3779B1 + key modulo 2³², which for one seed gives every
 * key its own stream.
 */
export function cellSeed(seed: number, key: number): number {
  return (Math.imul(seed, 0x9e3779b1) + key) >>> 0;
}

function isKey(x: number): boolean {
  return Number.isInteger(x) && x >= 0 && x <= UINT32_MAX;
}

/**
 * Monte Carlo over the supply model. In each draw every uncertain parameter of a cell is scaled by one multiplier
 * for the whole horizon (as PACE-HRH scales a parameter once per trial): log-normal with mean 1 and the given cv,
 * or uniform over the given range. A cell's draws come from its own Mersenne Twister stream (pure-rand's MT19937,
 * 24-bit uniforms, normals by the polar method), seeded by `cellSeed(seed, key)` with key = the cell's index unless
 * `cellKeys` are given, all draws of one parameter after another in the order of UNCERTAIN_PARAMETERS; so a cell's
 * result depends on its own inputs, the seed and its key only. Quantiles (type 7) are taken per cell and year; FTE
 * quantiles are the headcount's times the FTE ratio unless the FTE ratio itself is uncertain. Calls `onProgress`
 * after each cell.
 */
export function monteCarlo(
  inputs: ScenarioInputs,
  uncertainty: Uncertainty,
  options: MonteCarloOptions,
  onProgress?: (done: number, total: number) => void,
): MonteCarloResult {
  const p = prepareSupply(inputs);
  const { cells, years, fteRatio } = inputs;
  const { draws, seed, quantiles, cellKeys } = options;
  if (!(Number.isInteger(draws) && draws >= 1))
    throw new RangeError(`draws must be a positive integer, got ${draws}`);
  if (!isKey(seed)) throw new RangeError(`seed must be an integer from 0 to ${UINT32_MAX}, got ${seed}`);
  for (const q of quantiles) {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`quantiles must lie between 0 and 1, got ${q}`);
  }
  if (cellKeys !== undefined) {
    if (cellKeys.length !== cells)
      throw new RangeError(`cellKeys must have ${cells} entries, got ${cellKeys.length}`);
    for (let c = 0; c < cells; c++) {
      const k = cellKeys[c] as number;
      if (!isKey(k))
        throw new RangeError(`cellKeys[${c}] must be an integer from 0 to ${UINT32_MAX}, got ${k}`);
    }
  }

  // The varied parameters as flat arrays: multiplier index, log-normal (1) or range (0), and two parameters.
  const varied = UNCERTAIN_PARAMETERS.filter((name) => uncertainty[name] !== undefined);
  const nVaried = varied.length;
  const slot = new Int32Array(nVaried);
  const isLog = new Uint8Array(nVaried);
  const pa = new Float64Array(nVaried);
  const pb = new Float64Array(nVaried);
  varied.forEach((name, k) => {
    const s = uncertainty[name] as Spread;
    checkSpread(name, s);
    slot[k] = MULTIPLIER_INDEX[name];
    if (s.kind === 'lognormal') {
      const { meanlog, sdlog } = lognormalParameters(s.cv);
      isLog[k] = 1;
      pa[k] = meanlog;
      pb[k] = sdlog;
    } else {
      pa[k] = s.low;
      pb[k] = s.high - s.low;
    }
  });
  const fteSlot = MULTIPLIER_INDEX.fteRatio;
  const fteVaried = uncertainty.fteRatio !== undefined;

  const order = quantiles
    .map((_, i) => i)
    .sort((x, y) => (quantiles[x] as number) - (quantiles[y] as number));
  const probs = order.map((i) => quantiles[i] as number);
  const nq = probs.length;
  const width = years + 1;
  const headcount = new Float64Array(nq * cells * width);
  const fte = new Float64Array(nq * cells * width);
  const clampedShare = new Float64Array(cells);
  // Year-major: each year's draws are one contiguous run, for the projection and for the selection.
  const head = new Float64Array(width * draws);
  const fteDraws = fteVaried ? new Float64Array(width * draws) : head;
  const m = unitMultipliers(draws);
  const flags = new Uint8Array(draws);
  const scratch = new QuantileScratch(draws);
  const qv = new Float64Array(nq);
  const headRange = new Float64Array(2 * width);
  const fteRange = new Float64Array(2 * width);

  for (let c = 0; c < cells; c++) {
    const rng = mersenne(cellSeed(seed, cellKeys === undefined ? c : (cellKeys[c] as number)));
    for (let k = 0; k < nVaried; k++) {
      const row = (slot[k] as number) * draws;
      const a = pa[k] as number;
      const b = pb[k] as number;
      if (isLog[k] === 1) {
        fillLognormal(rng, m, row, row + draws, a, b);
      } else {
        fillUniform(rng, m, row, row + draws);
        for (let i = row; i < row + draws; i++) m[i] = a + b * (m[i] as number);
      }
    }
    projectDraws(p, c, m, draws, head, 0, flags, headRange);
    const f = fteRatio[c] as number;
    if (fteVaried) {
      const fm = fteSlot * draws;
      for (let t = 0; t < width; t++) {
        const row = t * draws;
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        for (let d = 0; d < draws; d++) {
          const x = (head[row + d] as number) * f * (m[fm + d] as number);
          fteDraws[row + d] = x;
          if (x < lo) lo = x;
          if (x > hi) hi = x;
        }
        fteRange[2 * t] = lo;
        fteRange[2 * t + 1] = hi;
      }
    }
    for (let t = 0; t < width; t++) {
      const lo = headRange[2 * t] as number;
      const hi = headRange[2 * t + 1] as number;
      quantilesWithin(head, t * draws, draws, lo, hi, probs, qv, scratch);
      for (let q = 0; q < nq; q++) {
        const at = ((order[q] as number) * cells + c) * width + t;
        headcount[at] = qv[q] as number;
        if (!fteVaried) fte[at] = (qv[q] as number) * f;
      }
      if (fteVaried) {
        const flo = fteRange[2 * t] as number;
        const fhi = fteRange[2 * t + 1] as number;
        quantilesWithin(fteDraws, t * draws, draws, flo, fhi, probs, qv, scratch);
        for (let q = 0; q < nq; q++) fte[((order[q] as number) * cells + c) * width + t] = qv[q] as number;
      }
    }
    let clampedDraws = 0;
    for (let d = 0; d < draws; d++) clampedDraws += flags[d] as number;
    clampedShare[c] = clampedDraws / draws;
    onProgress?.(c + 1, cells);
  }
  return { cells, years, quantiles: [...quantiles], headcount, fte, clampedShare };
}
