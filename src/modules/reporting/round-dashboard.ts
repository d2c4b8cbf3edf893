import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { render } from '../../platform/i18n/messages.ts';
import { countryNameIn } from '../reference/index.ts';
import { countDashboard, type GroupCount, type RoundHoldings } from './domain/dashboard.ts';
import { roundOrThrow } from './get-round.ts';
import { text } from './messages.ts';
import { areaFacts, listAuthorityRows, listReportRows } from './repo.ts';
import type { Dashboard } from './schemas.ts';

async function holdings(ctx: Ctx, roundId: number): Promise<RoundHoldings> {
  const authorities = await listAuthorityRows(ctx.db, { roundId, current: true });
  const reports = await listReportRows(ctx.db, { roundId });
  return {
    authorities: new Map(authorities.map((a) => [a.area, a.organisation])),
    reports: reports.map((r) => ({ id: r.id, kind: r.kind, area: r.area, state: r.state })),
  };
}

const REGION_KEYS = {
  AFR: 'region_AFR',
  AMR: 'region_AMR',
  SEAR: 'region_SEAR',
  EUR: 'region_EUR',
  EMR: 'region_EMR',
  WPR: 'region_WPR',
} as const;
const INCOME_KEYS = {
  LIC: 'income_LIC',
  LMC: 'income_LMC',
  UMC: 'income_UMC',
  HIC: 'income_HIC',
  _U: 'income__U',
} as const;

/**
 * A round's progress for the secretariat: per WHO region and income group, over WHO member states, the authorities
 * designated and the reports at each step, beside the previous round; and every area with an authority or a report.
 */
export async function roundDashboard(ctx: Ctx, roundId: number): Promise<Dashboard> {
  assertCan(ctx.actor, 'reporting.review');
  const round = await roundOrThrow(ctx.db, { id: roundId });
  const current = await holdings(ctx, round.id);
  const previous = round.previousRoundId === null ? null : await holdings(ctx, round.previousRoundId);
  const named = [...current.authorities.keys(), ...current.reports.flatMap((r) => (r.area ? [r.area] : []))];
  const areas = await areaFacts(ctx.db, named);
  const members = areas.filter((a) => a.member);
  const counts = countDashboard(
    members.map((m) => ({ code: m.code, region: m.region, incomeGroup: m.incomeGroup })),
    current,
    previous,
    new Map(areas.map((a) => [a.code, { region: a.region, incomeGroup: a.incomeGroup }])),
  );
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const name = (key: Parameters<typeof text>[0]) => render(text(key), ctx.lang);
  const group = (g: GroupCount, key: Parameters<typeof text>[0]) => ({ ...g, name: name(key) });
  return {
    round,
    total: counts.total,
    byRegion: counts.byRegion.map((g) => group(g, REGION_KEYS[g.code as keyof typeof REGION_KEYS])),
    byIncome: counts.byIncome.map((g) => group(g, INCOME_KEYS[g.code as keyof typeof INCOME_KEYS])),
    areas: counts.areas.map((a) => ({
      ...a,
      areaName: countryNameIn(a.area, ctx.lang) ?? byCode.get(a.area)?.name ?? a.area,
    })),
  };
}
