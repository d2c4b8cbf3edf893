import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { render } from '../../platform/i18n/messages.ts';
import { ownerKey } from './access.ts';
import { text as t } from './messages.ts';
import { failInterruptedRuns, loadOwnedRun, listRuns as readRuns } from './repo.ts';
import type { Run } from './schemas.ts';

/** A run that showed no progress for this long was left by a server that stopped. */
export const RUN_SILENCE_MS = 5 * 60_000;

async function markInterrupted(ctx: Ctx): Promise<void> {
  if (ctx.readOnly) return;
  await failInterruptedRuns(
    ctx.db,
    render(t('run_interrupted'), ctx.lang),
    new Date(ctx.now().getTime() - RUN_SILENCE_MS),
  );
}

/** A run its owner reads: state, progress, and when done its rows and provenance. */
export async function getRun(ctx: Ctx, id: number): Promise<Run> {
  await markInterrupted(ctx);
  const stored = await loadOwnedRun(ctx.db, id);
  if (!stored || (ctx.actor.kind !== 'operator' && stored.owner !== ownerKey(ctx.actor)))
    throw new AppError('not_found', t('run_not_found', { id }));
  return stored.run;
}

/** The actor's newest runs, without their rows. */
export async function listRuns(ctx: Ctx): Promise<{ runs: Omit<Run, 'rows'>[] }> {
  await markInterrupted(ctx);
  const owner = ownerKey(ctx.actor);
  if (owner === null) return { runs: [] };
  return { runs: (await readRuns(ctx.db, owner)).map(({ rows: _rows, ...run }) => run) };
}
