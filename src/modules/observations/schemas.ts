import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { FORMAT_NAMES, READ_FORMATS } from './importers/types.ts';
import { ColumnMappingSchema } from './mapping-schema.ts';

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
    throw new AppError('invalid_input', 'dryRun is given twice with different values', {
      detail: `the query string says dryRun=${query.dryRun}, the form field says dryRun=${form.dryRun}`,
      location: { field: 'dryRun' },
    });
  }
  const dryRun = query.dryRun ?? form.dryRun;
  return { ...form, ...(dryRun === undefined ? {} : { dryRun }) };
}
