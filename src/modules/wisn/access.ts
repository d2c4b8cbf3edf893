import type { Actor } from '../../platform/auth/actor.ts';
import { assertCan, can, holders } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { text as t } from './messages.ts';
import type { StoredStudy } from './repo.ts';

/**
 * WISN studies are the staffing of an area's facilities: read and changed by those who hold wisn.manage for the
 * area (the secretariat any, a national authority or data manager its own country's).
 */
export function canManage(actor: Actor, area: string): boolean {
  return can(actor, 'wisn.manage', { area });
}

export function assertManage(actor: Actor, area: string): void {
  assertCan(actor, 'wisn.manage', { area });
}

/**
 * The study, refused (403, naming its area) to those who do not manage its area, then (404) when it was deleted:
 * a refusal depends on the actor and the area only.
 */
export function assertReadable(ctx: Ctx, id: number, s: StoredStudy | null): StoredStudy {
  if (!s) throw new AppError('not_found', t('not_found', { id }));
  assertManage(ctx.actor, s.area);
  if (s.deleted) throw new AppError('not_found', t('not_found', { id }));
  return s;
}

/** The areas whose studies the actor reads; null: every area. */
export function managedAreas(actor: Actor): string[] | null {
  if (actor.kind === 'operator') return null;
  if (actor.kind === 'public' || !can(actor, 'wisn.manage')) return [];
  const { any, own } = holders('wisn.manage');
  if (actor.grants.some((g) => any.includes(g.role))) return null;
  return [
    ...new Set(actor.grants.flatMap((g) => (own.includes(g.role) && g.area !== null ? [g.area] : []))),
  ].sort();
}
