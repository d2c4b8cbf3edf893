import { z } from 'zod';
import { ACTIVITY_CODES, RECRUITMENT_STATUSES } from './domain/destination-config.ts';
import { CHANGE_CODES, REASON_CODES } from './domain/status.ts';
import { DestinationConfigSchema } from './schemas-config.ts';

const Iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code')
  .transform((s) => s.toUpperCase())
  .describe('Country ISO3 code');
const IsoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD');
const Occupation = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9.-]+$/, 'an occupation code such as nursing-personnel')
  .describe('Occupation code, e.g. nursing-personnel or medical-doctors');

export const HOW_CODES = [...ACTIVITY_CODES, 'active', 'direct_application'] as const;
export type How = (typeof HOW_CODES)[number];

export const StatusQuerySchema = z.object({
  destination: Iso3.describe('The destination country, where the employer is'),
  origin: Iso3.describe('The country of origin of the health workers'),
  occupation: Occupation,
  date: IsoDate.optional().describe('The date asked about; today when omitted'),
  employer: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .optional()
    .describe('The employer recruiting, when an agreement names the employers allowed'),
  how: z
    .enum(HOW_CODES)
    .default('active')
    .describe(
      'How: a form of active recruitment (advertising, referral_bonus, agency, asking_staff_to_share_vacancies, fee_based_referral, direct_approach, or active for any), or direct_application by the health worker',
    ),
});
export type StatusQuery = z.infer<typeof StatusQuerySchema>;

export const OverviewParamsSchema = z.object({ iso3: Iso3.describe('The destination country') });
export const OverviewQuerySchema = z.object({
  occupation: Occupation.default('nursing-personnel'),
  date: IsoDate.optional().describe('The date asked about; today when omitted'),
});
export type OverviewQuery = z.infer<typeof OverviewQuerySchema>;

const Named = z.object({ code: z.string(), name: z.string() });
const Worded = { text: z.string() };

const ReasonOutSchema = z.object({
  code: z.enum(REASON_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  ...Worded,
  articles: z.array(z.string()),
  rules: z.array(z.string()),
});
const ChangeOutSchema = z.object({
  code: z.enum(CHANGE_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  ...Worded,
});
const AppliedListSchema = z.object({
  edition: z.number().int(),
  from: z.string(),
  fromApproximate: z.boolean(),
  membership: z.enum(['official', 'recomputed']),
  configured: z.enum(['official', 'recomputed']),
  onList: z.boolean(),
  note: z.string().nullable(),
});
const OverrideOutSchema = z.object({
  origin: z.string(),
  from: z.string(),
  until: z.string().nullable(),
  status: z.enum(RECRUITMENT_STATUSES),
  reason: z.string(),
  agreement: z.object({ title: z.string(), url: z.string().nullable() }).nullable(),
  note: z.string().nullable(),
  source: z.string().nullable(),
});
const AppliedAgreementSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  type: z.enum(['bilateral_mou', 'bilateral_agreement', 'multilateral', 'regional_framework', 'twinning']),
  level: z.enum(['government', 'institution']),
  standing: z.enum([
    'in_force',
    'suspended',
    'not_yet',
    'expired',
    'terminated',
    'dates_unknown',
    'outside_window',
  ]),
  governs: z.boolean(),
  fits: z.boolean().nullable(),
  terms: z.object({
    cadres: z.array(z.string()),
    employers: z.array(z.string()),
    caps: z.array(
      z.object({
        occupation: z.string().nullable(),
        max: z.number(),
        per: z.enum(['year', 'total', 'month']),
      }),
    ),
    from: z.string().nullable(),
    until: z.string().nullable(),
    channel: z.string().nullable(),
  }),
  textUrl: z.string().nullable(),
});
const TimelineEntrySchema = z.object({
  from: z.string(),
  status: z.enum(RECRUITMENT_STATUSES),
  previous: z.enum(RECRUITMENT_STATUSES).nullable(),
  list: AppliedListSchema.nullable(),
  override: OverrideOutSchema.nullable(),
  changes: z.array(ChangeOutSchema),
});
const NationalCodeSchema = z.object({
  title: z.string(),
  url: z.string(),
  publisher: z.string(),
  inForceFrom: z.string().nullable(),
  note: z.string().nullable(),
});
const ConfigRefSchema = z.object({
  /** null: the destination has no configuration of its own. */
  version: z.number().int().nullable(),
  savedAt: z.string().nullable(),
  code: NationalCodeSchema.nullable(),
  sources: z.array(z.object({ title: z.string(), url: z.string() })),
});

export const VerdictOutSchema = z
  .object({
    destination: Named,
    origin: Named,
    occupation: Named,
    employer: z.string().nullable(),
    date: z.string(),
    how: z.enum(HOW_CODES),
    status: z.enum(RECRUITMENT_STATUSES),
    mayRecruit: z.enum(['yes', 'no', 'only_on_terms']),
    /** The answer in one sentence, in the language asked for. */
    summary: z.string(),
    list: AppliedListSchema.nullable(),
    override: OverrideOutSchema.nullable(),
    agreements: z.array(AppliedAgreementSchema),
    reasons: z.array(ReasonOutSchema),
    timeline: z.array(TimelineEntrySchema),
    configuration: ConfigRefSchema,
  })
  .describe(
    'The status of the origin for the destination and the occupation on the date, whether the recruitment asked about is allowed, why, and the dated changes of the status',
  );
export type VerdictOut = z.infer<typeof VerdictOutSchema>;

export const OverviewSchema = z
  .object({
    destination: Named,
    occupation: Named,
    date: z.string(),
    configuration: ConfigRefSchema,
    list: z.object({ edition: z.number().int(), membership: z.enum(['official', 'recomputed']) }).nullable(),
    counts: z.object({ red: z.number().int(), amber: z.number().int(), green: z.number().int() }),
    origins: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        status: z.enum(RECRUITMENT_STATUSES),
        onList: z.boolean(),
        override: z.boolean(),
        agreements: z.array(z.object({ id: z.number().int(), title: z.string(), governs: z.boolean() })),
      }),
    ),
  })
  .describe('The status of every country of origin for a destination, an occupation and a date');
export type Overview = z.infer<typeof OverviewSchema>;

export const DestinationParamsSchema = z.object({ iso3: Iso3.describe('The destination country') });

export const SaveConfigBodySchema = z
  .object({
    config: DestinationConfigSchema,
    note: z.string().trim().min(1).max(2000).optional().describe('What changed and why'),
    basedOn: z
      .number()
      .int()
      .min(1)
      .max(2_147_483_647)
      .nullable()
      .optional()
      .describe(
        'The version the change was made from (null: none saved yet); refused with 409 when a newer one was saved since',
      ),
  })
  .describe("A new version of a destination's configuration");
export type SaveConfigBody = z.infer<typeof SaveConfigBodySchema>;

const VersionSchema = z.object({
  version: z.number().int(),
  savedAt: z.string(),
  savedBy: z.string(),
  note: z.string().nullable(),
});

export const DestinationOutSchema = z
  .object({
    destination: Named,
    /** false: no configuration of its own; the WHO list as published applies (`config` shows it). */
    configured: z.boolean(),
    version: z.number().int().nullable(),
    config: DestinationConfigSchema,
    history: z.array(VersionSchema),
  })
  .describe("A destination's configuration in force and its saved versions");
export type DestinationOut = z.infer<typeof DestinationOutSchema>;

export const DestinationListSchema = z
  .object({
    destinations: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        version: z.number().int(),
        savedAt: z.string(),
        codeTitle: z.string().nullable(),
      }),
    ),
  })
  .describe(
    'The destinations with a configuration of their own; any other follows the WHO list as published',
  );
export type DestinationList = z.infer<typeof DestinationListSchema>;
