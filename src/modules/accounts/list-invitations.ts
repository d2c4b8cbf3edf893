import type { Ctx } from '../../platform/context.ts';
import { listInvitations } from './repo.ts';
import type { InvitationList } from './schemas.ts';
import { invitationView } from './views.ts';

export async function listInvitationsView(ctx: Ctx): Promise<InvitationList> {
  const now = ctx.now();
  return { invitations: (await listInvitations(ctx.db)).map((r) => invitationView(r, now)) };
}
