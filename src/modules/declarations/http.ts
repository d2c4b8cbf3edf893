import { defineRoute } from '../../platform/http/route.ts';
import { declarePlacements } from './declare.ts';
import { destinationDeclarations, organisationDeclarations } from './list-declarations.ts';
import { reviewDeclaration } from './review-declaration.ts';
import {
  DeclarationListSchema,
  DeclarationParamSchema,
  DeclarationSchema,
  DeclareBodySchema,
  DeclareResultSchema,
  OrganisationParamSchema,
  ReviewBodySchema,
  ReviewListQuerySchema,
} from './schemas.ts';

export const declare = defineRoute({
  method: 'post',
  path: '/api/recruiters/organisations/:id/declarations',
  tag: 'declarations',
  summary:
    'Declare the health workers a listed organisation placed, by month, country of origin and occupation; the yearly sums become inflow observations',
  permission: 'signed-in',
  status: 201,
  params: OrganisationParamSchema,
  body: DeclareBodySchema,
  response: DeclareResultSchema,
  handler: (ctx, { params, body }) => declarePlacements(ctx, { organisation: params.id, lines: body.lines }),
});

export const ofOrganisation = defineRoute({
  method: 'get',
  path: '/api/recruiters/organisations/:id/declarations',
  tag: 'declarations',
  summary: "An organisation's declarations, for its members and the reviewers of its register",
  permission: 'signed-in',
  params: OrganisationParamSchema,
  response: DeclarationListSchema,
  handler: (ctx, { params }) => organisationDeclarations(ctx, params.id),
});

export const forReview = defineRoute({
  method: 'get',
  path: '/api/declarations',
  tag: 'declarations',
  summary: "A destination's declarations of recruitment, those flagged for review first to act on",
  permission: 'recruiters.review',
  scope: ({ query }) => ({ area: query.destination }),
  query: ReviewListQuerySchema,
  response: DeclarationListSchema,
  handler: (ctx, { query }) => destinationDeclarations(ctx, query),
});

export const review = defineRoute({
  method: 'post',
  path: '/api/declarations/:id/review',
  tag: 'declarations',
  summary: 'Accept a flagged declaration, or query it with a note',
  permission: 'recruiters.review',
  params: DeclarationParamSchema,
  body: ReviewBodySchema,
  response: DeclarationSchema,
  handler: (ctx, { params, body }) => reviewDeclaration(ctx, params.id, body),
});

export const routes = [declare, ofOrganisation, forReview, review];
