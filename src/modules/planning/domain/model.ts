/**
 * The stock-and-flow supply model over many cells at once (a cell is an area × cadre, optionally × sex × age group).
 * Per-cell values are arrays of length `cells`; per-year values are row-major `cells × years`, where index
 * `cell * years + t` is the flow from year `base + t` to `base + t + 1`. Paths are `cells × (years + 1)`, index
 * `cell * (years + 1) + t` being the value in year `base + t`.
 */
export interface SupplyInputs {
  readonly cells: number;
  readonly years: number;
  /** Headcount in the base year. */
  readonly stock: Float64Array;
  /** Domestic graduates per year (cells × years). */
  readonly graduates: Float64Array;
  /** Share of graduates who enter the workforce (0–1). */
  readonly entryRate: Float64Array;
  /** Immigrants or newly registered foreign-trained workers per year, as counts (cells × years). */
  readonly immigration: Float64Array;
  /** Immigration as a yearly rate of the stock, added to the counts. */
  readonly immigrationRate: Float64Array;
  /** Returners and re-entries per year, as counts (cells × years). */
  readonly returns: Float64Array;
  /**
   * Yearly exit rates, each a share of the stock at the start of the year. This and the other rates (entryRate,
   * immigrationRate) are per cell (length `cells`) or per cell and year (length `cells × years`).
   */
  readonly retirementRate: Float64Array;
  readonly deathRate: Float64Array;
  readonly emigrationRate: Float64Array;
  readonly otherExitRate: Float64Array;
  /** Full-time equivalents per head (0–1.5). */
  readonly fteRatio: Float64Array;
}

/** Supply inputs with the terms only scenarios set. */
export interface ScenarioInputs extends SupplyInputs {
  /** Most emigrants per year (cells × years), counts; NaN is no cap. */
  readonly emigrationCap?: Float64Array;
}

export interface SupplyPath {
  readonly cells: number;
  readonly years: number;
  /** cells × (years + 1) */
  readonly headcount: Float64Array;
  /** cells × (years + 1) */
  readonly fte: Float64Array;
  /** Per cell: 1 where exits exceeded the stock and the path was held at zero. */
  readonly clamped: Uint8Array;
}

/** The parameters Monte Carlo may vary, each by a multiplier drawn once per cell and draw. */
export const UNCERTAIN_PARAMETERS = [
  'graduates',
  'entryRate',
  'immigration',
  'returns',
  'retirementRate',
  'deathRate',
  'emigrationRate',
  'otherExitRate',
  'fteRatio',
] as const;
export type UncertainParameter = (typeof UNCERTAIN_PARAMETERS)[number];

/**
 * How a parameter varies: a mean-preserving log-normal multiplier with coefficient of variation `cv` (as PACE-HRH),
 * or a multiplier drawn uniformly between `low` and `high` (a range the user gives, e.g. 0.8–1.2).
 */
export type Spread =
  | { readonly kind: 'lognormal'; readonly cv: number }
  | { readonly kind: 'range'; readonly low: number; readonly high: number };

export type Uncertainty = Partial<Record<UncertainParameter, Spread>>;

export interface MonteCarloOptions {
  readonly draws: number;
  readonly seed: number;
  /** Quantiles to report, e.g. [0.05, 0.5, 0.95]. */
  readonly quantiles: readonly number[];
  /**
   * Per cell, the key (an integer 0…2³²−1) that with the seed starts the cell's random stream; the cell's index
   * unless given. Stable keys (e.g. from area and cadre) keep a cell's draws when the run holds other cells.
   */
  readonly cellKeys?: ArrayLike<number>;
}

export interface MonteCarloResult {
  readonly cells: number;
  readonly years: number;
  readonly quantiles: readonly number[];
  /** quantiles.length × cells × (years + 1): index `(q * cells + cell) * (years + 1) + t`. */
  readonly headcount: Float64Array;
  readonly fte: Float64Array;
  /** Per cell, the share of draws held at zero somewhere on the path. */
  readonly clampedShare: Float64Array;
}

/**
 * Scenario levers, each mapping onto one term of the model. Per-year values are given for years 0…H−1 and the last
 * value holds after; a single number holds for all years. Absent levers leave the baseline unchanged.
 */
export interface Levers {
  /** Multiplier on graduates (training intake scale-up), e.g. [1, 1.1, 1.2, 1.3]. */
  readonly trainingScale?: number | readonly number[];
  /** Share by which retention measures cut other exits and emigration (0–1). */
  readonly retention?: number;
  /** Relative change of the emigration rate (−0.5 halves it, 0.2 raises it by a fifth), applied after retention. */
  readonly emigrationChange?: number;
  /** Cap on emigrants per year (a destination's recruitment cap), counts. */
  readonly emigrationCap?: number | readonly number[];
  /** Extra immigrants per year through agreements, counts. */
  readonly immigrationExtra?: number | readonly number[];
  /** Relative change of the FTE ratio (0.05 = five per cent more hours). */
  readonly fteChange?: number;
  /** Years by which the retirement age moves (positive is later); scales the retirement rate by working life. */
  readonly retirementAgeShift?: number;
}

/**
 * The age-structured (cohort-component) supply model. Age groups are `[ageStarts[g], ageStarts[g + 1])`, the last
 * one ending at `retirementAge`; a group of width w passes 1/w of its remaining members to the next group each year
 * (single years: everyone moves up one year). Members of the last group who age past `retirementAge` retire.
 * Without a retirement age the last group is open and left only by the exit rates.
 */
export interface CohortInputs {
  readonly cells: number;
  readonly years: number;
  /** Lower bounds of the age groups in years, ascending. */
  readonly ageStarts: readonly number[];
  readonly retirementAge?: number;
  /** Headcount by age group in the base year (cells × groups). */
  readonly stock: Float64Array;
  /** Yearly exit rate by age group other than retirement (death, emigration, other exits), 0–1 (cells × groups). */
  readonly exitRate: Float64Array;
  /** Workers joining each age group during each year (cells × groups × years), index `(cell * groups + g) * years + t`. */
  readonly entrants: Float64Array;
  /** Full-time equivalents per head, per cell (length `cells`) or per cell and age group (cells × groups). */
  readonly fteRatio: Float64Array;
}

export interface CohortPath {
  readonly cells: number;
  readonly years: number;
  readonly groups: number;
  /** Headcount by age group, cells × groups × (years + 1): index `(cell * groups + g) * (years + 1) + t`. */
  readonly byAge: Float64Array;
  /** cells × (years + 1) */
  readonly headcount: Float64Array;
  /** cells × (years + 1) */
  readonly fte: Float64Array;
  /** Retirements during each year (cells × years). */
  readonly retirements: Float64Array;
}
