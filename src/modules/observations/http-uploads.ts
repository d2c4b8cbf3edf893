import { z } from 'zod';
import { type Config, importLimits } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute, type Route } from '../../platform/http/route.ts';
import { text as msg } from './messages.ts';
import {
  ImportReportSchema,
  UploadDeletedSchema,
  UploadIdParamSchema,
  UploadPreviewSchema,
  UploadReadSchema,
  UploadSchema,
  UploadSheetQuerySchema,
} from './schemas.ts';
import { commitUpload } from './uploads-commit.ts';
import { createUpload } from './uploads-create.ts';
import { discardUpload } from './uploads-delete.ts';
import { describeUpload } from './uploads-describe.ts';
import { previewUpload } from './uploads-preview.ts';

/** Room for the multipart envelope around the largest file accepted. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** The import page's routes: a file uploaded once, then detected, previewed, dry-run, committed or deleted. */
export function uploadRoutes(config: Config): Route[] {
  const limits = importLimits(config);
  return [
    defineRoute({
      method: 'post',
      path: '/api/uploads',
      tag: 'imports',
      summary:
        'Upload a file to import (multipart field "file"): its format, sheets and proposed column mapping',
      description:
        'The file is kept for its owner for 24 hours, so that the preview, the dry run and the commit do not send it again.',
      permission: 'data.import',
      body: { multipart: z.object({}) },
      bodyLimit: (c) => c.maxUploadBytes + MULTIPART_OVERHEAD,
      response: UploadSchema,
      status: 201,
      handler: async (ctx, { files }) => {
        const sent = files.file ?? [];
        const file = sent[0];
        if (!file || sent.length > 1) {
          throw new AppError('invalid_input', file ? msg('oneFileAtATime') : msg('noFileUploaded'), {
            location: { field: 'file' },
          });
        }
        return createUpload(ctx, {
          fileName: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
          limits,
          maxBytes: config.maxUploadBytes,
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/uploads/:id',
      tag: 'imports',
      summary: 'An upload and what reads one of its sheets',
      permission: 'data.import',
      params: UploadIdParamSchema,
      query: UploadSheetQuerySchema,
      response: UploadSchema,
      handler: (ctx, { params, query }) =>
        describeUpload(ctx, { id: params.id, limits, ...(query.sheet ? { sheet: query.sheet } : {}) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/uploads/:id/preview',
      tag: 'imports',
      summary: 'The first rows of an upload as they will be stored, and the dry run of its import',
      permission: 'data.import',
      params: UploadIdParamSchema,
      body: UploadReadSchema,
      response: UploadPreviewSchema,
      handler: (ctx, { params, body }) => previewUpload(ctx, { id: params.id, read: body, limits }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/uploads/:id/commit',
      tag: 'imports',
      summary: 'Import an upload as one batch, read as its preview was; the upload is then deleted',
      permission: 'data.import',
      params: UploadIdParamSchema,
      body: UploadReadSchema,
      response: ImportReportSchema,
      handler: (ctx, { params, body }) => commitUpload(ctx, { id: params.id, read: body, limits }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/uploads/:id',
      tag: 'imports',
      summary: 'Delete an upload',
      permission: 'data.import',
      params: UploadIdParamSchema,
      response: UploadDeletedSchema,
      handler: (ctx, { params }) => discardUpload(ctx, params.id),
    }),
  ];
}
