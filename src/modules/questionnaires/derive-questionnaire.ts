import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { definitionErrors } from './definition-errors.ts';
import { diffQuestionnaires } from './domain/versions.ts';
import { getQuestionnaire } from './get-questionnaire.ts';
import { questionnaireText as text } from './messages.ts';
import { findByVersion, insertQuestionnaire } from './repo.ts';
import type { DeriveQuestionnaire, Questionnaire } from './schemas.ts';

/**
 * Stores a new questionnaire version derived from an existing one, with the list of what changed. Refused: a
 * definition with problems (each named by its path), a kind other than the parent's, a (code, version) already
 * stored (409).
 */
export async function deriveQuestionnaire(ctx: Ctx, input: DeriveQuestionnaire): Promise<Questionnaire> {
  const def = input.definition;
  return mutation(ctx, 'questionnaire.derive', async (tx) => {
    const parent = await getQuestionnaire(tx, input.from).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'not_found')
        throw new AppError('not_found', text('not_found', { id: input.from }), {
          location: { field: 'from' },
          hint: text('not_found_hint'),
        });
      throw err;
    });
    if (parent.kind !== def.kind)
      throw new AppError(
        'invalid_input',
        text('kind_differs', { kind: def.kind, parentKind: parent.kind, from: parent.id }),
        { location: { field: 'definition.kind' }, hint: text('kind_hint', { kind: parent.kind }) },
      );
    const errors = definitionErrors(def, 'definition', parent);
    if (errors.length)
      throw new AppError('invalid_input', text('invalid_definition'), {
        errors,
        location: { field: errors[0]?.field ?? 'definition' },
        hint: text('invalid_definition_hint'),
      });
    const changes = diffQuestionnaires(parent.definition, def);
    const stored = await insertQuestionnaire(tx, {
      definition: def,
      derivedFrom: parent.id,
      changes,
      at: ctx.now(),
      by: actorLabel(ctx.actor),
    });
    if (!stored) {
      const existing = await findByVersion(tx, def.code, def.version);
      throw new AppError(
        'conflict',
        text('exists', { code: def.code, version: def.version, id: existing?.id ?? '?' }),
        { location: { field: 'definition.version' }, hint: text('exists_hint') },
      );
    }
    await tx.audit({
      action: 'questionnaire.derive',
      objectType: 'questionnaire',
      objectId: String(stored.id),
      after: {
        code: stored.code,
        version: stored.version,
        kind: stored.kind,
        derivedFrom: parent.id,
        changes: changes.length,
      },
    });
    return stored;
  });
}
