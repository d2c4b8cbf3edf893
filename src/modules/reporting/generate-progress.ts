import { createHash } from 'node:crypto';
import { actorLabel } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { generateProgress } from './domain/progress/generate.ts';
import { roundLabel } from './domain/report-access.ts';
import { presentProgress, roundOrNotFound } from './get-progress.ts';
import { progressText } from './messages-progress.ts';
import { findProgress, insertProgress, loadProgressInputs, updateProgress } from './repo-progress.ts';
import type { ProgressReport } from './schemas-progress.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Generates the progress report of a closed (or published) round from its reports, or regenerates a draft one,
 * keeping the secretariat's editorial text and choice of narratives.
 */
export async function generateProgressReport(ctx: Ctx, roundId: number): Promise<ProgressReport> {
  assertCan(ctx.actor, 'reporting.manage');
  return mutation(ctx, 'progress.generate', async (tx) => {
    const round = await roundOrNotFound(tx, roundId);
    const label = roundLabel(round.year);
    if (round.state === 'planned' || round.state === 'open')
      throw new AppError(
        'invalid_state_transition',
        progressText(round.state === 'open' ? 'err_round_open' : 'err_round_planned', { round: label }),
        { hint: progressText('hint_close_round', { id: round.id }) },
      );
    const existing = await findProgress(tx, roundId, { forUpdate: true });
    if (existing?.state === 'published')
      throw new AppError('invalid_state_transition', progressText('err_published', { round: label }));
    const keep = existing
      ? {
          editorial: existing.content.editorial,
          selectedNarratives: existing.content.narratives.filter((n) => n.selected).map((n) => n.id),
        }
      : null;
    const content = generateProgress(await loadProgressInputs(tx, round), sha256, keep);
    const at = ctx.now();
    const by = actorLabel(ctx.actor);
    if (existing) await updateProgress(tx, roundId, content, at, by, { generated: true });
    else await insertProgress(tx, roundId, content, at, by);
    const summary = (c: typeof content) => ({
      inputsHash: c.inputsHash,
      authorities: c.participation.total.authorities,
      reports: c.participation.total.reports,
      reportIds: c.participation.total.reportIds,
    });
    await tx.audit({
      action: existing ? 'progress.regenerate' : 'progress.generate',
      objectType: 'progress_report',
      objectId: String(roundId),
      before: existing ? { version: existing.version, ...summary(existing.content) } : null,
      after: { version: (existing?.version ?? 0) + 1, ...summary(content) },
    });
    const row = await findProgress(tx, roundId);
    if (!row) throw new AppError('internal', progressText('err_not_generated', { round: label }));
    return presentProgress(row, round, ctx.actor);
  });
}
