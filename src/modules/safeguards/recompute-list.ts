import type { Ctx } from '../../platform/context.ts';
import { checkCodes } from '../observations/index.ts';
import { recompute, ruleOf } from './assess.ts';
import { diffSsl } from './domain/safeguards.ts';
import type { SslRecomputed, SslRecomputeQuery } from './schemas.ts';

/** The list recomputed from the data loaded, with the data vintages chosen, and how it differs from WHO's. */
export async function recomputeSafeguardsList(
  { db }: Ctx,
  { edition, query: q }: { edition: number; query: SslRecomputeQuery },
): Promise<SslRecomputed> {
  await checkCodes(db, { source: [...(q.sciSource ?? []), ...(q.densitySource ?? [])] });
  const r = await recompute(db, edition, q);
  const differences = r.official
    ? diffSsl(r.official, r.assessments).map((d) => ({ ...d, areaName: r.areas.get(d.area)?.name ?? d.area }))
    : [];
  const count = (s: string) => r.assessments.filter((a) => a.status === s).length;
  return {
    edition,
    title: r.edition.title,
    rule: ruleOf(r.edition),
    choices: r.choices,
    globalMedianDensity: r.median,
    counts: {
      on: count('on'),
      off: count('off'),
      notAssessable: count('not-assessable'),
      official: r.official?.size ?? 0,
    },
    listed: r.assessments.filter((a) => a.status === 'on').map((a) => a.area),
    differences,
    items: r.assessments,
  };
}
