import { AREA_ROLES, type Grant } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { text } from './messages.ts';
import { areaNames } from './repo.ts';

/** Refuses grants whose area the reference table does not hold, or that are bound wrongly. */
export async function checkGrants(q: Queryable, grants: readonly Grant[], field = 'grants'): Promise<void> {
  const areas = [...new Set(grants.flatMap((g) => (g.area ? [g.area] : [])))];
  const known = await areaNames(q, areas);
  grants.forEach((g, i) => {
    const bound = AREA_ROLES.includes(g.role);
    if (bound !== (g.area !== null)) {
      throw new AppError(
        'invalid_input',
        bound ? text('role_needs_area', { role: g.role }) : text('role_no_area', { role: g.role }),
        { location: { field: `${field}[${i}].area` } },
      );
    }
    if (g.area && !known.has(g.area)) {
      throw new AppError('unknown_area', text('unknown_area', { code: g.area }), {
        location: { field: `${field}[${i}].area` },
        hint: text('area_hint'),
      });
    }
  });
}
