import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { pendingInvitationEmails } from '../accounts/index.ts';
import { countryNameIn } from '../reference/index.ts';
import { roundOrThrow } from './get-round.ts';
import { type AuthorityRow, listAuthorityRows } from './repo.ts';
import type { Authority } from './schemas.ts';

/** Designations as the API answers them: names in the reader's language, whether an invitation waits. */
export async function presentAuthorities(ctx: Ctx, rows: readonly AuthorityRow[]): Promise<Authority[]> {
  const pending = await pendingInvitationEmails(
    ctx.db,
    'national_authority',
    rows.map((r) => ({ email: r.contactEmail, area: r.area })),
    ctx.now(),
  );
  return rows.map((r) => ({
    ...r,
    areaName: countryNameIn(r.area, ctx.lang) ?? r.areaName,
    invitationPending: r.accounts.length === 0 && pending.has(`${r.contactEmail.toLowerCase()} ${r.area}`),
  }));
}

/** The designations of a round, current and superseded, by area (the secretariat). */
export async function listAuthorities(ctx: Ctx, roundId: number): Promise<{ authorities: Authority[] }> {
  assertCan(ctx.actor, 'reporting.review');
  const round = await roundOrThrow(ctx.db, { id: roundId });
  return {
    authorities: await presentAuthorities(ctx, await listAuthorityRows(ctx.db, { roundId: round.id })),
  };
}
