import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { dataVersion } from '../../platform/db/unit-of-work.ts';
import { loadAreas, MDS_CADRES } from '../reference/index.ts';
import { checkOccupations, indicatorOptions, measuresOf } from './compute-indicators.ts';
import { INDICATOR_SLUGS, INDICATOR_UNITS, occupationAvailability, SDG_CADRES } from './domain/index.ts';
import { loadIndicatorContext } from './load-data.ts';
import type { Availability } from './schemas.ts';
import { IndicatorQuerySchema } from './schemas.ts';

/** The window the observatory's "latest" uses. */
export const LATEST_WINDOW = 10;

/** Occupation choices tried: each minimum-data-set cadre, and doctors + nurses and midwives together. */
export const OCCUPATION_CHOICES: readonly (readonly string[])[] = [
  ...MDS_CADRES.map((c) => [c]),
  [...SDG_CADRES],
];

function accepts(indicator: (typeof INDICATOR_SLUGS)[number], occupations: readonly string[]): boolean {
  try {
    checkOccupations(indicator, occupations);
    return true;
  } catch {
    return false;
  }
}

const cache = new WeakMap<Queryable, { version: number; answer: Promise<Availability> }>();

/**
 * For every indicator, the occupation choices it accepts and, for each, the data years in which at least one
 * country has a value with the default vintage options. Kept per database until the data change.
 */
export async function indicatorAvailability({ db }: Ctx): Promise<Availability> {
  const version = await dataVersion(db);
  const hit = cache.get(db);
  if (hit?.version === version) return hit.answer;
  const answer = compute(db);
  cache.set(db, { version, answer });
  answer.catch(() => cache.delete(db));
  return answer;
}

async function compute(db: Queryable): Promise<Availability> {
  const known = await loadAreas(db);
  // One read of every measure any indicator uses: an indicator reads only its own measures from it.
  const measures = [...new Set(INDICATOR_SLUGS.flatMap((i) => measuresOf(i)))];
  const ctx = await loadIndicatorContext(db, { measures }, known);
  const isCountry = (code: string) => ctx.areaKinds.get(code) === 'country';
  const items: Availability['items'] = [];
  for (const indicator of INDICATOR_SLUGS) {
    const q = IndicatorQuerySchema.parse({ indicator, window: LATEST_WINDOW });
    const { selection, ...options } = indicatorOptions(q, ctx);
    items.push({
      indicator,
      unit: INDICATOR_UNITS[indicator],
      occupations: OCCUPATION_CHOICES.filter((o) => accepts(indicator, o)).map((o) =>
        occupationAvailability(indicator, o, ctx.data, { ...options, latest: selection }, isCountry),
      ),
    });
  }
  return { window: LATEST_WINDOW, items };
}
