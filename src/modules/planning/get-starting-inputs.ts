import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { resolveStartingInputs } from './domain/starting.ts';
import { text as t } from './messages.ts';
import { countryExists, loadPlanningPoints } from './repo.ts';
import { PLANNING_CADRES, type PlanningCadre, type StartingInputs } from './schemas.ts';

export async function assertCountry(db: Queryable, area: string): Promise<void> {
  if (!(await countryExists(db, area)))
    throw new AppError('invalid_input', t('unknown_area', { code: area }), { location: { field: 'area' } });
}

/** Each cadre's starting stock and flows from the data core, with their year and source, and the defaults. */
export async function getStartingInputs(
  ctx: Ctx,
  area: string,
  baseYear: number,
  cadres: readonly PlanningCadre[] = PLANNING_CADRES,
  sources: readonly string[] = [],
): Promise<StartingInputs> {
  await assertCountry(ctx.db, area);
  return resolveStartingInputs(area, baseYear, cadres, await loadPlanningPoints(ctx.db, [area]), sources);
}
