import { z } from 'zod';
import {
  AnswerIssueSchema,
  AnswerSchema,
  AnswersSchema,
  QuestionChangeSchema,
  QuestionIdSchema,
  QuestionnaireKindSchema,
} from '../questionnaires/schemas.ts';

/**
 * WHO Global Code reporting: rounds, designated national authorities, national reports and independent stakeholder
 * reports. Dates are ISO 8601 (YYYY-MM-DD), times ISO 8601 UTC.
 */

const Iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code')
  .transform((s) => s.toUpperCase())
  .describe('An ISO 3166 alpha-3 country code.');
const IsoDate = z.iso.date().describe('A date, YYYY-MM-DD.');
const Time = z.string().describe('An ISO 8601 time (UTC).');
/** A stored row's number (a PostgreSQL integer). */
const RowId = z.coerce.number().int().positive().max(2_147_483_647);

// ---- Rounds ------------------------------------------------------------------------------------------------------

export const ROUND_STATES = ['planned', 'open', 'closed', 'published'] as const;
export const RoundStateSchema = z.enum(ROUND_STATES);
export type RoundState = z.infer<typeof RoundStateSchema>;
export const ROUND_ACTIONS = ['open', 'close', 'publish'] as const;
export type RoundAction = (typeof ROUND_ACTIONS)[number];

export const RoundSchema = z.object({
  id: z.number().int(),
  year: z.number().int().describe('The year the round opens, e.g. 2027 (the 2027/28 round).'),
  label: z.string().describe('The round as WHO names it: "2027/28".'),
  opensOn: IsoDate,
  closesOn: IsoDate,
  state: RoundStateSchema,
  questionnaireId: z.number().int().describe('The national reporting instrument’s version.'),
  questionnaireVersion: z.string(),
  stakeholderQuestionnaireId: z.number().int().nullable(),
  stakeholderQuestionnaireVersion: z.string().nullable(),
  openedAt: Time.nullable(),
  closedAt: Time.nullable(),
  publishedAt: Time.nullable(),
  previousRoundId: z.number().int().nullable().describe('The round before it, which it is compared with.'),
});
export type Round = z.infer<typeof RoundSchema>;
export const RoundListSchema = z.object({ rounds: z.array(RoundSchema) });

export const CreateRoundSchema = z
  .object({
    year: z.number().int().min(2010).max(2100),
    opensOn: IsoDate,
    closesOn: IsoDate,
    questionnaireId: z.number().int().positive().max(2_147_483_647),
    stakeholderQuestionnaireId: z.number().int().positive().max(2_147_483_647).nullable().default(null),
  })
  .strict();
export type CreateRound = z.infer<typeof CreateRoundSchema>;

/** Changes to a planned round (dates and questionnaires); an open round may only move its closing date. */
export const UpdateRoundSchema = z
  .object({
    version: z.number().int().optional(),
    opensOn: IsoDate.optional(),
    closesOn: IsoDate.optional(),
    questionnaireId: z.number().int().positive().max(2_147_483_647).optional(),
    stakeholderQuestionnaireId: z.number().int().positive().max(2_147_483_647).nullable().optional(),
  })
  .strict();
export type UpdateRound = z.infer<typeof UpdateRoundSchema>;

export const RoundIdParamsSchema = z.object({ id: RowId });
export const RoundActionBodySchema = z.object({ comment: z.string().max(2000).optional() }).strict();

// ---- Authorities -------------------------------------------------------------------------------------------------

export const AuthorityAccountSchema = z.object({
  userId: z.number().int(),
  name: z.string(),
  email: z.string(),
});

export const AuthoritySchema = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  roundYear: z.number().int(),
  area: z.string(),
  areaName: z.string().describe('The area’s name in the reader’s language.'),
  organisation: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
  designatedAt: Time,
  designatedBy: z.string(),
  supersededAt: Time.nullable().describe('Set when a later designation in the same round replaced it.'),
  carriedOverFrom: z
    .number()
    .int()
    .nullable()
    .describe(
      'The year of the round it was carried over from when this round opened; null: designated for it.',
    ),
  accounts: z.array(AuthorityAccountSchema).describe('The accounts acting for the authority.'),
  invitationPending: z.boolean().describe('An invitation sent to the contact has not been answered yet.'),
});
export type Authority = z.infer<typeof AuthoritySchema>;
export const AuthorityListSchema = z.object({ authorities: z.array(AuthoritySchema) });

export const DesignateAuthoritySchema = z
  .object({
    area: Iso3,
    organisation: z.string().trim().min(1).max(300),
    contactName: z.string().trim().min(1).max(200),
    contactEmail: z.email().max(320),
    contactPhone: z.string().trim().max(60).nullable().default(null),
    invite: z
      .boolean()
      .default(true)
      .describe('Invite the contact to an account acting for the authority (or grant an existing account).'),
  })
  .strict();
export type DesignateAuthority = z.infer<typeof DesignateAuthoritySchema>;

export const AreaParamsSchema = z.object({ iso3: Iso3 });

// ---- Dashboard ---------------------------------------------------------------------------------------------------

export const REPORT_PROGRESS = ['not-started', 'draft', 'submitted', 'accepted'] as const;

const TallySchema = z.object({
  authorities: z.number().int().describe('Authorities designated.'),
  notStarted: z.number().int().describe('Designated (or not) with no report yet.'),
  draft: z.number().int().describe('Reports in draft or returned.'),
  submitted: z.number().int().describe('Reports submitted or resubmitted, awaiting review.'),
  accepted: z.number().int().describe('Reports accepted or published.'),
  stakeholder: z.number().int().describe('Stakeholder reports submitted or later.'),
});
export type Tally = z.infer<typeof TallySchema>;

export const DashboardGroupSchema = TallySchema.extend({
  code: z
    .string()
    .describe('A WHO region (AFR, AMR, SEAR, EUR, EMR, WPR) or a World Bank income group code.'),
  name: z.string(),
  countries: z.number().int().describe('Countries in the group.'),
  previous: TallySchema.nullable().describe('The same counts in the previous round, when there was one.'),
});

export const DashboardSchema = z.object({
  round: RoundSchema,
  total: TallySchema.extend({ countries: z.number().int(), previous: TallySchema.nullable() }),
  byRegion: z.array(DashboardGroupSchema),
  byIncome: z.array(DashboardGroupSchema),
  areas: z
    .array(
      z.object({
        area: z.string(),
        areaName: z.string(),
        region: z.string().nullable(),
        incomeGroup: z.string().nullable(),
        authority: z.string().nullable().describe('The designated authority’s organisation.'),
        reportId: z.number().int().nullable(),
        state: z.enum([...REPORT_PROGRESS, 'returned', 'resubmitted', 'published']),
      }),
    )
    .describe('Every country with an authority or a report, and its progress.'),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

// ---- Reports -----------------------------------------------------------------------------------------------------

export const REPORT_STATES = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'accepted',
  'published',
] as const;
export const ReportStateSchema = z.enum(REPORT_STATES);
export type ReportState = z.infer<typeof ReportStateSchema>;
export const REPORT_ACTIONS = ['submit', 'return', 'accept', 'publish'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const ORGANISATION_TYPES = [
  'professional-association',
  'trade-union',
  'recruitment-agency',
  'employer',
  'ngo',
  'academic',
  'other',
] as const;
export const OrganisationTypeSchema = z.enum(ORGANISATION_TYPES);

export const ReportCommentSchema = z.object({
  id: z.number().int(),
  question: QuestionIdSchema.nullable().describe('The question commented on; null: the whole report.'),
  body: z.string(),
  reviewCycle: z.number().int().describe('1 for the first return, 2 for the second…'),
  author: z.string(),
  createdAt: Time,
});
export type ReportComment = z.infer<typeof ReportCommentSchema>;

export const AttachmentSchema = z.object({
  id: z.number().int(),
  question: QuestionIdSchema,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: Time,
  createdBy: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const ReportSummarySchema = z.object({
  id: z.number().int(),
  roundId: z.number().int(),
  roundYear: z.number().int(),
  roundLabel: z.string(),
  kind: QuestionnaireKindSchema,
  area: z.string().nullable(),
  areaName: z.string().nullable(),
  organisation: z.string().nullable(),
  organisationType: OrganisationTypeSchema.nullable(),
  state: ReportStateSchema,
  version: z.number().int(),
  updatedAt: Time,
  submittedAt: Time.nullable(),
  acceptedAt: Time.nullable(),
  publishedAt: Time.nullable(),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

/** What the reader may do with a report now, so that pages offer only those. */
export const ReportAllowedSchema = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  return: z.boolean(),
  accept: z.boolean(),
  publish: z.boolean(),
  comment: z.boolean(),
  importFigures: z.boolean(),
});

export const ReportSchema = ReportSummarySchema.extend({
  questionnaireId: z.number().int(),
  answers: AnswersSchema,
  comments: z.array(ReportCommentSchema),
  attachments: z.array(AttachmentSchema),
  issues: z
    .array(AnswerIssueSchema)
    .describe('What is still missing or wrong; a report with issues cannot be submitted.'),
  importedBatch: z.number().int().nullable(),
  updatedBy: z.string(),
  allowed: ReportAllowedSchema,
});
export type Report = z.infer<typeof ReportSchema>;
export const ReportListSchema = z.object({ reports: z.array(ReportSummarySchema) });

export const ReportListQuerySchema = z
  .object({
    kind: QuestionnaireKindSchema.optional(),
    state: ReportStateSchema.optional(),
    area: Iso3.optional(),
  })
  .strict();

export const CreateReportSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('national'), area: Iso3 }).strict(),
  z
    .object({
      kind: z.literal('stakeholder'),
      organisation: z.string().trim().min(1).max(300),
      organisationType: OrganisationTypeSchema,
      area: Iso3.nullable().default(null).describe('The country the report is about, if one.'),
    })
    .strict(),
]);
export type CreateReport = z.infer<typeof CreateReportSchema>;

export const ReportIdParamsSchema = z.object({ id: RowId });

/** An autosave: the answers changed since the version the editor loaded; null clears an answer. */
export const SaveAnswersSchema = z
  .object({
    version: z.number().int().positive().max(2_147_483_647).describe('The version the changes were made on.'),
    answers: z.record(QuestionIdSchema, AnswerSchema),
  })
  .strict();
export type SaveAnswers = z.infer<typeof SaveAnswersSchema>;

export const ReportActionBodySchema = z
  .object({
    version: z.number().int().positive().max(2_147_483_647),
    comment: z.string().trim().max(5000).optional().describe('A comment on the whole report.'),
    comments: z
      .array(z.object({ question: QuestionIdSchema, body: z.string().trim().min(1).max(5000) }).strict())
      .max(500)
      .default([])
      .describe('When returning: what to correct, question by question.'),
  })
  .strict();
export type ReportActionBody = z.infer<typeof ReportActionBodySchema>;

export const AttachmentParamsSchema = z.object({
  id: RowId,
  attachment: RowId,
});

// ---- Pre-filling from the data core -------------------------------------------------------------------------------

export const StoredRowSchema = z.object({
  cells: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  source: z.string().describe('The dataset (source code) of the stored value.'),
  batch: z.number().int(),
  year: z.number().int(),
});

export const DifferenceSchema = z.object({
  question: QuestionIdSchema,
  key: z.string().describe('The row’s key: the values of its non-number columns, "GHA|nurses|2024".'),
  kind: z.enum(['different', 'only-reported', 'only-stored']),
  reported: z.number().nullable(),
  stored: z.number().nullable(),
  storedSource: z.string().nullable(),
  storedBatch: z.number().int().nullable(),
  storedYear: z.number().int().nullable(),
  explanation: z.string().describe('Why they differ, as far as hwmo can tell, in the reader’s language.'),
});
export type Difference = z.infer<typeof DifferenceSchema>;

export const PrefillResultSchema = z.object({
  tables: z.array(
    z.object({
      question: QuestionIdSchema,
      rows: z.array(StoredRowSchema).describe('What the data core holds for the table.'),
    }),
  ),
  differences: z.array(DifferenceSchema),
});
export type PrefillResult = z.infer<typeof PrefillResultSchema>;

export const ImportFiguresResultSchema = z.object({
  batch: z.number().int(),
  inserted: z.number().int(),
  revised: z.number().int(),
  unchanged: z.number().int(),
});

// ---- Across rounds -------------------------------------------------------------------------------------------------

export const HistoryEntrySchema = z.object({
  round: z.object({
    id: z.number().int(),
    year: z.number().int(),
    label: z.string(),
    state: RoundStateSchema,
  }),
  authority: z.string().nullable().describe('The organisation designated for that round.'),
  report: ReportSummarySchema.nullable(),
});
export const ReportingHistorySchema = z.object({
  area: z.string(),
  areaName: z.string(),
  rounds: z.array(HistoryEntrySchema),
});
export type ReportingHistory = z.infer<typeof ReportingHistorySchema>;

export const CompareQuerySchema = z.object({ with: RowId }).strict();
export const ComparisonSchema = z.object({
  report: ReportSummarySchema,
  other: ReportSummarySchema,
  changes: z.array(QuestionChangeSchema).describe('How the questionnaire changed between the two versions.'),
  questions: z.array(
    z.object({
      question: QuestionIdSchema,
      otherQuestion: QuestionIdSchema.nullable().describe('The same question in the other report’s version.'),
      text: z.string().describe('The question in the reader’s language.'),
      answer: AnswerSchema.optional(),
      otherAnswer: AnswerSchema.optional(),
      same: z.boolean(),
    }),
  ),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

// ---- Published reports ---------------------------------------------------------------------------------------------

export const PublishedSearchQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional().describe('Words to find in the answers (full-text search).'),
    area: Iso3.optional(),
    round: z.coerce.number().int().min(2010).max(2100).optional().describe('The round’s year.'),
    kind: z.enum(['national', 'stakeholder', 'progress']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

export const PublishedHitSchema = z.object({
  kind: z.enum(['national', 'stakeholder', 'progress']),
  id: z.number().int().describe('The report’s id (for a progress report: the round’s id).'),
  roundYear: z.number().int(),
  roundLabel: z.string(),
  area: z.string().nullable(),
  areaName: z.string().nullable(),
  organisation: z.string().nullable(),
  publishedAt: Time,
  excerpt: z.string().describe('Where the words were found (plain text).'),
  rank: z.number(),
});
export const PublishedSearchSchema = z.object({
  total: z.number().int(),
  hits: z.array(PublishedHitSchema),
});
export type PublishedSearch = z.infer<typeof PublishedSearchSchema>;
