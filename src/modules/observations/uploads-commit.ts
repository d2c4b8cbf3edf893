import type { ImportLimits } from '../../platform/config.ts';
import type { Ctx } from '../../platform/context.ts';
import { type ImportReport, importFile } from './import-file.ts';
import type { UploadRead } from './schemas.ts';
import { ownedUpload } from './uploads-access.ts';
import { uploadImport } from './uploads-read.ts';
import { deleteUpload, uploadBytes } from './uploads-repo.ts';

/** Imports an upload as one batch, read as its preview was; the upload is then deleted. */
export async function commitUpload(
  ctx: Ctx,
  input: { id: number; read: UploadRead; limits: ImportLimits },
): Promise<ImportReport> {
  const upload = await ownedUpload(ctx, input.id);
  const bytes = await uploadBytes(ctx.db, upload.id);
  const report = await importFile(ctx, {
    ...uploadImport(upload, bytes, input.read, input.limits),
    dryRun: false,
  });
  await deleteUpload(ctx.db, upload.id);
  return report;
}
