import type { z } from 'zod';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import {
  type DataIndex,
  DEFAULT_SOURCES,
  type DensityBasis,
  density,
  describeSelection,
  type IndicatorContext,
  loadIndicatorContext,
  median,
  note,
  sentence,
  sourcesOf,
  type YearSelection,
} from '../indicators/index.ts';
import type { Area } from '../reference/index.ts';
import { assessSsl, diffSsl, findEdition, SSL_EDITIONS, type SslEdition } from './domain/safeguards.ts';
import { text } from './messages.ts';
import { officialMembers } from './repo.ts';
import type { SslAssessmentSchema, SslChoicesSchema, SslMedianSchema, SslRecomputeQuery } from './schemas.ts';

type SslAssessmentOut = z.infer<typeof SslAssessmentSchema>;
type SslChoices = z.infer<typeof SslChoicesSchema>;

export function requireEdition(edition: number): SslEdition {
  const found = findEdition(edition);
  if (!found)
    throw new AppError('not_found', text('no_edition', { edition: String(edition) }), {
      hint: text('editions', { editions: SSL_EDITIONS.map((e) => e.edition).join(', ') }),
    });
  return found;
}

export const ruleOf = (e: SslEdition) => ({
  sciBelow: e.sciBelow,
  densityBelow: e.densityBelow,
  cadres: [...e.cadres],
  notes: e.notes,
});

interface Recompute {
  edition: SslEdition;
  choices: SslChoices;
  median: z.infer<typeof SslMedianSchema>;
  assessments: SslAssessmentOut[];
  official: Set<string> | null;
  areas: Map<string, Area>;
}

function selection(
  year: number | 'latest' | undefined,
  upTo: number | undefined,
  window: number | undefined,
  fallback: YearSelection,
): YearSelection {
  if (year === undefined && upTo === undefined && window === undefined) return fallback;
  if (typeof year === 'number') return { kind: 'exact', year };
  const base = fallback.kind === 'latest' ? fallback : { upTo: null, window: null };
  return { kind: 'latest', upTo: upTo ?? base.upTo, window: window ?? base.window };
}

interface Vintage {
  sci: YearSelection;
  sciSources: readonly string[];
  density: Parameters<typeof density>[3];
  choices: SslChoices;
}

/** The data vintages of a recomputation: the caller's choices, the edition's defaults for the rest. */
function vintageOf(e: SslEdition, q: SslRecomputeQuery): Vintage {
  const defaults: string[] = [];
  const sciSel = selection(q.sciYear, q.sciUpTo, q.sciWindow, e.defaults.sci);
  if (q.sciYear === undefined && q.sciUpTo === undefined && q.sciWindow === undefined) defaults.push('sci');
  const densitySel = selection(q.densityYear, q.densityUpTo, q.densityWindow, e.defaults.density);
  if (q.densityYear === undefined && q.densityUpTo === undefined && q.densityWindow === undefined)
    defaults.push('density');
  const sciSources = q.sciSource ?? [...e.defaults.sciSources];
  if (!q.sciSource) defaults.push('sciSource');
  const basis: DensityBasis = q.basis ?? 'published-first';
  if (!q.basis) defaults.push('basis');
  const sources = sourcesOf(q.densitySource);
  if (!q.densitySource) defaults.push('densitySource');
  return {
    sci: sciSel,
    sciSources,
    density: { selection: densitySel, basis, sources },
    choices: {
      sci: describeSelection(sciSel),
      sciSources,
      density: describeSelection(densitySel),
      densityBasis: basis,
      densitySources: [...(sources.stock ?? DEFAULT_SOURCES.stock ?? [])],
      defaults,
    },
  };
}

/** The measures an assessment reads. */
export const SSL_MEASURES = ['stock', 'population', 'density', 'uhc-sci'] as const;

/**
 * Every edition's assessment of one country from an already loaded context (which must hold SSL_MEASURES),
 * with the edition defaults, each explanation saying whether WHO's published list agrees.
 */
export async function assessAreaEditions(db: Queryable, ctx: IndicatorContext, area: Area) {
  return Promise.all(
    SSL_EDITIONS.map(async (e) => {
      const rows = await officialMembers(db, e.edition);
      const official = rows.length > 0 ? new Set(rows.map((r) => r.area)) : null;
      const v = vintageOf(e, {});
      const a = assessOne(e, area, ctx.data, v.density, v.sci, v.sciSources, official);
      return { edition: e.edition, official: a.officiallyListed, assessment: withOfficialNote(a, official) };
    }),
  );
}

export function withOfficialNote(a: SslAssessmentOut, official: Set<string> | null): SslAssessmentOut {
  if (official === null || a.officiallyListed === null) return a;
  const agrees = a.officiallyListed === (a.status === 'on');
  const verdict = agrees
    ? note(a.officiallyListed ? 'ssl-official-includes' : 'ssl-official-excludes')
    : note('ssl-official-differs', { notes: diffSsl(official, [a])[0]?.explanationNotes ?? [] });
  return {
    ...a,
    explanation: `${a.explanation} ${sentence([verdict])}`,
    explanationNotes: [...a.explanationNotes, verdict],
  };
}

export async function recompute(
  db: Queryable,
  edition: number,
  q: SslRecomputeQuery,
  only?: string,
): Promise<Recompute> {
  const e = requireEdition(edition);
  const v = vintageOf(e, q);

  const ctx = await loadIndicatorContext(db, {
    measures: SSL_MEASURES,
    ...(only ? { areas: [only] } : {}),
  });
  const members = [...ctx.areas.values()].filter(
    (a) => a.kind === 'country' && a.whoMember && (only === undefined || a.code === only),
  );
  const officialRows = await officialMembers(db, edition);
  const official = officialRows.length > 0 ? new Set(officialRows.map((r) => r.area)) : null;
  const assessments = members.map((a) => assessOne(e, a, ctx.data, v.density, v.sci, v.sciSources, official));
  const values = assessments.filter((a) => a.density.value !== null);
  const years = values.map((a) => a.density.year as number);
  return {
    edition: e,
    choices: v.choices,
    median: {
      value: median(values.map((a) => a.density.value as number)),
      countries: values.length,
      years: years.length > 0 ? { from: Math.min(...years), to: Math.max(...years) } : null,
      threshold: e.densityBelow,
    },
    assessments,
    official,
    areas: ctx.areas,
  };
}

function assessOne(
  e: SslEdition,
  area: Area,
  data: DataIndex,
  densityOptions: Parameters<typeof density>[3],
  sciSel: YearSelection,
  sciSources: readonly string[],
  official: Set<string> | null,
): SslAssessmentOut {
  const d = density(data, area.code, e.cadres, densityOptions);
  const sci = data.pick('uhc-sci', area.code, '_Z', sciSel, { sources: sciSources });
  const a = assessSsl(e, area.code, d, sci, sci ? undefined : note('no-value', { selection: sciSel }));
  return {
    ...a,
    areaName: area.name,
    whoRegion: area.whoRegion,
    officiallyListed: official ? official.has(area.code) : null,
  };
}
