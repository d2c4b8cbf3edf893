import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { computeWisn } from './compute.ts';
import { createStudy } from './create-study.ts';
import { deleteStudy } from './delete-study.ts';
import { districtHospital } from './domain/fixtures.ts';
import { resultsCsv } from './export-study.ts';
import { getStudy, studyResults } from './get-study.ts';
import { importStudy } from './import-study.ts';
import { listStudies } from './list-studies.ts';
import { text as t } from './messages.ts';
import {
  ComputedStudySchema,
  StudyIdParamsSchema,
  StudyInputsSchema,
  StudyListQuerySchema,
  StudyListSchema,
  StudyResultsSchema,
  StudySchema,
  UpdateStudySchema,
} from './schemas.ts';
import { updateStudy } from './update-study.ts';
import { MAX_WORKBOOK_BYTES, readStudyWorkbook, studyWorkbook } from './workbook.ts';

const TAG = 'wisn';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const download = (body: Buffer | string, type: string, name: string) =>
  new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    headers: { 'content-type': type, 'content-disposition': `attachment; filename="${name}"` },
  });

function oneFile(files: Readonly<Record<string, File[]>>): File {
  const sent = files.file ?? [];
  const [file] = sent;
  if (!file || sent.length > 1)
    throw new AppError('invalid_input', t('no_file'), { location: { field: 'file' } });
  return file;
}

export const routes = [
  defineRoute({
    method: 'post',
    path: '/api/wisn/compute',
    tag: TAG,
    summary:
      'Compute a WISN study: required staff, WISN difference, ratio and problem level per facility and cadre',
    description:
      'Stores nothing. Refused (400) with every impossible input named by its field: leave exceeding the working days, category allowances of 100 % or more, a zero activity standard, unknown facilities, cadres or activities.',
    permission: 'public',
    body: StudyInputsSchema,
    response: StudyResultsSchema,
    handler: (_ctx, { body }) => computeWisn(body),
  }),
  defineRoute({
    method: 'get',
    path: '/api/wisn/template.xlsx',
    tag: TAG,
    summary: 'The WISN workbook template: one sheet per table, filled with a worked example',
    permission: 'public',
    response: { contentType: XLSX, description: 'Excel workbook' },
    handler: async () => download(await studyWorkbook(districtHospital()), XLSX, 'hwmo-wisn-template.xlsx'),
  }),
  defineRoute({
    method: 'post',
    path: '/api/wisn/read',
    tag: TAG,
    summary: 'Read a WISN workbook (multipart field "file") into a study’s inputs, without storing it',
    description: 'Refused (422) with every problem found, each named by file, sheet, row and column.',
    permission: 'public',
    body: { multipart: z.object({}) },
    bodyLimit: MAX_WORKBOOK_BYTES,
    response: StudyInputsSchema,
    handler: async (_ctx, { files }) => {
      const file = oneFile(files);
      return readStudyWorkbook(file.name || 'wisn.xlsx', new Uint8Array(await file.arrayBuffer()));
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/wisn/studies',
    tag: TAG,
    summary: 'The WISN studies of the areas the reader manages, newest change first',
    permission: 'wisn.manage',
    scope: ({ query }) => (query.area === undefined ? {} : { area: query.area }),
    query: StudyListQuerySchema,
    response: StudyListSchema,
    handler: (ctx, { query }) => listStudies(ctx, query),
  }),
  defineRoute({
    method: 'post',
    path: '/api/wisn/studies',
    tag: TAG,
    summary: 'Save a new WISN study',
    description: 'Needs wisn.manage for the study’s area. The inputs must compute.',
    permission: 'wisn.manage',
    scope: ({ body }) => ({ area: body.area }),
    body: StudyInputsSchema,
    response: StudySchema,
    status: 201,
    handler: (ctx, { body }) => createStudy(ctx, body),
  }),
  defineRoute({
    method: 'post',
    path: '/api/wisn/studies/import',
    tag: TAG,
    summary: 'Import a WISN workbook (multipart field "file") as a new study, all of it or nothing',
    description:
      'Needs wisn.manage for the study’s area (sheet study, column area). Refused (422) with every problem found, each named by file, sheet, row and column.',
    permission: 'wisn.manage',
    body: { multipart: z.object({}) },
    bodyLimit: MAX_WORKBOOK_BYTES,
    response: StudySchema,
    status: 201,
    handler: async (ctx, { files }) => {
      const file = oneFile(files);
      return importStudy(ctx, {
        fileName: file.name || 'wisn.xlsx',
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/wisn/studies/:id',
    tag: TAG,
    summary: 'A WISN study with its inputs',
    permission: 'wisn.manage',
    params: StudyIdParamsSchema,
    response: StudySchema,
    handler: (ctx, { params }) => getStudy(ctx, params.id),
  }),
  defineRoute({
    method: 'put',
    path: '/api/wisn/studies/:id',
    tag: TAG,
    summary: 'Change a WISN study made on a version (409 with the current study when it is stale)',
    description: 'Needs wisn.manage for the study’s area, before and after the change.',
    permission: 'wisn.manage',
    scope: ({ body }) => ({ area: body.inputs.area }),
    params: StudyIdParamsSchema,
    body: UpdateStudySchema,
    response: StudySchema,
    handler: (ctx, { params, body }) => updateStudy(ctx, params.id, body.version, body.inputs),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/wisn/studies/:id',
    tag: TAG,
    summary: 'Delete a WISN study',
    permission: 'wisn.manage',
    params: StudyIdParamsSchema,
    response: z.object({ id: z.number().int() }).strict(),
    handler: (ctx, { params }) => deleteStudy(ctx, params.id),
  }),
  defineRoute({
    method: 'get',
    path: '/api/wisn/studies/:id/results',
    tag: TAG,
    summary: 'A stored WISN study with its results',
    permission: 'wisn.manage',
    params: StudyIdParamsSchema,
    response: ComputedStudySchema,
    handler: async (ctx, { params }) => {
      const { study, results } = await studyResults(ctx, params.id);
      return { inputs: study.inputs, results };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/wisn/studies/:id/export.xlsx',
    tag: TAG,
    summary:
      'A WISN study as a workbook: its inputs in the sheets the import reads, and a sheet of its results',
    permission: 'wisn.manage',
    params: StudyIdParamsSchema,
    response: { contentType: XLSX, description: 'Excel workbook' },
    handler: async (ctx, { params }) => {
      const { study, results } = await studyResults(ctx, params.id);
      return download(await studyWorkbook(study.inputs, results), XLSX, `hwmo-wisn-${study.id}.xlsx`);
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/wisn/studies/:id/results.csv',
    tag: TAG,
    summary: 'The results of a WISN study as CSV, a row per facility and cadre',
    permission: 'wisn.manage',
    params: StudyIdParamsSchema,
    response: { contentType: 'text/csv', description: 'CSV file, cells safe to open in a spreadsheet' },
    handler: async (ctx, { params }) => {
      const { study, results } = await studyResults(ctx, params.id);
      return download(resultsCsv(results), 'text/csv; charset=utf-8', `hwmo-wisn-${study.id}-results.csv`);
    },
  }),
];
