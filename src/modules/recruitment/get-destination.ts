import type { Ctx } from '../../platform/context.ts';
import { configHistory } from './repo.ts';
import type { DestinationOut } from './schemas.ts';
import { configOf, requireCountry } from './status-inputs.ts';

/** A destination's configuration in force (its own, or the WHO list as published) and its saved versions. */
export async function getDestination(ctx: Ctx, iso3: string): Promise<DestinationOut> {
  const destination = await requireCountry(ctx, iso3, 'iso3');
  const { config, stored } = await configOf(ctx, destination);
  const history = await configHistory(ctx.db, destination.code);
  return {
    destination,
    configured: stored !== null,
    version: stored?.id ?? null,
    config,
    history: history.map((h) => ({ version: h.id, savedAt: h.savedAt, savedBy: h.savedBy, note: h.note })),
  };
}
