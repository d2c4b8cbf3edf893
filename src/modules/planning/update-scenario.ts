import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { assertOwned, presentScenario } from './access.ts';
import { assertCountry } from './get-starting-inputs.ts';
import { text as t } from './messages.ts';
import { loadScenario, updateScenario as writeScenario } from './repo.ts';
import type { Scenario, ScenarioSpec } from './schemas.ts';

/** Changes the owner's scenario saved as `version`; a change on an older version is refused (409) with the current. */
export async function updateScenario(
  ctx: Ctx,
  id: number,
  change: { version: number; name: string; shared: boolean; spec: ScenarioSpec },
): Promise<Scenario> {
  await assertCountry(ctx.db, change.spec.area);
  return mutation(
    ctx,
    'planning.scenario.update',
    async (tx) => {
      const stored = assertOwned(ctx, id, await loadScenario(tx, id, true));
      if (stored.version !== change.version)
        throw new AppError(
          'conflict',
          t('stale', {
            id,
            sent: change.version,
            version: stored.version,
            at: stored.updatedAt.toISOString(),
          }),
          {
            hint: t('stale_hint'),
            location: { field: 'version' },
            extensions: { current: presentScenario(ctx, stored) },
          },
        );
      await writeScenario(tx, id, change, ctx.now());
      const saved = await loadScenario(tx, id);
      if (!saved) throw new AppError('internal', t('not_found', { id }));
      await tx.audit({
        action: 'planning.scenario.update',
        objectType: 'planning_scenario',
        objectId: String(id),
        area: change.spec.area,
        before: { version: stored.version, name: stored.name, shared: stored.shared, spec: stored.spec },
        after: { version: saved.version, name: saved.name, shared: saved.shared, spec: saved.spec },
      });
      return presentScenario(ctx, saved);
    },
    { data: false },
  );
}
