import { type Actor, actorLabel } from '../../platform/auth/actor.ts';
import { assertCan, can } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { approvalText, unitParams } from './domain/messages.ts';
import { ACTION_PERMISSION, type ApprovalAction, transition } from './domain/state-machine.ts';
import { areaOf, findUnitForUpdate, listStoredUnits, sourceExists, writeUnit } from './repo.ts';
import type { ApprovalUnit } from './schemas.ts';
import { presentUnit } from './units.ts';

export interface ApprovalActionInput {
  area: string;
  year: number;
  source?: string | undefined;
  action: ApprovalAction;
  comment?: string | undefined;
}

/** Who acts and in which role: the first of the user's grants that allows the action for the area. */
function acting(actor: Actor, permission: (typeof ACTION_PERMISSION)[ApprovalAction], area: string) {
  if (actor.kind === 'operator') return { name: actorLabel(actor), role: 'operator' };
  if (actor.kind === 'user') {
    const grant = actor.grants.find((g) => can({ ...actor, grants: [g] }, permission, { area }));
    if (grant) return { name: actor.name, role: grant.role };
  }
  return { name: actorLabel(actor), role: actor.kind };
}

/** Submits, approves, returns or unapproves the data of an area for a year (one dataset, or all). */
export async function actOnApproval(ctx: Ctx, input: ApprovalActionInput): Promise<ApprovalUnit> {
  const code = input.area.toUpperCase();
  const permission = ACTION_PERMISSION[input.action];
  assertCan(ctx.actor, permission, { area: code });
  const comment = input.comment?.trim() || null;
  return mutation(ctx, `approval.${input.action}`, async (tx) => {
    const area = await areaOf(tx, code);
    if (area?.kind !== 'country')
      throw new AppError('not_found', approvalText('unknown_country', { code }), {
        errors: [
          {
            field: 'iso3',
            message: area
              ? approvalText('not_a_country_field', { name: area.name })
              : approvalText('unknown_area_field'),
          },
        ],
        hint: approvalText('per_country_hint'),
      });
    const source = input.source ?? '';
    if (source && !(await sourceExists(tx, source)))
      throw new AppError(
        'invalid_input',
        approvalText('unknown_source', { source: JSON.stringify(source) }),
        {
          errors: [{ field: 'source', message: approvalText('unknown_source_field') }],
          hint: approvalText('sources_hint'),
        },
      );
    const key = { area: code, year: input.year, source };
    const stored = await findUnitForUpdate(tx, key);
    const before = stored?.state ?? 'not_submitted';
    const unitRef = { areaName: area.name, year: input.year, source: source || null };
    const after = transition(unitRef, before, input.action, comment ?? undefined);
    const who = acting(ctx.actor, permission, code);
    await writeUnit(tx, { ...key, state: after, at: ctx.now(), byName: who.name, byRole: who.role, comment });
    await tx.audit({
      action: `approval.${input.action}`,
      objectType: 'approval_unit',
      objectId: `${code}/${input.year}/${source || '*'}`,
      area: code,
      before: { state: before },
      after: { state: after, role: who.role },
      ...(comment ? { comment } : {}),
    });
    const [unit] = (await listStoredUnits(tx, { area: code, year: input.year })).filter(
      (u) => u.source === source,
    );
    if (!unit) throw new AppError('internal', approvalText('not_stored', unitParams(unitRef)));
    return presentUnit(unit, ctx.actor);
  });
}
