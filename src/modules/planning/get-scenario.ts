import type { Ctx } from '../../platform/context.ts';
import { assertReadable, presentScenario } from './access.ts';
import { loadScenario } from './repo.ts';
import type { Scenario } from './schemas.ts';

/** A scenario its owner, or anyone once it is shared, reads. */
export async function getScenario(ctx: Ctx, id: number): Promise<Scenario> {
  return presentScenario(ctx, assertReadable(ctx, id, await loadScenario(ctx.db, id)));
}
