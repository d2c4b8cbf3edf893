import { z } from 'zod';
import {
  AGREEMENT_LEVELS,
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  CAP_PERIODS,
  EVENT_KINDS,
  GIVEN_STATUSES,
  PARTY_SIDES,
  PROVISION_KINDS,
} from './domain/agreement.ts';

/**
 * The agreements registry: government-to-government and institution-level agreements on health personnel. Dates are
 * calendar dates (YYYY-MM-DD, no time zone), times ISO 8601 UTC.
 */

const Iso3 = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/)
  .transform((s) => s.toUpperCase())
  .describe('An ISO 3166 alpha-3 country code.');
const IsoDate = z.iso.date().describe('A date, YYYY-MM-DD.');
const Time = z.string().describe('An ISO 8601 time (UTC).');
const RowId = z.coerce.number().int().positive().max(2_147_483_647);
const Occupation = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .describe('An occupation code of the reference list (e.g. nursing-personnel).');
const Url = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe('An http or https address.');
const Words = (max: number) => z.string().trim().max(max);

export const AgreementTypeSchema = z
  .enum(AGREEMENT_TYPES)
  .describe(
    'bilateral_mou, bilateral_agreement, multilateral, regional_framework (a framework of a region), twinning (between institutions)',
  );
export const AgreementLevelSchema = z
  .enum(AGREEMENT_LEVELS)
  .describe('government: between governments; institution: between organisations within the areas.');
export const AgreementStatusSchema = z
  .enum(AGREEMENT_STATUSES)
  .describe('The current status, from its dates and status history.');
export const StatusGivenSchema = z
  .enum(GIVEN_STATUSES)
  .describe(
    'The status its source gives, for an agreement whose dates of signature and entry into force are not known; with either date it must be null, the status then following from the dates and the status history.',
  );
export const EventKindSchema = z.enum(EVENT_KINDS).describe('What happened to the agreement.');
export const ProvisionKindSchema = z
  .enum(PROVISION_KINDS)
  .describe(
    'recruitment (channel and caps), training (and skills transfer), return (and circular migration), compensation (or co-investment), rights (and equal treatment), committee (joint committee and reporting).',
  );

export const PartySchema = z
  .object({
    area: Iso3,
    organisation: Words(300)
      .nullable()
      .default(null)
      .transform((s) => s || null)
      .describe(
        'An organisation within the area that is party (a hospital, a ministry); null: the government.',
      ),
    side: z
      .enum(PARTY_SIDES)
      .describe('origin: where the health personnel come from; destination: where they go; both.'),
  })
  .strict();

export const CapSchema = z
  .object({
    occupation: Occupation.nullable().describe('The cadre capped; null: all the cadres covered.'),
    max: z.number().int().min(0).max(2_147_483_647).describe('At most this many placements.'),
    per: z.enum(CAP_PERIODS).describe('Per year, per month, or in total.'),
  })
  .strict();

export const RecruitmentTermsSchema = z
  .object({
    allowed: z
      .boolean()
      .default(false)
      .describe(
        'Whether the agreement allows managed recruitment from the origin (a training-only one does not).',
      ),
    employers: z
      .array(Words(300).min(1))
      .max(200)
      .default([])
      .describe(
        'Employers or recruiters allowed to recruit under it; empty: any employer of the destination.',
      ),
    caps: z.array(CapSchema).max(100).default([]),
    from: IsoDate.nullable().default(null).describe('Start of the recruitment window, when narrower.'),
    until: IsoDate.nullable()
      .default(null)
      .describe('End of the recruitment window (exclusive), when narrower.'),
    channel: Words(500)
      .nullable()
      .default(null)
      .transform((s) => s || null)
      .describe('The named recruitment channel, e.g. a government agency.'),
  })
  .strict();

export const ProvisionSchema = z
  .object({ kind: ProvisionKindSchema, text: Words(20_000).min(1).describe('What the agreement provides.') })
  .strict();

/** What a user writes of an agreement (create, or the whole of it on update). */
export const AgreementFieldsSchema = z
  .object({
    title: Words(500).min(1).describe('The agreement’s title.'),
    type: AgreementTypeSchema,
    level: AgreementLevelSchema.default('government'),
    parties: z.array(PartySchema).min(2).max(60).describe('Two or more parties.'),
    signedOn: IsoDate.nullable().default(null),
    inForceOn: IsoDate.nullable().default(null),
    expiresOn: IsoDate.nullable().default(null).describe('When it expires (exclusive), when it says.'),
    statusGiven: StatusGivenSchema.nullable().default(null),
    cadres: z
      .array(Occupation)
      .max(50)
      .default([])
      .describe('The occupations covered; empty: all health personnel.'),
    provisions: z.array(ProvisionSchema).max(PROVISION_KINDS.length).default([]),
    recruitment: RecruitmentTermsSchema.default({
      allowed: false,
      employers: [],
      caps: [],
      from: null,
      until: null,
      channel: null,
    }),
    textUrl: Url.nullable().default(null).describe('Where the text of the agreement is published.'),
    sourceUrl: Url.nullable().default(null).describe('Where the facts recorded here come from.'),
    notes: Words(5000)
      .nullable()
      .default(null)
      .transform((s) => s || null),
    externalRef: Words(200)
      .nullable()
      .default(null)
      .transform((s) => s || null)
      .describe('A reference of one’s own (an import file’s external_ref), unique in the registry.'),
  })
  .strict();
export type AgreementFields = z.infer<typeof AgreementFieldsSchema>;
export type AgreementFieldsInput = z.input<typeof AgreementFieldsSchema>;

export const UpdateAgreementSchema = AgreementFieldsSchema.extend({
  version: z
    .number()
    .int()
    .positive()
    .max(2_147_483_647)
    .describe('The version the change was made on; a stale one is refused (409) with the current agreement.'),
}).strict();
export type UpdateAgreement = z.infer<typeof UpdateAgreementSchema>;

export const RecordEventSchema = z
  .object({
    kind: EventKindSchema,
    on: IsoDate.describe('The day it happened (or will).'),
    note: Words(5000).min(1).describe('What happened, and the source.'),
    version: z
      .number()
      .int()
      .positive()
      .max(2_147_483_647)
      .optional()
      .describe('The version it was seen at.'),
  })
  .strict();
export type RecordEvent = z.infer<typeof RecordEventSchema>;

export const PublishSchema = z
  .object({
    published: z
      .boolean()
      .default(true)
      .describe('true to publish, false to withdraw from the public registry.'),
    version: z
      .number()
      .int()
      .positive()
      .max(2_147_483_647)
      .optional()
      .describe('The version it was seen at.'),
  })
  .strict();
export type Publish = z.infer<typeof PublishSchema>;

export const AgreementIdParamsSchema = z.object({ id: RowId });

export const AgreementListQuerySchema = z.object({
  area: Iso3.optional().describe('Agreements this country is party to.'),
  type: AgreementTypeSchema.optional(),
  cadre: Occupation.optional().describe('Agreements covering this occupation (or all health personnel).'),
  status: AgreementStatusSchema.optional(),
  inForceOn: IsoDate.optional().describe('Agreements in force on this date.'),
  q: Words(200).optional().describe('Words of the title, a party’s organisation or a country’s name.'),
});
export type AgreementListQuery = z.infer<typeof AgreementListQuerySchema>;

export const EventSchema = z.object({
  id: z.number().int(),
  kind: EventKindSchema,
  on: IsoDate,
  note: z.string().nullable().describe('null for a date given with the agreement itself.'),
  origin: z
    .enum(['record', 'event'])
    .describe('record: a date given with the agreement; event: a recorded event.'),
  recordedAt: Time,
  recordedBy: z
    .string()
    .nullable()
    .describe('Who recorded it; only those who manage the agreement see names.'),
});
export type AgreementEvent = z.infer<typeof EventSchema>;

export const AgreementSchema = z.object({
  id: z.number().int(),
  externalRef: z.string().nullable(),
  title: z.string(),
  type: AgreementTypeSchema,
  level: AgreementLevelSchema,
  parties: z.array(
    z.object({
      area: z.string(),
      areaName: z.string().describe('The country’s name in English (WHO).'),
      organisation: z.string().nullable(),
      side: z.enum(PARTY_SIDES),
    }),
  ),
  signedOn: IsoDate.nullable(),
  inForceOn: IsoDate.nullable(),
  expiresOn: IsoDate.nullable(),
  terminatedOn: IsoDate.nullable(),
  statusGiven: StatusGivenSchema.nullable(),
  status: AgreementStatusSchema,
  suspensions: z.array(z.object({ from: IsoDate, until: IsoDate.nullable(), reason: z.string().nullable() })),
  cadres: z.array(z.string()),
  provisions: z.array(z.object({ kind: ProvisionKindSchema, text: z.string() })),
  recruitment: z.object({
    allowed: z.boolean(),
    employers: z.array(z.string()),
    caps: z.array(
      z.object({ occupation: z.string().nullable(), max: z.number().int(), per: z.enum(CAP_PERIODS) }),
    ),
    from: IsoDate.nullable(),
    until: IsoDate.nullable(),
    channel: z.string().nullable(),
  }),
  textUrl: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  notes: z.string().nullable(),
  published: z.boolean(),
  publishedAt: Time.nullable(),
  version: z.number().int(),
  createdAt: Time,
  updatedAt: Time,
  events: z.array(EventSchema).describe('The status history, oldest first.'),
  may: z.object({ manage: z.boolean().describe('Whether the reader may change it.') }),
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const AgreementListSchema = z.object({
  agreements: z.array(AgreementSchema.omit({ events: true })),
  may: z.object({
    create: z.boolean().describe('Whether the reader may record agreements (for some country).'),
  }),
});
export type AgreementList = z.infer<typeof AgreementListSchema>;

export const ImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('Check the file and report what it would change, changing nothing.'),
  publish: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe('Publish the new agreements of a file that has no published column.'),
});

export const ImportResultSchema = z.object({
  file: z.string(),
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rows: z.array(
    z.object({
      row: z.number().int().describe('The row of the file (the header is row 1).'),
      externalRef: z.string(),
      id: z.number().int().nullable().describe('null in a dry run for an agreement it would create.'),
      outcome: z.enum(['created', 'updated', 'unchanged']),
    }),
  ),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
export type { Evaluation, PairEvaluation } from './schemas-evaluation.ts';
