import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { assertReadable, ownerOf, presentScenario } from './access.ts';
import { assertCountry } from './get-starting-inputs.ts';
import { text as t } from './messages.ts';
import { insertScenario, loadScenario } from './repo.ts';
import type { NewScenario, Scenario } from './schemas.ts';

/** Saves a scenario owned by the actor; derived from another it names the one it came from, which it may read. */
export async function createScenario(ctx: Ctx, input: NewScenario): Promise<Scenario> {
  const who = ownerOf(ctx);
  await assertCountry(ctx.db, input.spec.area);
  return mutation(
    ctx,
    'planning.scenario.create',
    async (tx) => {
      if (input.parent !== null) assertReadable(ctx, input.parent, await loadScenario(tx, input.parent));
      const id = await insertScenario(
        tx,
        { name: input.name, ...who, shared: input.shared, parent: input.parent, spec: input.spec },
        ctx.now(),
      );
      const saved = await loadScenario(tx, id);
      if (!saved) throw new AppError('internal', t('not_found', { id }));
      await tx.audit({
        action: 'planning.scenario.create',
        objectType: 'planning_scenario',
        objectId: String(id),
        area: input.spec.area,
        after: { name: input.name, shared: input.shared, parent: input.parent, spec: input.spec },
      });
      return presentScenario(ctx, saved);
    },
    { data: false },
  );
}
