import { z } from 'zod';
import {
  BASES,
  NOTE_CODES,
  PARAMETERS,
  type Parameter,
  PLANNING_CADRES,
  type PlanningCadre,
  SPREAD_PARAMETERS,
} from './domain/vocabulary.ts';

export * from './domain/vocabulary.ts';

/**
 * Workforce planning: the supply of a country's health workers projected by the stock-and-flow model, the need by
 * threshold, population ratio, service targets or a WISN study, and the gap, per scenario, with Monte Carlo bands.
 */

export const MAX_HORIZON = 30;
export const MAX_DRAWS = 5000;
/** The most draws × years × cells a request computes while the caller waits; larger runs are background runs. */
export const MAX_INTERACTIVE_WORK = 500_000;
export const BAND_QUANTILES = [0.05, 0.5, 0.95] as const;

const RowId = z.coerce.number().int().positive().max(2_147_483_647);
const Iso3 = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/)
  .transform((s) => s.toUpperCase())
  .describe('An ISO 3166 alpha-3 country code.');
const Year = z.coerce.number().int().min(1950).max(2100);
const Cadre = z.enum(PLANNING_CADRES);
const DatasetList = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{1,64}$/),
  )
  .max(20);
const Datasets = DatasetList.default([]).describe(
  'Datasets to read each series from, in order of preference (e.g. ["WHO.GHO"]); otherwise the dataset with the most years.',
);
const Rate = z.number().finite().min(0).max(1);
const Count = z.number().finite().min(0).max(1e9);
const Yearly = (item: z.ZodNumber) => z.union([item, z.array(item).min(1).max(MAX_HORIZON)]);

export const LeversSchema = z
  .object({
    trainingScale: Yearly(z.number().finite().min(0).max(20))
      .optional()
      .describe('Multiplier on graduates, one number or one per year (the last holds), e.g. [1, 1.1, 1.2].'),
    retention: Rate.optional().describe('Share by which retention measures cut emigration and other exits.'),
    emigrationChange: z
      .number()
      .finite()
      .min(-1)
      .max(10)
      .optional()
      .describe('Relative change of the emigration rate: −0.5 halves it, 0.2 raises it by a fifth.'),
    emigrationCap: Yearly(Count)
      .optional()
      .describe('Most emigrants per year of each cadre (recruitment caps).'),
    immigrationExtra: Yearly(Count)
      .optional()
      .describe('Extra immigrants per year of each cadre (agreements).'),
    fteChange: z.number().finite().min(-1).max(1).optional().describe('Relative change of the FTE ratio.'),
    retirementAgeShift: z
      .number()
      .finite()
      .min(-10)
      .max(10)
      .optional()
      .describe('Years by which the retirement age moves (positive is later).'),
  })
  .strict();
export type LeversInput = z.infer<typeof LeversSchema>;

export const SpreadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lognormal'), cv: z.number().finite().gt(0).max(2) }).strict(),
  z
    .object({
      kind: z.literal('range'),
      low: z.number().finite().min(0).max(10),
      high: z.number().finite().min(0).max(10),
    })
    .strict()
    .refine((s) => s.low <= s.high, { message: 'low ≤ high', path: ['high'] }),
]);
export type SpreadInput = z.infer<typeof SpreadSchema>;

const SpreadsSchema = z
  .object(
    Object.fromEntries(SPREAD_PARAMETERS.map((p) => [p, SpreadSchema.optional()])) as {
      [K in Exclude<Parameter, 'stock'>]: z.ZodOptional<typeof SpreadSchema>;
    },
  )
  .strict();

/** Spreads applied unless a scenario gives its own: PACE-HRH-style mean-preserving log-normal multipliers. */
export const DEFAULT_SPREADS = {
  graduates: { kind: 'lognormal', cv: 0.1 },
  emigrationRate: { kind: 'lognormal', cv: 0.3 },
  otherExitRate: { kind: 'lognormal', cv: 0.2 },
  retirementRate: { kind: 'lognormal', cv: 0.1 },
} as const satisfies z.input<typeof SpreadsSchema>;

export const UncertaintySchema = z
  .object({
    draws: z.number().int().min(0).max(MAX_DRAWS).default(500).describe('Monte Carlo draws; 0 for none.'),
    seed: z.number().int().min(0).max(4_294_967_295).default(12345),
    spreads: SpreadsSchema.default(DEFAULT_SPREADS),
  })
  .strict();

const ParameterValues = z
  .object({
    stock: Count.optional(),
    graduates: Count.optional(),
    entryRate: Rate.optional(),
    immigration: Count.optional(),
    returns: Count.optional(),
    retirementRate: Rate.optional(),
    deathRate: Rate.optional(),
    emigrationRate: Rate.optional(),
    otherExitRate: Rate.optional(),
    fteRatio: z.number().finite().min(0).max(1.5).optional(),
  })
  .strict();
export type ParameterValues = z.infer<typeof ParameterValues>;

export const ServiceTargetSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    populationShare: Rate.default(1),
    coverage: Rate,
    servicesPerPersonPerYear: z.number().finite().min(0).max(1000),
    minutesPerService: z.number().finite().min(0).max(10_000),
  })
  .strict();

export const NeedSchema = z
  .object({
    threshold: z
      .number()
      .finite()
      .min(0)
      .max(1000)
      .nullable()
      .default(44.5)
      .describe(
        'Doctors, nurses and midwives needed per 10 000 population (the SDG index threshold 44.5); null for none.',
      ),
    ratios: z
      .object(
        Object.fromEntries(
          PLANNING_CADRES.map((c) => [c, z.number().finite().gt(0).max(1000).optional()]),
        ) as {
          [K in PlanningCadre]: z.ZodOptional<z.ZodNumber>;
        },
      )
      .strict()
      .default({})
      .describe('A cadre’s need as workers per 10 000 population (a benchmark ratio).'),
    services: z
      .array(
        z
          .object({
            cadre: Cadre,
            availableHoursPerFte: z.number().finite().gt(0).max(8784),
            targets: z.array(ServiceTargetSchema).min(1).max(200),
          })
          .strict(),
      )
      .max(PLANNING_CADRES.length)
      .default([])
      .describe('A cadre’s need from service targets: population × share × coverage × services × time.'),
    wisnStudy: RowId.nullable()
      .default(null)
      .describe('A stored WISN study whose required staff set the need of the cadres it names.'),
    wisnScale: z
      .number()
      .finite()
      .gt(0)
      .max(1e6)
      .default(1)
      .describe(
        'Facilities in the country for each one the WISN study covers: its required staff are multiplied by it.',
      ),
    wisnCadres: z
      .record(z.string().min(1).max(100), Cadre)
      .default({})
      .describe('Which planning cadre each WISN cadre code counts as, e.g. {"NUR": "nursing-personnel"}.'),
  })
  .strict();
export type Need = z.infer<typeof NeedSchema>;

export const ScenarioSpecSchema = z
  .object({
    area: Iso3,
    baseYear: Year.default(2020),
    horizon: z.number().int().min(1).max(MAX_HORIZON).default(10),
    cadres: z
      .array(Cadre)
      .min(1)
      .max(PLANNING_CADRES.length)
      .default([...PLANNING_CADRES]),
    sources: Datasets,
    inputs: z
      .object(
        Object.fromEntries(PLANNING_CADRES.map((c) => [c, ParameterValues.optional()])) as {
          [K in PlanningCadre]: z.ZodOptional<typeof ParameterValues>;
        },
      )
      .strict()
      .default({})
      .describe('Values the user sets in place of the data core’s or the defaults, per cadre.'),
    levers: LeversSchema.default({}),
    need: NeedSchema.prefault({}),
    uncertainty: UncertaintySchema.prefault({}),
  })
  .strict();
export type ScenarioSpec = z.infer<typeof ScenarioSpecSchema>;
export type ScenarioSpecInput = z.input<typeof ScenarioSpecSchema>;

export const InputSourceSchema = z
  .object({
    measure: z.string(),
    year: z.number().int(),
    value: z.number(),
    dataset: z.string(),
    file: z.string().nullable(),
    row: z.number().int().nullable(),
    partner: z.string().optional(),
  })
  .strict();
export type InputSource = z.infer<typeof InputSourceSchema>;

export const NoteSchema = z.object({
  code: z.enum(NOTE_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type PlanningNote = z.infer<typeof NoteSchema>;

export const ResolvedParameterSchema = z
  .object({
    value: z.number().nullable(),
    basis: z.enum(BASES),
    /** The year the value describes, when it comes from data. */
    year: z.number().int().nullable(),
    sources: z.array(InputSourceSchema),
    note: NoteSchema,
  })
  .strict();
export type ResolvedParameter = z.infer<typeof ResolvedParameterSchema>;

export const CadreInputsSchema = z
  .object({
    cadre: Cadre,
    parameters: z.object(
      Object.fromEntries(PARAMETERS.map((p) => [p, ResolvedParameterSchema])) as {
        [K in Parameter]: typeof ResolvedParameterSchema;
      },
    ),
  })
  .strict();
export type CadreInputs = z.infer<typeof CadreInputsSchema>;

export const PopulationSchema = z
  .object({
    values: z.array(z.number()),
    method: z.enum(['series', 'geometric-trend', 'constant']),
    extrapolated: z.number().int(),
    sources: z.array(InputSourceSchema),
  })
  .strict();

export const BandsSchema = z
  .object({ low: z.array(z.number()), median: z.array(z.number()), high: z.array(z.number()) })
  .strict();

export const NEED_METHODS = ['ratio', 'services', 'wisn'] as const;

export const CadreProjectionSchema = z
  .object({
    cadre: Cadre,
    projected: z.boolean(),
    /** Why a cadre was not projected (no starting stock). */
    reason: NoteSchema.nullable(),
    inputs: CadreInputsSchema,
    headcount: z.array(z.number()),
    fte: z.array(z.number()),
    /** FTE, Monte Carlo 5 %, 50 % and 95 % quantiles per year. */
    bands: BandsSchema.nullable(),
    clamped: z.boolean(),
    need: z.array(z.number()).nullable(),
    needMethod: z.enum(NEED_METHODS).nullable(),
    /** need − FTE supply per year: positive is a shortage. */
    gap: z.array(z.number()).nullable(),
    closingYear: z.number().int().nullable(),
  })
  .strict();
export type CadreProjection = z.infer<typeof CadreProjectionSchema>;

export const ThresholdProjectionSchema = z
  .object({
    perTenThousand: z.number(),
    /** The threshold's cadres that have a projection; the threshold counts only these when some lack one. */
    cadres: z.array(Cadre),
    missing: z.array(Cadre),
    supply: z.array(z.number()),
    bands: BandsSchema.nullable(),
    need: z.array(z.number()),
    gap: z.array(z.number()),
    closingYear: z.number().int().nullable(),
  })
  .strict();

export const ProjectionSchema = z
  .object({
    area: z.string(),
    baseYear: z.number().int(),
    horizon: z.number().int(),
    years: z.array(z.number().int()),
    population: PopulationSchema.nullable(),
    cadres: z.array(CadreProjectionSchema),
    threshold: ThresholdProjectionSchema.nullable(),
    provenance: z
      .object({
        seed: z.number().int(),
        draws: z.number().int(),
        quantiles: z.array(z.number()),
        hwmoVersion: z.string(),
        dataVersion: z.number().int(),
        wisnStudy: z.number().int().nullable(),
      })
      .strict(),
  })
  .strict();
export type Projection = z.infer<typeof ProjectionSchema>;

export const StartingInputsQuerySchema = z
  .object({
    area: Iso3,
    baseYear: Year.default(2020),
    sources: z
      .string()
      .optional()
      .transform((s) => (s ? s.split(',').map((x) => x.trim()) : []))
      .pipe(DatasetList)
      .describe('Datasets to read each series from, comma-separated, in order of preference.'),
  })
  .strict();

export const StartingInputsSchema = z
  .object({
    area: z.string(),
    baseYear: z.number().int(),
    cadres: z.array(CadreInputsSchema),
    population: z.object({
      years: z.array(z.number().int()),
      values: z.array(z.number()),
      sources: z.array(InputSourceSchema),
    }),
  })
  .strict();
export type StartingInputs = z.infer<typeof StartingInputsSchema>;

// Scenarios

const Name = z.string().trim().min(1).max(200);

export const NewScenarioSchema = z
  .object({
    name: Name,
    spec: ScenarioSpecSchema,
    shared: z.boolean().default(false).describe('Whether anyone with its link may read it.'),
    parent: RowId.nullable().default(null).describe('The scenario it was derived from.'),
  })
  .strict();
export type NewScenario = z.infer<typeof NewScenarioSchema>;

export const UpdateScenarioSchema = z
  .object({ version: z.number().int().positive(), name: Name, spec: ScenarioSpecSchema, shared: z.boolean() })
  .strict();

export const ScenarioSchema = z
  .object({
    id: z.number().int(),
    area: z.string(),
    name: z.string(),
    owner: z.string(),
    mine: z.boolean(),
    shared: z.boolean(),
    parent: z.number().int().nullable(),
    spec: ScenarioSpecSchema,
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type Scenario = z.infer<typeof ScenarioSchema>;

export const ScenarioListQuerySchema = z.object({ area: Iso3.optional() }).strict();
export const ScenarioListSchema = z.object({ scenarios: z.array(ScenarioSchema) }).strict();
export const IdParamsSchema = z.object({ id: RowId }).strict();

// Background runs

export const RUN_STATES = ['queued', 'running', 'done', 'failed'] as const;

export const RunRequestSchema = z
  .object({
    areas: z
      .union([z.literal('member-states'), z.array(Iso3).min(1).max(300)])
      .describe('"member-states" for every WHO Member State, or a list of country codes.'),
    baseYear: Year.default(2020),
    horizon: z.number().int().min(1).max(MAX_HORIZON).default(10),
    cadres: z
      .array(Cadre)
      .min(1)
      .max(PLANNING_CADRES.length)
      .default([...PLANNING_CADRES]),
    sources: Datasets,
    levers: LeversSchema.default({}),
    threshold: z.number().finite().min(0).max(1000).nullable().default(44.5),
    uncertainty: UncertaintySchema.prefault({}),
  })
  .strict();
export type RunRequest = z.infer<typeof RunRequestSchema>;

export const RunRowSchema = z
  .object({
    area: z.string(),
    cadre: Cadre,
    projected: z.boolean(),
    stock: z.number().nullable(),
    stockYear: z.number().int().nullable(),
    supply: z.number().nullable(),
    low: z.number().nullable(),
    high: z.number().nullable(),
  })
  .strict();
export type RunRow = z.infer<typeof RunRowSchema>;

export const RunSchema = z
  .object({
    id: z.number().int(),
    state: z.enum(RUN_STATES),
    done: z.number().int(),
    total: z.number().int(),
    request: RunRequestSchema,
    createdBy: z.string(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
    provenance: z
      .object({ hwmoVersion: z.string(), dataVersion: z.number().int(), seed: z.number().int() })
      .strict()
      .nullable(),
    /** A row per area and cadre: the starting stock and the supply at the horizon with its band, once done. */
    rows: z.array(RunRowSchema).nullable(),
  })
  .strict();
export type Run = z.infer<typeof RunSchema>;

export const RunListSchema = z.object({ runs: z.array(RunSchema.omit({ rows: true })) }).strict();

// The world's starting stock

export const WorldQuerySchema = z.object({ baseYear: Year.default(2020) }).strict();

export const WorldStockSchema = z
  .object({
    baseYear: z.number().int(),
    /** The WHO Member States. */
    of: z.number().int(),
    cadres: z.array(
      z
        .object({
          cadre: Cadre,
          total: z.number().describe('The starting stocks summed over the Member States that have one.'),
          countries: z.number().int(),
          ofBaseYear: z.number().int().describe('Of the stocks counted, those of the base year itself.'),
          derived: z.number().int().describe('Of the stocks counted, those from density × population.'),
          published: z
            .number()
            .describe('The global total of Boniol et al. 2022 (BMJ Global Health 7:e009316).'),
          share: z.number(),
          missing: z.array(z.object({ area: z.string(), population: z.number().nullable() }).strict()),
        })
        .strict(),
    ),
  })
  .strict();
export type WorldStock = z.infer<typeof WorldStockSchema>;
