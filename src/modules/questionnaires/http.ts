import { defineRoute, type Route } from '../../platform/http/route.ts';
import { deriveQuestionnaire } from './derive-questionnaire.ts';
import { getQuestionnaire } from './get-questionnaire.ts';
import { listQuestionnaires } from './list-questionnaires.ts';
import {
  DeriveQuestionnaireSchema,
  QuestionnaireIdParamsSchema,
  QuestionnaireListQuerySchema,
  QuestionnaireListSchema,
  QuestionnaireSchema,
} from './schemas.ts';

export const list = defineRoute({
  method: 'get',
  path: '/api/questionnaires',
  tag: 'reporting',
  summary: 'Questionnaire versions of WHO Code reporting (national and stakeholder)',
  permission: 'public',
  query: QuestionnaireListQuerySchema,
  response: QuestionnaireListSchema,
  handler: (ctx, { query }) => listQuestionnaires(ctx, query),
});

export const get = defineRoute({
  method: 'get',
  path: '/api/questionnaires/:id',
  tag: 'reporting',
  summary:
    'A questionnaire version: its sections and questions in six languages, and what changed from the previous',
  permission: 'public',
  params: QuestionnaireIdParamsSchema,
  response: QuestionnaireSchema,
  handler: (ctx, { params }) => getQuestionnaire(ctx.db, params.id),
});

export const derive = defineRoute({
  method: 'post',
  path: '/api/questionnaires',
  tag: 'reporting',
  summary: 'Derive a new questionnaire version from an existing one',
  permission: 'reporting.manage',
  body: DeriveQuestionnaireSchema,
  response: QuestionnaireSchema,
  status: 201,
  bodyLimit: 4 * 1024 * 1024,
  handler: (ctx, { body }) => deriveQuestionnaire(ctx, body),
});

export const routes: readonly Route[] = [list, get, derive];
