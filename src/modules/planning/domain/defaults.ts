import { DEFAULT_WORKING_LIFE } from './levers.ts';

/**
 * Values of the supply model's parameters that the data core rarely holds, each with its basis (the note code that
 * says it in the reader's language, docs/PLANNING.md gives the reasoning). Every one is editable in a scenario.
 */
export const PARAMETER_DEFAULTS = {
  /** Share of graduates who take up work in the profession in the country. */
  entryRate: { value: 0.9, note: 'default-entry-rate' },
  /** Ages spread evenly over a working life from about 25 to 65: 1/40 retire each year. */
  retirementRate: { value: 1 / DEFAULT_WORKING_LIFE, note: 'default-retirement-rate' },
  /** Deaths at working ages, about one in a thousand a year. */
  deathRate: { value: 0.001, note: 'default-death-rate' },
  /** Leaving the profession for other work or inactivity. */
  otherExitRate: { value: 0.02, note: 'default-other-exit-rate' },
  /** Without emigration data. */
  emigrationRate: { value: 0, note: 'default-emigration-rate' },
  /** Without data on hours: one full-time equivalent per head. */
  fteRatio: { value: 1, note: 'default-fte-ratio' },
  immigration: { value: 0, note: 'default-immigration' },
  returns: { value: 0, note: 'default-returns' },
} as const;

/** A stock is taken from at most this many years before the base year (or, failing that, after it). */
export const STOCK_WINDOW_BEFORE = 10;
export const STOCK_WINDOW_AFTER = 5;
/** Flows (graduates, inflows, outflows) are averaged over the observed years within this window before the base. */
export const FLOW_WINDOW = 5;
/** Two stocks at least this many years apart give the growth from which graduates are derived. */
export const MIN_TREND_YEARS = 3;
/**
 * Years a health worker stays counted in a destination's stock of foreign-trained workers, on average: the stock
 * abroad is kept up by about stock ÷ this many arrivals a year (retirement, death, return and onward moves).
 */
export const YEARS_ABROAD = DEFAULT_WORKING_LIFE / 2;
/**
 * The most yearly growth of the stock that derived graduates carry on: faster growth between two counts is mostly a
 * change in what was counted (a register cleaned, a cadre added), not training to repeat every year.
 */
export const MAX_DERIVED_GROWTH = 0.08;
