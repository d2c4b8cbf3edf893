import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { registerOr404 } from './access.ts';
import { complaintsOf, listOrganisations } from './repo.ts';
import type { Queue } from './schemas.ts';
import { complaintViews, organisationViews, registerView } from './views.ts';

/** What a register's reviewers have to do: applications, re-confirmations due, and the complaints. */
export async function reviewQueue(ctx: Ctx, destination: string): Promise<Queue> {
  const code = destination.toUpperCase();
  assertCan(ctx.actor, 'recruiters.review', { area: code });
  const register = await registerOr404(ctx.db, code);
  const orgs = await listOrganisations(ctx.db, { register: code });
  const views = await organisationViews(ctx.db, ctx, orgs);
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return {
    register: registerView(register),
    applications: views.filter((o) => o.status === 'applied' || o.status === 'test_passed'),
    reconfirmations: views.filter(
      (o) => o.reconfirmation.state === 'due' || o.reconfirmation.state === 'overdue',
    ),
    complaints: await complaintViews(
      ctx.db,
      await complaintsOf(ctx.db, { register: code }),
      names,
      () => true,
    ),
  };
}
