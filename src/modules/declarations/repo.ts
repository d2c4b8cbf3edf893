import type { Queryable } from '../../platform/db/client.ts';
import type { FlagReason, ReviewState } from './domain/declarations.ts';

export type StoredDeclaration = {
  id: number;
  organisation_id: number;
  organisation_name: string;
  destination: string;
  month: string;
  origin: string;
  origin_name: string;
  occupation: string;
  placed: number;
  agreement_id: number | null;
  origin_status: 'red' | 'amber' | 'green';
  flag: FlagReason | null;
  review: ReviewState;
  review_note: string | null;
  reviewed_at: Date | string | null;
  declared_at: Date | string;
  batch_id: number | null;
};

const SELECT = `SELECT d.id, d.organisation_id, o.name AS organisation_name, d.destination,
    to_char(d.month, 'YYYY-MM') AS month, d.origin, a.name AS origin_name, d.occupation, d.placed, d.agreement_id,
    d.origin_status, d.flag, d.review, d.review_note, d.reviewed_at, d.declared_at, d.batch_id
  FROM recruitment_declaration d
  JOIN recruiter_organisation o ON o.id = d.organisation_id
  JOIN area a ON a.code = d.origin`;
const ORDER = 'ORDER BY d.month DESC, d.origin, d.occupation, d.id';

export async function declarationsOf(q: Queryable, organisationId: number): Promise<StoredDeclaration[]> {
  return q.query<StoredDeclaration>(`${SELECT} WHERE d.organisation_id = $1 ${ORDER}`, [organisationId]);
}

export async function declarationsFor(
  q: Queryable,
  destination: string,
  review: ReviewState | null,
): Promise<StoredDeclaration[]> {
  return q.query<StoredDeclaration>(
    `${SELECT} WHERE d.destination = $1 AND ($2::text IS NULL OR d.review = $2) ${ORDER}`,
    [destination, review],
  );
}

export async function findDeclaration(
  q: Queryable,
  id: number,
  opts: { lock?: boolean } = {},
): Promise<StoredDeclaration | null> {
  if (opts.lock) await q.query('SELECT 1 FROM recruitment_declaration WHERE id = $1 FOR UPDATE', [id]);
  const [row] = await q.query<StoredDeclaration>(`${SELECT} WHERE d.id = $1`, [id]);
  return row ?? null;
}

export interface NewDeclaration {
  organisationId: number;
  destination: string;
  month: string;
  origin: string;
  occupation: string;
  placed: number;
  agreement: number | null;
  originStatus: 'red' | 'amber' | 'green';
  flag: FlagReason | null;
  declaredAt: Date;
  declaredBy: string;
}

/** Stores a line, replacing the one declared before for the same key; returns its id and the count it replaced. */
export async function upsertDeclaration(
  q: Queryable,
  d: NewDeclaration,
): Promise<{ id: number; before: number | null }> {
  const [old] = await q.query<{ id: number; placed: number }>(
    `SELECT id, placed FROM recruitment_declaration
     WHERE organisation_id = $1 AND month = $2::date AND origin = $3 AND occupation = $4
       AND coalesce(agreement_id, 0) = coalesce($5::integer, 0)
     FOR UPDATE`,
    [d.organisationId, `${d.month}-01`, d.origin, d.occupation, d.agreement],
  );
  const review = d.flag === null ? 'not_needed' : 'pending';
  if (old) {
    await q.query(
      `UPDATE recruitment_declaration SET placed = $2, origin_status = $3, flag = $4, review = $5,
         review_note = NULL, reviewed_at = NULL, reviewed_by = NULL, declared_at = $6, declared_by = $7
       WHERE id = $1`,
      [old.id, d.placed, d.originStatus, d.flag, review, d.declaredAt.toISOString(), d.declaredBy],
    );
    return { id: old.id, before: old.placed };
  }
  const [row] = await q.query<{ id: number }>(
    `INSERT INTO recruitment_declaration (organisation_id, destination, month, origin, occupation, placed,
       agreement_id, origin_status, flag, review, declared_at, declared_by)
     VALUES ($1, $2, $3::date, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      d.organisationId,
      d.destination,
      `${d.month}-01`,
      d.origin,
      d.occupation,
      d.placed,
      d.agreement,
      d.originStatus,
      d.flag,
      review,
      d.declaredAt.toISOString(),
      d.declaredBy,
    ],
  );
  if (!row) throw new Error('recruitment_declaration: INSERT returned no row');
  return { id: row.id, before: null };
}

/** Every organisation's placements of the destination in the years given: what the yearly inflows sum. */
export async function placementsIn(
  q: Queryable,
  destination: string,
  years: readonly number[],
): Promise<Array<{ month: string; origin: string; occupation: string; placed: number }>> {
  return q.query(
    `SELECT to_char(month, 'YYYY-MM') AS month, origin, occupation, placed FROM recruitment_declaration
     WHERE destination = $1 AND extract(year FROM month)::int = ANY($2::int[])`,
    [destination, [...years]],
  );
}

export async function setBatch(q: Queryable, ids: readonly number[], batch: number): Promise<void> {
  await q.query('UPDATE recruitment_declaration SET batch_id = $2 WHERE id = ANY($1::int[])', [
    [...ids],
    batch,
  ]);
}

export async function setReview(
  q: Queryable,
  id: number,
  r: { review: ReviewState; note: string; at: Date; by: string },
): Promise<void> {
  await q.query(
    'UPDATE recruitment_declaration SET review = $2, review_note = $3, reviewed_at = $4, reviewed_by = $5 WHERE id = $1',
    [id, r.review, r.note, r.at.toISOString(), r.by],
  );
}

/** Of the ids given, those of agreements published in the registry. */
export async function publishedAgreements(q: Queryable, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await q.query<{ id: number }>(
    'SELECT id FROM agreement WHERE published AND id = ANY($1::int[])',
    [[...new Set(ids)]],
  );
  return new Set(rows.map((r) => r.id));
}

export async function knownCountries(q: Queryable, codes: readonly string[]): Promise<Set<string>> {
  const rows = await q.query<{ code: string }>(
    "SELECT code FROM area WHERE kind = 'country' AND code = ANY($1::text[])",
    [[...new Set(codes)]],
  );
  return new Set(rows.map((r) => r.code));
}
