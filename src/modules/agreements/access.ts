import type { Actor } from '../../platform/auth/actor.ts';
import { assertCan, can } from '../../platform/auth/permissions.ts';
import type { StoredAgreement } from './repo.ts';

const areasOf = (a: Pick<StoredAgreement, 'parties'>) => [...new Set(a.parties.map((p) => p.area))];

/**
 * Whether the actor manages an agreement between these areas: the secretariat any; a national authority those its
 * country is party to.
 */
export function canManage(actor: Actor, areas: readonly string[]): boolean {
  return areas.some((area) => can(actor, 'agreements.manage', { area }));
}

/**
 * Refuses the actor an agreement between these areas unless one of them is an area it manages agreements of; the
 * refusal names the parties' countries in order. A change is checked on the parties before and after it.
 */
export function assertManage(actor: Actor, areas: readonly string[]): void {
  if (canManage(actor, areas)) return;
  const [first] = [...new Set(areas)].sort();
  assertCan(actor, 'agreements.manage', first === undefined ? {} : { area: first });
}

/** Whether the actor reads the agreement: everyone once it is published, before that those who manage it. */
export function canRead(actor: Actor, a: Pick<StoredAgreement, 'parties' | 'published'>): boolean {
  return a.published || canManage(actor, areasOf(a));
}

export function partyAreas(a: Pick<StoredAgreement, 'parties'>): string[] {
  return areasOf(a);
}
