import type { z } from 'zod';
import type {
  PublishedHitSchema,
  PublishedSearch,
  ReportingHistory,
} from '../../../../src/modules/reporting/schemas.ts';
import { foldName } from '../../lib/search.ts';

export type { PublishedSearch, ReportingHistory };
export type PublishedHit = z.infer<typeof PublishedHitSchema>;

export const KINDS = ['national', 'stakeholder', 'progress'] as const;
export type Kind = (typeof KINDS)[number];

/** What the published reports page shows: its filters, all in its URL. */
export interface SearchView {
  q: string;
  area: string | null;
  round: number | null;
  kind: Kind | null;
  /** The page of results, from 1. */
  page: number;
}

export const PAGE_SIZE = 20;

const positiveInt = (s: string | null): number | null => {
  if (!s || !/^\d{1,6}$/.test(s.trim())) return null;
  const n = Number(s);
  return n > 0 ? n : null;
};

/** The view a URL asks for; anything unknown or malformed is left out rather than sent to the API. */
export function viewFromQuery(params: URLSearchParams): SearchView {
  const area = params.get('area')?.trim().toUpperCase() ?? '';
  const kind = params.get('kind');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    area: /^[A-Z]{3}$/.test(area) ? area : null,
    round: positiveInt(params.get('round')),
    kind: (KINDS as readonly string[]).includes(kind ?? '') ? (kind as Kind) : null,
    page: positiveInt(params.get('page')) ?? 1,
  };
}

/** The URL parameters of a view (null removes one), for `setParams` and links. */
export function paramsOf(v: SearchView): Record<string, string | number | null> {
  return {
    q: v.q || null,
    area: v.area,
    round: v.round,
    kind: v.kind,
    page: v.page > 1 ? v.page : null,
  };
}

/** The API request of a view's page of results. */
export function apiPath(v: SearchView): string {
  const q = new URLSearchParams();
  if (v.q) q.set('q', v.q);
  if (v.area) q.set('area', v.area);
  if (v.round !== null) q.set('round', String(v.round));
  if (v.kind) q.set('kind', v.kind);
  q.set('limit', String(PAGE_SIZE));
  if (v.page > 1) q.set('offset', String((v.page - 1) * PAGE_SIZE));
  return `/api/published?${q.toString()}`;
}

/** How many pages the results fill. */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** Whether any filter is set (an empty view lists the latest published reports). */
export function filtered(v: SearchView): boolean {
  return v.q !== '' || v.area !== null || v.round !== null || v.kind !== null;
}

/**
 * The words a search looks for, as PostgreSQL's websearch syntax reads them: words and "quoted phrases" (each word
 * of a phrase), without the words excluded with a minus and without the "or" operator.
 */
export function searchedWords(q: string): string[] {
  const words: string[] = [];
  const re = /(-?)"([^"]*)"?|(\S+)/gu;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    const [, minus, phrase, bare] = m;
    if (phrase !== undefined) {
      if (!minus) words.push(...tokens(phrase));
    } else if (bare !== undefined && !bare.startsWith('-') && bare.toLowerCase() !== 'or') {
      words.push(...tokens(bare));
    }
  }
  return [...new Set(words.map((w) => w.toLocaleLowerCase()))];
}

/** The words of a text as the 'simple' text search configuration cuts them: runs of letters and digits. */
function tokens(s: string): string[] {
  return s.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * An excerpt cut into the runs to show as found (the searched words, whole words in any case) and the rest: plain
 * text in, plain text out, for the page to wrap the found runs in <mark> elements.
 */
export function highlight(excerpt: string, q: string): Segment[] {
  const words = searchedWords(q);
  if (words.length === 0 || excerpt === '') return excerpt ? [{ text: excerpt, mark: false }] : [];
  const escaped = words
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
  const out: Segment[] = [];
  let at = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > at) out.push({ text: excerpt.slice(at, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < excerpt.length) out.push({ text: excerpt.slice(at), mark: false });
  return out;
}

/** Where a hit is read: a national or stakeholder report on the report page, a progress report by its round's year. */
export function hitTarget(hit: Pick<PublishedHit, 'kind' | 'id' | 'roundYear'>): {
  path: string;
  params: Record<string, number>;
} {
  return hit.kind === 'progress'
    ? { path: '/reporting/progress', params: { round: hit.roundYear } }
    : { path: '/reporting/report', params: { id: hit.id } };
}

export const EXPORT_FORMATS = ['pdf', 'docx', 'csv'] as const;

/** The downloads of a national or stakeholder report (a progress report is read on its page). */
export function exportPaths(hit: Pick<PublishedHit, 'kind' | 'id'>): { format: string; path: string }[] {
  if (hit.kind === 'progress') return [];
  return EXPORT_FORMATS.map((format) => ({ format, path: `/api/reports/${hit.id}/export.${format}` }));
}

/**
 * A country's reporting history as its profile shows it: each round with its authority, and its national report
 * when the reader may see it (the public: once published).
 */
export function historyRows(h: ReportingHistory) {
  return h.rounds
    .map((r) => ({
      roundId: r.round.id,
      year: r.round.year,
      label: r.round.label,
      roundState: r.round.state,
      authority: r.authority,
      report: r.report ? { id: r.report.id, state: r.report.state, publishedAt: r.report.publishedAt } : null,
    }))
    .sort((a, b) => b.year - a.year);
}

/**
 * The country a typed text names: a whole name as the language writes it (in any case, with or without accents),
 * an ISO 3166 alpha-3 code, the one country whose name starts with the text, or else the one whose name holds it;
 * null when none or several do.
 */
export function resolveCountry(
  text: string,
  names: readonly { code: string; name: string }[],
): string | null {
  const typed = foldName(text);
  if (!typed) return null;
  const whole = names.find((n) => foldName(n.name) === typed);
  if (whole) return whole.code;
  const code = names.find((n) => n.code === text.trim().toUpperCase());
  if (code) return code.code;
  // "gha" is in Afghanistan too: a name starting with the text comes first.
  for (const found of [
    names.filter((n) => foldName(n.name).startsWith(typed)),
    names.filter((n) => foldName(n.name).includes(typed)),
  ])
    if (found.length > 0) return found.length === 1 && found[0] ? found[0].code : null;
  return null;
}
