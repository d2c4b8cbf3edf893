import type { Ctx } from '../../platform/context.ts';
import { liveLink } from './links.ts';
import { areaNames } from './repo.ts';
import type { InvitationPreview } from './schemas.ts';

/** What an invitation link is for, shown before its account is created. */
export async function previewInvitation(ctx: Ctx, input: { token: string }): Promise<InvitationPreview> {
  const row = await liveLink(ctx.db, input.token, 'invitation', ctx.now());
  const areaName = row.area ? ((await areaNames(ctx.db, [row.area])).get(row.area) ?? null) : null;
  return {
    email: row.email ?? '',
    role: row.role ?? 'stakeholder',
    area: row.area,
    areaName,
    invitedBy: row.createdByLabel,
    expiresAt: row.expiresAt,
  };
}
