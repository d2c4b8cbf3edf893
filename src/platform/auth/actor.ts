import type { Lang } from '../i18n/langs.ts';
import type { Permission } from './permissions.ts';

export const ROLES = [
  'admin',
  'secretariat',
  'national_authority',
  'data_manager',
  'data_approver',
  'stakeholder',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles held for one area (an ISO 3166 alpha-3 country code); the others are held for every area. */
export const AREA_ROLES: readonly Role[] = ['national_authority', 'data_manager', 'data_approver'];

/** A role held by a user; `area` is the ISO3 code for an area role, null otherwise. */
export interface Grant {
  role: Role;
  area: string | null;
}

export type Actor =
  | { kind: 'public' }
  | {
      kind: 'user';
      userId: number;
      email: string;
      name: string;
      grants: readonly Grant[];
      via: 'session' | 'token';
      sessionId?: number;
      tokenId?: number;
      /** What a personal API token may do: the actor's grants further narrowed to these permissions. */
      scopes?: readonly Permission[];
      /** The language the user chose for the interface, messages and mail; null when they chose none. */
      lang?: Lang | null;
    }
  /** The local CLI on the embedded database, or a request carrying the server's operator token. */
  | { kind: 'operator'; name: string };

export const PUBLIC: Actor = Object.freeze({ kind: 'public' });

/** How the audit trail and messages name an actor: "Ama Mensah <ama@moh.gov.gh>", "operator root@host", "public". */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'public':
      return 'public';
    case 'operator':
      return `operator ${actor.name}`;
    case 'user':
      return actor.name ? `${actor.name} <${actor.email}>` : actor.email;
  }
}

export function isAreaRole(role: Role): boolean {
  return AREA_ROLES.includes(role);
}
