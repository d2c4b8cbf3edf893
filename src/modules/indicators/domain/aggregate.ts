import { type Note, note } from './notes.ts';
import type { DataPoint, IndicatorResult, IndicatorSlug } from './types.ts';

/** Counts add up over areas; ratios and rates are averaged with population weights. */
const SUMMED: ReadonlySet<IndicatorSlug> = new Set(['sdg-gap', 'inflow', 'outflow', 'net-migration']);

export interface AggregateInput {
  /** The aggregate's code (WHO region, income group, WLD). */
  area: string;
  /** Member countries with their own results. */
  results: readonly IndicatorResult[];
  /** The population of a member for a year (its latest when year is null). */
  population: (area: string, year: number | null) => DataPoint | undefined;
}

/**
 * An indicator over a group of countries: population-weighted mean (or sum for counts) of the members
 * that have a value, reporting how many members and how much of the group's population they cover.
 */
export function aggregateResults(input: AggregateInput): IndicatorResult {
  const first = input.results[0];
  const indicator = first?.indicator ?? 'density';
  let weighted = 0;
  let sum = 0;
  let covered = 0;
  let total = 0;
  const years: number[] = [];
  const missing: string[] = [];
  const noPopulation: string[] = [];
  let unknownPopulation = 0;
  for (const r of input.results) {
    const pop = input.population(r.area, r.year);
    if (r.value === null || r.year === null) {
      missing.push(r.area);
      if (pop) total += pop.value;
      else unknownPopulation++;
      continue;
    }
    if (!pop) {
      noPopulation.push(r.area);
      continue;
    }
    total += pop.value;
    covered += pop.value;
    weighted += r.value * pop.value;
    sum += r.value;
    years.push(r.year);
  }
  const members = input.results.length;
  const withValue = members - missing.length - noPopulation.length;
  const coverage = {
    members,
    withValue,
    missing: missing.sort(),
    withoutPopulation: noPopulation.sort(),
    populationCovered: covered,
    populationTotal: total,
    populationShare: total > 0 ? covered / total : null,
    membersWithoutPopulation: unknownPopulation + noPopulation.length,
    years: years.length > 0 ? { from: Math.min(...years), to: Math.max(...years) } : null,
  };
  const base = {
    indicator,
    area: input.area,
    occupation: first?.occupation ?? [],
    unit: first?.unit ?? '',
    inputs: [],
    detail: { coverage },
  };
  const warnings: Note[] = [];
  if (missing.length > 0) warnings.push(note('members-without-value', { count: missing.length, members }));
  if (noPopulation.length > 0)
    warnings.push(note('members-without-population', { count: noPopulation.length }));
  if (unknownPopulation > 0) warnings.push(note('population-unknown', { count: unknownPopulation }));
  if (coverage.years && coverage.years.from !== coverage.years.to)
    warnings.push(note('members-years', { from: coverage.years.from, to: coverage.years.to }));
  if (withValue === 0 || covered <= 0)
    return {
      ...base,
      year: null,
      value: null,
      reason: note('no-member-value'),
      method: null,
      warnings,
    };
  const summed = SUMMED.has(indicator);
  if (summed && missing.length > 0) warnings.push(note('partial-sum'));
  return {
    ...base,
    year: coverage.years?.to ?? null,
    value: summed ? sum : weighted / covered,
    reason: null,
    method: summed ? 'sum-over-members' : 'population-weighted-mean',
    warnings,
  };
}

/** The median of the values that exist (the basis of the SSL density threshold). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
