import type { Ctx } from '../../platform/context.ts';
import type { AgreementForRecruitment } from '../recruitment/index.ts';
import { isoDay, statusOn } from './domain/agreement.ts';
import { loadAgreements } from './repo.ts';

/**
 * The published agreements to which any of the areas is party, as the recruitment rules see them, whoever asks (a
 * draft governs no recruitment). `expiresOn` is the end of the agreement: its expiry, or its termination when that
 * came first; the caller checks each one's parties and sides.
 */
export async function agreementsForRecruitment(
  ctx: Ctx,
  areas: readonly string[],
): Promise<AgreementForRecruitment[]> {
  const wanted = new Set(areas.map((a) => a.trim().toUpperCase()));
  const today = isoDay(ctx.now());
  return (await loadAgreements(ctx.db))
    .filter((a) => a.published && a.parties.some((p) => wanted.has(p.area)))
    .map((a) => {
      const ends = [a.expiresOn, a.terminatedOn].filter((d): d is string => d !== null).sort();
      return {
        id: a.id,
        title: a.title,
        type: a.type,
        level: a.level,
        parties: a.parties.map((p) => ({ area: p.area, organisation: p.organisation, side: p.side })),
        signedOn: a.signedOn,
        inForceOn: a.inForceOn,
        expiresOn: ends[0] ?? null,
        suspensions: a.suspensions.map((s) => ({ ...s })),
        status: statusOn(a, today),
        cadres: [...a.cadres],
        recruitment: {
          ...a.recruitment,
          employers: [...a.recruitment.employers],
          caps: a.recruitment.caps.map((c) => ({ ...c })),
        },
        textUrl: a.textUrl,
      };
    });
}
