import type { ImportLimits } from '../../platform/config.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Upload } from './schemas.ts';
import { ownedUpload } from './uploads-access.ts';
import { detectUpload } from './uploads-detect.ts';
import { uploadBytes } from './uploads-repo.ts';

/** An upload and what reads it, for one of its sheets (the first visible one by default). */
export async function describeUpload(
  ctx: Ctx,
  input: { id: number; sheet?: string; limits: ImportLimits },
): Promise<Upload> {
  const upload = await ownedUpload(ctx, input.id);
  const bytes = await uploadBytes(ctx.db, upload.id);
  const detection = await detectUpload(
    { fileName: upload.fileName, bytes },
    { limits: input.limits, ...(input.sheet === undefined ? {} : { sheet: input.sheet }) },
  );
  return {
    id: upload.id,
    file: upload.fileName,
    bytes: upload.size,
    sha256: upload.sha256,
    createdAt: upload.createdAt.toISOString(),
    expiresAt: upload.expiresAt.toISOString(),
    ...detection,
  };
}
