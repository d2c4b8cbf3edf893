import { can } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { findOccupation } from '../reference/index.ts';
import { canRead } from './access.ts';
import { inForceOn } from './domain/agreement.ts';
import { concernsCadre, matchesWords } from './domain/filter.ts';
import { presentAgreement } from './present.ts';
import { loadAgreements, type StoredAgreement } from './repo.ts';
import type { Agreement, AgreementList, AgreementListQuery } from './schemas.ts';

const parentOf = (code: string) => findOccupation(code)?.parent ?? null;

/** The agreements the reader may read that match the query, presented; newest signature first. */
export async function readableAgreements(ctx: Ctx, query: AgreementListQuery): Promise<Agreement[]> {
  const stored = (await loadAgreements(ctx.db)).filter((a) => canRead(ctx.actor, a) && matches(a, query));
  const shown = stored.map((a) => presentAgreement(ctx, a));
  return shown
    .filter((a) => query.status === undefined || a.status === query.status)
    .sort(
      (a, b) =>
        (b.signedOn ?? b.inForceOn ?? '').localeCompare(a.signedOn ?? a.inForceOn ?? '') ||
        a.title.localeCompare(b.title) ||
        a.id - b.id,
    );
}

function matches(a: StoredAgreement, q: AgreementListQuery): boolean {
  if (q.area !== undefined && !a.parties.some((p) => p.area === q.area)) return false;
  if (q.type !== undefined && a.type !== q.type) return false;
  if (q.cadre !== undefined && !concernsCadre(a.cadres, q.cadre, parentOf)) return false;
  if (q.inForceOn !== undefined && !inForceOn(a, q.inForceOn)) return false;
  if (q.q !== undefined && q.q !== '') {
    const texts = [
      a.title,
      a.notes ?? '',
      ...a.parties.flatMap((p) => [p.area, p.areaName, p.organisation ?? '']),
      ...a.cadres,
    ];
    if (!matchesWords(texts, q.q)) return false;
  }
  return true;
}

/** The registry: published agreements for everyone, and the drafts of those the reader manages. */
export async function listAgreements(ctx: Ctx, query: AgreementListQuery): Promise<AgreementList> {
  const agreements = (await readableAgreements(ctx, query)).map(({ events: _e, ...a }) => a);
  return { agreements, may: { create: can(ctx.actor, 'agreements.manage') } };
}
