import type { ImportLimits } from '../../platform/config.ts';
import type { ImportFileOptions } from './import-file.ts';
import type { UploadRead } from './schemas.ts';
import type { StoredUpload } from './uploads-repo.ts';

/** The import of an upload, read as its owner chose: the same for the preview, the dry run and the commit. */
export function uploadImport(
  upload: StoredUpload,
  bytes: Uint8Array,
  read: UploadRead,
  limits: ImportLimits,
): ImportFileOptions {
  return {
    input: { fileName: upload.fileName, bytes },
    limits,
    skipUnknownAreas: read.skipUnknownAreas ?? false,
    ...(read.format ? { format: read.format } : {}),
    ...(read.sheet ? { sheet: read.sheet } : {}),
    ...(read.mapping ? { mapping: read.mapping } : {}),
  };
}
