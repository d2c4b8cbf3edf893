import { z } from 'zod';
import { commaList as list } from '../../platform/http/query-params.ts';
import { ProfileApprovalsSchema } from '../approvals/schemas.ts';
import { INDICATOR_SLUGS } from './domain/index.ts';
import { NoteSchema } from './notes-schema.ts';

const yearParam = z
  .union([z.literal('latest'), z.coerce.number().int().min(1900).max(2100)])
  .default('latest')
  .describe('A data year, or "latest" (the default): the latest year available, see upTo and window.');

/** The data vintage options shared by indicators, profiles and the Safeguards List recomputation. */
export const VintageSchema = z.object({
  year: yearParam,
  upTo: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2100)
    .optional()
    .describe('With year=latest: take no value later than this year.'),
  window: z.coerce
    .number()
    .int()
    .min(0)
    .max(100)
    .optional()
    .describe(
      'With year=latest: take no value more than this many years before upTo (or before the latest).',
    ),
  source: list(/^[A-Za-z0-9_.-]+$/, 'source code')
    .optional()
    .describe(
      'Datasets to prefer, in order, when several give a value for the same year, e.g. OECD.HEALTH_WFMI,WHO.GHO.',
    ),
  basis: z
    .enum(['computed-first', 'published-first', 'computed', 'published'])
    .default('computed-first')
    .describe(
      'Density from headcount / population, or as published: computed-first (default) uses the published density only where no headcount and population pair exists.',
    ),
});

export const IndicatorQuerySchema = VintageSchema.extend({
  indicator: z.enum(INDICATOR_SLUGS).describe('Indicator slug.'),
  area: list(/^[A-Za-z0-9_.-]+$/, 'area code')
    .optional()
    .describe(
      'Areas, comma-separated: ISO3 countries, subnational codes, or aggregates (WHO regions AFR…WPR, income groups HIC/UMC/LMC/LIC, WLD). Omitted: every country.',
    ),
  occupation: list(/^[a-z][a-z0-9.-]*$/, 'occupation slug')
    .optional()
    .describe(
      'Occupation slug; density adds several (medical-doctors,nursing-and-midwifery, the default for density and sdg-gap). Others default to medical-doctors.',
    ),
  originBasis: z
    .enum(['training', 'birth', 'any'])
    .default('training')
    .describe(
      'emigration-rate: count those abroad by country of training (default), of birth, or whichever a destination reports.',
    ),
});
export type IndicatorQuery = z.infer<typeof IndicatorQuerySchema>;
export type Vintage = z.infer<typeof VintageSchema>;

export const InputRefSchema = z.object({
  measure: z.string(),
  area: z.string(),
  occupation: z.string(),
  partner: z.string(),
  year: z.number().int(),
  value: z.number(),
  source: z.string(),
  series: z.string(),
  batch: z.number().int().describe('Import batch the value came from.'),
  file: z.string(),
  row: z.number().int().describe('Row of the source file.'),
});

export const IndicatorResultSchema = z.object({
  indicator: z.enum(INDICATOR_SLUGS),
  area: z.string(),
  areaName: z.string(),
  occupation: z.array(z.string()),
  year: z.number().int().nullable().describe('Data year of the value (the latest of its inputs).'),
  value: z.number().nullable(),
  unit: z.string(),
  reason: NoteSchema.nullable().describe('Why there is no value.'),
  method: z.string().nullable(),
  warnings: z.array(NoteSchema),
  inputs: z.array(InputRefSchema),
  detail: z.record(z.string(), z.unknown()).optional(),
});
export type IndicatorResultOut = z.infer<typeof IndicatorResultSchema>;

export const IndicatorResponseSchema = z.object({
  indicator: z.enum(INDICATOR_SLUGS),
  unit: z.string(),
  occupation: z.array(z.string()),
  selection: z.string().describe('The year selection in words.'),
  items: z.array(IndicatorResultSchema),
  summary: z
    .object({
      migrationEffectiveness: z.number().nullable(),
      areas: z.number().int(),
      missing: z.array(z.string()),
      reason: NoteSchema.nullable(),
    })
    .optional()
    .describe(
      'net-migration over several areas: the migration effectiveness index 100 × Σ|net| / Σ turnover.',
    ),
});
export type IndicatorResponse = z.infer<typeof IndicatorResponseSchema>;

const PartnerValueSchema = z.object({
  partner: z.string(),
  partnerName: z.string(),
  value: z.number(),
  share: z.number().nullable().describe('Percentage of the foreign total.'),
});

export const AreaProfileSchema = z.object({
  area: z.object({
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    whoRegion: z.string().nullable(),
    wbIncome: z.string().nullable(),
    whoMember: z.boolean(),
  }),
  headline: z.array(IndicatorResultSchema).describe('Key indicators at their latest values.'),
  series: z.array(
    z.object({
      occupation: z.string(),
      unit: z.string(),
      points: z.array(
        z.object({
          year: z.number().int(),
          value: z.number(),
          method: z.string().nullable(),
          source: z.string(),
        }),
      ),
    }),
  ),
  foreignTrainedByOrigin: z
    .object({
      occupation: z.string(),
      year: z.number().int(),
      source: z.string(),
      total: z.number(),
      publishedTotal: z.number().nullable(),
      sumOfOrigins: z.number(),
      unknown: z.number().nullable(),
      items: z.array(PartnerValueSchema),
      rest: z.object({ partners: z.number().int(), value: z.number() }),
    })
    .nullable(),
  foreignTrained: z.array(z.unknown()).describe('The same breakdown for each cadre with data.'),
  emigrantsByDestination: z
    .object({
      occupation: z.string(),
      basis: z.string(),
      items: z.array(
        z.object({
          destination: z.string(),
          destinationName: z.string(),
          value: z.number(),
          year: z.number().int(),
          source: z.string(),
          basis: z.string(),
        }),
      ),
    })
    .nullable(),
  emigrants: z.array(z.unknown()),
  safeguards: z.array(
    z.object({
      edition: z.number().int(),
      official: z.boolean().nullable(),
      assessment: z.record(z.string(), z.unknown()),
    }),
  ),
  batches: z.array(
    z.object({ id: z.number().int(), file: z.string(), format: z.string(), createdAt: z.string() }),
  ),
  approvals: ProfileApprovalsSchema,
});
