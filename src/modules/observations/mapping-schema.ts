import { z } from 'zod';
import {
  findMeasure,
  findOccupation,
  MEASURES,
  OCCUPATIONS,
  PARTNER_BASES,
  SEXES,
} from '../reference/index.ts';

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
