import type { Context } from 'hono';
import { defineRoute, type Route } from '../../platform/http/route.ts';
import { actOnRound } from './act-on-round.ts';
import { authorityHistory } from './authority-history.ts';
import { createRound } from './create-round.ts';
import { designateAuthority } from './designate-authority.ts';
import { getRound } from './get-round.ts';
import { exportRoutes } from './http-exports.ts';
import { progressRoutes } from './http-progress.ts';
import { reportRoutes } from './http-reports.ts';
import { listAuthorities } from './list-authorities.ts';
import { listRounds } from './list-rounds.ts';
import { reportingHistory } from './reporting-history.ts';
import { roundDashboard } from './round-dashboard.ts';
import {
  AreaParamsSchema,
  AuthorityListSchema,
  AuthoritySchema,
  CreateRoundSchema,
  DashboardSchema,
  DesignateAuthoritySchema,
  PublishedSearchQuerySchema,
  PublishedSearchSchema,
  ReportingHistorySchema,
  ROUND_ACTIONS,
  type RoundAction,
  RoundActionBodySchema,
  RoundIdParamsSchema,
  RoundListSchema,
  RoundSchema,
  UpdateRoundSchema,
} from './schemas.ts';
import { searchPublished } from './search-published.ts';
import { updateRound } from './update-round.ts';

const TAG = 'reporting';

/** Where links sent by e-mail point: the origin the request was made to (its Host checked by the platform). */
function baseUrl(c: Context): string {
  const url = new URL(c.req.url);
  const secure = url.protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  return `${secure ? 'https:' : url.protocol}//${url.host}`;
}

const ACTION_SUMMARY: Record<RoundAction, string> = {
  open: 'Open a planned reporting round (one round is open at a time); its authorities carry over',
  close: 'Close an open reporting round',
  publish: 'Publish a closed reporting round with its progress report',
};

const roundRoutes: Route[] = [
  defineRoute({
    method: 'get',
    path: '/api/rounds',
    tag: TAG,
    summary: 'Reporting rounds of the WHO Global Code, the latest first',
    permission: 'public',
    response: RoundListSchema,
    handler: (ctx) => listRounds(ctx),
  }),
  defineRoute({
    method: 'post',
    path: '/api/rounds',
    tag: TAG,
    summary: 'Plan a reporting round: its year, dates and questionnaire versions',
    permission: 'reporting.manage',
    body: CreateRoundSchema,
    response: RoundSchema,
    status: 201,
    handler: (ctx, { body }) => createRound(ctx, body),
  }),
  defineRoute({
    method: 'get',
    path: '/api/rounds/:id',
    tag: TAG,
    summary: 'A reporting round',
    permission: 'public',
    params: RoundIdParamsSchema,
    response: RoundSchema,
    handler: (ctx, { params }) => getRound(ctx, params.id),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/rounds/:id',
    tag: TAG,
    summary: 'Change the dates and questionnaires of a planned round, or the closing date of an open one',
    permission: 'reporting.manage',
    params: RoundIdParamsSchema,
    body: UpdateRoundSchema,
    response: RoundSchema,
    handler: (ctx, { params, body }) => updateRound(ctx, params.id, body),
  }),
  ...ROUND_ACTIONS.map((action) =>
    defineRoute({
      method: 'post',
      path: `/api/rounds/:id/${action}`,
      tag: TAG,
      summary: ACTION_SUMMARY[action],
      permission: 'reporting.manage',
      params: RoundIdParamsSchema,
      body: RoundActionBodySchema,
      response: RoundSchema,
      handler: (ctx, { params, body }) => actOnRound(ctx, { id: params.id, action, comment: body.comment }),
    }),
  ),
  defineRoute({
    method: 'get',
    path: '/api/rounds/:id/dashboard',
    tag: TAG,
    summary: 'A round’s progress per WHO region and income group, beside the previous round',
    permission: 'reporting.review',
    params: RoundIdParamsSchema,
    response: DashboardSchema,
    handler: (ctx, { params }) => roundDashboard(ctx, params.id),
  }),
  defineRoute({
    method: 'get',
    path: '/api/rounds/:id/authorities',
    tag: TAG,
    summary: 'The national authorities designated for a round, current and superseded',
    permission: 'reporting.review',
    params: RoundIdParamsSchema,
    response: AuthorityListSchema,
    handler: (ctx, { params }) => listAuthorities(ctx, params.id),
  }),
  defineRoute({
    method: 'post',
    path: '/api/rounds/:id/authorities',
    tag: TAG,
    summary: 'Designate the national authority of a country for a round, and give its contact access',
    permission: 'reporting.manage',
    params: RoundIdParamsSchema,
    body: DesignateAuthoritySchema,
    response: AuthoritySchema,
    status: 201,
    handler: (ctx, { params, body }, c) => designateAuthority(ctx, params.id, body, { baseUrl: baseUrl(c) }),
  }),
  defineRoute({
    method: 'get',
    path: '/api/areas/:iso3/authorities',
    tag: TAG,
    summary: 'A country’s designated national authorities across rounds',
    permission: 'signed-in',
    params: AreaParamsSchema,
    response: AuthorityListSchema,
    handler: (ctx, { params }) => authorityHistory(ctx, params.iso3),
  }),
  defineRoute({
    method: 'get',
    path: '/api/areas/:iso3/reporting',
    tag: TAG,
    summary: 'A country’s reporting round by round: its authority and its national report',
    permission: 'public',
    params: AreaParamsSchema,
    response: ReportingHistorySchema,
    handler: (ctx, { params }) => reportingHistory(ctx, params.iso3),
  }),
  defineRoute({
    method: 'get',
    path: '/api/published',
    tag: TAG,
    summary: 'Search the published national, stakeholder and progress reports',
    permission: 'public',
    query: PublishedSearchQuerySchema,
    response: PublishedSearchSchema,
    handler: (ctx, { query }) => searchPublished(ctx, query),
  }),
];

export const routes: readonly Route[] = [...roundRoutes, ...reportRoutes, ...progressRoutes, ...exportRoutes];
