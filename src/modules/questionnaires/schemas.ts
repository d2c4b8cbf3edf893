import { z } from 'zod';

/**
 * A questionnaire is data: sections of questions with their texts in the six languages, types, required answers,
 * conditions and checks. The national reporting instrument and the independent stakeholder questionnaire of each
 * round are versions of it, stored in `questionnaire` and shipped in data/questionnaires/.
 */

const NonEmpty = z.string().trim().min(1);

/** A text in the six official languages of WHO; every one is required. */
export const LocalTextSchema = z
  .object({
    en: NonEmpty,
    fr: NonEmpty,
    es: NonEmpty,
    ar: NonEmpty,
    ru: NonEmpty,
    zh: NonEmpty,
  })
  .strict()
  .describe('A text in Arabic, Chinese, English, French, Russian and Spanish.');
export type LocalText = z.infer<typeof LocalTextSchema>;

/** A stable identifier: kept by a question carried over to a later version, so that answers map across versions. */
export const QuestionIdSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*$/,
    'lower-case letters, digits, "-" and "." (for example "agreements.count")',
  )
  .max(80)
  .describe('A question’s stable identifier, kept across questionnaire versions.');

export const OptionSchema = z
  .object({
    code: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/)
      .max(60),
    text: LocalTextSchema,
  })
  .strict();
export type Option = z.infer<typeof OptionSchema>;

/** Shown only when another question's answer is one of these values (for yes/no/partly: "yes", "no", "partly"). */
export const ConditionSchema = z
  .object({
    question: QuestionIdSchema,
    in: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1),
  })
  .strict()
  .describe('The question is asked only when the answer to another is one of the values given.');
export type Condition = z.infer<typeof ConditionSchema>;

const QuestionBase = {
  id: QuestionIdSchema,
  text: LocalTextSchema,
  help: LocalTextSchema.optional(),
  required: z.boolean().default(false),
  showIf: ConditionSchema.optional(),
  /** The articles of the WHO Global Code the question serves ("3", "5.1", "7"). */
  articles: z.array(z.string().regex(/^\d+(\.\d+)*$/)).default([]),
};

export const TABLE_COLUMN_TYPES = ['text', 'number', 'area', 'occupation', 'date', 'single-choice'] as const;

export const TableColumnSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/)
      .max(40),
    text: LocalTextSchema,
    type: z.enum(TABLE_COLUMN_TYPES),
    required: z.boolean().default(false),
    options: z.array(OptionSchema).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
  })
  .strict();
export type TableColumn = z.infer<typeof TableColumnSchema>;

/**
 * Where a table's rows are pre-filled from in the data core: the area's stored stock or annual inflow of
 * foreign-trained or foreign-born health workers by occupation and country of training or birth (the latest year
 * before the round), or its bilateral agreements once they are recorded.
 */
export const PREFILL_SOURCES = [
  'foreign-trained-stock',
  'foreign-trained-inflow',
  'foreign-born-stock',
  'foreign-born-inflow',
  'agreements',
] as const;
export const PrefillSchema = z
  .object({
    source: z.enum(PREFILL_SOURCES),
    /** The table column each field of a stored row goes into (for figures: area → partner, occupation, year, value). */
    columns: z.record(z.string(), z.string()),
  })
  .strict();
export type Prefill = z.infer<typeof PrefillSchema>;

/** A check across answers: the sum of a table column must equal a number answer (for example a stated total). */
export const SumCheckSchema = z
  .object({
    column: z.string(),
    equals: QuestionIdSchema,
    tolerance: z.number().min(0).default(0),
  })
  .strict();
export type SumCheck = z.infer<typeof SumCheckSchema>;

export const QuestionSchema = z.discriminatedUnion('type', [
  z.object({ ...QuestionBase, type: z.literal('yes-no-partly') }).strict(),
  z
    .object({ ...QuestionBase, type: z.literal('single-choice'), options: z.array(OptionSchema).min(2) })
    .strict(),
  z
    .object({
      ...QuestionBase,
      type: z.literal('multiple-choice'),
      options: z.array(OptionSchema).min(2),
      min: z.number().int().min(0).optional(),
      max: z.number().int().min(1).optional(),
    })
    .strict(),
  z
    .object({
      ...QuestionBase,
      type: z.literal('number'),
      min: z.number().optional(),
      max: z.number().optional(),
      integer: z.boolean().default(false),
      unit: LocalTextSchema.optional(),
    })
    .strict(),
  z
    .object({
      ...QuestionBase,
      type: z.literal('text'),
      multiline: z.boolean().default(true),
      maxLength: z.number().int().min(1).max(100_000).default(20_000),
    })
    .strict(),
  z
    .object({
      ...QuestionBase,
      type: z.literal('date'),
      min: z.iso.date().optional(),
      max: z.iso.date().optional(),
    })
    .strict(),
  z
    .object({
      ...QuestionBase,
      type: z.literal('file'),
      maxFiles: z.number().int().min(1).max(20).default(5),
    })
    .strict(),
  z
    .object({
      ...QuestionBase,
      type: z.literal('table'),
      columns: z.array(TableColumnSchema).min(1),
      minRows: z.number().int().min(0).default(0),
      maxRows: z.number().int().min(1).max(2000).default(500),
      prefill: PrefillSchema.optional(),
      sums: z.array(SumCheckSchema).default([]),
    })
    .strict(),
]);
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export const QUESTION_TYPES = [
  'yes-no-partly',
  'single-choice',
  'multiple-choice',
  'number',
  'text',
  'date',
  'file',
  'table',
] as const satisfies readonly QuestionType[];

export const SectionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .max(60),
    title: LocalTextSchema,
    intro: LocalTextSchema.optional(),
    articles: z.array(z.string().regex(/^\d+(\.\d+)*$/)).default([]),
    questions: z.array(QuestionSchema).min(1),
  })
  .strict();
export type Section = z.infer<typeof SectionSchema>;

export const QUESTIONNAIRE_KINDS = ['national', 'stakeholder'] as const;
export const QuestionnaireKindSchema = z.enum(QUESTIONNAIRE_KINDS);
export type QuestionnaireKind = z.infer<typeof QuestionnaireKindSchema>;

/** A questionnaire version as written in data/questionnaires/*.json and stored as `questionnaire.definition`. */
export const QuestionnaireDefinitionSchema = z
  .object({
    code: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .max(40)
      .describe('The instrument: "nri" or "stakeholder".'),
    version: z
      .string()
      .regex(/^[0-9A-Za-z.-]{1,20}$/)
      .describe('The version, usually the round’s year: "2027".'),
    kind: QuestionnaireKindSchema,
    title: LocalTextSchema,
    intro: LocalTextSchema.optional(),
    /** Questions of the version derived from that were renamed here: new id → id in the previous version. */
    renamed: z.record(QuestionIdSchema, QuestionIdSchema).default({}),
    sections: z.array(SectionSchema).min(1),
  })
  .strict();
export type QuestionnaireDefinition = z.infer<typeof QuestionnaireDefinitionSchema>;

// ---- Answers -----------------------------------------------------------------------------------------------------

export const TableCellSchema = z.union([z.string().max(20_000), z.number(), z.null()]);
export const TableAnswerSchema = z
  .object({ rows: z.array(z.record(z.string(), TableCellSchema)).max(2000) })
  .strict()
  .describe('A table answer: one object per row, keyed by column id.');
export type TableAnswer = z.infer<typeof TableAnswerSchema>;

export const FileAnswerSchema = z
  .object({ attachments: z.array(z.number().int().positive()).max(20) })
  .strict()
  .describe('The ids of the files attached to the question.');

/**
 * An answer: "yes" | "no" | "partly" (yes/no/partly), an option code (single choice), option codes (multiple
 * choice), a number, a text, an ISO date (YYYY-MM-DD), attachments, or table rows. null clears an answer.
 */
export const AnswerSchema = z.union([
  z.string().max(100_000),
  z.number(),
  z.array(z.string().max(60)).max(100),
  TableAnswerSchema,
  FileAnswerSchema,
  z.null(),
]);
export type Answer = z.infer<typeof AnswerSchema>;

export const AnswersSchema = z
  .record(QuestionIdSchema, AnswerSchema)
  .describe('Answers keyed by question id.');
export type Answers = z.infer<typeof AnswersSchema>;

export const ANSWER_ISSUE_CODES = [
  'required',
  'type',
  'option',
  'range',
  'integer',
  'date',
  'length',
  'choices',
  'rows',
  'sum',
  'unknown-question',
  'hidden',
] as const;

/** What is wrong with an answer, as data: the pages and the API word it in the reader's language. */
export const AnswerIssueSchema = z
  .object({
    question: QuestionIdSchema,
    code: z.enum(ANSWER_ISSUE_CODES),
    row: z.number().int().min(1).optional().describe('The table row (from 1).'),
    column: z.string().optional().describe('The table column id.'),
    params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  })
  .strict();
export type AnswerIssue = z.infer<typeof AnswerIssueSchema>;

// ---- Versions ----------------------------------------------------------------------------------------------------

export const CHANGE_KINDS = [
  'added',
  'removed',
  'reworded',
  'retyped',
  'moved',
  'options',
  'renamed',
] as const;
export const QuestionChangeSchema = z
  .object({
    kind: z.enum(CHANGE_KINDS),
    question: QuestionIdSchema.describe('The question’s id in the new version (the old one for "removed").'),
    previous: QuestionIdSchema.optional().describe('Its id in the previous version, when renamed.'),
    section: z.string().optional(),
  })
  .strict();
export type QuestionChange = z.infer<typeof QuestionChangeSchema>;

export const QuestionnaireSummarySchema = z.object({
  id: z.number().int().describe('The questionnaire version’s number.'),
  code: z.string().describe('The instrument: "nri" or "stakeholder".'),
  version: z.string().describe('The version, usually the round’s year: "2027".'),
  kind: QuestionnaireKindSchema.describe('national (the national reporting instrument) or stakeholder.'),
  title: LocalTextSchema,
  derivedFrom: z
    .number()
    .int()
    .nullable()
    .describe('The version it was derived from; null for the first one.'),
  sections: z.number().int().describe('How many sections it has.'),
  questions: z.number().int().describe('How many questions it has.'),
  createdAt: z.string().describe('When it was stored (ISO 8601).'),
});
export type QuestionnaireSummary = z.infer<typeof QuestionnaireSummarySchema>;

export const QuestionnaireSchema = QuestionnaireSummarySchema.extend({
  definition: QuestionnaireDefinitionSchema,
  changes: z.array(QuestionChangeSchema).describe('What changed from the version it was derived from.'),
});
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

export const QuestionnaireListSchema = z.object({ questionnaires: z.array(QuestionnaireSummarySchema) });
export type QuestionnaireList = z.infer<typeof QuestionnaireListSchema>;

export const QuestionnaireIdParamsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647).describe('The questionnaire version’s number.'),
});

export const QuestionnaireListQuerySchema = z.object({
  kind: QuestionnaireKindSchema.optional().describe(
    'Only the national or only the stakeholder questionnaires.',
  ),
});
export type QuestionnaireListQuery = z.infer<typeof QuestionnaireListQuerySchema>;

/** A new version: its definition, derived from an existing version (its changes are listed from the difference). */
export const DeriveQuestionnaireSchema = z
  .object({
    from: z.number().int().positive().max(2_147_483_647).describe('The version it is derived from.'),
    definition: QuestionnaireDefinitionSchema,
  })
  .strict();
export type DeriveQuestionnaire = z.infer<typeof DeriveQuestionnaireSchema>;
