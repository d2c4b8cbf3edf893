import type { Ctx } from '../../platform/context.ts';
import { ownedUpload } from './uploads-access.ts';
import { deleteUpload } from './uploads-repo.ts';

export async function discardUpload(ctx: Ctx, id: number): Promise<{ id: number; deleted: true }> {
  const upload = await ownedUpload(ctx, id);
  await deleteUpload(ctx.db, upload.id);
  return { id: upload.id, deleted: true };
}
