import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { canManage, canRead, partyAreas } from './access.ts';
import { isoDay, statusOn } from './domain/agreement.ts';
import { registryText as t } from './messages-registry.ts';
import type { StoredAgreement } from './repo.ts';
import type { Agreement } from './schemas.ts';

/** The agreement as the reader sees it: its status today, and the names of who recorded what for its managers. */
export function presentAgreement(ctx: Ctx, a: StoredAgreement): Agreement {
  const manage = canManage(ctx.actor, partyAreas(a));
  const { updatedBy: _by, ...rest } = a;
  return {
    ...rest,
    status: statusOn(a, isoDay(ctx.now())),
    publishedAt: a.publishedAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    events: a.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      on: e.on,
      note: e.note,
      origin: e.origin,
      recordedAt: e.recordedAt.toISOString(),
      recordedBy: manage ? e.recordedBy : null,
    })),
    may: { manage },
  };
}

/** Refuses an agreement the reader may not read as if there were none: a draft is not told to exist. */
export function assertReadable(ctx: Ctx, id: number, a: StoredAgreement | null | undefined): StoredAgreement {
  if (!a || !canRead(ctx.actor, a)) throw new AppError('not_found', t('not_found', { id }));
  return a;
}

/** The refusal of a change made on an older version, with the current agreement. */
export function staleVersion(ctx: Ctx, a: StoredAgreement, sent: number): AppError {
  return new AppError(
    'conflict',
    t('stale', { id: a.id, sent, version: a.version, who: a.updatedBy, at: a.updatedAt.toISOString() }),
    {
      hint: t('stale_hint'),
      location: { field: 'version' },
      extensions: { current: presentAgreement(ctx, a) },
    },
  );
}
