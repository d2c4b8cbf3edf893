import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { canReadReport } from './domain/report-access.ts';
import { reportText } from './messages-reports.ts';
import { findRound } from './repo.ts';
import { type ReportFilter, selectReports } from './repo-reports.ts';
import { factsOf, summaryOf } from './report-view.ts';
import type { ReportSummary } from './schemas.ts';

/**
 * The reports of a round the actor may read: the secretariat every one, a national authority its area's, a
 * stakeholder its own, and everyone the published ones. `roundId` null: every round (the CLI's listing).
 */
export async function listReports(
  ctx: Ctx,
  roundId: number | null,
  filter: ReportFilter = {},
): Promise<{ reports: ReportSummary[] }> {
  if (roundId !== null && !(await findRound(ctx.db, { id: roundId })))
    throw new AppError('not_found', reportText('round_not_found', { id: roundId }), {
      location: { field: 'id' },
    });
  const stored = await selectReports(ctx.db, roundId, filter);
  return {
    reports: stored.filter((r) => canReadReport(ctx.actor, factsOf(r))).map((r) => summaryOf(ctx, r)),
  };
}
