import { defineRoute } from '../../platform/http/route.ts';
import { actOnApproval } from './act-on-approval.ts';
import { ACTION_PERMISSION, APPROVAL_ACTIONS } from './domain/state-machine.ts';
import { listApprovals } from './list-approvals.ts';
import {
  ApprovalActionBodySchema,
  ApprovalAreaParamsSchema,
  ApprovalListQuerySchema,
  ApprovalListSchema,
  ApprovalUnitParamsSchema,
  ApprovalUnitSchema,
} from './schemas.ts';

export const listAll = defineRoute({
  method: 'get',
  path: '/api/approvals',
  tag: 'approvals',
  summary: 'Approval status of the data per country, year and dataset',
  permission: 'public',
  query: ApprovalListQuerySchema,
  response: ApprovalListSchema,
  handler: (ctx, { query }) => listApprovals(ctx, query),
});

export const listArea = defineRoute({
  method: 'get',
  path: '/api/areas/:iso3/approvals',
  tag: 'approvals',
  summary: "Approval status of a country's data per year and dataset",
  permission: 'public',
  params: ApprovalAreaParamsSchema,
  response: ApprovalListSchema,
  handler: (ctx, { params }) => listApprovals(ctx, { area: params.iso3 }),
});

const SUMMARY = {
  submit: 'Submit the data of a country for a year (one dataset, or all) for approval',
  approve: 'Approve submitted data: it is locked against imports, revisions and rollbacks',
  return: 'Return submitted data with a comment saying what to correct',
  unapprove: 'Unapprove approved data, with a comment: it can be changed again',
} as const;

const actions = APPROVAL_ACTIONS.map((action) =>
  defineRoute({
    method: 'post',
    path: `/api/approvals/:iso3/:year/${action}`,
    tag: 'approvals',
    summary: SUMMARY[action],
    permission: ACTION_PERMISSION[action],
    scope: ({ params }) => ({ area: params.iso3 }),
    params: ApprovalUnitParamsSchema,
    body: ApprovalActionBodySchema,
    response: ApprovalUnitSchema,
    handler: (ctx, { params, body }) =>
      actOnApproval(ctx, { area: params.iso3, year: params.year, action, ...body }),
  }),
);

export const routes = [listAll, listArea, ...actions];
