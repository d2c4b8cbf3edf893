import type { Ctx } from '../../platform/context.ts';
import { listStored } from './repo.ts';
import type { QuestionnaireList, QuestionnaireListQuery } from './schemas.ts';

/** The stored questionnaire versions, of one kind or all, by code and version order. */
export async function listQuestionnaires(
  ctx: Ctx,
  query: QuestionnaireListQuery,
): Promise<QuestionnaireList> {
  return { questionnaires: await listStored(ctx.db, { kind: query.kind }) };
}
