import { z } from 'zod';

/** Did an agreement change the flows: the interrupted time series of each destination–origin pair it names. */

export const EVALUATION_MEASURES = [
  'inflow',
  'foreign-trained-stock',
  'foreign-born-stock',
  'stock',
] as const;

/** Why a series was not fitted: the model's own reasons, and no data at all. */
export const FAILURE_REASONS = [
  'no-data',
  'invalid-period',
  'mixed-frequency',
  'duplicate-period',
  'invalid-value',
  'invalid-date',
  'invalid-options',
  'too-few-points',
  'intervention-outside-series',
  'singular-design',
] as const;

export const CAVEAT_CODES = [
  'few-points-before',
  'few-points-after',
  'few-points',
  'gaps',
  'constant-series',
  'end-date-ignored',
  'horizon-beyond-data',
  'hac-rows-not-consecutive',
  'few-placebos',
  'treated-p-undefined',
  'other-sources',
] as const;

export const EvaluationQuerySchema = z.object({
  measure: z
    .enum(EVALUATION_MEASURES)
    .default('inflow')
    .describe(
      'The yearly measure evaluated: inflow (default), foreign-trained-stock, foreign-born-stock or stock.',
    ),
  occupation: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('The occupation; by default the agreement’s cadre when it names one, else nursing-personnel.'),
  hacLags: z.coerce
    .number()
    .int()
    .min(0)
    .max(10)
    .optional()
    .describe(
      'Also give Newey–West standard errors with this many lags; placebos are then judged with them.',
    ),
  confidence: z.coerce.number().gt(0).lt(1).default(0.95).describe('Confidence level of the intervals.'),
});
export type EvaluationQuery = z.infer<typeof EvaluationQuerySchema>;

const EstimateSchema = z.object({
  estimate: z.number(),
  se: z.number(),
  t: z.number().nullable(),
  p: z.number().nullable(),
  lower: z.number(),
  upper: z.number(),
});

const CoefficientsSchema = z.object({
  intercept: EstimateSchema,
  trend: EstimateSchema,
  levelChange: EstimateSchema,
  slopeChange: EstimateSchema,
});

const EffectSchema = EstimateSchema.extend({
  k: z.number().int(),
  period: z.string(),
  counterfactual: z.number(),
  predicted: z.number(),
  relative: z.number().nullable(),
});

const CovarianceSchema = z.object({ coefficients: CoefficientsSchema, effects: z.array(EffectSchema) });

const FitSchema = z
  .discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      n: z.number().int(),
      nBefore: z.number().int(),
      nAfter: z.number().int(),
      df: z.number().int(),
      firstPeriod: z.string(),
      lastPeriod: z.string(),
      interventionPeriod: z.string(),
      rSquared: z.number().nullable(),
      sigma: z.number(),
      ols: CovarianceSchema,
      hac: CovarianceSchema.extend({ lags: z.number().int() }).nullable(),
    }),
    z.object({ ok: z.literal(false), reason: z.enum(FAILURE_REASONS), text: z.string() }),
  ])
  .describe(
    'The segmented regression y = intercept + trend·t + levelChange·D + slopeChange·(t − T0)·D, or why it could not be fitted (reason, and text in the reader’s language).',
  );

const CaveatSchema = z
  .object({
    code: z.enum(CAVEAT_CODES),
    text: z.string(),
    params: z.record(
      z.string(),
      z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]),
    ),
  })
  .describe('A limit of the estimate: its code, its parameters and its text in the reader’s language.');

const BeforeAfterSchema = z
  .object({
    nBefore: z.number().int(),
    nAfter: z.number().int(),
    meanBefore: z.number(),
    meanAfter: z.number(),
    difference: z.number(),
    ratio: z.number().nullable(),
    welch: z
      .object({ t: z.number(), df: z.number(), p: z.number(), lower: z.number(), upper: z.number() })
      .nullable(),
  })
  .nullable()
  .describe(
    'Mean yearly values before and from the year of the agreement, with Welch’s t test; null with no year on a side.',
  );

const PlaceboComparisonSchema = z.object({
  estimate: z.number(),
  p: z.number().nullable(),
  asLargeAndSignificant: z.number().int(),
  compared: z.number().int(),
  share: z.number().nullable(),
  permutationP: z.number().nullable(),
});

const PlacebosSchema = z
  .object({
    partners: z.array(
      z.object({
        partner: z.string(),
        years: z.number().int(),
        ok: z.boolean(),
        reason: z.enum(FAILURE_REASONS).nullable(),
        levelChange: EstimateSchema.nullable(),
        slopeChange: EstimateSchema.nullable(),
      }),
    ),
    levelChange: PlaceboComparisonSchema,
    slopeChange: PlaceboComparisonSchema,
  })
  .nullable()
  .describe(
    'The same model for the destination’s other partners that have no published agreement with it (same measure, occupation, source and basis); null when the treated series was not fitted.',
  );

const ChartSchema = z
  .object({
    points: z.array(
      z.object({
        period: z.string(),
        observed: z.number().nullable(),
        fitted: z.number().nullable(),
        counterfactual: z.number().nullable(),
      }),
    ),
    markers: z.array(
      z.object({ kind: z.enum(['entry-into-force', 'end']), date: z.string(), period: z.string() }),
    ),
  })
  .describe(
    'Per year: the observed value, the fitted one and the pre-agreement trend carried on (null before the agreement or without a fit); markers for the dates.',
  );

const PairEvaluationSchema = z.object({
  destination: z.string(),
  origin: z.string(),
  series: z
    .object({
      source: z.string(),
      partnerBasis: z.string(),
      firstYear: z.number().int(),
      lastYear: z.number().int(),
      years: z.number().int(),
      points: z.array(z.object({ year: z.number().int(), value: z.number().nullable() })),
    })
    .nullable()
    .describe(
      'The series used: current observations of the source with the most years for the pair, from its first to its last year (null for a year without data); null when there is none.',
    ),
  fit: FitSchema,
  beforeAfter: BeforeAfterSchema,
  placebos: PlacebosSchema,
  caveats: z.array(CaveatSchema),
  chart: ChartSchema,
});

export const EvaluationSchema = z.object({
  agreement: z.object({ id: z.number().int(), title: z.string() }),
  measure: z.enum(EVALUATION_MEASURES),
  occupation: z.string(),
  confidence: z.number(),
  hacLags: z.number().int().nullable(),
  intervention: z
    .object({ date: z.string(), basis: z.enum(['in_force', 'signed']) })
    .describe('The date modelled: the entry into force, or the signature when that is not known.'),
  end: z
    .object({ date: z.string(), kind: z.enum(['expiry', 'termination', 'suspension']) })
    .nullable()
    .describe('The first of its expiry, termination or suspension: marked, not modelled.'),
  evaluations: z
    .array(PairEvaluationSchema)
    .describe('One per destination and origin party of the agreement.'),
});
export type Evaluation = z.infer<typeof EvaluationSchema>;
export type PairEvaluation = z.infer<typeof PairEvaluationSchema>;
