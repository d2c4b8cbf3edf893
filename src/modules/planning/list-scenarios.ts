import type { Ctx } from '../../platform/context.ts';
import { ownerOf, presentScenario } from './access.ts';
import { listScenarios as readScenarios } from './repo.ts';
import type { Scenario } from './schemas.ts';

/** The actor's own scenarios, of one area or all, newest change first. */
export async function listScenarios(ctx: Ctx, area: string | undefined): Promise<{ scenarios: Scenario[] }> {
  const { owner } = ownerOf(ctx);
  return { scenarios: (await readScenarios(ctx.db, owner, area)).map((s) => presentScenario(ctx, s)) };
}
