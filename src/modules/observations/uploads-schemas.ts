import { z } from 'zod';
import { dbId } from '../../platform/http/query-params.ts';
import { SEXES } from '../reference/index.ts';
import { FORMAT_NAMES } from './importers/types.ts';
import { ColumnMappingSchema } from './schemas.ts';
import { ImportReportSchema } from './schemas.ts';

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
