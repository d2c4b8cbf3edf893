import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recruiterText } from './domain/messages.ts';
import { PUBLIC_STATUSES } from './domain/organisation.ts';
import type { Organisation } from './schemas.ts';
import { organisationView } from './views.ts';

/** One organisation: public once on the list; before that, only its members and the reviewers see it. */
export async function getOrganisation(ctx: Ctx, id: number): Promise<Organisation> {
  const view = await organisationView(ctx, id);
  if (!PUBLIC_STATUSES.includes(view.status) && !view.may.act && !view.may.review)
    throw new AppError('not_found', recruiterText('unknown_organisation', { id }));
  return view;
}
