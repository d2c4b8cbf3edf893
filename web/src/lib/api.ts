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
import { lang } from '../i18n/i18n.ts';

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

/** One field's error in a problem+json answer. */
export interface FieldError {
  field: string;
  message: string;
}

/** The parts of an RFC 9457 problem+json answer the pages use. */
export interface Problem {
  code?: string;
  title?: string;
  detail?: string;
  hint?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problem: Problem = {},
    /** Seconds to wait before trying again, from a 429's Retry-After. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
  }
}

const cache = new Map<string, Promise<unknown>>();

/**
 * The headers of every request to the API: JSON, in the reader's language (the API words its problem titles,
 * details and hints in it).
 */
export function apiHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { accept: 'application/json', 'accept-language': lang(), ...extra };
}

async function failure(r: Response): Promise<ApiError> {
  let detail = `${r.status} ${r.statusText}`;
  let problem: Problem = {};
  try {
    problem = (await r.json()) as Problem;
    detail = problem.detail ?? problem.title ?? detail;
  } catch {
    // not problem+json
  }
  const retry = Number.parseInt(r.headers.get('retry-after') ?? '', 10);
  return new ApiError(r.status, detail, problem, Number.isFinite(retry) ? retry : null);
}

async function fetchJson(url: string): Promise<unknown> {
  const r = await fetch(url, { headers: apiHeaders(), credentials: 'same-origin' });
  if (!r.ok) throw await failure(r);
  return r.json();
}

// Session and CSRF: the session cookie travels by itself; every unsafe request also carries the session's CSRF token.
let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

/** The CSRF token of the current session (from GET /api/session), or null when signed out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called whenever the API answers 401 to a request of a page: the session has ended or never was. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => {
    unauthenticatedListeners.delete(listener);
  };
}

/**
 * A request to the API with the session: JSON in and out, the CSRF header on unsafe methods; an error answer
 * becomes an ApiError carrying its problem (field errors included), and a 401 also tells the listeners.
 */
export async function send<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  opts: { quiet401?: boolean } = {},
): Promise<T> {
  const headers = apiHeaders();
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const r = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!r.ok) {
    const e = await failure(r);
    if (r.status === 401 && !opts.quiet401) for (const l of unauthenticatedListeners) l();
    throw e;
  }
  if (r.status === 204) return undefined as T;
  const text = await r.text();
  return (text ? JSON.parse(text) : undefined) as T;
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
