import type { Ctx } from '../../platform/context.ts';
import { listOrganisations, organisationsOf } from './repo.ts';
import type { OrganisationList } from './schemas.ts';
import { organisationViews } from './views.ts';

/** The organisations the signed-in user acts for, with their test, complaints and appeals. */
export async function myOrganisations(ctx: Ctx): Promise<OrganisationList> {
  if (ctx.actor.kind !== 'user') return { organisations: [] };
  const ids = await organisationsOf(ctx.db, ctx.actor.userId);
  if (ids.length === 0) return { organisations: [] };
  return { organisations: await organisationViews(ctx.db, ctx, await listOrganisations(ctx.db, { ids })) };
}
