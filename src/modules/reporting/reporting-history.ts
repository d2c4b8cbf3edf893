import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { countryNameIn } from '../reference/index.ts';
import { canReadReport, roundLabel } from './domain/report-access.ts';
import { text } from './messages.ts';
import { findArea, listAuthorityRows, listReportRows, listRoundRows, type ReportRow } from './repo.ts';
import type { ReportingHistory, ReportSummary } from './schemas.ts';

/** A report as lists show it, names in the reader's language. */
export function summarise(r: ReportRow, areaName: string | null, lang: Ctx['lang']): ReportSummary {
  return {
    id: r.id,
    roundId: r.roundId,
    roundYear: r.roundYear,
    roundLabel: roundLabel(r.roundYear),
    kind: r.kind,
    area: r.area,
    areaName: r.area === null ? null : (countryNameIn(r.area, lang) ?? areaName ?? r.area),
    organisation: r.organisation,
    organisationType: r.organisationType as ReportSummary['organisationType'],
    state: r.state,
    version: r.version,
    updatedAt: r.updatedAt,
    submittedAt: r.submittedAt,
    acceptedAt: r.acceptedAt,
    publishedAt: r.publishedAt,
  };
}

/**
 * An area's reporting round by round, the latest first: its designated authority and its national report, the
 * report shown only to those who may read it (the public: once published).
 */
export async function reportingHistory(ctx: Ctx, iso3: string): Promise<ReportingHistory> {
  const code = iso3.toUpperCase();
  const area = await findArea(ctx.db, code);
  if (!area)
    throw new AppError('not_found', text('unknown_area', { code }), {
      location: { field: 'iso3' },
      hint: text('area_hint'),
    });
  const rounds = await listRoundRows(ctx.db);
  const authorities = await listAuthorityRows(ctx.db, { area: code, current: true });
  const reports = await listReportRows(ctx.db, { area: code, kind: 'national' });
  return {
    area: code,
    areaName: countryNameIn(code, ctx.lang) ?? area.name,
    rounds: rounds.map((round) => {
      const report = reports.find((r) => r.roundId === round.id);
      const readable =
        report &&
        canReadReport(ctx.actor, {
          kind: report.kind,
          area: report.area,
          authorUserId: report.authorUserId,
          state: report.state,
          roundState: report.roundState,
        });
      return {
        round: { id: round.id, year: round.year, label: round.label, state: round.state },
        authority: authorities.find((a) => a.roundId === round.id)?.organisation ?? null,
        report: readable ? summarise(report, area.name, ctx.lang) : null,
      };
    }),
  };
}
