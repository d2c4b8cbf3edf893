import { z } from 'zod';
import { CAS_UNITS, PERIODS, PROBLEM_LEVELS, STANDARD_UNITS, TIME_UNITS } from './domain/units.ts';

/**
 * A WISN study (WHO, Workload Indicators of Staffing Need, user's manual 2010): the working time, health-service
 * activities with their annual workload and standard, category and individual allowances and existing staff of the
 * cadres of one or more facilities of a type, and the staff the workload requires.
 */

const Iso3 = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/)
  .transform((s) => s.toUpperCase())
  .describe('An ISO 3166 alpha-3 country code: the area the study belongs to.');
const RowId = z.coerce.number().int().positive().max(2_147_483_647);
const Words = (max: number) => z.string().trim().min(1).max(max);
const Code = Words(100).describe('A short code of the study (letters, digits, -, _), e.g. NUR.');
const Amount = (what: string) => z.number().finite().min(0).max(1e9).describe(what);
const Days = (what: string) => z.number().finite().min(0).max(366).describe(what);

export const WorkingTimeSchema = z
  .object({
    daysPerYear: Days('A: the possible working days in a year (e.g. 5 days × 52 weeks = 260).'),
    publicHolidays: Days('B: public holidays on working days, per year.'),
    annualLeave: Days('C: days of annual leave per year.'),
    sickLeave: Days('D: days of sick leave per year (on average).'),
    otherLeave: Days('E: days of other leave per year (training, maternity, …, on average).'),
    hoursPerDay: z.number().finite().gt(0).max(24).describe('h: working hours in a day.'),
    daysPerWeek: z
      .number()
      .finite()
      .gt(0)
      .max(7)
      .default(5)
      .describe(
        'Working days in a week; with the days worked it gives the weeks worked in a year (for allowances given per week).',
      ),
  })
  .strict();

export const FacilitySchema = z
  .object({ code: Code, name: Words(300).describe('The facility’s name.') })
  .strict();

export const CadreSchema = z
  .object({
    code: Code,
    name: Words(300).describe('The staff category, e.g. Nurses.'),
    workingTime: WorkingTimeSchema,
  })
  .strict();

export const StaffSchema = z
  .object({
    facility: Code.describe('The facility’s code.'),
    cadre: Code.describe('The cadre’s code.'),
    existing: Amount('Staff of the cadre in post at the facility (headcount or full-time equivalents).'),
  })
  .strict();

export const ActivitySchema = z
  .object({
    cadre: Code.describe('The cadre’s code.'),
    name: Words(300).describe('A health-service activity, e.g. Antenatal care visit.'),
    standard: Amount('The activity (service) standard, in its unit.'),
    unit: z
      .enum(STANDARD_UNITS)
      .describe(
        'minutes or hours: unit time per activity; per_hour or per_day: rate of working (activities done in an hour or a day).',
      ),
  })
  .strict();

export const WorkloadSchema = z
  .object({
    facility: Code.describe('The facility’s code.'),
    cadre: Code.describe('The cadre’s code.'),
    activity: Words(300).describe('The activity’s name, as in activities.'),
    annual: Amount('How many times the activity was done at the facility in a year (annual workload).'),
  })
  .strict();

export const CasSchema = z
  .object({
    cadre: Code.describe('The cadre’s code.'),
    name: Words(300).describe('A support activity done by every member of the cadre, e.g. Staff meetings.'),
    value: Amount('The category allowance standard, in its unit.'),
    unit: z.enum(CAS_UNITS).describe('percent of working time, or minutes or hours per period.'),
    per: z
      .enum(PERIODS)
      .nullable()
      .default(null)
      .describe('With minutes or hours: per day, week, month or year of work; null with percent.'),
  })
  .strict();

export const IasSchema = z
  .object({
    facility: Code.describe('The facility’s code.'),
    cadre: Code.describe('The cadre’s code.'),
    name: Words(300).describe('An activity done by some members of the cadre only, e.g. Ward supervision.'),
    value: Amount('The individual allowance standard: time per period for one member doing it.'),
    unit: z.enum(TIME_UNITS).describe('minutes or hours.'),
    per: z.enum(PERIODS).describe('per day, week, month or year of work.'),
    staff: Amount('How many members of the cadre at the facility do it.'),
  })
  .strict();

export const StudyInputsSchema = z
  .object({
    name: Words(300).describe('The study’s name.'),
    area: Iso3,
    facilityType: Words(300).describe('The type of facility studied, e.g. District hospital.'),
    facilities: z.array(FacilitySchema).min(1).max(2000),
    cadres: z.array(CadreSchema).min(1).max(200),
    staff: z.array(StaffSchema).max(100_000).default([]),
    activities: z.array(ActivitySchema).max(10_000).default([]),
    workload: z.array(WorkloadSchema).max(500_000).default([]),
    cas: z.array(CasSchema).max(10_000).default([]),
    ias: z.array(IasSchema).max(100_000).default([]),
  })
  .strict();
export type WorkingTime = z.infer<typeof WorkingTimeSchema>;
export type StudyInputs = z.infer<typeof StudyInputsSchema>;
/** What a user sends of a study (defaults not yet applied). */
export type StudyInputsSent = z.input<typeof StudyInputsSchema>;

export const ProblemLevelSchema = z
  .enum(PROBLEM_LEVELS)
  .describe(
    'From the WISN ratio and difference: very_high_pressure (ratio < 0.5), high_pressure (< 0.8), some_pressure (< 1), balanced (difference within half a member of staff), surplus (ratio > 1); no_workload when nothing is required and none is in post.',
  );

const Ratio = z
  .number()
  .nullable()
  .describe('WISN ratio: existing ÷ required staff; null when nothing is required.');

export const ActivityResultSchema = z
  .object({
    name: z.string(),
    annualWorkload: z.number(),
    standardWorkload: z.number().describe('SW: how many times one member of staff can do it in a year.'),
    staffNeeded: z.number().describe('Annual workload ÷ SW.'),
  })
  .strict();

export const CadreResultSchema = z
  .object({
    facility: z.string(),
    cadre: z.string(),
    awtDays: z.number().describe('Days worked in a year: A − (B + C + D + E).'),
    awtHours: z.number().describe('Available working time in hours: days worked × h.'),
    activities: z.array(ActivityResultSchema),
    serviceStaff: z.number().describe('Σ annual workload ÷ SW over the activities.'),
    casPercent: z.number().describe('The category allowances as a share of working time (%).'),
    caf: z.number().describe('Category allowance factor: 1 ÷ (1 − ΣCAS% ÷ 100).'),
    iaf: z.number().describe('Individual allowance factor: Σ(IAS hours per year × staff doing it) ÷ AWT.'),
    required: z.number().describe('Required staff: service staff × CAF + IAF.'),
    existing: z.number(),
    difference: z.number().describe('Existing − required; negative: a shortage.'),
    ratio: Ratio,
    level: ProblemLevelSchema,
  })
  .strict();
export type CadreResult = z.infer<typeof CadreResultSchema>;

export const CadreTotalSchema = z
  .object({
    cadre: z.string(),
    required: z.number(),
    existing: z.number(),
    difference: z.number(),
    ratio: Ratio,
    level: ProblemLevelSchema,
  })
  .strict();

export const StudyResultsSchema = z
  .object({
    results: z.array(CadreResultSchema).describe('One per facility and cadre, in the order of the study.'),
    totals: z.array(CadreTotalSchema).describe('Each cadre over the study’s facilities.'),
  })
  .strict();
export type StudyResults = z.infer<typeof StudyResultsSchema>;

export const StudySummarySchema = z
  .object({
    id: RowId,
    name: z.string(),
    area: z.string(),
    facilityType: z.string(),
    facilities: z.number().int(),
    cadres: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string().describe('An ISO 8601 time (UTC).'),
    updatedBy: z.string(),
  })
  .strict();

export const StudySchema = StudySummarySchema.extend({ inputs: StudyInputsSchema }).strict();
export type Study = z.infer<typeof StudySchema>;

export const StudyListSchema = z.object({ studies: z.array(StudySummarySchema) }).strict();
export type StudyList = z.infer<typeof StudyListSchema>;

export const StudyIdParamsSchema = z.object({ id: RowId.describe('The study’s id.') }).strict();
export const StudyListQuerySchema = z
  .object({ area: Iso3.optional().describe('Only the studies of this area.') })
  .strict();

export const UpdateStudySchema = z
  .object({
    version: z.number().int().positive().describe('The version the change was made on.'),
    inputs: StudyInputsSchema,
  })
  .strict();

export const ComputedStudySchema = z
  .object({ inputs: StudyInputsSchema, results: StudyResultsSchema })
  .strict();

export const RequiredStaffSchema = z
  .object({
    studyId: RowId,
    area: z.string(),
    cadres: z.array(
      z
        .object({
          cadre: z.string(),
          name: z.string(),
          required: z.number(),
          existing: z.number(),
        })
        .strict(),
    ),
  })
  .strict();
export type RequiredStaff = z.infer<typeof RequiredStaffSchema>;
