import type { Queryable } from '../../platform/db/client.ts';
import type { ApprovalState } from './domain/state-machine.ts';

/** An approval unit as stored; `source` is '' for all the datasets of the area and year. */
export interface StoredUnit {
  area: string;
  areaName: string;
  year: number;
  source: string;
  state: ApprovalState;
  changedAt: Date;
  changedByName: string;
  changedByRole: string;
  comment: string | null;
  submittedAt: Date | null;
  submittedByName: string | null;
  submittedByRole: string | null;
  approvedAt: Date | null;
  approvedByName: string | null;
  approvedByRole: string | null;
}

export interface CountedUnit extends StoredUnit {
  observations: number;
  changesSince: number;
}

export interface UnitKey {
  area: string;
  year: number;
  source: string;
}

export interface UnitFilter {
  area?: string | undefined;
  year?: number | undefined;
  state?: ApprovalState | undefined;
}

type UnitRow = {
  area: string;
  area_name: string;
  year: number;
  source: string;
  state: ApprovalState;
  changed_at: Date | string;
  changed_by_name: string;
  changed_by_role: string;
  comment: string | null;
  submitted_at: Date | string | null;
  submitted_by_name: string | null;
  submitted_by_role: string | null;
  approved_at: Date | string | null;
  approved_by_name: string | null;
  approved_by_role: string | null;
};

const UNIT_COLUMNS = `u.area, a.name AS area_name, u.year, u.source, u.state, u.changed_at, u.changed_by_name,
  u.changed_by_role, u.comment, u.submitted_at, u.submitted_by_name, u.submitted_by_role, u.approved_at, u.approved_by_name,
  u.approved_by_role`;

const date = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

function toUnit(r: UnitRow): StoredUnit {
  return {
    area: r.area,
    areaName: r.area_name,
    year: Number(r.year),
    source: r.source,
    state: r.state,
    changedAt: new Date(r.changed_at),
    changedByName: r.changed_by_name,
    changedByRole: r.changed_by_role,
    comment: r.comment,
    submittedAt: date(r.submitted_at),
    submittedByName: r.submitted_by_name,
    submittedByRole: r.submitted_by_role,
    approvedAt: date(r.approved_at),
    approvedByName: r.approved_by_name,
    approvedByRole: r.approved_by_role,
  };
}

/** The current values of a unit: every dataset when its source is ''. */
const IN_UNIT = `o.superseded_by IS NULL AND o.area = u.area AND o.year = u.year
  AND (u.source = '' OR o.source = u.source)`;

/** Stored units with their current values and how many of them were stored after the last submission or approval. */
export async function listStoredUnits(db: Queryable, filter: UnitFilter): Promise<CountedUnit[]> {
  const rows = await db.query<UnitRow & { observations: number; changes: number }>(
    `SELECT ${UNIT_COLUMNS},
            (SELECT count(*)::int FROM observation o WHERE ${IN_UNIT}) AS observations,
            (SELECT count(*)::int FROM observation o JOIN import_batch b ON b.id = o.batch_id
              WHERE ${IN_UNIT} AND b.created_at > greatest(u.submitted_at, u.approved_at)) AS changes
       FROM approval_unit u JOIN area a ON a.code = u.area
      WHERE ($1::text IS NULL OR u.area = $1) AND ($2::int IS NULL OR u.year = $2)
        AND ($3::text IS NULL OR u.state = $3)
      ORDER BY u.area, u.year DESC, u.source`,
    [filter.area ?? null, filter.year ?? null, filter.state ?? null],
  );
  return rows.map((r) => ({
    ...toUnit(r),
    observations: Number(r.observations),
    changesSince: Number(r.changes),
  }));
}

/** The countries and years that hold current values, with how many. */
export async function countryYearsWithData(
  db: Queryable,
  filter: { area?: string | undefined; year?: number | undefined },
): Promise<Array<{ area: string; areaName: string; year: number; observations: number }>> {
  const rows = await db.query<{ area: string; area_name: string; year: number; n: number }>(
    `SELECT o.area, a.name AS area_name, o.year, count(*)::int AS n
       FROM observation o JOIN area a ON a.code = o.area AND a.kind = 'country'
      WHERE o.superseded_by IS NULL AND ($1::text IS NULL OR o.area = $1) AND ($2::int IS NULL OR o.year = $2)
      GROUP BY o.area, a.name, o.year
      ORDER BY o.area, o.year DESC`,
    [filter.area ?? null, filter.year ?? null],
  );
  return rows.map((r) => ({
    area: r.area,
    areaName: r.area_name,
    year: Number(r.year),
    observations: Number(r.n),
  }));
}

/** The unit, locked for the rest of the transaction; null when it never left "not submitted". */
export async function findUnitForUpdate(db: Queryable, key: UnitKey): Promise<StoredUnit | null> {
  const [row] = await db.query<UnitRow>(
    `SELECT ${UNIT_COLUMNS} FROM approval_unit u JOIN area a ON a.code = u.area
      WHERE u.area = $1 AND u.year = $2 AND u.source = $3 FOR UPDATE OF u`,
    [key.area, key.year, key.source],
  );
  return row ? toUnit(row) : null;
}

export interface UnitWrite extends UnitKey {
  state: ApprovalState;
  at: Date;
  byName: string;
  byRole: string;
  comment: string | null;
}

/** Records a transition; a submission and an approval also become the unit's last ones. */
export async function writeUnit(db: Queryable, w: UnitWrite): Promise<void> {
  await db.query(
    `INSERT INTO approval_unit AS u (area, year, source, state, changed_at, changed_by_name, changed_by_role, comment,
                                    submitted_at, submitted_by_name, submitted_by_role, approved_at, approved_by_name,
                                    approved_by_role)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
             CASE WHEN $4::text = 'submitted' THEN $5::timestamptz END, CASE WHEN $4::text = 'submitted' THEN $6::text END,
             CASE WHEN $4::text = 'submitted' THEN $7::text END,
             CASE WHEN $4::text = 'approved' THEN $5::timestamptz END, CASE WHEN $4::text = 'approved' THEN $6::text END,
             CASE WHEN $4::text = 'approved' THEN $7::text END)
     ON CONFLICT (area, year, source) DO UPDATE SET
       state = excluded.state, changed_at = excluded.changed_at, changed_by_name = excluded.changed_by_name,
       changed_by_role = excluded.changed_by_role, comment = excluded.comment,
       submitted_at = coalesce(excluded.submitted_at, u.submitted_at),
       submitted_by_name = coalesce(excluded.submitted_by_name, u.submitted_by_name),
       submitted_by_role = coalesce(excluded.submitted_by_role, u.submitted_by_role),
       approved_at = coalesce(excluded.approved_at, u.approved_at),
       approved_by_name = coalesce(excluded.approved_by_name, u.approved_by_name),
       approved_by_role = coalesce(excluded.approved_by_role, u.approved_by_role)`,
    [w.area, w.year, w.source, w.state, w.at.toISOString(), w.byName, w.byRole, w.comment],
  );
}

/** The approved units that hold any of the cells (a cell with no source is held by every dataset's unit). */
export async function approvedUnitsHolding(
  db: Queryable,
  cells: ReadonlyArray<{ area: string; year: number; source: string | null }>,
): Promise<StoredUnit[]> {
  if (cells.length === 0) return [];
  const rows = await db.query<UnitRow>(
    `SELECT DISTINCT ${UNIT_COLUMNS}
       FROM approval_unit u JOIN area a ON a.code = u.area
       JOIN unnest($1::text[], $2::int[], $3::text[]) AS t(area, year, source)
         ON t.area = u.area AND t.year = u.year AND (u.source = '' OR t.source IS NULL OR t.source = u.source)
      WHERE u.state = 'approved'
      ORDER BY u.area, u.year, u.source`,
    [cells.map((c) => c.area), cells.map((c) => c.year), cells.map((c) => c.source)],
  );
  return rows.map(toUnit);
}

export async function areaOf(
  db: Queryable,
  code: string,
): Promise<{ code: string; name: string; kind: string } | null> {
  const [row] = await db.query<{ code: string; name: string; kind: string }>(
    'SELECT code, name, kind FROM area WHERE code = $1',
    [code],
  );
  return row ?? null;
}

export async function sourceExists(db: Queryable, code: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM source WHERE code = $1', [code]);
  return rows.length > 0;
}
