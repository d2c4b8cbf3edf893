import type { Ctx } from '../../platform/context.ts';
import { resolveStartingInputs } from './domain/starting.ts';
import { worldStock } from './domain/world.ts';
import { loadPlanningPoints, memberStates } from './repo.ts';
import { pointsByArea } from './run-projections.ts';
import { PLANNING_CADRES, type WorldStock } from './schemas.ts';

/** Every WHO Member State's starting stock summed per cadre, beside the published global totals. */
export async function getWorldStock(ctx: Ctx, baseYear: number): Promise<WorldStock> {
  const areas = await memberStates(ctx.db);
  const byArea = pointsByArea(await loadPlanningPoints(ctx.db, areas));
  const starting = areas.map((a) => resolveStartingInputs(a, baseYear, PLANNING_CADRES, byArea.get(a) ?? []));
  return { baseYear, of: areas.length, cadres: worldStock(starting, PLANNING_CADRES) };
}
