import { z } from 'zod';
import { ProfileApprovalsSchema } from '../approvals/schemas.ts';
import { IndicatorResultSchema } from '../indicators/schemas.ts';
import { SslAssessmentSchema } from '../safeguards/schemas.ts';

export const ProfileParamSchema = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/)
    .describe('Country ISO3 code'),
});

const PartnerValueSchema = z.object({
  partner: z.string(),
  partnerName: z.string(),
  value: z.number(),
  share: z.number().nullable().describe('Percentage of the foreign total.'),
});

export const ForeignTrainedSchema = z.object({
  occupation: z.string(),
  year: z.number().int(),
  source: z.string(),
  total: z.number(),
  publishedTotal: z.number().nullable(),
  sumOfOrigins: z.number(),
  unknown: z.number().nullable(),
  items: z.array(PartnerValueSchema),
  rest: z.object({ partners: z.number().int(), value: z.number() }),
});

export const EmigrantsSchema = z.object({
  occupation: z.string(),
  basis: z.string(),
  items: z.array(
    z.object({
      destination: z.string(),
      destinationName: z.string(),
      value: z.number(),
      year: z.number().int(),
      source: z.string(),
      basis: z.string(),
    }),
  ),
});

export const AreaProfileSchema = z.object({
  area: z.object({
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    whoRegion: z.string().nullable(),
    wbIncome: z.string().nullable(),
    whoMember: z.boolean(),
  }),
  headline: z.array(IndicatorResultSchema).describe('Key indicators at their latest values.'),
  series: z.array(
    z.object({
      occupation: z.string(),
      unit: z.string(),
      points: z.array(
        z.object({
          year: z.number().int(),
          value: z.number(),
          method: z.string().nullable(),
          source: z.string(),
        }),
      ),
    }),
  ),
  foreignTrainedByOrigin: ForeignTrainedSchema.nullable(),
  foreignTrained: z.array(ForeignTrainedSchema).describe('The same breakdown for each cadre with data.'),
  emigrantsByDestination: EmigrantsSchema.nullable(),
  emigrants: z.array(EmigrantsSchema).describe("The destinations of the country's workers, per cadre."),
  safeguards: z.array(
    z.object({
      edition: z.number().int(),
      official: z
        .boolean()
        .nullable()
        .describe('On the list WHO published; null when that edition is not loaded.'),
      assessment: SslAssessmentSchema,
    }),
  ),
  batches: z.array(
    z.object({ id: z.number().int(), file: z.string(), format: z.string(), createdAt: z.string() }),
  ),
  approvals: ProfileApprovalsSchema,
});
export type AreaProfile = z.infer<typeof AreaProfileSchema>;
