import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { dbId, commaList as list, offset, yearRange } from '../../platform/http/query-params.ts';
import {
  findMeasure,
  findOccupation,
  MEASURES,
  OCCUPATIONS,
  PARTNER_BASES,
  SEXES,
} from '../reference/index.ts';
import { FORMAT_NAMES, READ_FORMATS } from './importers/types.ts';
import { text as msg } from './messages.ts';

// Column mappings: how a spreadsheet of one's own is read.

/** What a column of a mapped file holds; `value` columns hold numbers, `ignore` columns are not read. */
/** The roles at most one column of a mapping may have. */
export const SINGLE_ROLES = [
  'area',
  'year',
  'measure',
  'occupation',
  'sex',
  'partner',
  'partner-basis',
] as const;
export const COLUMN_ROLES = [...SINGLE_ROLES, 'value', 'comment', 'ignore'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

const measure = z
  .string()
  .refine((m) => findMeasure(m) !== undefined, {
    message: `not a measure (${MEASURES.map((m) => m.code).join(', ')})`,
  })
  .describe('A measure code.');
const occupation = z
  .string()
  .refine((o) => findOccupation(o) !== undefined || o === '_Z', {
    message: `not an occupation (${OCCUPATIONS.map((o) => o.code).join(', ')})`,
  })
  .describe('An occupation slug.');
const year = z.number().int().min(1900).max(2100);
const confidence = z
  .number()
  .min(0)
  .max(1)
  .optional()
  .describe('How sure the suggestion was (0-1); informational, ignored on import.');

/** What a value column's numbers are, where the row does not say: fixed for the column. */
const ValueDimensions = {
  measure: measure.optional(),
  occupation: occupation.optional(),
  year: year.optional(),
  sex: z.enum(SEXES).optional(),
};

export const MappedColumnSchema = z
  .object({
    header: z.string().describe('The header cell as the file writes it (case, accents and spacing ignored).'),
    role: z.enum(COLUMN_ROLES),
    ...ValueDimensions,
    confidence,
  })
  .strict();
export type MappedColumn = z.infer<typeof MappedColumnSchema>;

/**
 * What each column of a spreadsheet is: the area, the year (or one year for the whole file), the measure and the
 * occupation (per row, per value column or for the whole file), sex, partner and comment, and the value columns.
 */
export const ColumnMappingSchema = z
  .object({
    version: z.literal(1).default(1),
    sheet: z.string().min(1).optional().describe('Worksheet of an .xlsx workbook.'),
    headerRow: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Row of the header, as the spreadsheet numbers it; found when absent.'),
    source: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+$/, 'a dataset code of letters, digits, . _ or -')
      .optional()
      .describe('Dataset code the values are stored under (default USER).'),
    ...ValueDimensions,
    partner: z.string().min(1).optional().describe('Partner area for bilateral measures.'),
    partnerBasis: z.enum(PARTNER_BASES).optional(),
    yearColumns: z
      .object(ValueDimensions)
      .strict()
      .optional()
      .describe('Every column whose header is a year is a value column of that year.'),
    columns: z.array(MappedColumnSchema).min(1),
    confidence,
  })
  .strict()
  .superRefine((m, ctx) => {
    const roles = m.columns.map((c) => c.role);
    if (!roles.includes('area'))
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'no column has role area' });
    const values = m.columns.filter((c) => c.role === 'value');
    if (values.length === 0 && !m.yearColumns) {
      ctx.addIssue({
        code: 'custom',
        path: ['columns'],
        message: 'no column has role value, and no yearColumns',
      });
    }
    const hasYear = roles.includes('year') || m.year !== undefined || m.yearColumns !== undefined;
    values.forEach((c, i) => {
      if (!hasYear && c.year === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', m.columns.indexOf(values[i] as MappedColumn), 'year'],
          message: `value column ${JSON.stringify(c.header)} has no year: add a year column, "year" or the column's "year"`,
        });
      }
    });
    for (const role of SINGLE_ROLES) {
      if (roles.filter((r) => r === role).length > 1) {
        ctx.addIssue({ code: 'custom', path: ['columns'], message: `more than one column has role ${role}` });
      }
    }
  });
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;
export type ColumnMappingInput = z.input<typeof ColumnMappingSchema>;

// Observations: the query filter and the values served.

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

// Imports: the form, the query string and the report of each file.

export const SkippedRowSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  reason: z.string(),
});

/** Reconciliation of one imported file: rowsRead = stored + revised + unchanged + skipped. */
export const ImportReportSchema = z.object({
  file: z.string(),
  format: z
    .enum(READ_FORMATS)
    .describe('The format that read the file, or `mapped` (read through a column mapping).'),
  sheet: z.string().nullable(),
  sha256: z.string(),
  bytes: z.number().int(),
  batchId: z.number().int().nullable().describe('null for a dry run'),
  dryRun: z.boolean(),
  rowsRead: z
    .number()
    .int()
    .describe('Values read; a wide file (one column per year) counts one per filled cell.'),
  stored: z.number().int().describe('New values.'),
  revised: z
    .number()
    .int()
    .describe('Values that replaced a different earlier value, which stays in history.'),
  unchanged: z.number().int().describe('Values already stored as they are.'),
  skipped: z.number().int(),
  skippedRows: z.array(SkippedRowSchema),
  skippedByReason: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  sources: z.array(z.string()),
  measures: z.array(z.string()),
  years: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  mapping: z
    .object({
      origin: z.enum(['given', 'saved', 'suggested']),
      confidence: z.number().nullable(),
      batchId: z.number().int().nullable().describe('The batch a saved mapping came from.'),
      mapping: ColumnMappingSchema,
    })
    .nullable()
    .describe('The column mapping the file was read with, saved with the batch.'),
  warnings: z
    .array(SkippedRowSchema.extend({ message: z.string() }).omit({ reason: true }))
    .describe(
      'What was imported but deserves a look: a last line without a line terminator, totals rows that do not match the rows they cover, rows left unread below a note line.',
    ),
  durationMs: z.number().int(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ImportResultSchema = z.object({ files: z.array(ImportReportSchema) });

export const ImportFormSchema = z.object({
  format: z.enum(FORMAT_NAMES).optional(),
  sheet: z.string().min(1).optional(),
  dryRun: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  skipUnknownAreas: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  acceptUnterminated: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('let a last line without a line terminator revise stored values'),
  mapping: z
    .string()
    .min(1)
    .optional()
    .describe('A column mapping as JSON text (see `hwmo import --suggest-mapping`).'),
  mappingFrom: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('Reuse the mapping saved with this batch.'),
});

const trueFalse = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional();

/** Options of POST /api/imports that may also come in the query string. */
export const ImportQuerySchema = z.object({
  dryRun: trueFalse.describe('true: report what would change and write nothing (also a form field)'),
});

/** The import options from the form and the query string; the two may each say dryRun but must agree. */
export function importOptions(
  form: z.output<typeof ImportFormSchema>,
  query: z.output<typeof ImportQuerySchema>,
): z.output<typeof ImportFormSchema> {
  if (form.dryRun !== undefined && query.dryRun !== undefined && form.dryRun !== query.dryRun) {
    throw new AppError('invalid_input', msg('dryRunTwice'), {
      detail: msg('dryRunTwiceDetail', { query: String(query.dryRun), form: String(form.dryRun) }),
      location: { field: 'dryRun' },
    });
  }
  const dryRun = query.dryRun ?? form.dryRun;
  return { ...form, ...(dryRun === undefined ? {} : { dryRun }) };
}

// Batches: one per imported file, and the rollback of one.

export const BatchIdParamSchema = z.object({ id: dbId.describe('Batch id') });

export const BatchPagingSchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset,
});
export type BatchPaging = z.infer<typeof BatchPagingSchema>;

export const BatchSchema = z.object({
  id: z.number().int(),
  file: z.string(),
  format: z.string(),
  sheet: z.string().nullable(),
  sha256: z.string(),
  bytes: z.number().int(),
  status: z.enum(['committed', 'rolled_back']),
  createdAt: z.string(),
  rolledBackAt: z.string().nullable(),
  rowsRead: z.number().int(),
  stored: z.number().int(),
  revised: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
});
export type BatchSummary = z.infer<typeof BatchSchema>;

export const BatchListSchema = z.object({ items: z.array(BatchSchema) });

export const BatchDetailSchema = BatchSchema.extend({
  skippedRows: z.array(SkippedRowSchema),
  current: z.number().int().describe('Values of the batch that are current.'),
  superseded: z.number().int().describe('Values of the batch revised since by later batches.'),
  supersededBy: z.array(z.number().int()).describe('The later batches that revised them.'),
  sources: z.array(z.string()),
  measures: z.array(z.string()),
});
export type BatchDetail = z.infer<typeof BatchDetailSchema>;

export const RollbackSchema = z.object({
  batchId: z.number().int(),
  removed: z.number().int(),
  restored: z.number().int(),
});
export type RollbackResult = z.infer<typeof RollbackSchema>;

export const ExportQuerySchema = ObservationFilterSchema.omit({ limit: true, offset: true }).extend({
  format: z
    .enum(['csv', 'sdmx-csv'])
    .default('csv')
    .describe('csv: the hwmo long template; sdmx-csv: SDMX-CSV 1.0'),
});
export type ExportFormat = z.infer<typeof ExportQuerySchema>['format'];

// The import page's uploads.

/** How long an upload is kept for its owner to map, preview and commit it. */
export const UPLOAD_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Rows of the file shown as they will be stored. */
export const PREVIEW_ROWS = 20;

export const UploadIdParamSchema = z.object({ id: dbId.describe('Upload id') });

export const UploadSheetQuerySchema = z.object({
  sheet: z
    .string()
    .min(1)
    .optional()
    .describe('Worksheet of a workbook to detect; the first visible one when absent'),
});

export const MappingSuggestionSchema = z.object({
  mapping: ColumnMappingSchema.describe(
    'The proposed mapping, with a confidence per column; send it back as it is or edited.',
  ),
  confidence: z.number().min(0).max(1),
  headerRow: z.number().int(),
  notes: z.array(z.string()).describe('What lowered the confidence, or why the mapping is incomplete.'),
  complete: z
    .boolean()
    .describe('Whether the mapping says all it must (an area, a year, value columns with what they count).'),
});
export type MappingSuggestionOut = z.infer<typeof MappingSuggestionSchema>;

/** An upload and what hwmo recognised in it. */
export const UploadSchema = z.object({
  id: z.number().int(),
  file: z.string(),
  bytes: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  sheets: z.array(z.string()).describe('Visible worksheets of a workbook; empty for a text file.'),
  sheet: z.string().nullable().describe('The worksheet detected from.'),
  format: z
    .enum(FORMAT_NAMES)
    .nullable()
    .describe('The format that reads the file, or null when it needs a column mapping.'),
  suggestion: MappingSuggestionSchema.nullable().describe(
    'When no format reads the file: the proposed column mapping.',
  ),
  problem: z
    .string()
    .nullable()
    .describe(
      'When neither a format nor a mapping could be found: why, so that a mapping can be written by hand.',
    ),
});
export type Upload = z.infer<typeof UploadSchema>;

/** What to read an upload with; the same for its preview, dry run and commit. */
export const UploadReadSchema = z
  .object({
    format: z.enum(FORMAT_NAMES).optional().describe('Read as this format instead of detecting it.'),
    sheet: z.string().min(1).optional().describe('Worksheet of a workbook.'),
    mapping: ColumnMappingSchema.optional().describe('Read through this column mapping (excludes format).'),
    skipUnknownAreas: z
      .boolean()
      .optional()
      .describe('Skip rows naming an unknown area instead of refusing the file.'),
  })
  .strict();
export type UploadRead = z.infer<typeof UploadReadSchema>;

/** One value as it will be stored: the area and partner resolved to their codes. */
export const PreviewRowSchema = z.object({
  row: z.number().int().describe('Row of the file, as a spreadsheet numbers it.'),
  source: z.string(),
  measure: z.string(),
  area: z.string(),
  year: z.number().int(),
  occupation: z.string(),
  sex: z.enum(SEXES),
  age: z.string(),
  partner: z.string(),
  partnerBasis: z.string(),
  value: z.number(),
  flags: z.array(z.string()),
  comment: z.string().nullable(),
});
export type PreviewRow = z.infer<typeof PreviewRowSchema>;

export const UploadPreviewSchema = z.object({
  rows: z.array(PreviewRowSchema).describe(`The first ${PREVIEW_ROWS} values as they will be stored.`),
  report: ImportReportSchema.describe(
    'The dry run: what a commit would store, revise, leave unchanged and skip.',
  ),
});
export type UploadPreview = z.infer<typeof UploadPreviewSchema>;

export const UploadDeletedSchema = z.object({ id: z.number().int(), deleted: z.literal(true) });
