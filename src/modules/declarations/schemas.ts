import { z } from 'zod';
import { FLAG_REASONS, REVIEW_STATES } from './domain/declarations.ts';

const Id = z.coerce.number().int().min(1).max(2_147_483_647);
const Iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code')
  .transform((s) => s.toUpperCase());
const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month, YYYY-MM')
  .refine((m) => m >= '2000-01', 'not before 2000-01');

export const DeclarationLineSchema = z.object({
  month: Month.describe('The month the health workers started work, YYYY-MM'),
  origin: Iso3.describe('The country they were recruited from, where they trained (ISO3)'),
  occupation: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .describe('Occupation code, e.g. nursing-personnel or medical-doctors'),
  placed: z.coerce
    .number()
    .int('a whole number')
    .min(0)
    .max(100_000)
    .describe('How many health workers were placed'),
  agreement: Id.nullable()
    .optional()
    .describe('The agreement they were recruited under (its id in the agreements registry), if any'),
});
export type DeclarationLine = z.infer<typeof DeclarationLineSchema>;

export const DeclareBodySchema = z
  .object({ lines: z.array(DeclarationLineSchema).min(1).max(5000) })
  .describe(
    'Placements to declare; a line declared before for the same month, origin, occupation and agreement is replaced',
  );
export type DeclareBody = z.infer<typeof DeclareBodySchema>;

export const OrganisationParamSchema = z.object({ id: Id.describe('The organisation') });
export const DeclarationParamSchema = z.object({ id: Id.describe('The declaration') });

export const DeclarationSchema = z.object({
  id: z.number().int(),
  organisation: z.object({ id: z.number().int(), name: z.string() }),
  destination: z.string(),
  month: z.string(),
  origin: z.object({ code: z.string(), name: z.string() }),
  occupation: z.string(),
  placed: z.number().int(),
  agreement: z.number().int().nullable(),
  originStatus: z.enum(['red', 'amber', 'green']),
  flag: z.enum(FLAG_REASONS).nullable(),
  flagText: z.string().nullable(),
  review: z.enum(REVIEW_STATES),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  declaredAt: z.string(),
  batch: z.number().int().nullable(),
});
export type Declaration = z.infer<typeof DeclarationSchema>;

export const DeclarationListSchema = z
  .object({ declarations: z.array(DeclarationSchema) })
  .describe('Declarations of recruitment, newest month first');
export type DeclarationList = z.infer<typeof DeclarationListSchema>;

export const DeclareResultSchema = z
  .object({
    declarations: z.array(DeclarationSchema),
    flagged: z.number().int(),
    batch: z.number().int().nullable(),
    inserted: z.number().int(),
    revised: z.number().int(),
    unchanged: z.number().int(),
  })
  .describe('The lines stored, how many wait for review, and the data-core batch of the yearly inflows');
export type DeclareResult = z.infer<typeof DeclareResultSchema>;

export const ReviewListQuerySchema = z.object({
  destination: Iso3.describe('The destination whose declarations to read'),
  review: z.enum(REVIEW_STATES).optional().describe('Only declarations in this review state'),
});
export type ReviewListQuery = z.infer<typeof ReviewListQuerySchema>;

export const ReviewBodySchema = z
  .object({
    decision: z
      .enum(['accepted', 'queried'])
      .describe('accepted, or queried: the organisation is asked to explain'),
    note: z.string().trim().min(1).max(5000).describe('What the reviewer found'),
  })
  .describe("A reviewer's decision on a flagged declaration");
export type ReviewBody = z.infer<typeof ReviewBodySchema>;
