import type { Ctx } from '../../platform/context.ts';
import { countryNameIn } from '../reference/index.ts';
import { listPeriodOn, recruitmentVerdict } from './domain/status.ts';
import type { Overview, OverviewQuery } from './schemas.ts';
import {
  agreementsOf,
  configOf,
  configRef,
  membershipOf,
  parentOf,
  requireCountry,
  requireOccupation,
  today,
} from './status-inputs.ts';

/** The status of every country of origin for a destination, an occupation and a date, with the counts by status. */
export async function listRecruitmentStatuses(
  ctx: Ctx,
  { iso3, query: q }: { iso3: string; query: OverviewQuery },
): Promise<Overview> {
  const occupation = requireOccupation(q.occupation, ctx.lang);
  const destination = await requireCountry(ctx, iso3, 'iso3');
  const on = q.date ?? today(ctx);
  const { config, stored } = await configOf(ctx, destination);
  const membership = await membershipOf(ctx, config);
  const agreements = await agreementsOf(ctx, destination.code);
  const countries = await ctx.db.query<{ code: string; name: string }>(
    "SELECT code, name FROM area WHERE kind = 'country' AND code <> $1 ORDER BY code",
    [destination.code],
  );
  const origins = countries.map((c) => {
    const v = recruitmentVerdict({
      config,
      membership,
      agreements,
      origin: c.code,
      occupation: occupation.code,
      parentOf,
      on,
      activity: { kind: 'active' },
    });
    return {
      code: c.code,
      name: countryNameIn(c.code, ctx.lang) ?? c.name,
      status: v.status,
      onList: v.list?.onList ?? false,
      override: v.override !== null,
      agreements: v.agreements.map((a) => ({ id: a.id, title: a.title, governs: a.governs })),
    };
  });
  const period = listPeriodOn(config, on);
  const count = (s: string) => origins.filter((o) => o.status === s).length;
  return {
    destination,
    occupation,
    date: on,
    configuration: configRef(config, stored),
    list:
      period === null
        ? null
        : { edition: period.edition, membership: membership.get(period.edition)?.membership ?? 'recomputed' },
    counts: { red: count('red'), amber: count('amber'), green: count('green') },
    origins,
  };
}
