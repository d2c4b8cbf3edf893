import { actorLabel } from '../../platform/auth/actor.ts';
import { can } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { issueText, validateAnswers } from '../questionnaires/index.ts';
import { canAct, nextState } from './domain/report-access.ts';
import { reportText } from './messages-reports.ts';
import {
  findReport,
  insertComments,
  nextReviewCycle,
  type StoredReport,
  updateState,
} from './repo-reports.ts';
import { definitionOf, factsOf, presentReport } from './report-view.ts';
import { assertEditable, lockForChange } from './save-answers.ts';
import type { Report, ReportAction, ReportActionBody } from './schemas.ts';

function assertMayAct(ctx: Ctx, r: StoredReport, action: ReportAction): void {
  if (canAct(ctx.actor, factsOf(r), action)) return;
  if (action === 'submit') {
    assertEditable(ctx, r);
  } else if (!(ctx.actor.kind === 'operator' || can(ctx.actor, 'reporting.review'))) {
    throw new AppError('forbidden', reportText('review_refused', { id: r.id }), {
      hint: reportText('review_hint'),
    });
  }
  if (nextState(r.state, action) === null)
    throw new AppError('conflict', reportText(`cannot_${action}`, { id: r.id, state: r.state }));
}

/**
 * Submits a report (refused while anything is missing or wrong), returns it with comments (at least one, per
 * question or on the whole report; they open a review cycle), accepts or publishes it. Each step moves the version
 * on; a step taken on an older version is refused with the current report (409).
 */
export async function actOnReport(
  ctx: Ctx,
  id: number,
  action: ReportAction,
  body: ReportActionBody,
): Promise<Report> {
  return mutation(ctx, `report.${action}`, async (tx) => {
    const r = await lockForChange(ctx, tx, id, body.version, (s) => assertMayAct(ctx, s, action));
    const to = nextState(r.state, action);
    if (to === null) throw new AppError('conflict', reportText(`cannot_${action}`, { id, state: r.state }));
    const def = await definitionOf(tx, r.questionnaireId);
    if (action === 'submit') {
      const issues = validateAnswers(def, r.answers, { forSubmit: true });
      if (issues.length > 0)
        throw new AppError('invalid_input', reportText('submit_issues', { id, count: issues.length }), {
          hint: reportText('submit_hint'),
          errors: issues.map((issue) => ({ field: issue.question, message: issueText(issue, def) })),
        });
    }
    const comments = [
      ...(body.comment ? [{ question: null, body: body.comment }] : []),
      ...body.comments.map((c) => ({ question: c.question, body: c.body })),
    ];
    if (action === 'return' && comments.length === 0)
      throw new AppError('invalid_input', reportText('return_needs_comment', { id }), {
        location: { field: 'comments' },
        hint: reportText('return_hint'),
      });
    const at = ctx.now();
    const by = actorLabel(ctx.actor);
    let cycle: number | null = null;
    if (action === 'return') {
      cycle = await nextReviewCycle(tx, id);
      await insertComments(tx, id, comments, cycle, by, at);
    }
    await updateState(tx, id, to, at, by);
    await tx.audit({
      action: `report.${action}`,
      objectType: 'report',
      objectId: String(id),
      area: r.area,
      before: { state: r.state, version: r.version },
      after: {
        state: to,
        version: r.version + 1,
        ...(cycle !== null ? { reviewCycle: cycle, comments } : {}),
      },
      ...(body.comment ? { comment: body.comment } : {}),
    });
    const saved = await findReport(tx, id);
    if (!saved) throw new AppError('not_found', reportText('not_found', { id }));
    return presentReport(ctx, tx, saved, def);
  });
}
