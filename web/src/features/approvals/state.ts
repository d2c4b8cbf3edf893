import {
  APPROVAL_ACTIONS,
  APPROVAL_STATES,
  type ApprovalAction,
  type ApprovalState,
  COMMENT_REQUIRED,
  nextState,
} from '../../../../src/modules/approvals/domain/state-machine.ts';
import type { ApprovalUnit, ProfileApprovals } from '../../../../src/modules/approvals/schemas.ts';

export type { ApprovalAction, ApprovalState, ApprovalUnit };
export { APPROVAL_STATES };

export interface May {
  submit: boolean;
  decide: boolean;
}

/** The actions a reader may take on a unit: those its state allows and their permissions grant. */
export function actionsFor(state: ApprovalState, may: May): ApprovalAction[] {
  return APPROVAL_ACTIONS.filter(
    (a) => nextState(state, a) !== null && (a === 'submit' ? may.submit : may.decide),
  );
}

export function needsComment(action: ApprovalAction): boolean {
  return COMMENT_REQUIRED.has(action);
}

/** Whether the reader takes part in the approval of the unit's area. */
export function inScope(unit: { may: May }): boolean {
  return unit.may.submit || unit.may.decide;
}

export interface AreaGroup {
  area: string;
  areaName: string;
  units: ApprovalUnit[];
}

/** Units per country in name order, newest year first, the unit of all datasets before those of one. */
export function groupByArea(units: readonly ApprovalUnit[]): AreaGroup[] {
  const groups = new Map<string, AreaGroup>();
  for (const u of units) {
    let g = groups.get(u.area);
    if (!g) {
      g = { area: u.area, areaName: u.areaName, units: [] };
      groups.set(u.area, g);
    }
    g.units.push(u);
  }
  const out = [...groups.values()].sort(
    (a, b) => a.areaName.localeCompare(b.areaName) || a.area.localeCompare(b.area),
  );
  for (const g of out)
    g.units.sort((a, b) => b.year - a.year || (a.source ?? '').localeCompare(b.source ?? ''));
  return out;
}

/** The latest approval of all datasets of a country, else the latest of one dataset: what its profile says. */
export function headlineApproval(approvals: ProfileApprovals): ProfileApprovals[number] | null {
  const sorted = [...approvals].sort(
    (a, b) => b.year - a.year || Number(a.source !== null) - Number(b.source !== null),
  );
  return sorted[0] ?? null;
}

/** What the page shows, all of it in its URL: one country (or all those in the reader's scope), a state, a year. */
export interface ApprovalView {
  area: string | null;
  state: ApprovalState | null;
  year: number | null;
}

/** The view a URL asks for; a malformed filter is left out rather than applied. */
export function viewFromQuery(params: URLSearchParams): ApprovalView {
  const area = params.get('area')?.trim().toUpperCase() ?? '';
  const state = params.get('state')?.trim() ?? '';
  const year = params.get('year')?.trim() ?? '';
  return {
    area: /^[A-Z]{3}$/.test(area) ? area : null,
    state: (APPROVAL_STATES as readonly string[]).includes(state) ? (state as ApprovalState) : null,
    year: /^\d{4}$/.test(year) ? Number(year) : null,
  };
}

/** The URL parameters of a view (null removes one), for links and `setParams`. */
export function paramsOf(v: ApprovalView): Record<string, string | number | null> {
  return { area: v.area, state: v.state, year: v.year };
}

export function filtered(v: ApprovalView): boolean {
  return v.area !== null || v.state !== null || v.year !== null;
}

/** Whether a unit is of the view's year and state (its country aside). */
export function matches(u: Pick<ApprovalUnit, 'year' | 'state'>, v: ApprovalView): boolean {
  return (v.year === null || u.year === v.year) && (v.state === null || u.state === v.state);
}

type Compare = (a: string, b: string) => number;
const byLocale: Compare = (a, b) => a.localeCompare(b);

export interface ScopeArea {
  area: string;
  areaName: string;
}

/** The countries of the units, once each, in name order: the reader's scope when given the units in it. */
export function areasOf(units: readonly ApprovalUnit[], compare: Compare = byLocale): ScopeArea[] {
  const seen = new Map<string, ScopeArea>();
  for (const u of units) if (!seen.has(u.area)) seen.set(u.area, { area: u.area, areaName: u.areaName });
  return [...seen.values()].sort((a, b) => compare(a.areaName, b.areaName) || a.area.localeCompare(b.area));
}

/** The years of the units, newest first. */
export function yearsOf(units: readonly ApprovalUnit[]): number[] {
  return [...new Set(units.map((u) => u.year))].sort((a, b) => b - a);
}

/**
 * The order of the overview's columns: what waits for an approver's decision first, then what waits for the data
 * manager (returned, unapproved, never submitted), then what is done.
 */
export const OVERVIEW_STATES = [
  'submitted',
  'returned',
  'unapproved',
  'not_submitted',
  'approved',
] as const satisfies readonly ApprovalState[];

export type StateCounts = Record<ApprovalState, number>;

export interface AreaOverview extends ScopeArea {
  counts: StateCounts;
  total: number;
}

const noCounts = (): StateCounts => Object.fromEntries(APPROVAL_STATES.map((s) => [s, 0])) as StateCounts;

/**
 * One row per country with its units of the view's year counted by state, in name order; with a state chosen, only
 * the countries having units in it. The view's country is not applied: the overview is of every country.
 */
export function overview(
  units: readonly ApprovalUnit[],
  v: ApprovalView,
  compare: Compare = byLocale,
): AreaOverview[] {
  const rows = new Map<string, AreaOverview>();
  for (const u of units) {
    if (v.year !== null && u.year !== v.year) continue;
    let row = rows.get(u.area);
    if (!row) {
      row = { area: u.area, areaName: u.areaName, counts: noCounts(), total: 0 };
      rows.set(u.area, row);
    }
    row.counts[u.state] += 1;
    row.total += 1;
  }
  return [...rows.values()]
    .filter((r) => v.state === null || r.counts[v.state] > 0)
    .sort((a, b) => compare(a.areaName, b.areaName) || a.area.localeCompare(b.area));
}

/** The counts of every row added up. */
export function totals(rows: readonly AreaOverview[]): StateCounts {
  const sum = noCounts();
  for (const r of rows) for (const s of APPROVAL_STATES) sum[s] += r.counts[s];
  return sum;
}

/**
 * What the page shows for a view of the units in the reader's scope: nothing to do (no country in scope), the
 * overview (several countries and none chosen), or the units of one country, chosen or the only one.
 */
export function pageContent(
  scope: readonly ScopeArea[],
  v: ApprovalView,
): { kind: 'none' } | { kind: 'overview' } | { kind: 'country'; area: string; inScope: boolean } {
  const [only] = scope;
  if (only === undefined) return { kind: 'none' };
  if (v.area !== null)
    return { kind: 'country', area: v.area, inScope: scope.some((a) => a.area === v.area) };
  if (scope.length === 1) return { kind: 'country', area: only.area, inScope: true };
  return { kind: 'overview' };
}
