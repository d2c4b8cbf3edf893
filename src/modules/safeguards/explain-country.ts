import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { checkCodes } from '../observations/index.ts';
import { recompute, ruleOf, withOfficialNote } from './assess.ts';
import { text } from './messages.ts';
import type { SslExplanation, SslRecomputeQuery } from './schemas.ts';

/** One country's assessment under an edition: both values, their years and sources, and the verdict. */
export async function explainSafeguards(
  { db }: Ctx,
  { edition, iso3, query: q }: { edition: number; iso3: string; query: SslRecomputeQuery },
): Promise<SslExplanation> {
  const code = iso3.toUpperCase();
  await checkCodes(db, { area: [code], source: [...(q.sciSource ?? []), ...(q.densitySource ?? [])] });
  const r = await recompute(db, edition, q, code);
  const found = r.assessments.find((a) => a.area === code);
  if (!found) {
    const area = r.areas.get(code);
    throw new AppError(
      'not_found',
      area ? text('not_member_state', { code }) : text('unknown_country', { code: iso3 }),
      {
        errors: [{ field: 'iso3', message: text('not_member_state_field') }],
      },
    );
  }
  const globalMedianDensity = (await recompute(db, edition, q)).median;
  return {
    ...withOfficialNote(found, r.official),
    choices: r.choices,
    rule: ruleOf(r.edition),
    globalMedianDensity,
  };
}
