import type { ReportState, Tally } from '../schemas.ts';

/** A WHO member state with its WHO region and World Bank income group. */
export interface MemberCountry {
  code: string;
  region: string | null;
  incomeGroup: string | null;
}

/** What a round holds: the areas with a current authority and its reports. */
export interface RoundHoldings {
  /** Current authority organisation by area. */
  authorities: ReadonlyMap<string, string>;
  reports: ReadonlyArray<{
    id: number;
    kind: 'national' | 'stakeholder';
    area: string | null;
    state: ReportState;
  }>;
}

export interface GroupCount extends Tally {
  code: string;
  countries: number;
  previous: Tally | null;
}

export type AreaProgress = 'not-started' | ReportState;

export interface AreaLine {
  area: string;
  region: string | null;
  incomeGroup: string | null;
  authority: string | null;
  reportId: number | null;
  state: AreaProgress;
}

export interface DashboardCounts {
  total: GroupCount;
  byRegion: GroupCount[];
  byIncome: GroupCount[];
  areas: AreaLine[];
}

export const WHO_REGIONS = ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR'] as const;
export const INCOME_GROUPS = ['LIC', 'LMC', 'UMC', 'HIC'] as const;
/** The group of the members the World Bank does not classify. */
export const UNCLASSIFIED = '_U';

const STAKEHOLDER_COUNTED: ReadonlySet<ReportState> = new Set([
  'submitted',
  'resubmitted',
  'accepted',
  'published',
  'returned',
]);

/** The step of the dashboard a national report's state counts in. */
export function progressOf(state: ReportState | null): 'notStarted' | 'draft' | 'submitted' | 'accepted' {
  switch (state) {
    case null:
      return 'notStarted';
    case 'draft':
    case 'returned':
      return 'draft';
    case 'submitted':
    case 'resubmitted':
      return 'submitted';
    case 'accepted':
    case 'published':
      return 'accepted';
  }
}

const empty = (): Tally => ({
  authorities: 0,
  notStarted: 0,
  draft: 0,
  submitted: 0,
  accepted: 0,
  stakeholder: 0,
});

/** The counts of one round over the members that `inGroup` keeps (stakeholder reports without an area: `all`). */
function tally(
  members: readonly MemberCountry[],
  round: RoundHoldings,
  inGroup: (c: MemberCountry) => boolean,
  all: boolean,
): Tally {
  const t = empty();
  const national = new Map<string, ReportState>();
  for (const r of round.reports) if (r.kind === 'national' && r.area !== null) national.set(r.area, r.state);
  const kept = new Set<string>();
  for (const c of members) {
    if (!inGroup(c)) continue;
    kept.add(c.code);
    if (round.authorities.has(c.code)) t.authorities += 1;
    t[progressOf(national.get(c.code) ?? null)] += 1;
  }
  for (const r of round.reports) {
    if (r.kind !== 'stakeholder' || !STAKEHOLDER_COUNTED.has(r.state)) continue;
    if (r.area === null ? all : kept.has(r.area)) t.stakeholder += 1;
  }
  return t;
}

/**
 * The round's dashboard: per WHO region and income group, over WHO member states, the authorities designated and
 * the national reports at each step, the stakeholder reports submitted (or further), and the same for the previous
 * round; and every area with an authority or a national report.
 */
export function countDashboard(
  members: readonly MemberCountry[],
  round: RoundHoldings,
  previous: RoundHoldings | null,
  areaGroups: ReadonlyMap<string, { region: string | null; incomeGroup: string | null }> = new Map(),
): DashboardCounts {
  const group = (code: string, inGroup: (c: MemberCountry) => boolean, all = false): GroupCount => ({
    code,
    countries: members.filter(inGroup).length,
    ...tally(members, round, inGroup, all),
    previous: previous ? tally(members, previous, inGroup, all) : null,
  });
  const incomes = members.some((m) => m.incomeGroup === null)
    ? [...INCOME_GROUPS, UNCLASSIFIED]
    : [...INCOME_GROUPS];
  const national = new Map<string, { id: number; state: ReportState }>();
  for (const r of round.reports)
    if (r.kind === 'national' && r.area !== null) national.set(r.area, { id: r.id, state: r.state });
  const member = new Map(members.map((m) => [m.code, m]));
  const codes = [...new Set([...round.authorities.keys(), ...national.keys()])].sort();
  return {
    total: group('_T', () => true, true),
    byRegion: WHO_REGIONS.map((code) => group(code, (c) => c.region === code)),
    byIncome: incomes.map((code) => group(code, (c) => (c.incomeGroup ?? UNCLASSIFIED) === code)),
    areas: codes.map((area) => {
      const groups = member.get(area) ?? areaGroups.get(area);
      const report = national.get(area);
      return {
        area,
        region: groups?.region ?? null,
        incomeGroup: groups?.incomeGroup ?? null,
        authority: round.authorities.get(area) ?? null,
        reportId: report?.id ?? null,
        state: report?.state ?? 'not-started',
      };
    }),
  };
}
