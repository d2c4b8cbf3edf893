import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { createAgreement } from './create-agreement.ts';
import { evaluateAgreement } from './evaluate-agreement.ts';
import { exportAgreementsCsv } from './export-agreements.ts';
import { getAgreement } from './get-agreement.ts';
import { importAgreements } from './import-agreements.ts';
import { listAgreements } from './list-agreements.ts';
import { registryText as t } from './messages-registry.ts';
import { publishAgreement } from './publish-agreement.ts';
import { recordEvent } from './record-event.ts';
import {
  AgreementFieldsSchema,
  AgreementIdParamsSchema,
  AgreementListQuerySchema,
  AgreementListSchema,
  AgreementSchema,
  ImportQuerySchema,
  ImportResultSchema,
  PublishSchema,
  RecordEventSchema,
  UpdateAgreementSchema,
} from './schemas.ts';
import { EvaluationQuerySchema, EvaluationSchema } from './schemas-evaluation.ts';
import { updateAgreement } from './update-agreement.ts';

const TAG = 'agreements';
const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const routes = [
  defineRoute({
    method: 'get',
    path: '/api/agreements',
    tag: TAG,
    summary: 'The agreements registry: published agreements, and the drafts of those the reader manages',
    permission: 'public',
    query: AgreementListQuerySchema,
    response: AgreementListSchema,
    handler: (ctx, { query }) => listAgreements(ctx, query),
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/export.csv',
    tag: TAG,
    summary: 'The agreements the reader may read as CSV, in the columns the import reads',
    description:
      'Needs agreements.manage: the published agreements and the drafts of the countries the reader manages agreements of.',
    permission: 'agreements.manage',
    query: AgreementListQuerySchema,
    response: { contentType: 'text/csv', description: 'CSV file, cells safe to open in a spreadsheet' },
    handler: async (ctx, { query }) =>
      new Response(await exportAgreementsCsv(ctx, query), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'attachment; filename="hwmo-agreements.csv"',
        },
      }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/:id',
    tag: TAG,
    summary: 'An agreement with its parties, provisions, cadres and status history',
    permission: 'public',
    params: AgreementIdParamsSchema,
    response: AgreementSchema,
    handler: (ctx, { params }) => getAgreement(ctx, params.id),
  }),
  defineRoute({
    method: 'get',
    path: '/api/agreements/:id/evaluation',
    tag: TAG,
    summary:
      'Did the agreement change the flows? An interrupted time series of each destination–origin pair, with placebos',
    description:
      'Public for a published agreement; a draft for those who manage it. Refused (409) for an agreement with neither a date of entry into force nor one of signature.',
    permission: 'public',
    params: AgreementIdParamsSchema,
    query: EvaluationQuerySchema,
    response: EvaluationSchema,
    handler: (ctx, { params, query }) => evaluateAgreement(ctx, params.id, query),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements',
    tag: TAG,
    summary: 'Record an agreement, unpublished',
    description: 'Needs agreements.manage for a country party to the agreement.',
    permission: 'agreements.manage',
    body: AgreementFieldsSchema,
    response: AgreementSchema,
    status: 201,
    handler: (ctx, { body }) => createAgreement(ctx, body),
  }),
  defineRoute({
    method: 'put',
    path: '/api/agreements/:id',
    tag: TAG,
    summary: 'Change an agreement made on a version (409 with the current agreement when it is stale)',
    description: 'Needs agreements.manage for a country party to the agreement, before and after the change.',
    permission: 'agreements.manage',
    params: AgreementIdParamsSchema,
    body: UpdateAgreementSchema,
    response: AgreementSchema,
    handler: (ctx, { params, body }) => updateAgreement(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/events',
    tag: TAG,
    summary:
      'Record a dated, explained event of an agreement’s status: signed, in force, suspended, resumed, expired, terminated',
    permission: 'agreements.manage',
    params: AgreementIdParamsSchema,
    body: RecordEventSchema,
    response: AgreementSchema,
    status: 201,
    handler: (ctx, { params, body }) => recordEvent(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/:id/publish',
    tag: TAG,
    summary: 'Publish an agreement, or withdraw it from the public registry',
    permission: 'agreements.manage',
    params: AgreementIdParamsSchema,
    body: PublishSchema,
    response: AgreementSchema,
    handler: (ctx, { params, body }) => publishAgreement(ctx, params.id, body),
  }),
  defineRoute({
    method: 'post',
    path: '/api/agreements/import',
    tag: TAG,
    summary:
      'Import agreements from a CSV file (multipart field "file"), all or nothing; a second import of the file changes nothing',
    description: 'Needs agreements.manage for a country party to the agreement of every row.',
    permission: 'agreements.manage',
    query: ImportQuerySchema,
    body: { multipart: z.object({}) },
    bodyLimit: MAX_IMPORT_BYTES,
    response: ImportResultSchema,
    handler: async (ctx, { query, files }) => {
      const sent = files.file ?? [];
      const file = sent[0];
      if (!file || sent.length > 1)
        throw new AppError('invalid_input', t('no_file'), { location: { field: 'file' } });
      return importAgreements(ctx, {
        fileName: file.name || 'agreements.csv',
        bytes: new Uint8Array(await file.arrayBuffer()),
        dryRun: query.dryRun,
        publish: query.publish,
      });
    },
  }),
];
