import type {
  CadreInputs,
  InputSource,
  NoteCode,
  Parameter,
  PlanningCadre,
  PlanningNote,
  ResolvedParameter,
  StartingInputs,
} from '../schemas.ts';
import {
  FLOW_WINDOW,
  MAX_DERIVED_GROWTH,
  MIN_TREND_YEARS,
  PARAMETER_DEFAULTS,
  STOCK_WINDOW_AFTER,
  STOCK_WINDOW_BEFORE,
  YEARS_ABROAD,
} from './defaults.ts';

/** A current value of the data core: all sexes and ages. */
export interface PlanningPoint {
  readonly measure: string;
  readonly area: string;
  readonly year: number;
  readonly occupation: string;
  readonly partner: string;
  readonly value: number;
  readonly dataset: string;
  readonly file: string | null;
  readonly row: number | null;
}

const note = (code: NoteCode, params: PlanningNote['params'] = {}): PlanningNote => ({ code, params });

function source(p: PlanningPoint): InputSource {
  return {
    measure: p.measure,
    year: p.year,
    value: p.value,
    dataset: p.dataset,
    file: p.file,
    row: p.row,
    ...(p.partner !== '_Z' ? { partner: p.partner } : {}),
  };
}

/**
 * One series from one dataset, so that a trend is never taken across datasets: the first of `preferred` that has
 * values, else the dataset with the most years (then the first in alphabetical order).
 */
function byYear(
  points: readonly PlanningPoint[],
  preferred: readonly string[] = [],
): Map<number, PlanningPoint> {
  const byDataset = new Map<string, PlanningPoint[]>();
  for (const p of points) {
    const list = byDataset.get(p.dataset) ?? [];
    list.push(p);
    byDataset.set(p.dataset, list);
  }
  const rank = (d: string) => {
    const i = preferred.indexOf(d);
    return i < 0 ? preferred.length : i;
  };
  const [chosen] = [...byDataset.entries()].sort(
    ([a, pa], [b, pb]) => rank(a) - rank(b) || pb.length - pa.length || a.localeCompare(b),
  );
  return new Map((chosen?.[1] ?? []).map((p) => [p.year, p]));
}

/** The year nearest the base: the latest at or before it within the window, else the earliest after it. */
function nearestYear(years: Iterable<number>, base: number): number | null {
  let before: number | null = null;
  let after: number | null = null;
  for (const y of years) {
    if (y <= base && y >= base - STOCK_WINDOW_BEFORE && (before === null || y > before)) before = y;
    if (y > base && y <= base + STOCK_WINDOW_AFTER && (after === null || y < after)) after = y;
  }
  return before ?? after;
}

const fallback = (parameter: keyof typeof PARAMETER_DEFAULTS): ResolvedParameter => ({
  value: PARAMETER_DEFAULTS[parameter].value,
  basis: 'default',
  year: null,
  sources: [],
  note: note(PARAMETER_DEFAULTS[parameter].note),
});

interface Series {
  stock: Map<number, PlanningPoint>;
  density: Map<number, PlanningPoint>;
  population: Map<number, PlanningPoint>;
}

/** Headcounts by year: counted stocks, and densities × population where no count exists. */
function stockSeries(s: Series): Map<number, { value: number; sources: InputSource[]; derived: boolean }> {
  const out = new Map<number, { value: number; sources: InputSource[]; derived: boolean }>();
  for (const [y, d] of s.density) {
    const pop = s.population.get(y);
    if (pop)
      out.set(y, { value: (d.value * pop.value) / 1e4, sources: [source(d), source(pop)], derived: true });
  }
  for (const [y, p] of s.stock) out.set(y, { value: p.value, sources: [source(p)], derived: false });
  return out;
}

/** The mean of a flow over its observed years within FLOW_WINDOW before the base (or the nearest year after). */
function flowMean(
  points: Map<number, PlanningPoint>,
  base: number,
): { value: number; points: PlanningPoint[] } | null {
  const inWindow = [...points.values()].filter((p) => p.year <= base && p.year > base - FLOW_WINDOW);
  const chosen =
    inWindow.length > 0
      ? inWindow
      : [...points.values()].filter((p) => p.year > base && p.year <= base + STOCK_WINDOW_AFTER).slice(0, 1);
  if (chosen.length === 0) return null;
  chosen.sort((a, b) => a.year - b.year);
  return { value: chosen.reduce((s, p) => s + p.value, 0) / chosen.length, points: chosen };
}

function exitRateWithoutEmigration(): number {
  return (
    PARAMETER_DEFAULTS.retirementRate.value +
    PARAMETER_DEFAULTS.deathRate.value +
    PARAMETER_DEFAULTS.otherExitRate.value
  );
}

/**
 * Emigration as a yearly rate of the home stock, from the stocks destinations report of workers trained in (or born
 * in) the area: arrivals keep up the stock abroad (stock ÷ YEARS_ABROAD a year) and add its growth where two years
 * are reported.
 */
function emigrationFromAbroad(
  abroad: readonly PlanningPoint[],
  homeStock: number,
  base: number,
): ResolvedParameter | null {
  const byDestination = new Map<string, PlanningPoint[]>();
  for (const p of abroad) {
    if (p.year > base + STOCK_WINDOW_AFTER || p.year < base - STOCK_WINDOW_BEFORE) continue;
    const list = byDestination.get(p.area) ?? [];
    list.push(p);
    byDestination.set(p.area, list);
  }
  if (byDestination.size === 0 || homeStock <= 0) return null;
  let arrivals = 0;
  let total = 0;
  const sources: InputSource[] = [];
  let latestYear = 0;
  for (const list of byDestination.values()) {
    const years = byYear(list);
    const y = nearestYear(years.keys(), base);
    if (y === null) continue;
    const last = years.get(y) as PlanningPoint;
    total += last.value;
    latestYear = Math.max(latestYear, y);
    sources.push(source(last));
    const earlier = [...years.values()]
      .filter((p) => p.year <= y - MIN_TREND_YEARS)
      .sort((a, b) => b.year - a.year)[0];
    const growth = earlier ? Math.max(0, (last.value - earlier.value) / (last.year - earlier.year)) : 0;
    if (earlier) sources.push(source(earlier));
    arrivals += last.value / YEARS_ABROAD + growth;
  }
  if (sources.length === 0) return null;
  return {
    value: Math.min(1, arrivals / homeStock),
    basis: 'derived',
    year: latestYear,
    sources,
    note: note('emigration-from-abroad', {
      destinations: byDestination.size,
      abroad: Math.round(total),
      years: YEARS_ABROAD,
      arrivals: Math.round(arrivals),
    }),
  };
}

function resolveCadre(
  preferred: readonly string[],
  cadre: PlanningCadre,
  base: number,
  mine: readonly PlanningPoint[],
  abroad: readonly PlanningPoint[],
  population: Map<number, PlanningPoint>,
): CadreInputs {
  const of = (measure: string) =>
    byYear(
      mine.filter((p) => p.measure === measure && p.occupation === cadre),
      preferred,
    );
  const stocks = stockSeries({ stock: of('stock'), density: of('density'), population });
  const stockYear = nearestYear(stocks.keys(), base);
  const chosen = stockYear === null ? null : stocks.get(stockYear);
  const stock: ResolvedParameter = chosen
    ? {
        value: chosen.value,
        basis: chosen.derived ? 'derived' : 'data',
        year: stockYear,
        sources: chosen.sources,
        note: note(
          chosen.derived
            ? 'stock-from-density'
            : stockYear === base
              ? 'stock-of-base-year'
              : 'stock-of-other-year',
          { year: stockYear as number, base },
        ),
      }
    : { value: null, basis: 'default', year: null, sources: [], note: note('no-stock', { base }) };
  const S = stock.value ?? 0;

  const immigrationFlow = flowMean(of('inflow'), base);
  const immigration: ResolvedParameter = immigrationFlow
    ? {
        value: immigrationFlow.value,
        basis: 'data',
        year: immigrationFlow.points.at(-1)?.year ?? null,
        sources: immigrationFlow.points.map(source),
        note: note('mean-of-years', { years: immigrationFlow.points.length }),
      }
    : fallback('immigration');

  const outflow = flowMean(of('outflow'), base);
  const emigrationRate: ResolvedParameter =
    outflow && S > 0
      ? {
          value: Math.min(1, outflow.value / S),
          basis: 'derived',
          year: outflow.points.at(-1)?.year ?? null,
          sources: outflow.points.map(source),
          note: note('emigration-from-outflow', { outflow: Math.round(outflow.value) }),
        }
      : (emigrationFromAbroad(
          abroad.filter((p) => p.occupation === cadre),
          S,
          base,
        ) ?? fallback('emigrationRate'));

  const graduatesFlow = flowMean(of('graduates'), base);
  let graduates: ResolvedParameter;
  if (graduatesFlow) {
    graduates = {
      value: graduatesFlow.value,
      basis: 'data',
      year: graduatesFlow.points.at(-1)?.year ?? null,
      sources: graduatesFlow.points.map(source),
      note: note('mean-of-years', { years: graduatesFlow.points.length }),
    };
  } else if (chosen && stockYear !== null) {
    // Graduates that, with the default exits and the emigration and immigration found, reproduce the stock's growth.
    const earlier = [...stocks.entries()]
      .filter(([y]) => y <= stockYear - MIN_TREND_YEARS && y >= stockYear - STOCK_WINDOW_BEFORE)
      .sort((a, b) => a[0] - b[0])[0];
    const exits = exitRateWithoutEmigration() + (emigrationRate.value ?? 0);
    const observed = earlier ? (S / earlier[1].value) ** (1 / (stockYear - earlier[0])) - 1 : 0;
    const growth = Math.min(observed, MAX_DERIVED_GROWTH);
    const entrants = Math.max(0, S * (growth + exits) - (immigration.value ?? 0));
    graduates = {
      value: entrants / PARAMETER_DEFAULTS.entryRate.value,
      basis: 'derived',
      year: stockYear,
      sources: earlier ? [...earlier[1].sources, ...chosen.sources] : chosen.sources,
      note: earlier
        ? note(observed > MAX_DERIVED_GROWTH ? 'graduates-from-growth-capped' : 'graduates-from-growth', {
            from: earlier[0],
            to: stockYear,
            growth: Math.round(observed * 10_000) / 100,
            ...(observed > MAX_DERIVED_GROWTH ? { cap: MAX_DERIVED_GROWTH * 100 } : {}),
          })
        : note('graduates-replacing-exits', {}),
    };
  } else {
    graduates = { value: null, basis: 'default', year: null, sources: [], note: note('no-stock', { base }) };
  }

  const parameters: Record<Parameter, ResolvedParameter> = {
    stock,
    graduates,
    entryRate: fallback('entryRate'),
    immigration,
    returns: fallback('returns'),
    retirementRate: fallback('retirementRate'),
    deathRate: fallback('deathRate'),
    emigrationRate,
    otherExitRate: fallback('otherExitRate'),
    fteRatio: fallback('fteRatio'),
  };
  return { cadre, parameters };
}

/**
 * The starting inputs of a projection of `area` from `base`: for each cadre every parameter with its value, its
 * basis (data, derived from data, default) and its sources, and the area's population series. `points` holds the
 * area's values and the values destinations report with the area as partner (its workers abroad). Each series is
 * read from one dataset: the first of `preferred` that has it, else the one with the most years.
 */
export function resolveStartingInputs(
  area: string,
  base: number,
  cadres: readonly PlanningCadre[],
  points: readonly PlanningPoint[],
  preferred: readonly string[] = [],
): StartingInputs {
  const mine = points.filter((p) => p.area === area && p.partner === '_Z');
  const abroad = points.filter(
    (p) =>
      p.partner === area &&
      p.area !== area &&
      (p.measure === 'foreign-trained-stock' || p.measure === 'foreign-born-stock'),
  );
  // Training is the better count of emigrants; birth counts only for destinations that report no training.
  const trained = new Set(
    abroad.filter((p) => p.measure === 'foreign-trained-stock').map((p) => `${p.area}|${p.occupation}`),
  );
  const emigrants = abroad.filter(
    (p) => p.measure === 'foreign-trained-stock' || !trained.has(`${p.area}|${p.occupation}`),
  );
  const population = byYear(
    mine.filter((p) => p.measure === 'population'),
    preferred,
  );
  const years = [...population.keys()].sort((a, b) => a - b);
  return {
    area,
    baseYear: base,
    cadres: cadres.map((c) => resolveCadre(preferred, c, base, mine, emigrants, population)),
    population: {
      years,
      values: years.map((y) => (population.get(y) as PlanningPoint).value),
      sources: years.map((y) => source(population.get(y) as PlanningPoint)),
    },
  };
}
