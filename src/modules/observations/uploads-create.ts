import { createHash } from 'node:crypto';
import { assertCan } from '../../platform/auth/permissions.ts';
import type { ImportLimits } from '../../platform/config.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { text as msg } from './messages.ts';
import { UPLOAD_LIFETIME_MS, type Upload } from './schemas.ts';
import { uploadOwner } from './uploads-access.ts';
import { detectUpload } from './uploads-detect.ts';
import { deleteExpiredUploads, insertUpload } from './uploads-repo.ts';

export interface CreateUploadInput {
  fileName: string;
  bytes: Uint8Array;
  limits: ImportLimits;
  maxBytes: number;
}

/** Keeps an uploaded file for its owner and says what reads it: a detected format, or a proposed column mapping. */
export async function createUpload(ctx: Ctx, input: CreateUploadInput): Promise<Upload> {
  assertCan(ctx.actor, 'data.import');
  const owner = uploadOwner(ctx.actor);
  const fileName = input.fileName.trim() || 'upload';
  if (input.bytes.byteLength === 0) {
    throw new AppError('invalid_input', msg('uploadEmpty', { file: fileName }), {
      location: { field: 'file' },
    });
  }
  if (input.bytes.byteLength > input.maxBytes) {
    throw new AppError(
      'invalid_input',
      msg('uploadTooLarge', { count: input.bytes.byteLength, max: input.maxBytes }),
      {
        location: { field: 'file' },
        hint: msg('uploadTooLargeHint'),
      },
    );
  }
  const file = { fileName, bytes: input.bytes };
  // Read before it is kept: a damaged file is refused at once, not after a wasted round trip.
  const detection = await detectUpload(file, { limits: input.limits });
  const now = ctx.now();
  await deleteExpiredUploads(ctx.db, now);
  const stored = await insertUpload(ctx.db, {
    owner,
    fileName,
    bytes: input.bytes,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    size: input.bytes.byteLength,
    createdAt: now,
    expiresAt: new Date(now.getTime() + UPLOAD_LIFETIME_MS),
  });
  return {
    id: stored.id,
    file: stored.fileName,
    bytes: stored.size,
    sha256: stored.sha256,
    createdAt: stored.createdAt.toISOString(),
    expiresAt: stored.expiresAt.toISOString(),
    ...detection,
  };
}
