import { z } from 'zod';
import { FORMAT_NAMES } from '../importers/types.ts';

export const SkippedRowSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  reason: z.string(),
});

/** Reconciliation of one imported file: rowsRead = stored + revised + unchanged + skipped. */
export const ImportReportSchema = z.object({
  file: z.string(),
  format: z.enum(FORMAT_NAMES),
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
  warnings: z
    .array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() }))
    .describe('What was imported but deserves a look, e.g. a last line without a line terminator.'),
  sources: z.array(z.string()),
  measures: z.array(z.string()),
  years: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
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
});
