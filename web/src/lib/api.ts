/** Typed access to hwmo's HTTP API: the answers' types are inferred from the modules' schemas, as the server sends them. */

import type { z } from 'zod';
import type { EstimateRequest, EstimationRun } from '../../../src/modules/flows/schemas.ts';
import type { InputRef } from '../../../src/modules/indicators/domain/types.ts';
import type { IndicatorResponse, IndicatorResultOut } from '../../../src/modules/indicators/schemas.ts';
import type { AreaProfile } from '../../../src/modules/profiles/schemas.ts';
import type {
  AreaSchema,
  HealthSchema,
  MeasureSchema,
  SourceSchema,
} from '../../../src/modules/reference/schemas.ts';
import type { SslOfficialSchema } from '../../../src/modules/safeguards/schemas.ts';

export type { EstimationRun, IndicatorResponse };
/** The methods `POST /api/flows/estimate` knows. */
export type EstimateMethod = EstimateRequest['method'];

export type Area = z.infer<typeof AreaSchema>;

/** One input of an indicator value: the stored value it read, with its source, batch, file and row. */
export type IndicatorInput = InputRef;

/** An indicator value as `/api/indicators` and the profile return it: the domain's result with the area's name. */
export type IndicatorResult = IndicatorResultOut;

/** A country's profile (`/api/areas/{iso3}/profile`). */
export type Profile = AreaProfile;

/** A country's assessment under one Safeguards List edition. */
export type SafeguardsAssessment = AreaProfile['safeguards'][number]['assessment'];

/** One criterion of an assessment: the value, its threshold, year and source, and the verdict. */
export type SafeguardsCriterion = SafeguardsAssessment['sci'] | SafeguardsAssessment['density'];

export type Source = z.infer<typeof SourceSchema>;

export type Measure = z.infer<typeof MeasureSchema>;

/** What `/api/health` answers: the server's version, its database and how many values it holds. */
export type Health = z.infer<typeof HealthSchema>;

/** The Safeguards List as WHO published it (`/api/safeguards/{edition}`). */
export type SafeguardsList = z.infer<typeof SslOfficialSchema>;

export interface Batch {
  id: number;
  file: string;
  format: string;
  status: string;
  createdAt: string;
  rowsRead: number;
  stored: number;
  revised: number;
  unchanged: number;
  skipped: number;
}

export interface Observation {
  measure: string;
  area: string;
  areaName: string;
  year: number;
  occupation: string;
  sex: string;
  age: string;
  partner: string;
  partnerBasis: string;
  value: number;
  unit: string;
  flags: string[];
  source: string;
  series: string | null;
  batchId: number;
  file: string;
  row: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const cache = new Map<string, Promise<unknown>>();

async function fetchJson(url: string): Promise<unknown> {
  const r = await fetch(url, { headers: { accept: 'application/json' } });
  if (!r.ok) {
    let detail = `${r.status} ${r.statusText}`;
    try {
      const p = (await r.json()) as { detail?: string; title?: string };
      detail = p.detail ?? p.title ?? detail;
    } catch {
      // not problem+json
    }
    throw new ApiError(r.status, detail);
  }
  return r.json();
}

/** GET a JSON resource once per page load; failures are not kept, so a retry asks again. */
export function getJson<T>(url: string): Promise<T> {
  let p = cache.get(url);
  if (!p) {
    p = fetchJson(url);
    cache.set(url, p);
    p.catch(() => cache.delete(url));
  }
  return p as Promise<T>;
}

export function query(path: string, params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

let countriesLoaded: Map<string, Area> | null = null;

export const getCountries = () =>
  getJson<{ items: Area[] }>('/api/areas?kind=country').then((r) => {
    if (countriesLoaded) return countriesLoaded;
    const map = new Map<string, Area>();
    for (const a of r.items) map.set(a.code, a);
    countriesLoaded = map;
    return map;
  });

/** The countries, if a page has loaded them already. */
export const knownCountries = (): Map<string, Area> | null => countriesLoaded;

export function getIndicator(opts: {
  indicator: string;
  occupation: string[];
  year: string;
  area?: string[];
}): Promise<IndicatorResponse> {
  return getJson<IndicatorResponse>(
    query('/api/indicators', {
      indicator: opts.indicator,
      occupation: opts.occupation.join(',') || undefined,
      year: opts.year,
      window: 10,
      area: opts.area?.join(','),
    }),
  );
}

/** Every page of an observation query. */
export async function getAllObservations(params: Record<string, string | undefined>): Promise<Observation[]> {
  const out: Observation[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await getJson<{ total: number; items: Observation[] }>(
      query('/api/observations', { ...params, limit: 1000, offset }),
    );
    out.push(...page.items);
    if (out.length >= page.total || page.items.length === 0) return out;
  }
}

/** Every estimation run (`/api/flows/estimates`), newest first. */
export async function getEstimationRuns(): Promise<EstimationRun[]> {
  const out: EstimationRun[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await getJson<{ items: EstimationRun[] }>(
      query('/api/flows/estimates', { limit: 1000, offset }),
    );
    out.push(...page.items);
    if (page.items.length < 1000) return out;
  }
}
