import type { Ctx } from '../../platform/context.ts';
import { PUBLIC_STATUSES } from './domain/organisation.ts';
import { listOrganisations } from './repo.ts';
import type { OrganisationList, OrganisationListQuery } from './schemas.ts';
import { organisationViews } from './views.ts';

/** The public register: organisations listed, warned, suspended or removed, with their dated history. */
export async function listPublicOrganisations(
  ctx: Ctx,
  query: OrganisationListQuery,
): Promise<OrganisationList> {
  const statuses = query.status ? PUBLIC_STATUSES.filter((s) => s === query.status) : PUBLIC_STATUSES;
  const orgs = await listOrganisations(ctx.db, {
    register: query.register,
    statuses,
    words: query.q || undefined,
  });
  return { organisations: await organisationViews(ctx.db, ctx, orgs) };
}
