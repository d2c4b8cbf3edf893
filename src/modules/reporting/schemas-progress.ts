import { z } from 'zod';
import { LocalTextSchema, QuestionIdSchema } from '../questionnaires/schemas.ts';

/**
 * The global progress report of a Code reporting round: generated from the round's reports (the same round and
 * reports give the same content, with the hash of its inputs), then edited by the secretariat and published.
 * Every figure names the answers it comes from.
 */

const Time = z.string().describe('An ISO 8601 time (UTC).');

/** Where a figure comes from: a report, a question, and for table answers the row (from 1). */
export const SourceRefSchema = z.object({
  reportId: z.number().int(),
  area: z.string().nullable(),
  question: QuestionIdSchema,
  row: z.number().int().min(1).optional(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

export const ParticipationRowSchema = z.object({
  code: z.string().describe('A WHO region or income group code; "_T" for all countries.'),
  countries: z.number().int(),
  authorities: z.number().int().describe('Designated national authorities.'),
  reports: z.number().int().describe('National reports received (submitted, accepted or published).'),
  previousAuthorities: z.number().int().nullable(),
  previousReports: z.number().int().nullable(),
  reportIds: z.array(z.number().int()).describe('The reports counted.'),
});
export type ParticipationRow = z.infer<typeof ParticipationRowSchema>;

export const QuestionTallySchema = z.object({
  question: QuestionIdSchema,
  section: z.string(),
  type: z.string(),
  text: LocalTextSchema,
  answered: z.number().int(),
  counts: z.array(
    z.object({
      option: z.string().describe('"yes", "no", "partly" or an option code.'),
      text: LocalTextSchema,
      count: z.number().int(),
      sources: z.array(SourceRefSchema),
    }),
  ),
});
export type QuestionTally = z.infer<typeof QuestionTallySchema>;

export const NarrativeSchema = z.object({
  id: z.string().describe('"<report id>:<question id>", stable across regenerations.'),
  source: SourceRefSchema,
  areaName: z.string().nullable(),
  questionText: LocalTextSchema,
  text: z.string(),
  selected: z.boolean().describe('Chosen by the secretariat for the report.'),
});

export const ReportedFigureSchema = z.object({
  area: z.string(),
  measure: z.string().describe('stock or inflow'),
  basis: z.enum(['training', 'birth']),
  occupation: z.string(),
  partner: z.string().nullable().describe('Country of training or birth; null: all.'),
  year: z.number().int(),
  reported: z.number(),
  stored: z.number().nullable().describe('What the data core holds for the same key, if anything.'),
  storedSource: z.string().nullable(),
  source: SourceRefSchema,
});

export const AgreementSchema = z.object({
  area: z.string(),
  partner: z.string().nullable(),
  type: z.string().nullable(),
  signed: z.string().nullable(),
  cadres: z.string().nullable(),
  source: SourceRefSchema,
});

export const AnnexSchema = z.object({
  area: z.string(),
  areaName: z.string().nullable(),
  reportId: z.number().int().nullable(),
  state: z.string().describe('The national report’s state, or "not-started".'),
  authority: z.string().nullable().describe('The designated authority’s organisation.'),
  answers: z
    .array(
      z.object({
        question: QuestionIdSchema,
        text: LocalTextSchema,
        answer: z.string().describe('The option codes chosen, separated by commas.'),
        answerText: LocalTextSchema.describe('The options chosen, in words.'),
      }),
    )
    .describe('The closed questions answered, for received reports only.'),
});

export const ProgressContentSchema = z.object({
  round: z.object({ id: z.number().int(), year: z.number().int(), label: z.string() }),
  previous: z.object({ id: z.number().int(), year: z.number().int(), label: z.string() }).nullable(),
  inputsHash: z.string().describe('SHA-256 of the reports and data it was generated from.'),
  participation: z.object({
    total: ParticipationRowSchema,
    byRegion: z.array(ParticipationRowSchema),
    byIncome: z.array(ParticipationRowSchema),
  }),
  agreements: z.object({ notified: z.number().int(), list: z.array(AgreementSchema) }),
  questions: z.array(QuestionTallySchema),
  narratives: z.array(NarrativeSchema),
  figures: z.array(ReportedFigureSchema),
  annexes: z.array(AnnexSchema),
  stakeholderReports: z.number().int(),
  /** The secretariat's own words: a summary and a text per section, kept when the report is regenerated. */
  editorial: z.object({
    summary: z.string().max(50_000),
    sections: z.record(z.string(), z.string().max(50_000)),
  }),
});
export type ProgressContent = z.infer<typeof ProgressContentSchema>;

export const ProgressReportSchema = z.object({
  roundId: z.number().int(),
  state: z.enum(['draft', 'published']),
  version: z.number().int(),
  content: ProgressContentSchema,
  generatedAt: Time,
  generatedBy: z.string(),
  updatedAt: Time,
  updatedBy: z.string(),
  publishedAt: Time.nullable(),
  allowed: z.object({ edit: z.boolean(), regenerate: z.boolean(), publish: z.boolean() }),
});
export type ProgressReport = z.infer<typeof ProgressReportSchema>;

export const EditProgressSchema = z
  .object({
    version: z.number().int().positive().max(2_147_483_647),
    editorial: z
      .object({
        summary: z.string().max(50_000),
        sections: z.record(z.string(), z.string().max(50_000)),
      })
      .optional(),
    selectedNarratives: z.array(z.string()).max(2000).optional(),
  })
  .strict();
export type EditProgress = z.infer<typeof EditProgressSchema>;

export const ProgressActionBodySchema = z
  .object({ version: z.number().int().positive().max(2_147_483_647) })
  .strict();
