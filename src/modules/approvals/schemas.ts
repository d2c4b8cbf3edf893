import { z } from 'zod';
import { APPROVAL_ACTIONS, APPROVAL_STATES } from './domain/state-machine.ts';

export const ApprovalStateSchema = z
  .enum(APPROVAL_STATES)
  .describe('Where the unit stands in the approval cycle.');
export const ApprovalActionSchema = z.enum(APPROVAL_ACTIONS);

const Iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code')
  .transform((s) => s.toUpperCase())
  .describe('Country ISO3 code');
const Year = z.coerce.number().int().min(1900).max(2200).describe('Reference year');
const SourceCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_.-]+$/, 'a source code')
  .describe('A dataset (source code); omitted: all datasets of the area and year');

export const ApprovalListQuerySchema = z.object({
  area: Iso3.optional(),
  year: Year.optional(),
  state: ApprovalStateSchema.optional(),
});
export type ApprovalListQuery = z.infer<typeof ApprovalListQuerySchema>;

export const ApprovalAreaParamsSchema = z.object({ iso3: Iso3 });
export const ApprovalUnitParamsSchema = z.object({ iso3: Iso3, year: Year });

export const ApprovalActionBodySchema = z.object({
  source: SourceCode.optional(),
  comment: z.string().max(2000).optional().describe('Why: required to return or unapprove'),
});
export type ApprovalActionBody = z.infer<typeof ApprovalActionBodySchema>;

export const ApproverSchema = z.object({
  name: z.string().nullable().describe('Who acted; only signed-in readers see names'),
  role: z.string().describe('The role they acted in: data_approver, national_authority, admin, operator …'),
  at: z.string().describe('When (ISO 8601)'),
});

export const ApprovalUnitSchema = z.object({
  area: z.string(),
  areaName: z.string(),
  year: z.number().int(),
  source: z.string().nullable().describe('null: all the datasets of the area and year'),
  state: ApprovalStateSchema,
  allowedActions: z.array(ApprovalActionSchema).describe('The actions this state allows (permissions aside)'),
  may: z
    .object({ submit: z.boolean(), decide: z.boolean() })
    .describe('Whether the reader may submit, and approve, return or unapprove, for this area'),
  changed: ApproverSchema.nullable().describe('The last transition'),
  comment: z.string().nullable().describe('The comment of the last transition'),
  submitted: ApproverSchema.nullable(),
  approved: ApproverSchema.nullable().describe('The last approval, kept after an unapproval'),
  changesSince: z
    .number()
    .int()
    .nullable()
    .describe(
      'Current values of the unit stored after its last submission or approval; null if never submitted',
    ),
  observations: z.number().int().describe('Current values of the unit'),
});
export type ApprovalUnit = z.infer<typeof ApprovalUnitSchema>;

export const ApprovalListSchema = z.object({ units: z.array(ApprovalUnitSchema) });
export type ApprovalList = z.infer<typeof ApprovalListSchema>;

export const ProfileApprovalsSchema = z
  .array(
    z.object({
      year: z.number().int(),
      source: z.string().nullable().describe('null: all datasets'),
      role: z
        .string()
        .describe('The role of who approved: national_authority, data_approver, admin, operator'),
      at: z.string().describe('When it was approved (ISO 8601)'),
    }),
  )
  .describe("The country's approved data, newest year first");
export type ProfileApprovals = z.infer<typeof ProfileApprovalsSchema>;
