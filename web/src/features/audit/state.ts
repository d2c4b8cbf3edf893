import type { AuditEvent, AuditFilter } from '../../../../src/modules/audit/schemas.ts';

/** The filters of the audit view, in the order they appear in its URL; every one is a query parameter of the API. */
export const FILTER_KEYS = [
  'user',
  'userId',
  'objectType',
  'objectId',
  'action',
  'area',
  'from',
  'to',
] as const satisfies ReadonlyArray<keyof AuditFilter>;
export type FilterKey = (typeof FILTER_KEYS)[number];

export type AuditFilters = Partial<Record<FilterKey, string>>;

export interface AuditViewState {
  filters: AuditFilters;
  offset: number;
}

export const PAGE_SIZE = 50;

/** The view a URL's query shows: the known filters, trimmed, and the page; anything else is left out. */
export function stateFromQuery(params: URLSearchParams): AuditViewState {
  const filters: AuditFilters = {};
  for (const key of FILTER_KEYS) {
    const v = params.get(key)?.trim();
    if (v) filters[key] = v;
  }
  const n = Number(params.get('offset'));
  const offset = Number.isInteger(n) && n > 0 ? n - (n % PAGE_SIZE) : 0;
  return { filters, offset };
}

/** The query string of a view (with `extra` parameters such as the language kept), `?` included when not empty. */
export function queryOf(state: AuditViewState, extra: Record<string, string> = {}): string {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = state.filters[key]?.trim();
    if (v) out.set(key, v);
  }
  if (state.offset > 0) out.set('offset', String(state.offset));
  for (const [k, v] of Object.entries(extra)) if (v) out.set(k, v);
  const s = out.toString();
  return s ? `?${s}` : '';
}

/** The API request of a view's page of records. */
export function apiPath(state: AuditViewState): string {
  const q = new URLSearchParams(queryOf(state));
  q.set('limit', String(PAGE_SIZE));
  return `/api/audit?${q.toString()}`;
}

/** The CSV download of every record the view's filters match (no paging). */
export function csvPath(state: AuditViewState): string {
  return `/api/audit/export.csv${queryOf({ filters: state.filters, offset: 0 })}`;
}

/** The view of one object's history. */
export function objectView(e: Pick<AuditEvent, 'objectType' | 'objectId'>): AuditViewState {
  return { filters: { objectType: e.objectType, objectId: e.objectId }, offset: 0 };
}

/** The view of what one actor did: by account when the record has one, else by the label recorded. */
export function actorView(e: Pick<AuditEvent, 'actorUserId' | 'actorLabel'>): AuditViewState {
  return {
    filters: e.actorUserId !== null ? { userId: String(e.actorUserId) } : { user: e.actorLabel },
    offset: 0,
  };
}

export interface Change {
  /** Where in the object: `name`, `values.2020`, `aliases[1]`; empty for the whole value. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(path: string, a: unknown, b: unknown, out: Change[]): void {
  if (a === undefined && b === undefined) return;
  if (a === undefined || a === null) {
    if (b === null) return;
    if (isPlain(b) && Object.keys(b).length > 0) {
      for (const k of Object.keys(b).sort()) walk(join(path, k), undefined, b[k], out);
      return;
    }
    out.push({ path, kind: 'added', after: b });
    return;
  }
  if (b === undefined || b === null) {
    if (isPlain(a) && Object.keys(a).length > 0) {
      for (const k of Object.keys(a).sort()) walk(join(path, k), a[k], undefined, out);
      return;
    }
    out.push({ path, kind: 'removed', before: a });
    return;
  }
  if (isPlain(a) && isPlain(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
      walk(join(path, k), a[k], b[k], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) walk(`${path}[${i}]`, a[i], b[i], out);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, kind: 'changed', before: a, after: b });
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** What a change did to its object, field by field: added, removed and changed values, unchanged ones left out. */
export function diff(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk('', before ?? undefined, after ?? undefined, out);
  return out;
}

/** A value as the table shows it: text as it is, anything else as JSON. */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === undefined) return '';
  return JSON.stringify(v);
}
