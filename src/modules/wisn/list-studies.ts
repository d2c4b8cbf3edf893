import type { Ctx } from '../../platform/context.ts';
import { managedAreas } from './access.ts';
import { summaryOf } from './present.ts';
import { listStudies as readStudies } from './repo.ts';
import type { StudyList } from './schemas.ts';

/** The studies of the areas the reader manages, newest change first. */
export async function listStudies(ctx: Ctx, query: { area?: string | undefined }): Promise<StudyList> {
  const mine = managedAreas(ctx.actor);
  const areas =
    query.area === undefined ? mine : mine === null || mine.includes(query.area) ? [query.area] : [];
  if (areas !== null && areas.length === 0) return { studies: [] };
  return { studies: (await readStudies(ctx.db, areas)).map(summaryOf) };
}
