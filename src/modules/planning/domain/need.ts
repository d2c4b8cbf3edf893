/** Workers needed at a density threshold, e.g. 44.5 doctors, nurses and midwives per 10 000 population. */
export function needByThreshold(population: Float64Array, perTenThousand: number): Float64Array {
  if (!(Number.isFinite(perTenThousand) && perTenThousand >= 0)) {
    throw new RangeError(`perTenThousand must be non-negative, got ${perTenThousand}`);
  }
  return population.map((p) => (p * perTenThousand) / 10_000);
}

/** Workers needed at one worker per `populationPerWorker` people. */
export function needByRatio(population: Float64Array, populationPerWorker: number): Float64Array {
  if (!(Number.isFinite(populationPerWorker) && populationPerWorker > 0)) {
    throw new RangeError(`populationPerWorker must be positive, got ${populationPerWorker}`);
  }
  return population.map((p) => p / populationPerWorker);
}

export interface ServiceTarget {
  /** Share of the applicable population the service is to reach (0–1). */
  readonly coverage: number;
  readonly servicesPerPersonPerYear: number;
  /** Time standard: minutes of the cadre's time per service. */
  readonly minutesPerService: number;
  /** Share of the population the service applies to (e.g. pregnant women, a disease's prevalence); 1 unless given. */
  readonly populationShare?: number;
}

export interface ServiceTargetsInput {
  readonly population: Float64Array;
  readonly services: readonly ServiceTarget[];
  /** Working minutes a full-time worker has for services in a year (available working time). */
  readonly availableMinutesPerFte: number;
}

/**
 * FTE needed to deliver service targets (the needs-based method of Asamani et al. 2021): for each service,
 * population × share × coverage × services per person × minutes per service, summed and divided by the available
 * working minutes of one FTE.
 */
export function needByServiceTargets(input: ServiceTargetsInput): Float64Array {
  const { population, services, availableMinutesPerFte } = input;
  if (!(Number.isFinite(availableMinutesPerFte) && availableMinutesPerFte > 0)) {
    throw new RangeError(`availableMinutesPerFte must be positive, got ${availableMinutesPerFte}`);
  }
  let minutesPerPerson = 0;
  services.forEach((s, i) => {
    const share = s.populationShare ?? 1;
    for (const [name, v] of [
      ['coverage', s.coverage],
      ['servicesPerPersonPerYear', s.servicesPerPersonPerYear],
      ['minutesPerService', s.minutesPerService],
      ['populationShare', share],
    ] as const) {
      if (!(Number.isFinite(v) && v >= 0))
        throw new RangeError(`services[${i}].${name} must be non-negative, got ${v}`);
    }
    minutesPerPerson += share * s.coverage * s.servicesPerPersonPerYear * s.minutesPerService;
  });
  return population.map((p) => (p * minutesPerPerson) / availableMinutesPerFte);
}

export type PopulationMethod = 'series' | 'geometric-trend' | 'constant';

export interface PopulationPath {
  /** Population in years base…base + horizon. */
  readonly values: Float64Array;
  /**
   * `series` when every year comes from the series (log-linear between its points), `geometric-trend` when some
   * years outside it follow the trend of its nearest end, `constant` when the one point is held.
   */
  readonly method: PopulationMethod;
  /** How many of the years lie outside the series and were extrapolated. */
  readonly extrapolated: number;
}

/** The trend is the yearly growth over the last (or first) observations within this many years. */
export const TREND_WINDOW_YEARS = 5;

/**
 * Population for years base…base + horizon from a series of (year, value): the series where it covers the year
 * (geometric interpolation between its points), beyond it the geometric growth of its last observed years (before
 * it, of its first), and a single point held constant.
 */
export function extrapolatePopulation(
  years: readonly number[],
  values: readonly number[],
  base: number,
  horizon: number,
): PopulationPath {
  if (years.length !== values.length) {
    throw new RangeError(
      `years and values must have the same length, got ${years.length} and ${values.length}`,
    );
  }
  if (years.length === 0) throw new RangeError('the population series is empty');
  if (!(Number.isInteger(horizon) && horizon >= 0)) {
    throw new RangeError(`horizon must be a non-negative integer, got ${horizon}`);
  }
  const points = years.map((y, i) => ({ y, v: values[i] as number })).sort((a, b) => a.y - b.y);
  points.forEach((p, i) => {
    if (!Number.isInteger(p.y)) throw new RangeError(`years must be whole years, got ${p.y}`);
    if (!(Number.isFinite(p.v) && p.v > 0))
      throw new RangeError(`population in ${p.y} must be positive, got ${p.v}`);
    if (i > 0 && points[i - 1]?.y === p.y) throw new RangeError(`year ${p.y} is given twice`);
  });
  const first = points[0] as { y: number; v: number };
  const last = points[points.length - 1] as { y: number; v: number };
  const growth = (from: { y: number; v: number }, to: { y: number; v: number }) =>
    (to.v / from.v) ** (1 / (to.y - from.y));
  // Growth at each end: from the observation furthest inside the window (or the neighbour if none is).
  const endGrowth = (end: 'first' | 'last'): number => {
    if (points.length === 1) return 1;
    if (end === 'last') {
      const inside =
        points.find((p) => p.y >= last.y - TREND_WINDOW_YEARS && p !== last) ?? points[points.length - 2];
      return growth(inside as { y: number; v: number }, last);
    }
    const inside =
      [...points].reverse().find((p) => p.y <= first.y + TREND_WINDOW_YEARS && p !== first) ?? points[1];
    return growth(first, inside as { y: number; v: number });
  };
  const gLast = endGrowth('last');
  const gFirst = endGrowth('first');
  const out = new Float64Array(horizon + 1);
  let extrapolated = 0;
  let j = 0;
  for (let t = 0; t <= horizon; t++) {
    const y = base + t;
    if (y > last.y) {
      out[t] = last.v * gLast ** (y - last.y);
      extrapolated++;
    } else if (y < first.y) {
      out[t] = first.v / gFirst ** (first.y - y);
      extrapolated++;
    } else {
      while ((points[j + 1]?.y ?? Number.POSITIVE_INFINITY) <= y) j++;
      const a = points[j] as { y: number; v: number };
      const b = points[j + 1];
      out[t] = a.y === y || b === undefined ? a.v : a.v * growth(a, b) ** (y - a.y);
    }
  }
  const method: PopulationMethod =
    extrapolated === 0 ? 'series' : points.length === 1 ? 'constant' : 'geometric-trend';
  return { values: out, method, extrapolated };
}
