import { UNCERTAIN_PARAMETERS } from './model.ts';

/**
 * The vocabularies of planning, without validators, for the schemas and for the web page alike.
 */

/** The five cadres of the WHO minimum data set that planning projects. */
export const PLANNING_CADRES = [
  'medical-doctors',
  'nursing-personnel',
  'midwifery-personnel',
  'dentists',
  'pharmacists',
] as const;
export type PlanningCadre = (typeof PLANNING_CADRES)[number];

/** The cadres the SDG index threshold of 44.5 per 10 000 counts together. */
export const THRESHOLD_CADRES = ['medical-doctors', 'nursing-personnel', 'midwifery-personnel'] as const;

/** The parameters of the supply model a scenario may set per cadre. */
export const PARAMETERS = ['stock', ...UNCERTAIN_PARAMETERS] as const;
export type Parameter = (typeof PARAMETERS)[number];

/** The parameters whose spread Monte Carlo may vary (the stock is taken as known). */
export const SPREAD_PARAMETERS = UNCERTAIN_PARAMETERS;

export const BASES = ['data', 'derived', 'default', 'user'] as const;
export type Basis = (typeof BASES)[number];

/** How a value was found, or why a cadre was not projected: said in the reader's language by the web and the CLI. */
export const NOTE_CODES = [
  'default-entry-rate',
  'default-retirement-rate',
  'default-death-rate',
  'default-other-exit-rate',
  'default-emigration-rate',
  'default-fte-ratio',
  'default-immigration',
  'default-returns',
  'stock-of-base-year',
  'stock-of-other-year',
  'stock-from-density',
  'no-stock',
  'mean-of-years',
  'emigration-from-outflow',
  'emigration-from-abroad',
  'graduates-from-growth',
  'graduates-from-growth-capped',
  'graduates-replacing-exits',
  'set-by-user',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];
