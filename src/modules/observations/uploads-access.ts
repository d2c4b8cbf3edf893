import { type Actor, actorLabel } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { findUpload, type StoredUpload, type UploadOwner } from './uploads-repo.ts';

export function uploadOwner(actor: Actor): UploadOwner {
  if (actor.kind === 'user') return { kind: 'user', userId: actor.userId, label: actorLabel(actor) };
  if (actor.kind === 'operator') return { kind: 'operator', userId: null, label: actorLabel(actor) };
  throw new AppError('unauthenticated', 'Sign in to upload a file');
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
    throw new AppError('not_found', `No upload ${id}`, {
      detail: 'An upload is kept for 24 hours, and until it is committed or deleted.',
      hint: 'upload the file again',
    });
  }
  if (!mayUseUpload(ctx.actor, upload.owner)) {
    throw new AppError('forbidden', `Upload ${id} belongs to ${upload.owner.label}`, {
      hint: 'only the person who uploaded a file, or an administrator, may preview, commit or delete it',
    });
  }
  return upload;
}
