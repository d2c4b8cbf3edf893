import type { Actor } from '../../platform/auth/actor.ts';
import { can } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { roundLabel } from './domain/report-access.ts';
import { progressText } from './messages-progress.ts';
import { findRound } from './repo.ts';
import { findProgress, type ProgressRow, type RoundFacts } from './repo-progress.ts';
import type { ProgressReport } from './schemas-progress.ts';

/** The secretariat's own: generating, editing and publishing the progress report. */
export function managesProgress(actor: Actor): boolean {
  return can(actor, 'reporting.manage');
}

/** The progress report as the API gives it, with what the reader may do with it now. */
export function presentProgress(row: ProgressRow, round: RoundFacts, actor: Actor): ProgressReport {
  const manage = managesProgress(actor);
  const draft = row.state === 'draft';
  return {
    roundId: row.roundId,
    state: row.state,
    version: row.version,
    content: row.content,
    generatedAt: new Date(row.generatedAt).toISOString(),
    generatedBy: row.generatedBy,
    updatedAt: new Date(row.updatedAt).toISOString(),
    updatedBy: row.updatedBy,
    publishedAt: row.publishedAt === null ? null : new Date(row.publishedAt).toISOString(),
    allowed: {
      edit: manage && draft,
      regenerate: manage && draft && (round.state === 'closed' || round.state === 'published'),
      publish: manage && draft && round.state === 'closed',
    },
  };
}

/** The round, or not_found. */
export async function roundOrNotFound(q: Queryable, roundId: number): Promise<RoundFacts> {
  const round = await findRound(q, { id: roundId });
  if (!round) throw new AppError('not_found', progressText('err_round_not_found', { id: roundId }));
  return round;
}

/**
 * The round's progress report: public once published; before, the secretariat's only (401 for the public, 403 for
 * others, whether or not one was generated, so that nothing is told of an unpublished report).
 */
export async function getProgressReport(ctx: Ctx, roundId: number): Promise<ProgressReport> {
  const round = await roundOrNotFound(ctx.db, roundId);
  const row = await findProgress(ctx.db, roundId);
  const label = roundLabel(round.year);
  if (row?.state !== 'published' && !managesProgress(ctx.actor)) {
    const options = { hint: progressText('hint_not_published') };
    const message = progressText('err_not_published', { round: label });
    throw new AppError(ctx.actor.kind === 'public' ? 'unauthenticated' : 'forbidden', message, options);
  }
  if (!row)
    throw new AppError('not_found', progressText('err_not_generated', { round: label }), {
      hint: progressText('hint_generate', { id: round.id, year: round.year }),
    });
  return presentProgress(row, round, ctx.actor);
}
