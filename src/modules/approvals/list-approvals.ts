import type { Ctx } from '../../platform/context.ts';
import { countryYearsWithData, listStoredUnits } from './repo.ts';
import type { ApprovalList, ApprovalListQuery } from './schemas.ts';
import { presentUnit, unsubmittedUnit } from './units.ts';

/**
 * The approval units, newest year first per country: every unit that was ever submitted (all datasets or one),
 * and, for each country and year holding data, the unit of all its datasets even when never submitted.
 */
export async function listApprovals(ctx: Ctx, query: ApprovalListQuery): Promise<ApprovalList> {
  const where = { area: query.area, year: query.year };
  const stored = await listStoredUnits(ctx.db, where);
  const units = stored.map((u) => presentUnit(u, ctx.actor));
  if (query.state === undefined || query.state === 'not_submitted') {
    const whole = new Set(stored.filter((u) => u.source === '').map((u) => `${u.area}/${u.year}`));
    for (const d of await countryYearsWithData(ctx.db, where))
      if (!whole.has(`${d.area}/${d.year}`)) units.push(unsubmittedUnit(d, ctx.actor));
  }
  units.sort(
    (a, b) =>
      a.area.localeCompare(b.area) || b.year - a.year || (a.source ?? '').localeCompare(b.source ?? ''),
  );
  return { units: query.state === undefined ? units : units.filter((u) => u.state === query.state) };
}
