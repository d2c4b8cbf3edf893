import type { Actor } from '../../platform/auth/actor.ts';
import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { text as t } from './messages.ts';
import type { StoredScenario } from './repo.ts';
import type { Scenario } from './schemas.ts';

/** Who owns what an actor saves: the account, or the operator by name. */
export function ownerKey(actor: Actor): string | null {
  if (actor.kind === 'user') return `user:${actor.userId}`;
  if (actor.kind === 'operator') return `operator:${actor.name}`;
  return null;
}

export function ownerOf(ctx: Ctx): { owner: string; ownerLabel: string } {
  const owner = ownerKey(ctx.actor);
  if (owner === null) throw new AppError('unauthenticated', t('sign_in'));
  return { owner, ownerLabel: actorLabel(ctx.actor) };
}

const isOwner = (ctx: Ctx, s: StoredScenario) => ownerKey(ctx.actor) === s.owner;

/** A scenario is read by its owner, and by anyone once shared; a refusal does not tell a private one exists. */
export function assertReadable(ctx: Ctx, id: number, s: StoredScenario | null): StoredScenario {
  if (!s || s.deleted || !(s.shared || isOwner(ctx, s)))
    throw new AppError('not_found', t('not_found', { id }));
  return s;
}

/** Only its owner changes or deletes a scenario (403 for those who may read it, 404 for the others). */
export function assertOwned(ctx: Ctx, id: number, s: StoredScenario | null): StoredScenario {
  const readable = assertReadable(ctx, id, s);
  if (!isOwner(ctx, readable)) throw new AppError('forbidden', t('not_owner', { id }));
  return readable;
}

export function presentScenario(ctx: Ctx, s: StoredScenario): Scenario {
  return {
    id: s.id,
    area: s.area,
    name: s.name,
    owner: s.ownerLabel,
    mine: isOwner(ctx, s),
    shared: s.shared,
    parent: s.parent,
    spec: s.spec,
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
