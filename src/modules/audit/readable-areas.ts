import type { Actor } from '../../platform/auth/actor.ts';
import { assertCan, can } from '../../platform/auth/permissions.ts';

/**
 * The areas whose records an actor may read: null for every record (operators, the secretariat, administrators),
 * else the areas of their grants that hold `audit.read` (a national authority's own area). Refuses an actor that
 * may read none.
 */
export function readableAreas(actor: Actor): readonly string[] | null {
  assertCan(actor, 'audit.read');
  if (actor.kind !== 'user') return null;
  const areas = new Set<string>();
  for (const grant of actor.grants) {
    const one: Actor = { ...actor, grants: [grant] };
    if (grant.area === null) {
      if (can(one, 'audit.read')) return null;
    } else if (can(one, 'audit.read', { area: grant.area })) areas.add(grant.area);
  }
  return [...areas];
}

/** The scope of a filter: refused when it names an area the actor may not read. */
export function scopeFor(actor: Actor, area: string | undefined): readonly string[] | null {
  const areas = readableAreas(actor);
  if (area !== undefined && areas !== null && !areas.includes(area)) assertCan(actor, 'audit.read', { area });
  return areas;
}
