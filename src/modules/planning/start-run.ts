import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { render } from '../../platform/i18n/messages.ts';
import { ownerOf } from './access.ts';
import { text as t } from './messages.ts';
import { failRun, finishRun, insertRun, loadOwnedRun, startRun as markStarted, runProgress } from './repo.ts';
import { projectAreas, provenanceOf, runAreas, runRows } from './run-projections.ts';
import type { Run, RunRequest } from './schemas.ts';

/** Progress is written at most this often, in areas. */
const PROGRESS_EVERY = 10;

async function execute(ctx: Ctx, id: number, request: RunRequest): Promise<void> {
  const { db } = ctx;
  try {
    const total = (await runAreas(db, request)).length;
    await markStarted(db, id, total, ctx.now());
    const { areas, dataVersion } = await projectAreas(ctx, request, async (done) => {
      if (done % PROGRESS_EVERY === 0 && done < total) await runProgress(db, id, done);
    });
    await finishRun(
      db,
      id,
      { rows: runRows(areas), provenance: provenanceOf(request, dataVersion) },
      ctx.now(),
    );
  } catch (e) {
    const message =
      e instanceof AppError ? render(e.text, ctx.lang) : e instanceof Error ? e.message : String(e);
    ctx.log.error(`planning run ${id} failed: ${message}`);
    await failRun(db, id, message, ctx.now()).catch(() => undefined);
  }
}

/**
 * Records a projection of many areas and starts it in the background of this process; the answer comes at once
 * with the run queued, and its state, progress and result are read from the run.
 */
export async function startRun(ctx: Ctx, request: RunRequest): Promise<Run> {
  const who = ownerOf(ctx);
  await runAreas(ctx.db, request);
  const id = await mutation(
    ctx,
    'planning.run.start',
    async (tx) => {
      const id = await insertRun(tx, request, who, ctx.now());
      await tx.audit({
        action: 'planning.run.start',
        objectType: 'planning_run',
        objectId: String(id),
        after: request,
      });
      return id;
    },
    { data: false },
  );
  const stored = await loadOwnedRun(ctx.db, id);
  if (!stored) throw new AppError('internal', t('run_not_found', { id }));
  setImmediate(() => void execute(ctx, id, request));
  return stored.run;
}
