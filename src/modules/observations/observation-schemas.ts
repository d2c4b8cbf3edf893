import { z } from 'zod';
import { dbId, commaList as list, offset, yearRange } from '../../platform/http/query-params.ts';

export const ObservationFilterSchema = z.object({
  measure: list(/^[a-z][a-z0-9-]*$/, 'measure code')
    .optional()
    .describe('Measure code(s), comma-separated.'),
  area: list(/^[A-Za-z0-9_.-]+$/, 'area code')
    .optional()
    .describe('Area code(s) (ISO3 or hwmo code), comma-separated.'),
  year: yearRange.optional().describe('A year or an inclusive range such as 2010-2020.'),
  occupation: list(/^[a-z_][a-z0-9_.-]*$/, 'occupation code')
    .optional()
    .describe('Occupation slug(s), e.g. medical-doctors.'),
  partner: list(/^[A-Za-z0-9_.-]+$/, 'area code')
    .optional()
    .describe('Partner area code(s): origin or destination.'),
  sex: z.enum(['_T', 'F', 'M']).optional().describe('Sex: _T (total), F or M.'),
  source: list(/^[A-Za-z0-9_.-]+$/, 'source code')
    .optional()
    .describe('Dataset code(s), e.g. WHO.GHO.'),
  batch: dbId.optional().describe('Only values imported by this batch.'),
  history: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Include superseded values (revisions) as well as current ones.'),
  limit: z.coerce.number().int().min(1).max(10_000).default(100).describe('Page size (at most 10 000).'),
  offset: offset.describe('Rows to skip.'),
});
export type ObservationFilter = z.infer<typeof ObservationFilterSchema>;

export const ObservationSchema = z.object({
  id: z.number().int(),
  measure: z.string(),
  area: z.string(),
  areaName: z.string(),
  year: z.number().int(),
  occupation: z.string(),
  sex: z.string(),
  age: z.string(),
  partner: z.string(),
  partnerBasis: z.string(),
  value: z.number(),
  unit: z.string(),
  flags: z.array(z.string()),
  comment: z.string().nullable(),
  source: z.string(),
  series: z.string(),
  batchId: z.number().int(),
  file: z.string(),
  row: z.number().int().describe('Row of the source file the value came from.'),
  supersededBy: z
    .number()
    .int()
    .nullable()
    .describe('The batch that revised this value, if it is not current.'),
});
export type Observation = z.infer<typeof ObservationSchema>;

export const ObservationPageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(ObservationSchema),
});
export type ObservationPage = z.infer<typeof ObservationPageSchema>;
