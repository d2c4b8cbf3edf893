import { MEASURES } from '../reference/index.ts';
import type { SourcePreferences, YearSelection } from './domain/index.ts';
import type { Vintage } from './schemas.ts';

/** Sources preferred for each measure when the caller states none: the publisher that defines the concept first. */
export const DEFAULT_SOURCES: SourcePreferences = {
  stock: ['WHO.GHO', 'OECD.HEALTH_WFMI'],
  density: ['WHO.GHO'],
  population: ['WB.WDI'],
  'foreign-trained-stock': ['OECD.HEALTH_WFMI'],
  'foreign-born-stock': ['OECD.HEALTH_WFMI'],
  'uhc-sci': ['OWID', 'WB.WDI', 'WHO.GHO'],
};

export function selectionOf(v: Pick<Vintage, 'year' | 'upTo' | 'window'>): YearSelection {
  return v.year === 'latest'
    ? { kind: 'latest', upTo: v.upTo ?? null, window: v.window ?? null }
    : { kind: 'exact', year: v.year };
}

/** The caller's preferred sources go first for every measure, then the defaults. */
export function sourcesOf(
  preferred: readonly string[] | undefined,
  defaults = DEFAULT_SOURCES,
): SourcePreferences {
  if (!preferred || preferred.length === 0) return defaults;
  const out: SourcePreferences = {};
  for (const { code } of MEASURES) {
    out[code] = [...preferred, ...(defaults[code] ?? []).filter((s) => !preferred.includes(s))];
  }
  return out;
}
