import type { Ctx } from '../../platform/context.ts';
import { countryNameIn } from '../reference/index.ts';
import { currentConfigs } from './repo.ts';
import type { DestinationList } from './schemas.ts';

/** The destinations with a configuration of their own, with the version in force. */
export async function listDestinations(ctx: Ctx): Promise<DestinationList> {
  const stored = await currentConfigs(ctx.db);
  return {
    destinations: stored.map((s) => ({
      code: s.destination,
      name: countryNameIn(s.destination, ctx.lang) ?? s.config.name,
      version: s.id,
      savedAt: s.savedAt,
      codeTitle: s.config.code?.title ?? null,
    })),
  };
}
