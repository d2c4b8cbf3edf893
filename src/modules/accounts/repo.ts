import type { Grant, Role } from '../../platform/auth/actor.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { isLang, type Lang } from '../../platform/i18n/langs.ts';

const iso = (d: unknown): string => (d instanceof Date ? d : new Date(String(d))).toISOString();
const isoOrNull = (d: unknown): string | null => (d === null || d === undefined ? null : iso(d));

// --- Users -------------------------------------------------------------------------------------------------------

export interface UserRow {
  id: number;
  email: string;
  name: string;
  disabled: boolean;
  createdAt: string;
  passwordHash: string | null;
  grants: Grant[];
  /** The language the user chose; null when none. */
  lang: Lang | null;
}

interface RawUser {
  id: number;
  email: string;
  name: string;
  disabled: boolean;
  created_at: unknown;
  password_hash: string | null;
  lang: string | null;
  grants: Array<{ role: Role; area: string | null }> | string | null;
}

const USER_COLUMNS = `u.id, u.email, u.name, u.disabled, u.created_at, u.password_hash, u.lang,
  coalesce((SELECT json_agg(json_build_object('role', g.role, 'area', g.area) ORDER BY g.role, g.area)
            FROM user_grant g WHERE g.user_id = u.id), '[]'::json) AS grants`;

function toUser(r: RawUser): UserRow {
  const grants = typeof r.grants === 'string' ? (JSON.parse(r.grants) as Grant[]) : (r.grants ?? []);
  return {
    id: Number(r.id),
    email: r.email,
    name: r.name,
    disabled: r.disabled,
    createdAt: iso(r.created_at),
    passwordHash: r.password_hash,
    grants: grants.map((g) => ({ role: g.role, area: g.area })),
    lang: isLang(r.lang) ? r.lang : null,
  };
}

export async function countEnabledAdmins(q: Queryable): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `SELECT count(DISTINCT u.id)::int AS n FROM app_user u JOIN user_grant g ON g.user_id = u.id
     WHERE g.role = 'admin' AND NOT u.disabled`,
  );
  return Number(row?.n ?? 0);
}

export async function findUserByEmail(q: Queryable, email: string): Promise<UserRow | null> {
  const rows = await q.query<RawUser & Record<string, unknown>>(
    `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.email = $1`,
    [email],
  );
  return rows[0] ? toUser(rows[0]) : null;
}

export async function findUserById(
  q: Queryable,
  id: number,
  opts: { lock?: boolean } = {},
): Promise<UserRow | null> {
  const rows = await q.query<RawUser & Record<string, unknown>>(
    `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = $1${opts.lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? toUser(rows[0]) : null;
}

export async function listUsers(q: Queryable): Promise<UserRow[]> {
  const rows = await q.query<RawUser & Record<string, unknown>>(
    `SELECT ${USER_COLUMNS} FROM app_user u ORDER BY u.email`,
  );
  return rows.map(toUser);
}

export async function insertUser(
  q: Queryable,
  u: { email: string; name: string; passwordHash: string; at: Date },
): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    'INSERT INTO app_user (email, name, password_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
    [u.email, u.name, u.passwordHash, u.at.toISOString()],
  );
  return Number(row?.id);
}

export async function updateUser(
  q: Queryable,
  id: number,
  u: { name?: string; disabled?: boolean; lang?: Lang | null },
): Promise<void> {
  await q.query(
    `UPDATE app_user SET name = coalesce($2, name), disabled = coalesce($3, disabled),
       lang = CASE WHEN $4::boolean THEN $5::text ELSE lang END WHERE id = $1`,
    [id, u.name ?? null, u.disabled ?? null, u.lang !== undefined, u.lang ?? null],
  );
}

export async function setPasswordHash(q: Queryable, id: number, hash: string): Promise<void> {
  await q.query('UPDATE app_user SET password_hash = $2 WHERE id = $1', [id, hash]);
}

export async function replaceGrants(q: Queryable, userId: number, grants: readonly Grant[]): Promise<void> {
  await q.query('DELETE FROM user_grant WHERE user_id = $1', [userId]);
  for (const g of grants) {
    await q.query('INSERT INTO user_grant (user_id, role, area) VALUES ($1, $2, $3)', [
      userId,
      g.role,
      g.area,
    ]);
  }
}

/** The names of the areas among `codes` that the reference table holds (countries and subnational units). */
export async function areaNames(q: Queryable, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await q.query<{ code: string; name: string }>(
    'SELECT code, name FROM area WHERE code = ANY($1::text[])',
    [codes],
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}

// --- One-time tokens ---------------------------------------------------------------------------------------------

export type OneTimeKind = 'setup' | 'invitation' | 'password_reset';

export interface OneTimeTokenRow {
  id: number;
  kind: OneTimeKind;
  email: string | null;
  role: Role | null;
  area: string | null;
  userId: number | null;
  createdBy: number | null;
  createdByLabel: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  revokedAt: string | null;
}

interface RawOneTime {
  id: number;
  kind: OneTimeKind;
  email: string | null;
  role: Role | null;
  area: string | null;
  user_id: number | null;
  created_by: number | null;
  created_by_label: string;
  created_at: unknown;
  expires_at: unknown;
  used_at: unknown;
  revoked_at: unknown;
}

const toOneTime = (r: RawOneTime): OneTimeTokenRow => ({
  id: Number(r.id),
  kind: r.kind,
  email: r.email,
  role: r.role,
  area: r.area,
  userId: r.user_id === null ? null : Number(r.user_id),
  createdBy: r.created_by === null ? null : Number(r.created_by),
  createdByLabel: r.created_by_label,
  createdAt: iso(r.created_at),
  expiresAt: iso(r.expires_at),
  usedAt: isoOrNull(r.used_at),
  revokedAt: isoOrNull(r.revoked_at),
});

export async function insertOneTimeToken(
  q: Queryable,
  t: {
    kind: OneTimeKind;
    tokenHash: string;
    email?: string | null;
    role?: Role | null;
    area?: string | null;
    userId?: number | null;
    createdBy: number | null;
    createdByLabel: string;
    at: Date;
    expiresAt: Date;
  },
): Promise<OneTimeTokenRow> {
  const [row] = await q.query<RawOneTime & Record<string, unknown>>(
    `INSERT INTO one_time_token (kind, token_hash, email, role, area, user_id, created_by, created_by_label,
       created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, (SELECT id FROM app_user WHERE id = $7), $8, $9, $10) RETURNING *`,
    [
      t.kind,
      t.tokenHash,
      t.email ?? null,
      t.role ?? null,
      t.area ?? null,
      t.userId ?? null,
      t.createdBy,
      t.createdByLabel,
      t.at.toISOString(),
      t.expiresAt.toISOString(),
    ],
  );
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return toOneTime(row);
}

export async function findOneTimeToken(
  q: Queryable,
  tokenHash: string,
  opts: { lock?: boolean } = {},
): Promise<OneTimeTokenRow | null> {
  const rows = await q.query<RawOneTime & Record<string, unknown>>(
    `SELECT * FROM one_time_token WHERE token_hash = $1${opts.lock ? ' FOR UPDATE' : ''}`,
    [tokenHash],
  );
  return rows[0] ? toOneTime(rows[0]) : null;
}

export async function findOneTimeTokenById(q: Queryable, id: number): Promise<OneTimeTokenRow | null> {
  const rows = await q.query<RawOneTime & Record<string, unknown>>(
    'SELECT * FROM one_time_token WHERE id = $1',
    [id],
  );
  return rows[0] ? toOneTime(rows[0]) : null;
}

export async function markOneTimeTokenUsed(q: Queryable, id: number, at: Date): Promise<void> {
  await q.query('UPDATE one_time_token SET used_at = $2 WHERE id = $1', [id, at.toISOString()]);
}

/** Withdraws the live tokens of a kind (for a user, or one by id); returns how many. */
export async function revokeOneTimeTokens(
  q: Queryable,
  at: Date,
  where: { kind: OneTimeKind; userId?: number; id?: number },
): Promise<number> {
  const rows = await q.query(
    `UPDATE one_time_token SET revoked_at = $1
     WHERE kind = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $1
       AND ($3::int IS NULL OR user_id = $3) AND ($4::int IS NULL OR id = $4)
     RETURNING id`,
    [at.toISOString(), where.kind, where.userId ?? null, where.id ?? null],
  );
  return rows.length;
}

export async function listInvitations(q: Queryable): Promise<OneTimeTokenRow[]> {
  const rows = await q.query<RawOneTime & Record<string, unknown>>(
    "SELECT * FROM one_time_token WHERE kind = 'invitation' ORDER BY created_at DESC, id DESC LIMIT 500",
  );
  return rows.map(toOneTime);
}

/** When the latest password-reset token of a user was made, if any. */
export async function latestResetAt(q: Queryable, userId: number): Promise<Date | null> {
  const [row] = await q.query<{ at: unknown }>(
    "SELECT max(created_at) AS at FROM one_time_token WHERE kind = 'password_reset' AND user_id = $1",
    [userId],
  );
  return row?.at ? new Date(iso(row.at)) : null;
}

// --- Sessions ----------------------------------------------------------------------------------------------------

export interface SessionRow {
  id: number;
  userId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  idleSeconds: number;
  expiresAt: string;
  revokedAt: string | null;
  userAgent: string | null;
  address: string | null;
}

interface RawSession {
  id: number;
  user_id: number;
  csrf_token: string;
  created_at: unknown;
  last_seen_at: unknown;
  idle_seconds: number;
  expires_at: unknown;
  revoked_at: unknown;
  user_agent: string | null;
  address: string | null;
}

const toSession = (r: RawSession): SessionRow => ({
  id: Number(r.id),
  userId: Number(r.user_id),
  csrfToken: r.csrf_token,
  createdAt: iso(r.created_at),
  lastSeenAt: iso(r.last_seen_at),
  idleSeconds: Number(r.idle_seconds),
  expiresAt: iso(r.expires_at),
  revokedAt: isoOrNull(r.revoked_at),
  userAgent: r.user_agent,
  address: r.address,
});

export async function insertSession(
  q: Queryable,
  s: {
    idHash: string;
    userId: number;
    csrfToken: string;
    at: Date;
    idleSeconds: number;
    expiresAt: Date;
    userAgent: string | null;
    address: string | null;
  },
): Promise<SessionRow> {
  const [row] = await q.query<RawSession & Record<string, unknown>>(
    `INSERT INTO user_session (id_hash, user_id, csrf_token, created_at, last_seen_at, idle_seconds, expires_at,
       user_agent, address)
     VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8) RETURNING *`,
    [
      s.idHash,
      s.userId,
      s.csrfToken,
      s.at.toISOString(),
      s.idleSeconds,
      s.expiresAt.toISOString(),
      s.userAgent,
      s.address,
    ],
  );
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return toSession(row);
}

/** A session that is neither revoked nor past its absolute or idle end, with its enabled user. */
export async function findLiveSession(
  q: Queryable,
  idHash: string,
  now: Date,
): Promise<{ session: SessionRow; user: UserRow } | null> {
  const rows = await q.query<RawSession & Record<string, unknown>>(
    `SELECT s.* FROM user_session s JOIN app_user u ON u.id = s.user_id
     WHERE s.id_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2
       AND s.last_seen_at + make_interval(secs => s.idle_seconds) > $2 AND NOT u.disabled`,
    [idHash, now.toISOString()],
  );
  if (!rows[0]) return null;
  const session = toSession(rows[0]);
  const user = await findUserById(q, session.userId);
  return user ? { session, user } : null;
}

export async function sessionIdByHash(q: Queryable, idHash: string): Promise<number | null> {
  const [row] = await q.query<{ id: number }>('SELECT id FROM user_session WHERE id_hash = $1', [idHash]);
  return row ? Number(row.id) : null;
}

export async function findSessionById(q: Queryable, id: number): Promise<SessionRow | null> {
  const rows = await q.query<RawSession & Record<string, unknown>>(
    'SELECT * FROM user_session WHERE id = $1',
    [id],
  );
  return rows[0] ? toSession(rows[0]) : null;
}

/** Moves the idle end of a session on, at most once a minute. */
export async function touchSession(q: Queryable, id: number, now: Date): Promise<void> {
  await q.query(
    `UPDATE user_session SET last_seen_at = $2 WHERE id = $1 AND last_seen_at < $2::timestamptz - interval '1 minute'`,
    [id, now.toISOString()],
  );
}

/** Ends live sessions: one by id, or all of a user's but `exceptId`; returns their ids. */
export async function revokeSessions(
  q: Queryable,
  at: Date,
  where: { id?: number; userId?: number; exceptId?: number },
): Promise<number[]> {
  const rows = await q.query<{ id: number }>(
    `UPDATE user_session SET revoked_at = $1
     WHERE revoked_at IS NULL AND expires_at > $1
       AND ($2::int IS NULL OR id = $2) AND ($3::int IS NULL OR user_id = $3) AND ($4::int IS NULL OR id <> $4)
     RETURNING id`,
    [at.toISOString(), where.id ?? null, where.userId ?? null, where.exceptId ?? null],
  );
  return rows.map((r) => Number(r.id));
}

export async function listLiveSessions(q: Queryable, userId: number, now: Date): Promise<SessionRow[]> {
  const rows = await q.query<RawSession & Record<string, unknown>>(
    `SELECT * FROM user_session
     WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2
       AND last_seen_at + make_interval(secs => idle_seconds) > $2
     ORDER BY last_seen_at DESC`,
    [userId, now.toISOString()],
  );
  return rows.map(toSession);
}

// --- Personal API tokens -----------------------------------------------------------------------------------------

export interface ApiTokenRow {
  id: number;
  userId: number;
  name: string;
  prefix: string;
  scopes: Permission[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface RawApiToken {
  id: number;
  user_id: number;
  name: string;
  prefix: string;
  scopes: string[] | string;
  created_at: unknown;
  expires_at: unknown;
  last_used_at: unknown;
  revoked_at: unknown;
}

function pgArray(v: string[] | string): string[] {
  if (Array.isArray(v)) return v;
  const inner = v.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',').map((s) => s.replace(/^"|"$/g, ''));
}

const toApiToken = (r: RawApiToken): ApiTokenRow => ({
  id: Number(r.id),
  userId: Number(r.user_id),
  name: r.name,
  prefix: r.prefix,
  scopes: pgArray(r.scopes) as Permission[],
  createdAt: iso(r.created_at),
  expiresAt: isoOrNull(r.expires_at),
  lastUsedAt: isoOrNull(r.last_used_at),
  revokedAt: isoOrNull(r.revoked_at),
});

export async function insertApiToken(
  q: Queryable,
  t: {
    userId: number;
    name: string;
    tokenHash: string;
    prefix: string;
    scopes: readonly Permission[];
    at: Date;
    expiresAt: Date | null;
  },
): Promise<ApiTokenRow> {
  const [row] = await q.query<RawApiToken & Record<string, unknown>>(
    `INSERT INTO api_token (user_id, name, token_hash, prefix, scopes, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7) RETURNING *`,
    [
      t.userId,
      t.name,
      t.tokenHash,
      t.prefix,
      t.scopes,
      t.at.toISOString(),
      t.expiresAt?.toISOString() ?? null,
    ],
  );
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return toApiToken(row);
}

export async function listApiTokens(q: Queryable, userId: number): Promise<ApiTokenRow[]> {
  const rows = await q.query<RawApiToken & Record<string, unknown>>(
    'SELECT * FROM api_token WHERE user_id = $1 ORDER BY created_at DESC, id DESC',
    [userId],
  );
  return rows.map(toApiToken);
}

export async function findApiTokenById(q: Queryable, id: number): Promise<ApiTokenRow | null> {
  const rows = await q.query<RawApiToken & Record<string, unknown>>('SELECT * FROM api_token WHERE id = $1', [
    id,
  ]);
  return rows[0] ? toApiToken(rows[0]) : null;
}

/** A token neither revoked nor expired, with its enabled user. */
export async function findLiveApiToken(
  q: Queryable,
  tokenHash: string,
  now: Date,
): Promise<{ token: ApiTokenRow; user: UserRow } | null> {
  const rows = await q.query<RawApiToken & Record<string, unknown>>(
    `SELECT t.* FROM api_token t JOIN app_user u ON u.id = t.user_id
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)
       AND NOT u.disabled`,
    [tokenHash, now.toISOString()],
  );
  if (!rows[0]) return null;
  const token = toApiToken(rows[0]);
  const user = await findUserById(q, token.userId);
  return user ? { token, user } : null;
}

export async function revokeApiToken(q: Queryable, id: number, at: Date): Promise<void> {
  await q.query('UPDATE api_token SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [
    id,
    at.toISOString(),
  ]);
}

/** Records the use of a token, at most once a minute. */
export async function touchApiToken(q: Queryable, id: number, now: Date): Promise<void> {
  await q.query(
    `UPDATE api_token SET last_used_at = $2
     WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
    [id, now.toISOString()],
  );
}

// --- Sign-in attempts --------------------------------------------------------------------------------------------

export async function recordLoginAttempt(
  q: Queryable,
  a: { at: Date; email: string; address: string; success: boolean },
): Promise<void> {
  await q.query('INSERT INTO login_attempt (at, email, address, success) VALUES ($1, $2, $3, $4)', [
    a.at.toISOString(),
    a.email,
    a.address,
    a.success,
  ]);
}

/**
 * The failed attempts since `since`: for the account, those after its latest successful sign-in; for the address,
 * all of them.
 */
export async function recentFailures(
  q: Queryable,
  email: string,
  address: string,
  since: Date,
): Promise<{ account: Date[]; address: Date[] }> {
  const rows = await q.query<{ at: unknown; by: 'account' | 'address' }>(
    `SELECT at, 'account' AS by FROM login_attempt
     WHERE email = $1 AND NOT success AND at > $3
       AND at > coalesce((SELECT max(at) FROM login_attempt WHERE email = $1 AND success), '-infinity')
     UNION ALL
     SELECT at, 'address' AS by FROM login_attempt WHERE address = $2 AND NOT success AND at > $3`,
    [email, address, since.toISOString()],
  );
  const out = { account: [] as Date[], address: [] as Date[] };
  for (const r of rows) out[r.by].push(new Date(iso(r.at)));
  return out;
}

/** Forgets the old attempts of an account and of an address. */
export async function pruneLoginAttempts(
  q: Queryable,
  p: { email: string; address: string; before: Date },
): Promise<void> {
  await q.query('DELETE FROM login_attempt WHERE (email = $1 OR address = $2) AND at < $3', [
    p.email,
    p.address,
    p.before.toISOString(),
  ]);
}

// --- Outbox ------------------------------------------------------------------------------------------------------

export interface OutboxRow {
  id: number;
  createdAt: string;
  kind: 'invitation' | 'password_reset' | 'notice';
  to: string;
  subject: string;
  text: string;
}

export async function insertOutbox(
  q: Queryable,
  m: { at: Date; kind: OutboxRow['kind']; to: string; subject: string; text: string },
): Promise<number> {
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO email_outbox (created_at, kind, to_address, subject, body_text) VALUES ($1, $2, $3, $4, $5)
     RETURNING id`,
    [m.at.toISOString(), m.kind, m.to, m.subject, m.text],
  );
  return Number(row?.id);
}

export async function listOutbox(q: Queryable, limit = 200): Promise<OutboxRow[]> {
  const rows = await q.query<{
    id: number;
    created_at: unknown;
    kind: OutboxRow['kind'];
    to_address: string;
    subject: string;
    body_text: string;
  }>('SELECT * FROM email_outbox ORDER BY created_at DESC, id DESC LIMIT $1', [limit]);
  return rows.map((r) => ({
    id: Number(r.id),
    createdAt: iso(r.created_at),
    kind: r.kind,
    to: r.to_address,
    subject: r.subject,
    text: r.body_text,
  }));
}

/** The self-registrations from an address since `since`. */
export async function recentRegistrations(q: Queryable, address: string, since: Date): Promise<Date[]> {
  const rows = await q.query<{ at: unknown }>(
    'SELECT at FROM registration_attempt WHERE address = $1 AND at > $2',
    [address, since.toISOString()],
  );
  return rows.map((r) => new Date(iso(r.at)));
}

export async function recordRegistration(q: Queryable, at: Date, address: string): Promise<void> {
  await q.query('DELETE FROM registration_attempt WHERE address = $1 AND at < $2', [
    address,
    new Date(at.getTime() - 24 * 3_600_000).toISOString(),
  ]);
  await q.query('INSERT INTO registration_attempt (at, address) VALUES ($1, $2)', [
    at.toISOString(),
    address,
  ]);
}
