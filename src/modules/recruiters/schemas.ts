import { z } from 'zod';
import { SessionStateSchema } from '../accounts/schemas.ts';
import {
  APPEAL_DECISIONS,
  APPEAL_STATUSES,
  COMPLAINT_ACTIONS,
  COMPLAINT_STATUSES,
} from './domain/complaints.ts';
import { ORGANISATION_STATUSES, ORGANISATION_STEPS } from './domain/organisation.ts';

const LANG_TEXT = z
  .object({
    ar: z.string().min(1),
    zh: z.string().min(1),
    en: z.string().min(1),
    fr: z.string().min(1),
    ru: z.string().min(1),
    es: z.string().min(1),
  })
  .describe('A text in the six languages.');

/** The shipped knowledge-test questions (data/recruiters/question-bank.json). */
export const QuestionBankSchema = z
  .object({
    version: z.string().min(1).describe('The version of the question bank.'),
    questions: z
      .array(
        z
          .object({
            id: z
              .string()
              .regex(/^[a-z0-9-]+$/)
              .describe('The question’s id.'),
            topic: z.string().min(1).describe('What the question is about.'),
            text: LANG_TEXT,
            options: z.array(LANG_TEXT).min(2).max(6),
            correct: z.number().int().min(0).describe('The index of the correct option.'),
          })
          .refine((q) => q.correct < q.options.length, {
            message: 'correct is not one of the options',
            path: ['correct'],
          }),
      )
      .min(1),
  })
  .refine((b) => new Set(b.questions.map((q) => q.id)).size === b.questions.length, {
    message: 'question ids are repeated',
    path: ['questions'],
  });
export type QuestionBank = z.infer<typeof QuestionBankSchema>;

const Id = z.coerce.number().int().min(1).max(2_147_483_647).describe('An id.');
const Iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code')
  .transform((s) => s.toUpperCase())
  .describe('An ISO 3166 alpha-3 country code.');
const At = z.string().describe('An ISO 8601 time (UTC).');
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD')
  .describe('A date, YYYY-MM-DD.');
const Note = z.string().trim().max(5000).describe('Written reasons.');
const Statement = z.string().trim().min(10, 'at least 10 characters').max(20_000);

export const OrganisationStatusSchema = z
  .enum(ORGANISATION_STATUSES)
  .describe('Where the organisation stands on the register.');
export const ComplaintStatusSchema = z.enum(COMPLAINT_STATUSES).describe('Where the complaint stands.');
export const AppealStatusSchema = z.enum(APPEAL_STATUSES).describe('Where the appeal stands.');

export const IdParamSchema = z.object({ id: Id });
export const RegisterParamSchema = z.object({ iso3: Iso3 });
export const AttemptParamsSchema = z.object({ id: Id, attempt: Id });
export const ReferenceParamSchema = z.object({
  reference: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^RC-[A-Z0-9]{4}-[A-Z0-9]{4}$/, 'a reference such as RC-7K2M-9QXA')
    .describe('The complaint’s reference, given when it was filed.'),
});

export const RegisterSettingsBodySchema = z.object({
  questionsPerTest: z.number().int().min(1).max(200).optional().describe('Questions drawn for each test.'),
  passMark: z.number().int().min(1).max(200).optional().describe('Correct answers needed to pass.'),
  attempts: z.number().int().min(1).max(20).optional().describe('Failed attempts allowed before the wait.'),
  waitMonths: z
    .number()
    .int()
    .min(0)
    .max(60)
    .optional()
    .describe('Months to wait after the last failed attempt.'),
  reconfirmMonths: z
    .number()
    .int()
    .min(1)
    .max(60)
    .optional()
    .describe('Months between two re-confirmations of compliance.'),
});
export type RegisterSettingsBody = z.infer<typeof RegisterSettingsBodySchema>;

export const RegisterSchema = z.object({
  destination: z.string().describe('An ISO 3166 alpha-3 country code.'),
  destinationName: z.string().describe('The area’s name in the reader’s language.'),
  questionsPerTest: z.number().int().describe('Questions drawn for each test.'),
  passMark: z.number().int().describe('Correct answers needed to pass.'),
  attempts: z.number().int().describe('Failed attempts allowed before the wait.'),
  waitMonths: z.number().int().describe('Months to wait after the last failed attempt.'),
  reconfirmMonths: z.number().int().describe('Months between two re-confirmations of compliance.'),
  bankSize: z.number().int().describe('Questions in the question bank.'),
  updatedAt: At,
});
export type Register = z.infer<typeof RegisterSchema>;
export const RegisterListSchema = z.object({ registers: z.array(RegisterSchema) });
export type RegisterList = z.infer<typeof RegisterListSchema>;

const Countries = z
  .array(Iso3)
  .min(1, 'at least one country')
  .max(250)
  .describe('The countries the organisation recruits in or from (ISO 3166 alpha-3).');

export const AssociatedBusinessSchema = z.object({
  name: z.string().trim().min(1).max(300).describe('A name.'),
  relationship: z.string().trim().min(1).max(300).describe('How it is associated with the organisation.'),
});
export const RefereeSchema = z.object({
  name: z.string().trim().min(1).max(200).describe('A name.'),
  organisation: z.string().trim().min(1).max(300).describe('The referee’s organisation.'),
  email: z.string().trim().max(254).pipe(z.email('an e-mail address')).describe('An e-mail address.'),
});

export const ApplicationBodySchema = z.object({
  register: Iso3.describe('The destination country whose register is applied to (ISO 3166 alpha-3).'),
  kind: z.enum(['agency', 'employer']).describe('A recruitment agency or an employer.'),
  name: z.string().trim().min(1, 'a name').max(300).describe('The organisation’s name.'),
  legalEntity: z.string().trim().min(1, 'a legal entity').max(300).describe('The legal entity.'),
  registrationNumber: z.string().trim().max(100).optional().describe('Its company registration number.'),
  website: z.string().trim().max(500).optional().describe('Its website.'),
  countries: Countries,
  associatedBusinesses: z
    .array(AssociatedBusinessSchema)
    .max(50)
    .default([])
    .describe('Associated businesses, declared.'),
  referees: z.array(RefereeSchema).min(1, 'at least one referee').max(5).describe('References.'),
  commitsToCode: z.literal(true).describe('Commits to the destination’s code of practice.'),
  chargesNoFees: z.literal(true).describe('Charges candidates no fees.'),
  account: z
    .object({
      email: z.string().trim().max(254).pipe(z.email('an e-mail address')).describe('An e-mail address.'),
      name: z.string().trim().min(1, 'a name').max(200).describe('A name.'),
      password: z.string().max(1024).describe('The new account’s password.'),
    })
    .optional()
    .describe('The applicant’s new account; omitted when signed in (the application is then made with it).'),
});
export type ApplicationBody = z.infer<typeof ApplicationBodySchema>;

export const HistoryEntrySchema = z.object({
  at: At,
  step: z.enum(ORGANISATION_STEPS).describe('The step taken.'),
  statusBefore: OrganisationStatusSchema.nullable(),
  statusAfter: OrganisationStatusSchema,
  note: z.string().nullable().describe('Written reasons.'),
});

export const ReconfirmationSchema = z.object({
  state: z
    .enum(['not_applicable', 'current', 'due', 'overdue'])
    .describe('Whether a re-confirmation is due.'),
  dueAt: At.nullable(),
});

export const StandingSchema = z.object({
  passed: z.boolean().describe('Whether the test has been passed.'),
  failures: z.number().int().describe('Failed attempts counted against the allowance.'),
  remaining: z.number().int().describe('Attempts left before the wait.'),
  waitUntil: At.nullable().describe('While waiting: when an attempt is allowed again.'),
  allowed: z.boolean().describe('Whether a new attempt may start now.'),
  openAttempt: z.number().int().nullable().describe('The attempt started and not submitted.'),
});

export const AttemptSummarySchema = z.object({
  id: z.number().int(),
  startedAt: At,
  submittedAt: At.nullable(),
  questions: z.number().int().describe('Questions drawn.'),
  score: z.number().int().nullable().describe('Correct answers.'),
  passMark: z.number().int().describe('Correct answers needed to pass.'),
  passed: z.boolean().nullable().describe('Whether the test has been passed.'),
});

export const AppealSchema = z.object({
  id: z.number().int(),
  complaintId: z.number().int(),
  filedAt: At,
  statement: z.string().describe('The written appeal.'),
  status: AppealStatusSchema,
  decidedAt: At.nullable(),
  decisionNote: z.string().nullable().describe('Written reasons.'),
});

export const ComplaintSchema = z.object({
  id: z.number().int(),
  reference: z.string().describe('The complaint’s reference, given when it was filed.'),
  organisationId: z.number().int(),
  organisationName: z.string().describe('The organisation’s name.'),
  filedAt: At,
  complainantKind: z.string().describe('Who complains: health worker, employer, other …'),
  complainantName: z.string().nullable().describe('Seen by reviewers only.'),
  complainantContact: z.string().nullable().describe('Seen by reviewers only.'),
  occurredOn: z.string().nullable().describe('A date, YYYY-MM-DD.'),
  facts: z.string().describe('What happened.'),
  status: ComplaintStatusSchema,
  statusAt: At,
  decisionNote: z.string().nullable().describe('Written reasons.'),
  steps: z.array(z.object({ at: At, status: ComplaintStatusSchema })).describe('The dated steps.'),
  appeal: AppealSchema.nullable(),
});
export type Complaint = z.infer<typeof ComplaintSchema>;

export const OrganisationSchema = z.object({
  id: z.number().int(),
  register: z.string().describe('The destination country whose register it is on.'),
  kind: z.enum(['agency', 'employer']).describe('A recruitment agency or an employer.'),
  name: z.string().describe('The organisation’s name.'),
  legalEntity: z.string().describe('The legal entity.'),
  countries: z
    .array(z.string())
    .describe('The countries the organisation recruits in or from (ISO 3166 alpha-3).'),
  status: OrganisationStatusSchema,
  statusAt: At,
  appliedAt: At,
  listedAt: At.nullable(),
  reconfirmedAt: At.nullable(),
  reconfirmation: ReconfirmationSchema,
  history: z.array(HistoryEntrySchema).describe('The dated history of its status.'),
  details: z
    .object({
      registrationNumber: z.string().nullable(),
      website: z.string().nullable(),
      associatedBusinesses: z.array(AssociatedBusinessSchema),
      referees: z.array(RefereeSchema),
      standing: StandingSchema,
      attempts: z.array(AttemptSummarySchema),
      complaints: z.array(ComplaintSchema),
    })
    .nullable()
    .describe('Seen by the organisation’s members and the register’s reviewers only.'),
  may: z
    .object({ act: z.boolean(), review: z.boolean() })
    .describe('Whether the reader acts for the organisation, or reviews its register.'),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const OrganisationListQuerySchema = z.object({
  register: Iso3.optional(),
  q: z.string().trim().max(200).optional().describe('Words of the name or legal entity.'),
  status: OrganisationStatusSchema.optional(),
});
export type OrganisationListQuery = z.infer<typeof OrganisationListQuerySchema>;
export const OrganisationListSchema = z.object({ organisations: z.array(OrganisationSchema) });
export type OrganisationList = z.infer<typeof OrganisationListSchema>;

export const ApplicationResultSchema = z.object({
  organisation: OrganisationSchema,
  session: SessionStateSchema.nullable().describe('The new account’s session, when one was created.'),
});
export type ApplicationResult = z.infer<typeof ApplicationResultSchema>;

export const StartedAttemptSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  startedAt: At,
  passMark: z.number().int().describe('Correct answers needed to pass.'),
  questions: z
    .array(
      z.object({
        id: z.string().describe('The question’s id.'),
        text: z.string().describe('The question in the reader’s language.'),
        options: z.array(z.string()).describe('The options, numbered from 0.'),
      }),
    )
    .describe('The questions drawn, without their answers.'),
});
export type StartedAttempt = z.infer<typeof StartedAttemptSchema>;

export const SubmitAttemptBodySchema = z.object({
  answers: z
    .record(z.string().max(100), z.number().int().min(0).max(9))
    .describe('The option chosen (numbered from 0) for each question id.'),
});
export const AttemptResultSchema = z.object({
  attempt: AttemptSummarySchema,
  standing: StandingSchema,
  organisation: OrganisationSchema,
});
export type AttemptResult = z.infer<typeof AttemptResultSchema>;

export const ReviewBodySchema = z.object({
  decision: z.enum(['list', 'reject']).describe('List the organisation, or reject its application.'),
  note: Note.optional(),
});
export const ReinstateBodySchema = z.object({ note: Note });
export const ReconfirmBodySchema = z.object({
  commitsToCode: z.literal(true).describe('Commits to the destination’s code of practice.'),
  chargesNoFees: z.literal(true).describe('Charges candidates no fees.'),
  note: Note.optional(),
});

export const ComplaintBodySchema = z.object({
  organisationId: Id,
  complainantKind: z
    .enum(['health_worker', 'employer', 'agency', 'public_body', 'other'])
    .describe('Who complains: health worker, employer, other …'),
  anonymous: z.boolean().default(false).describe('Whether the complainant leaves no name or contact.'),
  name: z.string().trim().max(200).optional().describe('A name.'),
  contact: z.string().trim().max(300).optional().describe('An e-mail address or telephone number.'),
  occurredOn: Day.optional(),
  facts: Statement.describe('What happened.'),
});
export const ComplaintReceiptSchema = z.object({
  reference: z.string().describe('The complaint’s reference, given when it was filed.'),
  organisationName: z.string().describe('The organisation’s name.'),
  status: ComplaintStatusSchema,
  filedAt: At,
});
export type ComplaintReceipt = z.infer<typeof ComplaintReceiptSchema>;
export const ComplaintFollowSchema = z.object({
  reference: z.string().describe('The complaint’s reference, given when it was filed.'),
  organisationId: z.number().int(),
  organisationName: z.string().describe('The organisation’s name.'),
  status: ComplaintStatusSchema,
  steps: z.array(z.object({ at: At, status: ComplaintStatusSchema })).describe('The dated steps.'),
  appeal: AppealStatusSchema.nullable(),
});
export type ComplaintFollow = z.infer<typeof ComplaintFollowSchema>;

export const ComplaintActionBodySchema = z.object({
  action: z.enum(COMPLAINT_ACTIONS).describe('Open the investigation, or decide.'),
  note: Note.optional(),
});
export const AppealBodySchema = z.object({
  complaintId: Id,
  statement: Statement.describe('The written appeal.'),
});
export const AppealDecisionBodySchema = z.object({
  decision: z.enum(APPEAL_DECISIONS).describe('Upheld: the sanction is lifted; dismissed: it stands.'),
  note: Note,
});

export const QueueSchema = z.object({
  register: RegisterSchema,
  applications: z.array(OrganisationSchema).describe('Applications to review.'),
  reconfirmations: z.array(OrganisationSchema).describe('Listed organisations whose re-confirmation is due.'),
  complaints: z.array(ComplaintSchema).describe('Complaints, the latest first.'),
});
export type Queue = z.infer<typeof QueueSchema>;
