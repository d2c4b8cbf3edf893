import type { Ctx } from '../../platform/context.ts';
import type { Area, AreaKind } from './domain/areas.ts';
import { loadAreas } from './repo.ts';

export async function listAreas(
  ctx: Pick<Ctx, 'db'>,
  filter: { kind?: AreaKind; parent?: string } = {},
): Promise<Area[]> {
  const areas = await loadAreas(ctx.db);
  return areas.filter(
    (a) =>
      (!filter.kind || a.kind === filter.kind) &&
      (!filter.parent || a.parent === filter.parent.toUpperCase()),
  );
}
