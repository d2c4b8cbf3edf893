/** The units a WISN study is written in. */

/** minutes, hours: unit time per activity; per_hour, per_day: rate of working. */
export const STANDARD_UNITS = ['minutes', 'hours', 'per_hour', 'per_day'] as const;
export type StandardUnit = (typeof STANDARD_UNITS)[number];

export const TIME_UNITS = ['minutes', 'hours'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export const CAS_UNITS = ['percent', 'minutes', 'hours'] as const;
export type CasUnit = (typeof CAS_UNITS)[number];

export const PERIODS = ['day', 'week', 'month', 'year'] as const;
export type Period = (typeof PERIODS)[number];

export const PROBLEM_LEVELS = [
  'very_high_pressure',
  'high_pressure',
  'some_pressure',
  'balanced',
  'surplus',
  'no_workload',
] as const;
export type ProblemLevel = (typeof PROBLEM_LEVELS)[number];

export const hoursOf = (value: number, unit: TimeUnit): number => (unit === 'minutes' ? value / 60 : value);
