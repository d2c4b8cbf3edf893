import {
  BAND_QUANTILES,
  type CadreInputs,
  type CadreProjection,
  type Parameter,
  PLANNING_CADRES,
  type PlanningCadre,
  type Projection,
  type ResolvedParameter,
  type ScenarioSpec,
  type StartingInputs,
  THRESHOLD_CADRES,
} from '../schemas.ts';
import { closingYear, gapPath } from './gap.ts';
import { applyLevers } from './levers.ts';
import type { Levers, SupplyInputs, Uncertainty } from './model.ts';
import { monteCarlo } from './montecarlo.ts';
import { extrapolatePopulation, needByServiceTargets, needByThreshold } from './need.ts';
import { projectSupply } from './supply.ts';

/** The staff a WISN study requires per planning cadre, as the need of the study's facilities in the base year. */
export type WisnNeed = ReadonlyMap<PlanningCadre, number>;

/** The starting inputs with the values the scenario sets in their place, marked as the user's. */
export function withUserInputs(starting: StartingInputs, spec: ScenarioSpec): CadreInputs[] {
  return starting.cadres.map((c) => {
    const set = spec.inputs[c.cadre] ?? {};
    const parameters = { ...c.parameters };
    for (const [name, value] of Object.entries(set) as [Parameter, number | undefined][]) {
      if (value === undefined) continue;
      const was = c.parameters[name];
      parameters[name] = {
        value,
        basis: 'user',
        year: null,
        sources: [],
        note: { code: 'set-by-user', params: was.value === null ? {} : { was: was.value } },
      } satisfies ResolvedParameter;
    }
    return { cadre: c.cadre, parameters };
  });
}

function leversOf(spec: ScenarioSpec): Levers {
  return Object.fromEntries(Object.entries(spec.levers).filter(([, v]) => v !== undefined)) as Levers;
}

/** A stable key per area and cadre, so that a cell keeps its random draws whatever else a run holds. */
export function cellKey(area: string, cadre: PlanningCadre): number {
  let h = 2166136261;
  for (const ch of `${area}|${cadre}`) h = Math.imul(h ^ (ch.codePointAt(0) as number), 16777619);
  return h >>> 0;
}

const toArray = (a: Float64Array | undefined): number[] => (a ? Array.from(a) : []);

/**
 * The projection of a scenario: each cadre's supply (headcount and FTE, with Monte Carlo bands of FTE), its need
 * (service targets, else a WISN study, else a ratio per 10 000), the gap and the year it closes; and the threshold of
 * doctors, nurses and midwives per 10 000 against their summed supply.
 */
export function projectScenario(
  starting: StartingInputs,
  spec: ScenarioSpec,
  wisn: WisnNeed = new Map(),
  onProgress?: (done: number, total: number) => void,
): Omit<Projection, 'provenance'> {
  const H = spec.horizon;
  const years = Array.from({ length: H + 1 }, (_, t) => spec.baseYear + t);
  const inputs = withUserInputs(starting, spec);
  const projectable = inputs.filter(
    (c) => c.parameters.stock.value !== null && c.parameters.graduates.value !== null,
  );
  const n = projectable.length;
  const v = (c: CadreInputs, p: Parameter) => c.parameters[p].value ?? 0;
  const perCell = (p: Parameter) => Float64Array.from(projectable, (c) => v(c, p));
  const perYear = (p: Parameter) => {
    const out = new Float64Array(n * H);
    projectable.forEach((c, i) => {
      out.fill(v(c, p), i * H, (i + 1) * H);
    });
    return out;
  };
  const supplyInputs: SupplyInputs = {
    cells: n,
    years: H,
    stock: perCell('stock'),
    graduates: perYear('graduates'),
    entryRate: perCell('entryRate'),
    immigration: perYear('immigration'),
    immigrationRate: new Float64Array(n),
    returns: perYear('returns'),
    retirementRate: perCell('retirementRate'),
    deathRate: perCell('deathRate'),
    emigrationRate: perCell('emigrationRate'),
    otherExitRate: perCell('otherExitRate'),
    fteRatio: perCell('fteRatio'),
  };
  const scenario = applyLevers(supplyInputs, leversOf(spec));
  const path = projectSupply(scenario);
  const { draws, seed, spreads } = spec.uncertainty;
  const mc =
    draws > 0 && n > 0
      ? monteCarlo(
          scenario,
          spreads as Uncertainty,
          {
            draws,
            seed,
            quantiles: BAND_QUANTILES,
            cellKeys: projectable.map((c) => cellKey(spec.area, c.cadre)),
          },
          onProgress,
        )
      : null;
  const W = H + 1;
  const band = (cell: number) =>
    mc
      ? {
          low: toArray(mc.fte.subarray((0 * n + cell) * W, (0 * n + cell + 1) * W)),
          median: toArray(mc.fte.subarray((1 * n + cell) * W, (1 * n + cell + 1) * W)),
          high: toArray(mc.fte.subarray((2 * n + cell) * W, (2 * n + cell + 1) * W)),
        }
      : null;

  const popSeries = starting.population;
  const population =
    popSeries.years.length > 0
      ? {
          ...extrapolatePopulation(popSeries.years, popSeries.values, spec.baseYear, H),
          sources: popSeries.sources,
        }
      : null;
  const growth = population
    ? Float64Array.from(population.values, (p) => p / (population.values[0] as number))
    : new Float64Array(W).fill(1);

  const needOf = (
    cadre: PlanningCadre,
  ): { need: Float64Array; method: CadreProjection['needMethod'] } | null => {
    const services = spec.need.services.find((s) => s.cadre === cadre);
    if (services && population) {
      return {
        need: needByServiceTargets({
          population: population.values,
          services: services.targets,
          availableMinutesPerFte: services.availableHoursPerFte * 60,
        }),
        method: 'services',
      };
    }
    const required = wisn.get(cadre);
    if (required !== undefined) {
      return { need: growth.map((g) => required * spec.need.wisnScale * g), method: 'wisn' };
    }
    const ratio = spec.need.ratios[cadre];
    if (ratio !== undefined && population) {
      return { need: needByThreshold(population.values, ratio), method: 'ratio' };
    }
    return null;
  };

  const fteOf = (cell: number) => path.fte.subarray(cell * W, (cell + 1) * W);
  const cadres: CadreProjection[] = inputs.map((c) => {
    const cell = projectable.indexOf(c);
    if (cell < 0) {
      return {
        cadre: c.cadre,
        projected: false,
        reason: { code: 'no-stock', params: { base: spec.baseYear } },
        inputs: c,
        headcount: [],
        fte: [],
        bands: null,
        clamped: false,
        need: null,
        needMethod: null,
        gap: null,
        closingYear: null,
      };
    }
    const need = needOf(c.cadre);
    const gap = need ? gapPath(need.need, fteOf(cell)) : null;
    return {
      cadre: c.cadre,
      projected: true,
      reason: null,
      inputs: c,
      headcount: toArray(path.headcount.subarray(cell * W, (cell + 1) * W)),
      fte: toArray(fteOf(cell)),
      bands: band(cell),
      clamped: path.clamped[cell] === 1,
      need: need ? toArray(need.need) : null,
      needMethod: need?.method ?? null,
      gap: gap ? toArray(gap) : null,
      closingYear: gap ? closingYear(gap, spec.baseYear) : null,
    };
  });

  let threshold: Projection['threshold'] = null;
  const perTenThousand = spec.need.threshold;
  if (perTenThousand !== null && population) {
    const counted = cadres.filter(
      (c) => c.projected && (THRESHOLD_CADRES as readonly string[]).includes(c.cadre),
    );
    const missing = THRESHOLD_CADRES.filter((t) => !counted.some((c) => c.cadre === t));
    if (counted.length > 0) {
      const sum = (pick: (c: CadreProjection) => readonly number[]) =>
        years.map((_, t) => counted.reduce((s, c) => s + (pick(c)[t] ?? 0), 0));
      const supply = sum((c) => c.fte);
      const need = needByThreshold(population.values, perTenThousand);
      const gap = gapPath(need, Float64Array.from(supply));
      threshold = {
        perTenThousand,
        cadres: counted.map((c) => c.cadre),
        missing: [...missing],
        supply,
        // The cadres' quantiles added: the band if their uncertainties move together, wider than if independent.
        bands: counted.every((c) => c.bands)
          ? {
              low: sum((c) => c.bands?.low ?? []),
              median: sum((c) => c.bands?.median ?? []),
              high: sum((c) => c.bands?.high ?? []),
            }
          : null,
        need: toArray(need),
        gap: toArray(gap),
        closingYear: closingYear(gap, spec.baseYear),
      };
    }
  }

  return {
    area: spec.area,
    baseYear: spec.baseYear,
    horizon: H,
    years,
    population: population
      ? {
          values: toArray(population.values),
          method: population.method,
          extrapolated: population.extrapolated,
          sources: population.sources,
        }
      : null,
    cadres: cadres.sort((a, b) => PLANNING_CADRES.indexOf(a.cadre) - PLANNING_CADRES.indexOf(b.cadre)),
    threshold,
  };
}
