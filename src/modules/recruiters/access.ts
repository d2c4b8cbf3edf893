import { can } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { recruiterText } from './domain/messages.ts';
import {
  findOrganisation,
  findRegister,
  isMember,
  type StoredOrganisation,
  type StoredRegister,
} from './repo.ts';

/** Whether the reader reviews the register (secretariat, admin, or the destination's national authority). */
export function reviews(ctx: Ctx, register: string): boolean {
  return can(ctx.actor, 'recruiters.review', { area: register });
}

/** Whether the reader acts for the organisation (a member; the operator acts for any). */
export async function actsFor(q: Queryable, ctx: Ctx, organisationId: number): Promise<boolean> {
  if (ctx.actor.kind === 'operator') return true;
  if (ctx.actor.kind !== 'user') return false;
  return isMember(q, ctx.actor.userId, organisationId);
}

export async function organisationOr404(
  q: Queryable,
  id: number,
  opts: { lock?: boolean } = {},
): Promise<StoredOrganisation> {
  const org = await findOrganisation(q, id, opts);
  if (!org) throw new AppError('not_found', recruiterText('unknown_organisation', { id }));
  return org;
}

export async function registerOr404(q: Queryable, code: string): Promise<StoredRegister> {
  const register = await findRegister(q, code);
  if (!register)
    throw new AppError('not_found', recruiterText('unknown_register', { code }), {
      hint: recruiterText('unknown_register_hint'),
    });
  return register;
}

/** The organisation, when the reader acts for it; refused otherwise, whoever they are. */
export async function ownOrganisation(
  q: Queryable,
  ctx: Ctx,
  id: number,
  opts: { lock?: boolean } = {},
): Promise<StoredOrganisation> {
  const org = await organisationOr404(q, id, opts);
  if (!(await actsFor(q, ctx, id)))
    throw new AppError('forbidden', recruiterText('not_member', { name: org.name }), {
      hint: recruiterText('not_member_hint'),
    });
  return org;
}

/** The user id recorded for an act, null for the operator. */
export function actingUser(ctx: Ctx): number | null {
  return ctx.actor.kind === 'user' ? ctx.actor.userId : null;
}
