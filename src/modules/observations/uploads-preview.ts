import type { ImportLimits } from '../../platform/config.ts';
import type { Ctx } from '../../platform/context.ts';
import { importFile } from './import-file.ts';
import type { ImportRecord } from './importers/types.ts';
import { PREVIEW_ROWS, type PreviewRow, type UploadPreview, type UploadRead } from './schemas.ts';
import { ownedUpload } from './uploads-access.ts';
import { uploadImport } from './uploads-read.ts';
import { uploadBytes } from './uploads-repo.ts';

function previewRow(r: ImportRecord): PreviewRow {
  return {
    row: r.row,
    source: r.source,
    measure: r.measure,
    area: r.area,
    year: r.year,
    occupation: r.occupation,
    sex: r.sex,
    age: r.age,
    partner: r.partner,
    partnerBasis: r.partnerBasis,
    value: r.value,
    flags: r.flags,
    comment: r.comment,
  };
}

/** The first values of an upload as they will be stored, and the dry run of its import: nothing is written. */
export async function previewUpload(
  ctx: Ctx,
  input: { id: number; read: UploadRead; limits: ImportLimits },
): Promise<UploadPreview> {
  const upload = await ownedUpload(ctx, input.id);
  const bytes = await uploadBytes(ctx.db, upload.id);
  const rows: ImportRecord[] = [];
  const report = await importFile(ctx, {
    ...uploadImport(upload, bytes, input.read, input.limits),
    dryRun: true,
    previewRows: { limit: PREVIEW_ROWS, rows },
  });
  return { rows: rows.map(previewRow), report };
}
