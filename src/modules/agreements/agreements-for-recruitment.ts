import type { Ctx } from '../../platform/context.ts';
import { readableAgreements } from './list-agreements.ts';
import type { AgreementForRecruitment } from './schemas.ts';

/**
 * The agreements to which any of the areas is party, as the recruitment rules see them: those the actor may read
 * (for the public, the published ones). `expiresOn` is the end of the agreement: its expiry, or its termination when
 * that came first; the caller checks each one's parties and sides.
 */
export async function agreementsForRecruitment(
  ctx: Ctx,
  areas: readonly string[],
): Promise<AgreementForRecruitment[]> {
  const wanted = new Set(areas.map((a) => a.toUpperCase()));
  const all = await readableAgreements(ctx, {});
  return all
    .filter((a) => a.parties.some((p) => wanted.has(p.area)))
    .sort((a, b) => a.id - b.id)
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
        terminatedOn: a.terminatedOn,
        suspensions: a.suspensions,
        status: a.status,
        cadres: a.cadres,
        recruitment: a.recruitment,
        textUrl: a.textUrl,
      };
    });
}
