import { actorLabel } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { roundLabel } from './domain/report-access.ts';
import { presentProgress, roundOrNotFound } from './get-progress.ts';
import { progressText } from './messages-progress.ts';
import { findProgress, updateProgress } from './repo-progress.ts';
import type { EditProgress, ProgressReport } from './schemas-progress.ts';

/**
 * The secretariat's edit of a draft progress report: its summary and section texts, and which narrative answers it
 * quotes. A version other than the current one is refused with the current report (409), so nothing is overwritten.
 */
export async function editProgressReport(
  ctx: Ctx,
  roundId: number,
  edit: EditProgress,
): Promise<ProgressReport> {
  assertCan(ctx.actor, 'reporting.manage');
  return mutation(ctx, 'progress.edit', async (tx) => {
    const round = await roundOrNotFound(tx, roundId);
    const label = roundLabel(round.year);
    const row = await findProgress(tx, roundId, { forUpdate: true });
    if (!row)
      throw new AppError('not_found', progressText('err_not_generated', { round: label }), {
        hint: progressText('hint_generate', { id: round.id, year: round.year }),
      });
    if (row.state === 'published')
      throw new AppError('invalid_state_transition', progressText('err_published', { round: label }));
    if (row.version !== edit.version)
      throw new AppError(
        'conflict',
        progressText('err_stale', { version: edit.version, current: row.version }),
        {
          hint: progressText('hint_stale'),
          location: { field: 'version' },
          extensions: { current: presentProgress(row, round, ctx.actor) },
        },
      );
    const known = new Set(row.content.narratives.map((n) => n.id));
    const unknown = (edit.selectedNarratives ?? []).filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new AppError('invalid_input', progressText('err_unknown_narrative', { id: unknown[0] ?? '' }), {
        hint: progressText('hint_unknown_narrative'),
        errors: unknown.map((id) => ({
          field: `selectedNarratives.${(edit.selectedNarratives ?? []).indexOf(id)}`,
          message: progressText('err_unknown_narrative_field'),
        })),
      });
    const selected = edit.selectedNarratives ? new Set(edit.selectedNarratives) : null;
    const content = {
      ...row.content,
      editorial: edit.editorial ?? row.content.editorial,
      narratives: row.content.narratives.map((n) => (selected ? { ...n, selected: selected.has(n.id) } : n)),
    };
    await updateProgress(tx, roundId, content, ctx.now(), actorLabel(ctx.actor), { generated: false });
    const chosen = (c: typeof content) => c.narratives.filter((n) => n.selected).map((n) => n.id);
    await tx.audit({
      action: 'progress.edit',
      objectType: 'progress_report',
      objectId: String(roundId),
      before: {
        version: row.version,
        editorial: row.content.editorial,
        selectedNarratives: chosen(row.content),
      },
      after: { version: row.version + 1, editorial: content.editorial, selectedNarratives: chosen(content) },
    });
    const updated = await findProgress(tx, roundId);
    if (!updated) throw new AppError('internal', progressText('err_not_generated', { round: label }));
    return presentProgress(updated, round, ctx.actor);
  });
}
