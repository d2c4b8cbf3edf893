import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { text as t } from './messages.ts';
import type { StoredStudy } from './repo.ts';
import type { Study } from './schemas.ts';

export function summaryOf(s: StoredStudy): Omit<Study, 'inputs'> {
  return {
    id: s.id,
    name: s.name,
    area: s.area,
    facilityType: s.facilityType,
    facilities: s.inputs.facilities.length,
    cadres: s.inputs.cadres.length,
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
    updatedBy: s.updatedBy,
  };
}

export function presentStudy(s: StoredStudy): Study {
  return { ...summaryOf(s), inputs: s.inputs };
}

/** The refusal of a change made on an older version, with the current study. */
export function staleVersion(_ctx: Ctx, s: StoredStudy, sent: number): AppError {
  return new AppError(
    'conflict',
    t('stale', { id: s.id, sent, version: s.version, who: s.updatedBy, at: s.updatedAt.toISOString() }),
    { hint: t('stale_hint'), location: { field: 'version' }, extensions: { current: presentStudy(s) } },
  );
}
