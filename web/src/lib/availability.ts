import type { Availability } from '../../../src/modules/indicators/schemas.ts';
import { getJson } from './api.ts';

export type { Availability };

type Choice = Availability['items'][number]['occupations'][number];

/** What the loaded data can give (`/api/indicators/availability`). */
export const getAvailability = () => getJson<Availability>('/api/indicators/availability');

const key = (occupation: readonly string[]) => occupation.join(',');

/** The occupation choices an indicator accepts, each with its years; empty when the server does not know it. */
export function occupationChoices(a: Availability, indicator: string): Choice[] {
  return a.items.find((i) => i.indicator === indicator)?.occupations ?? [];
}

export const hasData = (c: Choice) => c.latest || c.years.length > 0;

export function indicatorHasData(a: Availability, indicator: string): boolean {
  return occupationChoices(a, indicator).some(hasData);
}

/** The choice for an occupation (comma-joined slugs), if the indicator accepts it. */
export function choiceOf(a: Availability, indicator: string, occupation: string): Choice | undefined {
  return occupationChoices(a, indicator).find((c) => key(c.occupation) === occupation);
}

/**
 * The occupation to show for an indicator: the one asked for when the indicator accepts it, else the first
 * accepted one with data (the indicator's own default first), else the first accepted.
 */
export function acceptedOccupation(
  a: Availability,
  indicator: string,
  occupation: string,
  preferred = 'medical-doctors',
): string {
  const choices = occupationChoices(a, indicator);
  if (choices.length === 0 || choices.some((c) => key(c.occupation) === occupation)) return occupation;
  const withData = choices.filter(hasData);
  const pick = withData.find((c) => key(c.occupation) === preferred) ?? withData[0] ?? choices[0];
  return pick ? key(pick.occupation) : occupation;
}

/** Whether a year ("latest" or a number) gives the choice at least one value. */
export function yearHasData(c: Choice | undefined, year: string): boolean {
  if (!c) return false;
  return year === 'latest' ? c.latest : c.years.includes(Number(year));
}

/**
 * The occupation and year to keep when the indicator changes: the current ones where the indicator has data for
 * them, else the indicator's default occupation (or the first with data) and the latest year (or the newest).
 */
export function keepChoice(
  a: Availability,
  indicator: string,
  occupation: string,
  year: string,
): { occupation: string; year: string } {
  const choices = occupationChoices(a, indicator);
  if (choices.length === 0) return { occupation, year };
  const current = choiceOf(a, indicator, occupation);
  const withData = choices.filter(hasData);
  const pick =
    (current && hasData(current) ? current : undefined) ??
    withData.find((c) => key(c.occupation) === 'medical-doctors') ??
    withData[0] ??
    current ??
    choices[0];
  if (!pick) return { occupation, year };
  return {
    occupation: key(pick.occupation),
    year: yearHasData(pick, year)
      ? year
      : pick.latest || pick.years.length === 0
        ? 'latest'
        : String(pick.years[0]),
  };
}
