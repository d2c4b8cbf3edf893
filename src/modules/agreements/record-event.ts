import { actorLabel } from '../../platform/auth/actor.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { assertManage, partyAreas } from './access.ts';
import { writeHistory } from './agreement-writes.ts';
import { registryText as t } from './messages-registry.ts';
import { assertReadable, presentAgreement, staleVersion } from './present.ts';
import { deleteEvent, insertEvent, loadAgreements, lockAgreement, touchAgreement } from './repo.ts';
import type { Agreement, RecordEvent } from './schemas.ts';

/**
 * Records a dated, explained event of an agreement's status history (signed, in force, suspended, resumed, expired,
 * terminated); its dates, suspensions and current status follow from the whole history. A signature or entry into
 * force recorded as an event replaces the date given with the agreement.
 */
export async function recordEvent(ctx: Ctx, id: number, input: RecordEvent): Promise<Agreement> {
  return mutation(ctx, 'agreement.event', async (tx) => {
    const stored = assertReadable(ctx, id, await lockAgreement(tx, id));
    assertManage(ctx.actor, partyAreas(stored));
    if (input.version !== undefined && stored.version !== input.version)
      throw staleVersion(ctx, stored, input.version);
    const at = ctx.now();
    const by = actorLabel(ctx.actor);
    if (input.kind === 'signed' || input.kind === 'in_force')
      for (const e of stored.events)
        if (e.kind === input.kind && e.origin === 'record') await deleteEvent(tx, e.id);
    await insertEvent(tx, id, { kind: input.kind, on: input.on, note: input.note, origin: 'event' }, at, by);
    await writeHistory(tx, id, stored.expiresOn);
    await touchAgreement(tx, id, at, by);
    const [saved] = await loadAgreements(tx, [id]);
    if (!saved) throw new AppError('internal', t('not_found', { id }));
    await tx.audit({
      action: 'agreement.event',
      objectType: 'agreement',
      objectId: String(id),
      area: saved.parties[0]?.area ?? null,
      before: { version: stored.version, status: presentAgreement(ctx, stored).status },
      after: {
        version: saved.version,
        kind: input.kind,
        on: input.on,
        status: presentAgreement(ctx, saved).status,
      },
      comment: input.note,
    });
    return presentAgreement(ctx, saved);
  });
}
