import { defineRoute } from '../../platform/http/route.ts';
import { requestClient, signedInAnswer, ThrottledError, throttledAnswer } from '../accounts/index.ts';
import { actOnComplaintCase } from './act-on-complaint.ts';
import { applyToRegister } from './apply.ts';
import { decideAppealCase } from './decide-appeal.ts';
import { fileAppeal } from './file-appeal.ts';
import { fileComplaint } from './file-complaint.ts';
import { followComplaint } from './follow-complaint.ts';
import { getOrganisation } from './get-organisation.ts';
import { listPublicOrganisations } from './list-organisations.ts';
import { listRecruiterRegisters } from './list-registers.ts';
import { myOrganisations } from './my-organisations.ts';
import { reconfirmCompliance } from './reconfirm.ts';
import { reinstateOrganisation } from './reinstate.ts';
import { reviewApplication } from './review-application.ts';
import { reviewQueue } from './review-queue.ts';
import { saveRegisterSettings } from './save-register.ts';
import {
  AppealBodySchema,
  AppealDecisionBodySchema,
  ApplicationBodySchema,
  ApplicationResultSchema,
  AttemptParamsSchema,
  AttemptResultSchema,
  ComplaintActionBodySchema,
  ComplaintBodySchema,
  ComplaintFollowSchema,
  ComplaintReceiptSchema,
  ComplaintSchema,
  IdParamSchema,
  OrganisationListQuerySchema,
  OrganisationListSchema,
  OrganisationSchema,
  QueueSchema,
  ReconfirmBodySchema,
  ReferenceParamSchema,
  RegisterListSchema,
  RegisterParamSchema,
  RegisterSchema,
  RegisterSettingsBodySchema,
  ReinstateBodySchema,
  ReviewBodySchema,
  StartedAttemptSchema,
  SubmitAttemptBodySchema,
} from './schemas.ts';
import { startAttempt } from './start-attempt.ts';
import { submitAttempt } from './submit-attempt.ts';

const TAG = 'recruiters';

const registers = defineRoute({
  method: 'get',
  path: '/api/recruiters/registers',
  tag: TAG,
  summary: 'The recruiters’ registers and their test settings',
  permission: 'public',
  response: RegisterListSchema,
  handler: (ctx) => listRecruiterRegisters(ctx),
});

const settings = defineRoute({
  method: 'put',
  path: '/api/recruiters/registers/:iso3',
  tag: TAG,
  summary: 'Open a destination’s recruiters’ register, or change its settings',
  description:
    'Questions per test, pass mark, attempts before the wait, months of the wait and months between re-confirmations; the defaults are 15, 13, 3, 3 and 12.',
  permission: 'recruiters.review',
  scope: ({ params }) => ({ area: params.iso3 }),
  params: RegisterParamSchema,
  body: RegisterSettingsBodySchema,
  response: RegisterSchema,
  handler: (ctx, { params, body }) => saveRegisterSettings(ctx, { destination: params.iso3, ...body }),
});

const queue = defineRoute({
  method: 'get',
  path: '/api/recruiters/registers/:iso3/queue',
  tag: TAG,
  summary: 'A register’s applications, re-confirmations due and complaints, for its reviewers',
  permission: 'recruiters.review',
  scope: ({ params }) => ({ area: params.iso3 }),
  params: RegisterParamSchema,
  response: QueueSchema,
  handler: (ctx, { params }) => reviewQueue(ctx, params.iso3),
});

const list = defineRoute({
  method: 'get',
  path: '/api/recruiters/organisations',
  tag: TAG,
  summary:
    'The public recruiters’ register: organisations listed, warned, suspended or removed, with their history',
  permission: 'public',
  query: OrganisationListQuerySchema,
  response: OrganisationListSchema,
  handler: (ctx, { query }) => listPublicOrganisations(ctx, query),
});

const one = defineRoute({
  method: 'get',
  path: '/api/recruiters/organisations/:id',
  tag: TAG,
  summary: 'One organisation of the register, with its dated history',
  description:
    'Its members and the register’s reviewers also see its declarations, test, complaints and appeals.',
  permission: 'public',
  params: IdParamSchema,
  response: OrganisationSchema,
  handler: (ctx, { params }) => getOrganisation(ctx, params.id),
});

const apply = defineRoute({
  method: 'post',
  path: '/api/recruiters/organisations',
  tag: TAG,
  summary: 'Apply to a recruiters’ register, creating the applicant’s account and signing in',
  description:
    'Signed in, the application is made with that account. Registrations from an address are throttled as failed sign-ins are (429 with Retry-After).',
  permission: 'public',
  body: ApplicationBodySchema,
  response: ApplicationResultSchema,
  status: 201,
  handler: async (ctx, { body }, c) => {
    try {
      const applied = await applyToRegister(ctx, { ...body, client: requestClient(c) });
      const session = applied.signed ? await signedInAnswer(ctx, c, applied.signed) : null;
      return { organisation: applied.organisation, session };
    } catch (err) {
      if (err instanceof ThrottledError) return throttledAnswer(c, err, ctx);
      throw err;
    }
  },
});

const mine = defineRoute({
  method: 'get',
  path: '/api/recruiters/mine',
  tag: TAG,
  summary: 'The organisations the signed-in user acts for',
  permission: 'signed-in',
  response: OrganisationListSchema,
  handler: (ctx) => myOrganisations(ctx),
});

const start = defineRoute({
  method: 'post',
  path: '/api/recruiters/organisations/:id/attempts',
  tag: TAG,
  summary: 'Start a knowledge test attempt: questions drawn from the bank, without their answers',
  permission: 'signed-in',
  params: IdParamSchema,
  response: StartedAttemptSchema,
  status: 201,
  handler: (ctx, { params }) => startAttempt(ctx, params.id),
});

const submit = defineRoute({
  method: 'post',
  path: '/api/recruiters/organisations/:id/attempts/:attempt/submit',
  tag: TAG,
  summary: 'Submit a test attempt’s answers; the score is computed on the server, once',
  permission: 'signed-in',
  params: AttemptParamsSchema,
  body: SubmitAttemptBodySchema,
  response: AttemptResultSchema,
  handler: (ctx, { params, body }) =>
    submitAttempt(ctx, { organisationId: params.id, attemptId: params.attempt, answers: body.answers }),
});

const review = defineRoute({
  method: 'post',
  path: '/api/recruiters/organisations/:id/review',
  tag: TAG,
  summary: 'List an organisation that passed the test, or reject its application',
  permission: 'recruiters.review',
  params: IdParamSchema,
  body: ReviewBodySchema,
  response: OrganisationSchema,
  handler: (ctx, { params, body }) => reviewApplication(ctx, { organisationId: params.id, ...body }),
});

const reinstate = defineRoute({
  method: 'post',
  path: '/api/recruiters/organisations/:id/reinstate',
  tag: TAG,
  summary: 'Lift a warning, suspension or removal with written reasons, without an appeal',
  permission: 'recruiters.review',
  params: IdParamSchema,
  body: ReinstateBodySchema,
  response: OrganisationSchema,
  handler: (ctx, { params, body }) =>
    reinstateOrganisation(ctx, { organisationId: params.id, note: body.note }),
});

const reconfirm = defineRoute({
  method: 'post',
  path: '/api/recruiters/organisations/:id/reconfirm',
  tag: TAG,
  summary: 'Re-confirm the organisation’s compliance with the code and that it charges candidates no fees',
  permission: 'signed-in',
  params: IdParamSchema,
  body: ReconfirmBodySchema,
  response: OrganisationSchema,
  handler: (ctx, { params, body }) =>
    reconfirmCompliance(ctx, { organisationId: params.id, note: body.note }),
});

const appeal = defineRoute({
  method: 'post',
  path: '/api/recruiters/organisations/:id/appeals',
  tag: TAG,
  summary: 'Appeal in writing against a complaint’s sanction',
  permission: 'signed-in',
  params: IdParamSchema,
  body: AppealBodySchema,
  response: OrganisationSchema,
  status: 201,
  handler: (ctx, { params, body }) => fileAppeal(ctx, { organisationId: params.id, ...body }),
});

const complain = defineRoute({
  method: 'post',
  path: '/api/recruiters/complaints',
  tag: TAG,
  summary:
    'File a complaint against a listed organisation, with or without a name; answered with its reference',
  permission: 'public',
  body: ComplaintBodySchema,
  response: ComplaintReceiptSchema,
  status: 201,
  handler: (ctx, { body }) => fileComplaint(ctx, body),
});

const follow = defineRoute({
  method: 'get',
  path: '/api/recruiters/complaints/:reference',
  tag: TAG,
  summary: 'Follow a complaint by its reference: its status and dated steps, not its content',
  permission: 'public',
  params: ReferenceParamSchema,
  response: ComplaintFollowSchema,
  handler: (ctx, { params }) => followComplaint(ctx, params.reference),
});

const complaintAction = defineRoute({
  method: 'post',
  path: '/api/recruiters/complaints/:id/actions',
  tag: TAG,
  summary: 'Investigate a complaint, then decide it: no action, warning, suspension or removal',
  permission: 'recruiters.review',
  params: IdParamSchema,
  body: ComplaintActionBodySchema,
  response: ComplaintSchema,
  handler: (ctx, { params, body }) => actOnComplaintCase(ctx, { complaintId: params.id, ...body }),
});

const decide = defineRoute({
  method: 'post',
  path: '/api/recruiters/appeals/:id/decide',
  tag: TAG,
  summary:
    'Decide an appeal in writing: upheld, the organisation is reinstated; dismissed, the sanction stands',
  permission: 'recruiters.review',
  params: IdParamSchema,
  body: AppealDecisionBodySchema,
  response: OrganisationSchema,
  handler: (ctx, { params, body }) => decideAppealCase(ctx, { appealId: params.id, ...body }),
});

export const routes = [
  registers,
  settings,
  queue,
  list,
  one,
  apply,
  mine,
  start,
  submit,
  review,
  reinstate,
  reconfirm,
  appeal,
  complain,
  follow,
  complaintAction,
  decide,
];
