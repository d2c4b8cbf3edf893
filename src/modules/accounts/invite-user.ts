import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { countryNameIn } from '../reference/index.ts';
import { normalEmail } from './domain/email.ts';
import { invitationMessage } from './domain/messages.ts';
import { newSecret, secretHash } from './domain/secrets.ts';
import { checkGrants } from './grants.ts';
import { queueMessage, sendAfterCommit } from './mail.ts';
import { text } from './messages.ts';
import { areaNames, findUserByEmail, insertOneTimeToken } from './repo.ts';
import type { CreateInvitation, InvitationCreated } from './schemas.ts';
import { LINK_LIFETIME_MS, linkTo } from './settings.ts';
import { invitationView } from './views.ts';

/** Invites someone by e-mail to an account with one role: the link is answered and sent (or put in the outbox). */
export async function inviteUser(
  ctx: Ctx,
  input: CreateInvitation & { baseUrl: string },
): Promise<InvitationCreated> {
  const email = normalEmail(input.email);
  const grant = { role: input.role, area: input.area?.toUpperCase() ?? null };
  await checkGrants(ctx.db, [grant], 'area');
  const token = newSecret(32);
  const link = linkTo(input.baseUrl, 'invitation', token);
  const { invitation, message, delivery } = await mutation(
    ctx,
    'invitation.create',
    async (tx) => {
      if (await findUserByEmail(tx, email)) {
        throw new AppError('conflict', text('account_exists', { email }), {
          location: { field: 'email' },
          hint: text('change_roles_hint'),
        });
      }
      const now = ctx.now();
      const row = await insertOneTimeToken(tx, {
        kind: 'invitation',
        tokenHash: secretHash(token),
        email,
        role: grant.role,
        area: grant.area,
        createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        createdByLabel: ctx.actor.kind === 'user' ? ctx.actor.name : actorLabel(ctx.actor),
        at: now,
        expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS.invitation),
      });
      const view = invitationView(row, now);
      await tx.audit({
        action: 'invitation.create',
        objectType: 'invitation',
        objectId: String(row.id),
        area: grant.area,
        after: view,
      });
      const lang = input.lang ?? ctx.lang;
      const areaName = grant.area
        ? (countryNameIn(grant.area, lang) ??
          (await areaNames(tx, [grant.area])).get(grant.area) ??
          grant.area)
        : null;
      const mail = invitationMessage(lang, {
        inviter: view.invitedBy ?? 'hwmo',
        role: grant.role,
        area: areaName,
        link,
        lifetimeMs: LINK_LIFETIME_MS.invitation,
      });
      const message = { kind: 'invitation' as const, to: email, ...mail };
      return { invitation: view, message, delivery: await queueMessage(tx, message) };
    },
    { data: false },
  );
  return { invitation, link, delivery: await sendAfterCommit(ctx, message, delivery) };
}
