import type { Queryable } from '../../platform/db/client.ts';
import { listStoredUnits } from './repo.ts';
import type { ProfileApprovals } from './schemas.ts';

/** The approved data of a country, for its public profile: which year and dataset, approved in which role, when. */
export async function profileApprovals(db: Queryable, area: string): Promise<ProfileApprovals> {
  const units = await listStoredUnits(db, { area: area.toUpperCase(), state: 'approved' });
  return units.map((u) => ({
    year: u.year,
    source: u.source || null,
    role: u.approvedByRole ?? 'operator',
    at: (u.approvedAt ?? u.changedAt).toISOString(),
  }));
}
