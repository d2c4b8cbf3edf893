import { type Actor, actorLabel } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { text as msg } from './messages.ts';
import { findUpload, type StoredUpload, type UploadOwner } from './uploads-repo.ts';

export function uploadOwner(actor: Actor): UploadOwner {
  if (actor.kind === 'user') return { kind: 'user', userId: actor.userId, label: actorLabel(actor) };
  if (actor.kind === 'operator') return { kind: 'operator', userId: null, label: actorLabel(actor) };
  throw new AppError('unauthenticated', msg('uploadSignIn'));
}

/** The owner, an administrator, and the local operator (who holds every permission) may use an upload. */
export function mayUseUpload(actor: Actor, owner: UploadOwner): boolean {
  if (actor.kind === 'operator') return true;
  if (actor.kind !== 'user') return false;
  if (actor.grants.some((g) => g.role === 'admin')) return true;
  return owner.kind === 'user' && owner.userId === actor.userId;
}

/** The upload `id` if it exists, has not expired, and the actor may import and may use it. */
export async function ownedUpload(ctx: Ctx, id: number): Promise<StoredUpload> {
  assertCan(ctx.actor, 'data.import');
  const upload = await findUpload(ctx.db, id, ctx.now());
  if (!upload) {
    throw new AppError('not_found', msg('noUpload', { id }), {
      detail: msg('noUploadDetail'),
      hint: msg('uploadAgain'),
    });
  }
  if (!mayUseUpload(ctx.actor, upload.owner)) {
    throw new AppError('forbidden', msg('uploadOfOther', { id, owner: upload.owner.label }), {
      hint: msg('uploadOfOtherHint'),
    });
  }
  return upload;
}
