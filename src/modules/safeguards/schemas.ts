import { z } from 'zod';
import { commaList } from '../../platform/http/query-params.ts';
import { InputRefSchema, NoteSchema } from '../indicators/index.ts';

const list = commaList(/^[A-Za-z0-9_.-]+$/, 'source code');

const year = z.union([z.literal('latest'), z.coerce.number().int().min(1900).max(2100)]);
const bound = z.coerce.number().int().min(1900).max(2100);
const window = z.coerce.number().int().min(0).max(100);

export const EditionParamSchema = z.object({
  edition: z.coerce.number().int().min(2000).max(2100).describe('List edition, e.g. 2023'),
});
export const EditionAreaParamSchema = EditionParamSchema.extend({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code')
    .describe('Country ISO3 code'),
});

export const EditionListSchema = z.object({
  items: z.array(
    z.object({
      edition: z.number().int(),
      title: z.string(),
      reference: z.string(),
      sciBelow: z.number(),
      densityBelow: z.number(),
      publishedCount: z.number().int(),
    }),
  ),
});

/** Data vintages of a recomputation; each omitted choice takes the edition's default, stated in the answer. */
export const SslRecomputeQuerySchema = z.object({
  sciYear: year.optional().describe('UHC service coverage index year, or "latest".'),
  sciUpTo: bound.optional().describe('With sciYear=latest: no index value later than this year.'),
  sciWindow: window
    .optional()
    .describe('With sciYear=latest: no value more than this many years before sciUpTo.'),
  sciSource: list
    .optional()
    .describe(
      'Preferred sources of the index, in order: OWID, WB.WDI, WHO.GHO (the 2015–2017 legacy series).',
    ),
  densityYear: year.optional().describe('Density year, or "latest".'),
  densityUpTo: bound.optional().describe('With densityYear=latest: no density later than this year.'),
  densityWindow: window
    .optional()
    .describe('With densityYear=latest: no density more than this many years before densityUpTo.'),
  densitySource: list
    .optional()
    .describe('Preferred sources of headcounts, densities and population, in order.'),
  basis: z
    .enum(['computed-first', 'published-first', 'computed', 'published'])
    .optional()
    .describe('Density as WHO published it (published-first, the default) or from headcount / population.'),
});
export type SslRecomputeQuery = z.infer<typeof SslRecomputeQuerySchema>;

const CriterionSchema = z.object({
  value: z.number().nullable(),
  threshold: z.number(),
  met: z.boolean().nullable().describe('Whether the value is below the threshold; null when it is missing.'),
  year: z.number().int().nullable(),
  source: z.string().nullable(),
  reason: NoteSchema.nullable(),
});

export const SslRuleSchema = z.object({
  sciBelow: z.number(),
  densityBelow: z.number(),
  cadres: z.array(z.string()),
  notes: z.string(),
});

export const SslAssessmentSchema = z.object({
  edition: z.number().int(),
  area: z.string(),
  areaName: z.string(),
  whoRegion: z.string().nullable(),
  status: z.enum(['on', 'off', 'not-assessable']),
  officiallyListed: z
    .boolean()
    .nullable()
    .describe('On the published list; null when that edition is not loaded.'),
  density: CriterionSchema.extend({ method: z.string().nullable(), warnings: z.array(NoteSchema) }),
  sci: CriterionSchema,
  explanation: z.string(),
  explanationNotes: z.array(NoteSchema).describe('The explanation in parts, for clients that translate it.'),
  inputs: z.array(InputRefSchema),
});

export const SslOfficialSchema = z.object({
  edition: z.number().int(),
  title: z.string(),
  reference: z.string(),
  rule: SslRuleSchema,
  publishedCount: z.number().int(),
  loaded: z.boolean(),
  note: z.string().nullable(),
  count: z.number().int(),
  members: z.array(
    z.object({
      area: z.string(),
      name: z.string(),
      publishedName: z.string(),
      whoRegion: z.string().nullable(),
      reference: z.string(),
    }),
  ),
});

export const SslChoicesSchema = z.object({
  sci: z.string(),
  sciSources: z.array(z.string()),
  density: z.string(),
  densityBasis: z.string(),
  densitySources: z.array(z.string()),
  defaults: z.array(z.string()).describe('Choices that took the edition default.'),
});

export const SslMedianSchema = z.object({
  value: z.number().nullable(),
  countries: z.number().int(),
  years: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  threshold: z.number(),
});

export const SslRecomputedSchema = z.object({
  edition: z.number().int(),
  title: z.string(),
  rule: SslRuleSchema,
  choices: SslChoicesSchema,
  globalMedianDensity: SslMedianSchema.describe(
    'Median density of doctors, nurses and midwives over WHO Member States with a value: the basis of the threshold.',
  ),
  counts: z.object({
    on: z.number().int(),
    off: z.number().int(),
    notAssessable: z.number().int(),
    official: z.number().int(),
  }),
  listed: z.array(z.string()).describe('Countries the recomputation puts on the list.'),
  differences: z.array(
    z.object({
      area: z.string(),
      areaName: z.string(),
      official: z.boolean(),
      recomputed: z.enum(['on', 'off', 'not-assessable']),
      explanation: z.string(),
      explanationNotes: z.array(NoteSchema),
    }),
  ),
  items: z.array(SslAssessmentSchema),
});

export const SslExplanationSchema = SslAssessmentSchema.extend({
  choices: SslChoicesSchema,
  rule: SslRuleSchema,
  globalMedianDensity: SslMedianSchema,
});

export type SslOfficial = z.infer<typeof SslOfficialSchema>;
export type SslRecomputed = z.infer<typeof SslRecomputedSchema>;
export type SslExplanation = z.infer<typeof SslExplanationSchema>;
export type EditionList = z.infer<typeof EditionListSchema>;
