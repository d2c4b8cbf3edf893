import { z } from 'zod';
import { offset, yearRange } from '../../platform/http/query-params.ts';
import { AGE_PATTERN, occupationSlug, SEXES } from '../reference/index.ts';

/** Bilateral stock measures flows can be estimated from: rows = partner (training or birth), columns = area. */
export const STOCK_MEASURES = ['foreign-trained-stock', 'foreign-born-stock'] as const;
export const ESTIMATE_METHODS = ['ffs-demo', 'ffs-diff'] as const;

const code = (what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, `not a valid ${what}`)
    .transform((s) => s.toUpperCase());
const sourceCode = z.string().regex(/^[A-Za-z0-9_.-]+$/, 'not a valid source code');
const year = z.number().int().min(1900).max(2100);
const occupation = occupationSlug;
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const matrix = z.array(z.array(finite)).min(1);
const vector = z.array(finite).min(1);
const labels = z
  .array(z.string().min(1))
  .min(1)
  .refine((a) => new Set(a).size === a.length, 'labels must be unique');

const ffsDemoOptions = {
  stayerAssumption: z
    .boolean()
    .default(true)
    .describe('true: minimum migration (stayers = min of the two stocks); false: independence'),
  matchBirthplace: z
    .enum(['rescale', 'open', 'open-dr'])
    .default('rescale')
    .describe('How the birthplace totals of the two tables are made equal'),
  matchGlobal: z
    .enum(['before-demo-adjust', 'after-demo-adjust', 'none'])
    .default('before-demo-adjust')
    .describe('When the change in total stock is matched to births − deaths'),
  tol: z.number().positive().default(1e-3).describe('IPF tolerance (largest cell change)'),
};
const decrease = z
  .enum(['zero', 'return'])
  .default('return')
  .describe('zero: a fall in a stock is no flow; return: a fall is a return flow');

const estimateBase = z.strictObject({
  measure: z.enum(STOCK_MEASURES).describe('Bilateral stock measure read as [partner][area]'),
  occupation,
  startYear: year,
  endYear: year,
  areas: z
    .array(code('area code'))
    .min(2)
    .refine((a) => new Set(a).size === a.length, 'areas must be unique')
    .optional()
    .describe('Areas of the system; default every area reporting the measure in either year'),
  sex: z.enum(SEXES).default('_T'),
  age: z.string().regex(AGE_PATTERN, 'not an age group (_T, Y25T34, …)').default('_T'),
  source: sourceCode.optional().describe('Source of the bilateral stocks, when several sources hold them'),
  totalSource: sourceCode
    .optional()
    .describe('Source of the total stocks (for the home-trained diagonal), when several hold them'),
  dryRun: z.boolean().default(false).describe('Estimate and report what would be stored; store nothing'),
});

/** What to estimate from stored stocks, and how. */
export const EstimateRequestSchema = z
  .discriminatedUnion('method', [
    estimateBase.extend({ method: z.literal('ffs-demo'), ...ffsDemoOptions }),
    estimateBase.extend({ method: z.literal('ffs-diff'), decrease }),
  ])
  .refine((r) => r.startYear < r.endYear, { path: ['endYear'], message: 'must be after startYear' });
export type EstimateRequest = z.output<typeof EstimateRequestSchema>;

const summarySchema = z.object({
  regions: z.array(
    z.object({
      area: z.string().optional(),
      out: z.number(),
      in: z.number(),
      net: z.number(),
      turnover: z.number(),
    }),
  ),
  totalFlows: z.number(),
  totalTurnover: z.number(),
  totalAbsNet: z.number(),
  migrationEffectivenessIndex: z.number().nullable(),
});
const warningSchema = z.object({
  code: z.string(),
  message: z.string(),
  step: z.string().optional(),
  area: z.string().optional(),
  value: z.number().optional(),
});
const fitSchema = z.object({
  step: z.string().optional(),
  rule: z.string(),
  tol: z.number(),
  converged: z.boolean(),
  iterations: z.number().int(),
  criterion: z.number(),
  residual: z.number(),
});

export const DroppedAreaSchema = z.object({ area: z.string(), reason: z.string() });
export type DroppedArea = z.infer<typeof DroppedAreaSchema>;

const yearPair = <T extends z.ZodType>(t: T) => z.object({ start: t, end: t });

export const StockColumnSchema = z.object({
  area: z.string(),
  total: yearPair(z.number().nullable()).describe('Total stock of the occupation (null for ffs-diff)'),
  foreign: yearPair(z.number()).describe('Foreign stock subtracted from the total for the diagonal'),
  foreignBasis: yearPair(z.enum(['reported-total', 'sum-of-partners'])),
  outsideSystem: yearPair(z.number()).describe('Foreign stock from partners outside the areas estimated'),
  assumedZero: yearPair(z.array(z.string())).describe('Partners among the areas with no stored value: 0'),
});

export const EstimateResultSchema = z.object({
  runId: z.number().int().nullable().describe('null for a dry run'),
  batchId: z.number().int().nullable().describe('null for a dry run'),
  dryRun: z.boolean(),
  method: z.enum(ESTIMATE_METHODS),
  params: z.record(z.string(), z.unknown()).describe('The request as applied, defaults filled in'),
  outputMeasure: z.string(),
  outputSource: z.string(),
  partnerBasis: z.string(),
  areas: z.array(z.string()),
  dropped: z.array(DroppedAreaSchema),
  inputBatches: z.array(z.number().int()),
  columns: z.array(StockColumnSchema),
  stockStart: z.array(z.array(z.number())),
  stockEnd: z.array(z.array(z.number())),
  od: z.array(z.array(z.number())).describe('[origin][destination], diagonal zero'),
  summary: summarySchema,
  fits: z.array(fitSchema),
  warnings: z.array(warningSchema),
  stored: z.number().int(),
  revised: z.number().int(),
  unchanged: z.number().int(),
  retired: z.number().int().describe('Flows of the previous estimate for an area pair no longer estimated'),
});
export type EstimateResult = z.infer<typeof EstimateResultSchema>;

export const EstimationRunSchema = z.object({
  id: z.number().int(),
  batchId: z.number().int(),
  batchStatus: z.enum(['committed', 'rolled_back']),
  createdAt: z.string(),
  method: z.string(),
  params: z.record(z.string(), z.unknown()),
  inputMeasure: z.string(),
  partnerBasis: z
    .enum(['training', 'birth'])
    .describe('Basis of the origins, from the input measure; the stored flows carry it'),
  occupation: z.string(),
  sex: z.string(),
  age: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  outputMeasure: z.string(),
  outputSource: z.string(),
  inputBatches: z.array(z.number().int()),
  inputSources: z.array(z.string()).describe('Sources of the stocks the flows were estimated from'),
  areas: z.array(z.string()),
  dropped: z.array(DroppedAreaSchema),
  warnings: z.array(warningSchema),
  stored: z.number().int(),
  revised: z.number().int(),
  unchanged: z.number().int(),
  retired: z.number().int(),
});
export type EstimationRun = z.infer<typeof EstimationRunSchema>;
export const EstimationRunListSchema = z.object({ items: z.array(EstimationRunSchema) });

export const EstimationRunQuerySchema = z.object({
  occupation: occupation.optional().describe('Occupation slug of the estimated flows'),
  measure: z.enum(STOCK_MEASURES).optional().describe('Input stock measure'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset,
});
export type EstimationRunQuery = z.output<typeof EstimationRunQuerySchema>;

const basis = z.enum(['training', 'birth', 'citizenship']);

/** Mirror statistics over stored outflows (reported by origins) and inflows (reported by destinations). */
export const MirrorQuerySchema = z.object({
  occupation: occupation.describe('Occupation slug, e.g. medical-doctors'),
  year: yearRange.describe('A year or an inclusive range; each year is compared on its own'),
  sex: z.enum(SEXES).default('_T'),
  age: z.string().regex(AGE_PATTERN, 'not an age group').default('_T'),
  inflowSource: sourceCode.optional().describe('Source of the inflows, when several hold them'),
  outflowSource: sourceCode.optional().describe('Source of the outflows, when several hold them'),
  inflowBasis: basis.optional().describe('Partner basis of the inflows, when several are stored'),
  outflowBasis: basis.optional().describe('Partner basis of the outflows, when several are stored'),
  reference: code('area code')
    .optional()
    .describe('Area whose two factors are fixed at 1; default the area in most pairs'),
});
export type MirrorQuery = z.output<typeof MirrorQuerySchema>;

const mirrorYearSchema = z.object({
  year: z.number().int(),
  inputBatches: z.array(z.number().int()),
  counts: z.object({
    pairs: z.number().int(),
    both: z.number().int(),
    originOnly: z.number().int(),
    destinationOnly: z.number().int(),
    neither: z.number().int(),
    oneSidedShare: z.number().nullable(),
  }),
  reportedBy: z.array(z.object({ origin: z.string(), destination: z.string(), reportedBy: z.string() })),
  comparisons: z.array(
    z.object({
      origin: z.string(),
      destination: z.string(),
      sent: z.number(),
      received: z.number(),
      ratio: z.number(),
      logRatio: z.number(),
      absDifference: z.number(),
      relativeDifference: z.number(),
      residual: z.number().nullable(),
    }),
  ),
  excluded: z.array(z.object({ origin: z.string(), destination: z.string(), reason: z.string() })),
  areas: z.array(
    z.object({
      area: z.string(),
      sendingFactor: z.number().nullable(),
      receivingFactor: z.number().nullable(),
      pairsUsed: z.number().int(),
    }),
  ),
  unidentified: z.array(z.string()),
  fit: z
    .object({
      reference: z.string(),
      pairsUsed: z.number().int(),
      parameters: z.number().int(),
      degreesOfFreedom: z.number().int(),
      residualSumOfSquares: z.number(),
      rSquared: z.number().nullable(),
    })
    .nullable(),
});
export const MirrorResultSchema = z.object({
  occupation: z.string(),
  years: z.array(mirrorYearSchema),
});
export type MirrorStoredResult = z.infer<typeof MirrorResultSchema>;

// Operations on matrices given in the request (the API twins of `hwmo flows from-stocks|diff|rates|ipf|net`).

export const FromStocksBodySchema = z.object({
  areas: labels.describe('Labels of the rows and columns of every table, in order'),
  stockStart: matrix.describe('[place of birth][place of residence] at the start'),
  stockEnd: matrix.describe('[place of birth][place of residence] at the end'),
  births: vector.optional().describe('Births by region of residence, in the order of areas'),
  deaths: vector.optional().describe('Deaths by region of residence, in the order of areas'),
  ...ffsDemoOptions,
});
export type FromStocksBody = z.output<typeof FromStocksBodySchema>;

export const DiffBodySchema = z.object({
  areas: labels,
  stockStart: matrix,
  stockEnd: matrix,
  decrease,
});
export type DiffBody = z.output<typeof DiffBodySchema>;

export const RatesBodySchema = z
  .object({
    areas: labels,
    stockStart: matrix,
    stockEnd: matrix.optional().describe('Needed by Rogers–von Rabenau'),
    method: z.enum(['dennett', 'rogers-von-rabenau']),
    total: z.number().positive().optional().describe('Global flow total (Dennett)'),
  })
  .refine((v) => v.method !== 'dennett' || v.total !== undefined, {
    path: ['total'],
    message: 'Dennett needs total',
  })
  .refine((v) => v.method !== 'rogers-von-rabenau' || v.stockEnd !== undefined, {
    path: ['stockEnd'],
    message: 'Rogers–von Rabenau needs stockEnd',
  });
export type RatesBody = z.output<typeof RatesBodySchema>;

export const IpfBodySchema = z
  .object({
    seed: matrix,
    rows: labels.optional().describe('Row labels; default 1, 2, …'),
    cols: labels.optional().describe('Column labels; default 1, 2, …'),
    rowTotals: vector.optional(),
    colTotals: vector.optional(),
    method: z.enum(['ipf', 'cm']).default('ipf').describe('ipf, or conditional maximisation (both margins)'),
  })
  .refine((v) => v.rowTotals !== undefined || v.colTotals !== undefined, {
    path: ['rowTotals'],
    message: 'give rowTotals, colTotals or both',
  })
  .refine((v) => v.method !== 'cm' || (v.rowTotals !== undefined && v.colTotals !== undefined), {
    path: ['colTotals'],
    message: 'conditional maximisation needs both rowTotals and colTotals',
  });
export type IpfBody = z.output<typeof IpfBodySchema>;

export const NetBodySchema = z.object({
  areas: labels,
  seed: matrix.describe('Prior flows [origin][destination]'),
  net: vector.describe('Net migration (in − out) of each area, summing to zero'),
});
export type NetBody = z.output<typeof NetBodySchema>;

const od = z.array(z.array(z.number()));
export const FromStocksResultSchema = z.object({
  method: z.literal('ffs-demo'),
  areas: z.array(z.string()),
  od,
  summary: summarySchema,
  flowsByBirthplace: z.array(z.array(z.array(z.number()))).describe('[origin][destination][place of birth]'),
  fits: z.array(fitSchema),
  warnings: z.array(warningSchema),
  globalGap: z.number(),
});
export const DiffResultSchema = z.object({
  method: z.literal('ffs-diff'),
  areas: z.array(z.string()),
  od,
  summary: summarySchema,
});
export const RatesResultSchema = z.object({
  method: z.enum(['dennett', 'rogers-von-rabenau']),
  areas: z.array(z.string()),
  od,
  warnings: z.array(warningSchema),
});
export const IpfResultSchema = z.object({
  method: z.enum(['ipf', 'cm']),
  rows: z.array(z.string()),
  cols: z.array(z.string()),
  fitted: od,
  fit: z.record(z.string(), z.unknown()),
});
export const NetResultSchema = z.object({
  method: z.literal('net-matrix-ipf'),
  areas: z.array(z.string()),
  od,
  alpha: z.array(z.number()),
  iterations: z.number().int(),
  converged: z.boolean(),
  criterion: z.number(),
  sumSquaredError: z.number(),
});
