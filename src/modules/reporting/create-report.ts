import { actorLabel } from '../../platform/auth/actor.ts';
import { can } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { prefillAnswers } from './domain/figures.ts';
import { roundLabel } from './domain/report-access.ts';
import { reportText } from './messages-reports.ts';
import { prefillRows, storedForTables } from './prefill-report.ts';
import { findRound } from './repo.ts';
import { findArea, findNationalReport, findReport, insertReport } from './repo-reports.ts';
import { definitionOf, presentReport } from './report-view.ts';
import type { CreateReport, Report } from './schemas.ts';

/**
 * Starts a report on an open round, with the round's questionnaire of its kind, its pre-filled tables holding what
 * the data core has: a national report (one per area and round) by the area's national authority or the
 * secretariat, or a stakeholder report by a stakeholder account, its author.
 */
export async function createReport(ctx: Ctx, roundId: number, input: CreateReport): Promise<Report> {
  const { actor } = ctx;
  const area = input.area;
  if (input.kind === 'national') {
    const allowed =
      actor.kind === 'operator' ||
      can(actor, 'reporting.manage') ||
      can(actor, 'reporting.report', area ? { area } : {});
    if (!allowed)
      throw new AppError('forbidden', reportText('create_national_refused', { area: area ?? '' }), {
        hint: reportText('create_national_hint'),
      });
  } else if (actor.kind !== 'user' || !can(actor, 'reporting.stakeholder')) {
    throw new AppError('forbidden', reportText('create_stakeholder_refused'), {
      hint: reportText('create_stakeholder_hint'),
    });
  }
  return mutation(ctx, 'report.create', async (tx) => {
    const round = await findRound(tx, { id: roundId });
    if (!round)
      throw new AppError('not_found', reportText('round_not_found', { id: roundId }), {
        location: { field: 'id' },
      });
    const label = roundLabel(round.year);
    if (round.state !== 'open')
      throw new AppError('conflict', reportText('round_not_open', { round: label, state: round.state }), {
        hint: reportText('round_not_open_hint'),
      });
    const questionnaireId =
      input.kind === 'national' ? round.questionnaireId : round.stakeholderQuestionnaireId;
    if (questionnaireId === null)
      throw new AppError('conflict', reportText('no_stakeholder_questionnaire', { round: label }));
    if (area) {
      const known = await findArea(tx, area);
      if (known?.kind !== 'country')
        throw new AppError('invalid_input', reportText('not_a_country', { code: area }), {
          location: { field: 'area' },
        });
    }
    if (input.kind === 'national' && area) {
      const existing = await findNationalReport(tx, round.id, area);
      if (existing !== null)
        throw new AppError('conflict', reportText('national_exists', { round: label, area, id: existing }), {
          hint: reportText('national_exists_hint', { id: existing }),
          extensions: { existing },
        });
    }
    const def = await definitionOf(tx, questionnaireId);
    const tables = await storedForTables(tx, def, area, round.year);
    const answers = prefillAnswers({}, prefillRows(tables));
    const id = await insertReport(tx, {
      roundId: round.id,
      kind: input.kind,
      area,
      organisation: input.kind === 'stakeholder' ? input.organisation : null,
      organisationType: input.kind === 'stakeholder' ? input.organisationType : null,
      authorUserId: input.kind === 'stakeholder' && actor.kind === 'user' ? actor.userId : null,
      questionnaireId,
      answers,
      at: ctx.now(),
      by: actorLabel(actor),
    });
    await tx.audit({
      action: 'report.create',
      objectType: 'report',
      objectId: String(id),
      area,
      after: {
        round: round.year,
        kind: input.kind,
        questionnaire: questionnaireId,
        ...(input.kind === 'stakeholder'
          ? { organisation: input.organisation, organisationType: input.organisationType }
          : {}),
        prefilled: Object.fromEntries(tables.map((t) => [t.table.id, t.latest.length])),
      },
    });
    const stored = await findReport(tx, id);
    if (!stored) throw new AppError('not_found', reportText('not_found', { id }));
    return presentReport(tx.ctx, tx, stored, def);
  });
}
