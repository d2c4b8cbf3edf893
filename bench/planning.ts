/**
 * Cost of the planning Monte Carlo at the size of issue 15: 194 countries × 5 cadres = 970 cells, 20 years,
 * 1,000 draws, quantiles 0.05 / 0.5 / 0.95, six uncertain parameters (four log-normal, two ranges). Inputs are
 * deterministic pseudo-random with plausible magnitudes (stocks 200–500,000, graduates 3–7 % of the stock growing
 * 1 % a year, exits 3–9 % a year). Beside it, the same draws and yearly steps as one plain loop with no selection
 * of quantiles (the floor any implementation pays), measured in the same run.
 * Usage: node --import tsx --expose-gc bench/planning.ts [--runs 5]
 */
import { parseArgs } from 'node:util';
import { uniformFloat32 } from 'pure-rand/distribution/uniformFloat32';
import { mersenne } from 'pure-rand/generator/mersenne';
import {
  cellSeed,
  lognormalParameters,
  monteCarlo,
  type SupplyInputs,
  type Uncertainty,
} from '../src/modules/planning/domain/index.ts';
import { prng } from '../test/prng.ts';
import { measure as measureRuns } from './measure.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Math.max(1, Number(values.runs));
const COUNTRIES = 194;
const CADRES = 5;
const CELLS = COUNTRIES * CADRES;
const YEARS = 20;
const DRAWS = 1_000;
const SEED = 12_345;
const QUANTILES = [0.05, 0.5, 0.95];
const TARGET_MS = 1_000;

function generate(): SupplyInputs {
  const rand = prng(20_260_015);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const perCell = (f: () => number) => Float64Array.from({ length: CELLS }, f);
  const stock = perCell(() => Math.round(200 * 2500 ** rand()));
  const graduates = new Float64Array(CELLS * YEARS);
  const immigration = new Float64Array(CELLS * YEARS);
  const returns = new Float64Array(CELLS * YEARS);
  for (let c = 0; c < CELLS; c++) {
    const s = stock[c] as number;
    const g = s * between(0.03, 0.07);
    const i = s * between(0, 0.03);
    for (let t = 0; t < YEARS; t++) {
      graduates[c * YEARS + t] = g * 1.01 ** t;
      immigration[c * YEARS + t] = i;
      returns[c * YEARS + t] = s * 0.005;
    }
  }
  return {
    cells: CELLS,
    years: YEARS,
    stock,
    graduates,
    entryRate: perCell(() => between(0.8, 0.95)),
    immigration,
    immigrationRate: new Float64Array(CELLS),
    returns,
    retirementRate: perCell(() => between(0.015, 0.035)),
    deathRate: perCell(() => between(0.001, 0.003)),
    emigrationRate: perCell(() => between(0.005, 0.04)),
    otherExitRate: perCell(() => between(0.01, 0.02)),
    fteRatio: perCell(() => between(0.85, 0.95)),
  };
}

const UNCERTAINTY: Uncertainty = {
  graduates: { kind: 'lognormal', cv: 0.1 },
  entryRate: { kind: 'range', low: 0.9, high: 1.05 },
  retirementRate: { kind: 'lognormal', cv: 0.15 },
  emigrationRate: { kind: 'lognormal', cv: 0.3 },
  otherExitRate: { kind: 'lognormal', cv: 0.2 },
  fteRatio: { kind: 'range', low: 0.95, high: 1.05 },
};

/**
 * The same draws (same streams, same order) and yearly steps, inlined, headcount and FTE kept year-major: the
 * work any implementation does before selecting quantiles.
 */
function plainLoop(x: SupplyInputs): number {
  const lognormal = [
    lognormalParameters(0.1),
    lognormalParameters(0.15),
    lognormalParameters(0.3),
    lognormalParameters(0.2),
  ];
  const width = YEARS + 1;
  const head = new Float64Array(width * DRAWS);
  const fte = new Float64Array(width * DRAWS);
  // Multipliers in the order monteCarlo draws them: graduates, entry rate, retirement, emigration, other exits, FTE.
  const mult = new Float64Array(6 * DRAWS);
  let check = 0;
  for (let c = 0; c < CELLS; c++) {
    const rng = mersenne(cellSeed(SEED, c));
    for (let k = 0; k < 6; k++) {
      const row = k * DRAWS;
      if (k === 1 || k === 5) {
        const [lo, span] = k === 1 ? [0.9, 0.15] : [0.95, 0.1];
        for (let d = 0; d < DRAWS; d++) mult[row + d] = lo + span * uniformFloat32(rng);
        continue;
      }
      const { meanlog, sdlog } = lognormal[k === 0 ? 0 : k - 1] as { meanlog: number; sdlog: number };
      for (let d = 0; d < DRAWS; d += 2) {
        let u: number;
        let v: number;
        let s: number;
        do {
          u = 2 * uniformFloat32(rng) - 1;
          v = 2 * uniformFloat32(rng) - 1;
          s = u * u + v * v;
        } while (s >= 1 || s === 0);
        const f = sdlog * Math.sqrt((-2 * Math.log(s)) / s);
        mult[row + d] = Math.exp(meanlog + u * f);
        if (d + 1 < DRAWS) mult[row + d + 1] = Math.exp(meanlog + v * f);
      }
    }
    const s0 = x.stock[c] as number;
    const entry = x.entryRate[c] as number;
    const [ret, death, emig, other] = [
      x.retirementRate[c],
      x.deathRate[c],
      x.emigrationRate[c],
      x.otherExitRate[c],
    ] as [number, number, number, number];
    head.fill(s0, 0, DRAWS);
    for (let t = 0; t < YEARS; t++) {
      const i = c * YEARS + t;
      const g = (x.graduates[i] as number) * entry;
      const inflow = (x.immigration[i] as number) + (x.returns[i] as number);
      for (let d = 0; d < DRAWS; d++) {
        const s = head[t * DRAWS + d] as number;
        const next =
          s +
          g * (mult[d] as number) * (mult[DRAWS + d] as number) +
          inflow -
          s *
            (ret * (mult[2 * DRAWS + d] as number) +
              death +
              emig * (mult[3 * DRAWS + d] as number) +
              other * (mult[4 * DRAWS + d] as number));
        head[(t + 1) * DRAWS + d] = Math.max(0, next);
      }
    }
    const f = x.fteRatio[c] as number;
    for (let t = 0; t < width; t++) {
      for (let d = 0; d < DRAWS; d++)
        fte[t * DRAWS + d] = (head[t * DRAWS + d] as number) * f * (mult[5 * DRAWS + d] as number);
    }
    check += (head[YEARS * DRAWS] as number) + (fte[YEARS * DRAWS] as number);
  }
  return check;
}

const measure = <T>(run: () => T) => measureRuns(run, RUNS);

const inputs = generate();
let progressCalls = 0;
const engine = measure(() =>
  monteCarlo(inputs, UNCERTAINTY, { draws: DRAWS, seed: SEED, quantiles: QUANTILES }, () => {
    progressCalls++;
  }),
);
const plain = measure(() => plainLoop(inputs));

const f1 = (x: number) => x.toFixed(1);
const out: string[] = [];
out.push(
  `${COUNTRIES} countries × ${CADRES} cadres = ${CELLS} cells, ${YEARS} years, ${DRAWS} draws, quantiles ${QUANTILES.join(' / ')}, ${Object.keys(UNCERTAINTY).length} uncertain parameters`,
);
out.push(
  `runs: ${RUNS} after a warm-up; median and fastest time; heap and ArrayBuffer growth = largest over one run`,
);
out.push('');
out.push(
  'what                          median ms   min ms  heap Δ MB  ArrayBuffer Δ MB  RSS before / peak MB',
);
for (const [name, m] of [
  ['monteCarlo', engine],
  ['plain loop (no quantiles)', plain],
] as const) {
  out.push(
    `${name.padEnd(28)} ${f1(m.medianMs).padStart(10)} ${f1(m.minMs).padStart(8)} ${f1(m.heapDeltaMb).padStart(10)} ${f1(m.externalDeltaMb).padStart(17)}  ${f1(m.rssBeforeMb).padStart(7)} / ${f1(m.rssPeakMb)}`,
  );
}
out.push('');
out.push(`monteCarlo / plain loop = ${(engine.medianMs / plain.medianMs).toFixed(2)}`);
out.push(
  `target (issue 15): < ${TARGET_MS} ms — ${engine.medianMs < TARGET_MS ? 'met' : 'NOT met'} (median ${f1(engine.medianMs)} ms)`,
);
out.push(
  `peak RSS of the process: ${f1(process.resourceUsage().maxRSS / 1024)} MB; progress calls per run: ${progressCalls / (RUNS + 1)}`,
);
process.stdout.write(`${out.join('\n')}\n`);
