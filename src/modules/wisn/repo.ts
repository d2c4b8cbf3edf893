import type { Queryable } from '../../platform/db/client.ts';
import type { StudyInputs } from './schemas.ts';

/** A study as stored. */
export interface StoredStudy {
  id: number;
  area: string;
  name: string;
  facilityType: string;
  inputs: StudyInputs;
  version: number;
  updatedAt: Date;
  updatedBy: string;
  deleted: boolean;
}

interface StudyRow {
  [key: string]: unknown;
  id: number;
  area: string;
  name: string;
  facility_type: string;
  inputs: StudyInputs | string;
  version: number;
  updated_at: Date | string;
  updated_by: string;
  deleted: boolean;
}

const COLUMNS =
  'id, area, name, facility_type, inputs, version, updated_at, updated_by, deleted_at IS NOT NULL AS deleted';

function mapRow(r: StudyRow): StoredStudy {
  return {
    id: r.id,
    area: r.area,
    name: r.name,
    facilityType: r.facility_type,
    inputs: typeof r.inputs === 'string' ? (JSON.parse(r.inputs) as StudyInputs) : r.inputs,
    version: r.version,
    updatedAt: new Date(r.updated_at),
    updatedBy: r.updated_by,
    deleted: r.deleted,
  };
}

/** The studies of these areas that are not deleted (all when null), newest change first. */
export async function listStudies(db: Queryable, areas: readonly string[] | null): Promise<StoredStudy[]> {
  const rows = await db.query<StudyRow>(
    `SELECT ${COLUMNS} FROM wisn_study
     WHERE deleted_at IS NULL AND ($1::text[] IS NULL OR area = ANY($1::text[]))
     ORDER BY updated_at DESC, id DESC`,
    [areas],
  );
  return rows.map(mapRow);
}

/** A study, deleted or not. */
export async function loadStudy(db: Queryable, id: number, lock = false): Promise<StoredStudy | null> {
  const [row] = await db.query<StudyRow>(
    `SELECT ${COLUMNS} FROM wisn_study WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row ? mapRow(row) : null;
}

export async function areaExists(db: Queryable, code: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM area WHERE code = $1', [code]);
  return rows.length > 0;
}

export async function insertStudy(db: Queryable, inputs: StudyInputs, at: Date, by: string): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO wisn_study (area, name, facility_type, inputs, created_at, created_by, updated_at, updated_by)
     VALUES ($1, $2, $3, $4::text::jsonb, $5, $6, $5, $6) RETURNING id`,
    [inputs.area, inputs.name, inputs.facilityType, JSON.stringify(inputs), at.toISOString(), by],
  );
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row.id;
}

export async function updateStudy(
  db: Queryable,
  id: number,
  inputs: StudyInputs,
  at: Date,
  by: string,
): Promise<void> {
  await db.query(
    `UPDATE wisn_study SET area = $2, name = $3, facility_type = $4, inputs = $5::text::jsonb,
       version = version + 1, updated_at = $6, updated_by = $7
     WHERE id = $1`,
    [id, inputs.area, inputs.name, inputs.facilityType, JSON.stringify(inputs), at.toISOString(), by],
  );
}

export async function deleteStudy(db: Queryable, id: number, at: Date, by: string): Promise<void> {
  await db.query('UPDATE wisn_study SET deleted_at = $2, deleted_by = $3 WHERE id = $1', [
    id,
    at.toISOString(),
    by,
  ]);
}
