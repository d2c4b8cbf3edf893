import type { Queryable } from '../../platform/db/client.ts';
import { type AuditEvent, type AuditFilter, toBound } from './schemas.ts';

/** The filter of a reader: what they asked for, within the areas they may read (null: every record). */
export interface ScopedFilter extends AuditFilter {
  areas: readonly string[] | null;
}

const COLUMNS = `id::int AS id,
  to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
  actor_kind AS "actorKind", actor_user_id AS "actorUserId", actor_label AS "actorLabel",
  action, object_type AS "objectType", object_id AS "objectId", area, before, after, comment,
  request_id AS "requestId"`;

function where(f: ScopedFilter, params: unknown[]): string {
  const conds: string[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.areas !== null) conds.push(`area = ANY(${p([...f.areas])}::text[])`);
  if (f.user !== undefined) {
    const u = p(f.user.toLowerCase());
    conds.push(`(lower(actor_label) = ${u} OR lower(actor_label) LIKE '%<' || ${u} || '>')`);
  }
  if (f.userId !== undefined) conds.push(`actor_user_id = ${p(f.userId)}`);
  if (f.objectType !== undefined) conds.push(`object_type = ${p(f.objectType)}`);
  if (f.objectId !== undefined) conds.push(`object_id = ${p(f.objectId)}`);
  if (f.action !== undefined) conds.push(`action = ${p(f.action)}`);
  if (f.area !== undefined) conds.push(`area = ${p(f.area)}`);
  if (f.from !== undefined) conds.push(`at >= ${p(toBound(f.from, 'from'))}::timestamptz`);
  if (f.to !== undefined)
    conds.push(
      /^\d{4}-\d{2}-\d{2}$/.test(f.to)
        ? `at < ${p(toBound(f.to, 'to'))}::timestamptz`
        : `at <= ${p(toBound(f.to, 'to'))}::timestamptz`,
    );
  return conds.length ? `WHERE ${conds.join(' AND ')}` : '';
}

/** One page of records, newest first, and how many match in all. */
export async function findAuditEvents(
  db: Queryable,
  filter: ScopedFilter,
  page: { limit: number; offset: number },
): Promise<{ items: AuditEvent[]; total: number }> {
  const params: unknown[] = [];
  const w = where(filter, params);
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event ${w}`, params);
  const items = await db.query<AuditEvent>(
    `SELECT ${COLUMNS} FROM audit_event ${w} ORDER BY at DESC, id DESC
     LIMIT ${Math.trunc(page.limit)} OFFSET ${Math.trunc(page.offset)}`,
    params,
  );
  return { items, total: count?.n ?? 0 };
}

/** Every matching record, newest first, read a chunk at a time. */
export async function* streamAuditEvents(
  db: Queryable,
  filter: ScopedFilter,
  chunk = 1000,
): AsyncGenerator<AuditEvent[]> {
  let last: { at: string; id: number } | null = null;
  for (;;) {
    const params: unknown[] = [];
    let w = where(filter, params);
    if (last) {
      params.push(last.at, last.id);
      const cond = `(at, id) < ($${params.length - 1}::timestamptz, $${params.length})`;
      w = w ? `${w} AND ${cond}` : `WHERE ${cond}`;
    }
    // The exact instant, as text, keys the next chunk: a Date would lose the microseconds.
    const rows = await db.query<AuditEvent & { atKey: string }>(
      `SELECT ${COLUMNS}, at::text AS "atKey" FROM audit_event ${w} ORDER BY at DESC, id DESC LIMIT ${chunk}`,
      params,
    );
    const tail = rows[rows.length - 1];
    if (!tail) return;
    yield rows.map(({ atKey: _, ...e }) => e);
    last = { at: tail.atKey, id: tail.id };
    if (rows.length < chunk) return;
  }
}
