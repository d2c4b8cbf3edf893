import type { Role } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/client.ts';
import type { Tx } from '../../platform/db/unit-of-work.ts';
import { normalEmail } from './domain/email.ts';
import { findUserByEmail } from './repo.ts';

/** An account found by its e-mail address, with whether it already holds an area role for the area. */
export interface AreaAccount {
  userId: number;
  name: string;
  email: string;
  disabled: boolean;
  holds: boolean;
}

/** The account of an e-mail address, if one exists, and whether it holds `role` for `area`. */
export async function accountForAreaRole(
  db: Queryable,
  email: string,
  role: Role,
  area: string,
): Promise<AreaAccount | null> {
  const user = await findUserByEmail(db, normalEmail(email));
  if (!user) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    disabled: user.disabled,
    holds: user.grants.some((g) => g.role === role && g.area === area),
  };
}

/**
 * Grants an existing account an area role in the caller's transaction (its other roles kept), with its audit record;
 * false when it held the role already.
 */
export async function grantAreaRole(tx: Tx, userId: number, role: Role, area: string): Promise<boolean> {
  const before = await tx.query<{ role: Role; area: string | null }>(
    'SELECT role, area FROM user_grant WHERE user_id = $1 ORDER BY role, area',
    [userId],
  );
  if (before.some((g) => g.role === role && g.area === area)) return false;
  await tx.query('INSERT INTO user_grant (user_id, role, area) VALUES ($1, $2, $3)', [userId, role, area]);
  await tx.audit({
    action: 'user.grants',
    objectType: 'user',
    objectId: String(userId),
    area,
    before: { grants: before },
    after: { grants: [...before, { role, area }] },
  });
  return true;
}

/** Of the e-mail addresses, those with an invitation to `role` for `area` still waiting for an answer. */
export async function pendingInvitationEmails(
  db: Queryable,
  role: Role,
  pairs: ReadonlyArray<{ email: string; area: string }>,
  now: Date,
): Promise<Set<string>> {
  if (pairs.length === 0) return new Set();
  const rows = await db.query<{ email: string; area: string }>(
    `SELECT DISTINCT t.email, t.area FROM one_time_token t
       JOIN unnest($1::text[], $2::text[]) AS p(email, area) ON p.email = t.email AND p.area = t.area
      WHERE t.kind = 'invitation' AND t.role = $3 AND t.used_at IS NULL AND t.revoked_at IS NULL
        AND t.expires_at > $4`,
    [pairs.map((p) => normalEmail(p.email)), pairs.map((p) => p.area), role, now.toISOString()],
  );
  return new Set(rows.map((r) => `${r.email} ${r.area}`));
}
