import { actorLabel } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { accountForAreaRole, grantAreaRole, inviteUser, pendingInvitationEmails } from '../accounts/index.ts';
import { roundOrThrow } from './get-round.ts';
import { presentAuthorities } from './list-authorities.ts';
import { text } from './messages.ts';
import {
  findArea,
  insertAuthority,
  linkAuthorityAccount,
  listAuthorityRows,
  supersedeAuthority,
} from './repo.ts';
import type { Authority, DesignateAuthority } from './schemas.ts';

const ROLE = 'national_authority' as const;

/**
 * Designates the national authority of an area for a round, superseding the current designation. With `invite`,
 * its contact gets access: an existing account of that e-mail is granted the national authority role of the area
 * (unless it holds it) and linked to the authority; otherwise the contact is invited to such an account (links to
 * `baseUrl`), unless an invitation already waits.
 */
export async function designateAuthority(
  ctx: Ctx,
  roundId: number,
  input: DesignateAuthority,
  opts: { baseUrl: string },
): Promise<Authority> {
  assertCan(ctx.actor, 'reporting.manage');
  const area = input.area.toUpperCase();
  const { id, invite } = await mutation(ctx, 'authority.designate', async (tx) => {
    const round = await roundOrThrow(tx, { id: roundId }, { lock: true });
    const facts = await findArea(tx, area);
    if (!facts)
      throw new AppError('unknown_area', text('unknown_area', { code: area }), {
        location: { field: 'area' },
        hint: text('area_hint'),
      });
    if (facts.kind !== 'country')
      throw new AppError('invalid_input', text('not_a_country', { code: area }), {
        location: { field: 'area' },
        hint: text('area_hint'),
      });
    const at = ctx.now();
    const superseded = await supersedeAuthority(tx, round.id, area, at);
    const details = {
      organisation: input.organisation,
      contactName: input.contactName,
      contactEmail: input.contactEmail.trim().toLowerCase(),
      contactPhone: input.contactPhone || null,
    };
    const id = await insertAuthority(tx, {
      roundId: round.id,
      area,
      ...details,
      at,
      by: actorLabel(ctx.actor),
    });
    let invite = false;
    let linked: number | null = null;
    if (input.invite) {
      const account = await accountForAreaRole(tx, details.contactEmail, ROLE, area);
      if (account) {
        if (!account.holds) await grantAreaRole(tx, account.userId, ROLE, area);
        await linkAuthorityAccount(tx, id, account.userId);
        linked = account.userId;
      } else invite = true;
    }
    await tx.audit({
      action: 'authority.designate',
      objectType: 'national_authority',
      objectId: String(id),
      area,
      before: superseded === null ? null : { authority: superseded },
      after: { round: round.year, ...details, account: linked },
    });
    return { id, invite };
  });
  if (invite) {
    const email = input.contactEmail.trim().toLowerCase();
    const waiting = await pendingInvitationEmails(ctx.db, ROLE, [{ email, area }], ctx.now());
    if (!waiting.has(`${email} ${area}`))
      await inviteUser(ctx, { email, role: ROLE, area, baseUrl: opts.baseUrl });
  }
  const rows = (await listAuthorityRows(ctx.db, { roundId, area })).filter((r) => r.id === id);
  const [authority] = await presentAuthorities(ctx, rows);
  if (!authority) throw new Error(`authority ${id} vanished`);
  return authority;
}
