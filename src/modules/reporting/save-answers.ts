import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import type { Answers } from '../questionnaires/schemas.ts';
import { canEditReport } from './domain/report-access.ts';
import { reportText } from './messages-reports.ts';
import { findReport, type StoredReport, updateAnswers } from './repo-reports.ts';
import { factsOf, presentReport, readableReport, staleVersion } from './report-view.ts';
import type { Report, SaveAnswers } from './schemas.ts';

/**
 * Refuses a change of a report the actor reads but may not write now: 403 when they are not among its authors, 409
 * when its state or its round's does not allow it.
 */
export function assertEditable(ctx: Ctx, r: StoredReport): void {
  if (canEditReport(ctx.actor, factsOf(r))) return;
  const asAuthor = canEditReport(ctx.actor, { ...factsOf(r), state: 'draft', roundState: 'open' });
  if (!asAuthor)
    throw new AppError('forbidden', reportText('edit_refused', { id: r.id }), {
      hint: reportText('edit_hint'),
    });
  throw new AppError(
    'conflict',
    r.roundState === 'open'
      ? reportText('edit_state', { id: r.id, state: r.state })
      : reportText('edit_round', { id: r.id, state: r.roundState }),
  );
}

/** A report locked for a change by the actor: readable, the version the change was made on, writable now. */
export async function lockForChange(
  ctx: Ctx,
  tx: Queryable,
  id: number,
  version: number,
  check: (r: StoredReport) => void,
): Promise<StoredReport> {
  const r = await readableReport(ctx, tx, id, true);
  if (r.version !== version) {
    // Who may not make the change at all is refused as such, not told that the version moved on.
    try {
      check(r);
    } catch (err) {
      if (err instanceof AppError && err.code === 'forbidden') throw err;
    }
    throw await staleVersion(ctx, tx, r, version);
  }
  check(r);
  return r;
}

/**
 * Autosaves the answers changed since `version` (null removes one), merged into the stored ones; the version moves
 * on. A save on an older version is refused with the current report (409). Incomplete or invalid answers are saved:
 * what is wrong comes back as the report's issues.
 */
export async function saveAnswers(ctx: Ctx, id: number, input: SaveAnswers): Promise<Report> {
  return mutation(ctx, 'report.save', async (tx) => {
    const r = await lockForChange(ctx, tx, id, input.version, (s) => assertEditable(ctx, s));
    const answers: Answers = { ...r.answers };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [question, answer] of Object.entries(input.answers)) {
      before[question] = r.answers[question] ?? null;
      after[question] = answer;
      if (answer === null) delete answers[question];
      else answers[question] = answer;
    }
    await updateAnswers(tx, id, answers, ctx.now(), actorLabel(ctx.actor));
    await tx.audit({
      action: 'report.save',
      objectType: 'report',
      objectId: String(id),
      area: r.area,
      before: { version: r.version, answers: before },
      after: { version: r.version + 1, answers: after },
    });
    const saved = await findReport(tx, id);
    if (!saved) throw new AppError('not_found', reportText('not_found', { id }));
    return presentReport(ctx, tx, saved);
  });
}
