import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { checkDates, checkQuestionnaire } from './create-round.ts';
import { editableFields, ROUND_FIELDS } from './domain/round-state.ts';
import { roundOrThrow } from './get-round.ts';
import { text } from './messages.ts';
import { updateRoundRow } from './repo.ts';
import type { Round, UpdateRound } from './schemas.ts';

/** Changes the dates and questionnaires of a planned round, or the closing date of an open one. */
export async function updateRound(ctx: Ctx, id: number, input: UpdateRound): Promise<Round> {
  assertCan(ctx.actor, 'reporting.manage');
  return mutation(ctx, 'round.update', async (tx) => {
    const before = await roundOrThrow(tx, { id }, { lock: true });
    const allowed = editableFields(before.state);
    const asked = ROUND_FIELDS.filter((f) => input[f] !== undefined && input[f] !== before[f]);
    const refused = asked.find((f) => !allowed.includes(f));
    if (refused !== undefined)
      throw new AppError(
        'conflict',
        before.state === 'open'
          ? text('open_only_closes', { label: before.label })
          : text('not_editable', { label: before.label, state: before.state }),
        { location: { field: refused } },
      );
    const next = {
      opensOn: input.opensOn ?? before.opensOn,
      closesOn: input.closesOn ?? before.closesOn,
      questionnaireId: input.questionnaireId ?? before.questionnaireId,
      stakeholderQuestionnaireId:
        input.stakeholderQuestionnaireId === undefined
          ? before.stakeholderQuestionnaireId
          : input.stakeholderQuestionnaireId,
    };
    checkDates(next);
    if (asked.includes('questionnaireId'))
      await checkQuestionnaire(tx, next.questionnaireId, 'national', 'questionnaireId');
    if (asked.includes('stakeholderQuestionnaireId') && next.stakeholderQuestionnaireId !== null)
      await checkQuestionnaire(
        tx,
        next.stakeholderQuestionnaireId,
        'stakeholder',
        'stakeholderQuestionnaireId',
      );
    if (asked.length === 0) return before;
    await updateRoundRow(tx, id, next);
    const after = await roundOrThrow(tx, { id });
    await tx.audit({
      action: 'round.update',
      objectType: 'reporting_round',
      objectId: String(id),
      before: Object.fromEntries(asked.map((f) => [f, before[f]])),
      after: Object.fromEntries(asked.map((f) => [f, after[f]])),
    });
    return after;
  });
}
