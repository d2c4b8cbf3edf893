import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import type { QuestionnaireKind } from '../questionnaires/schemas.ts';
import { roundOrThrow } from './get-round.ts';
import { text } from './messages.ts';
import { insertRound, questionnaireKind, roundIdOfYear } from './repo.ts';
import type { CreateRound, Round } from './schemas.ts';

/** Refuses a questionnaire that does not exist or is not of the kind the round needs. */
export async function checkQuestionnaire(
  db: Queryable,
  id: number,
  kind: QuestionnaireKind,
  field: string,
): Promise<void> {
  const found = await questionnaireKind(db, id);
  if (!found)
    throw new AppError('invalid_input', text('questionnaire_missing', { id }), {
      location: { field },
      hint: text('questionnaire_hint'),
    });
  if (found.kind !== kind)
    throw new AppError(
      'invalid_input',
      text(kind === 'national' ? 'not_national' : 'not_stakeholder', { id }),
      {
        location: { field },
        hint: text('questionnaire_hint'),
      },
    );
}

/** Refuses a round that would close before it opens. */
export function checkDates(r: { opensOn: string; closesOn: string }): void {
  if (r.closesOn < r.opensOn)
    throw new AppError('invalid_input', text('round_dates', { opens: r.opensOn, closes: r.closesOn }), {
      location: { field: 'closesOn' },
    });
}

/** Plans a reporting round: its year, dates and questionnaire versions. */
export async function createRound(ctx: Ctx, input: CreateRound): Promise<Round> {
  assertCan(ctx.actor, 'reporting.manage');
  checkDates(input);
  return mutation(ctx, 'round.create', async (tx) => {
    const taken = await roundIdOfYear(tx, input.year);
    if (taken !== null)
      throw new AppError('conflict', text('round_year_taken', { year: input.year }), {
        location: { field: 'year' },
        hint: text('round_year_taken_hint', { id: taken }),
      });
    await checkQuestionnaire(tx, input.questionnaireId, 'national', 'questionnaireId');
    if (input.stakeholderQuestionnaireId !== null)
      await checkQuestionnaire(
        tx,
        input.stakeholderQuestionnaireId,
        'stakeholder',
        'stakeholderQuestionnaireId',
      );
    const id = await insertRound(tx, { ...input, at: ctx.now() });
    const round = await roundOrThrow(tx, { id });
    await tx.audit({
      action: 'round.create',
      objectType: 'reporting_round',
      objectId: String(id),
      after: round,
    });
    return round;
  });
}
