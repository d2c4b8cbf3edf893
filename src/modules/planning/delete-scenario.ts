import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { assertOwned } from './access.ts';
import { loadScenario, deleteScenario as removeScenario } from './repo.ts';

/** Deletes the owner's scenario; it is kept, no longer listed or read, and its content is in the audit record. */
export async function deleteScenario(ctx: Ctx, id: number): Promise<{ id: number }> {
  return mutation(
    ctx,
    'planning.scenario.delete',
    async (tx) => {
      const stored = assertOwned(ctx, id, await loadScenario(tx, id, true));
      await removeScenario(tx, id, ctx.now());
      await tx.audit({
        action: 'planning.scenario.delete',
        objectType: 'planning_scenario',
        objectId: String(id),
        area: stored.area,
        before: { name: stored.name, shared: stored.shared, spec: stored.spec },
      });
      return { id };
    },
    { data: false },
  );
}
