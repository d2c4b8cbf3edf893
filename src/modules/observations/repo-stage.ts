import type { Queryable } from '../../platform/db/client.ts';
import { WRITE_LOCK_KEY } from '../../platform/db/unit-of-work.ts';
import type { AreaFirstRow } from './domain/scope.ts';
import type { ImportRecord } from './importers/types.ts';
import type { Cell } from './repo.ts';

/** Taken by everything that writes observations (imports, stored estimates), so batches never interleave. */
export const OBSERVATION_WRITE_LOCK = WRITE_LOCK_KEY;

/** The columns that identify an observation; a batch revises the current row with the same key. */
export const KEY_COLUMNS = 'source, measure, area, year, occupation, sex, age, partner, partner_basis';
export const KEY_MATCH = `o.measure = s.measure AND o.area = s.area AND o.year = s.year AND o.occupation = s.occupation
  AND o.sex = s.sex AND o.age = s.age AND o.partner = s.partner AND o.partner_basis = s.partner_basis
  AND o.source = s.source AND o.superseded_by IS NULL`;

/**
 * Moves the staged rows into `observation` as batch `batchId`: a current row whose value, flags or comment
 * differ is superseded by the staged one, an identical one is left as it is. `fresh` skips the comparison
 * when nothing current can share a key (an empty table).
 */
export async function commitStaged(
  tx: Queryable,
  batchId: number,
  fresh = false,
): Promise<{ revised: number; inserted: number; staged: number }> {
  const [revised] = fresh
    ? [{ n: 0 }]
    : await tx.query<{ n: number }>(
        `WITH u AS (
           UPDATE observation o SET superseded_by = $1 FROM import_stage s
           WHERE ${KEY_MATCH} AND (${DIFFERS})
           RETURNING 1)
         SELECT count(*)::int AS n FROM u`,
        [batchId],
      );
  const [inserted] = await tx.query<{ n: number }>(
    `WITH i AS (
       INSERT INTO observation (${KEY_COLUMNS}, value, flags, comment, series, batch_id, source_row)
       SELECT ${KEY_COLUMNS}, value, flags, comment, series, $1, source_row FROM import_stage s
       ${fresh ? '' : `WHERE NOT EXISTS (SELECT 1 FROM observation o WHERE ${KEY_MATCH})`}
       RETURNING 1)
     SELECT count(*)::int AS n FROM i`,
    [batchId],
  );
  const [staged] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM import_stage');
  return { revised: revised?.n ?? 0, inserted: inserted?.n ?? 0, staged: staged?.n ?? 0 };
}

export const STAGE_COLUMNS = [
  'seq',
  'source',
  'measure',
  'area',
  'year',
  'occupation',
  'sex',
  'age',
  'partner',
  'partner_basis',
  'value',
  'flags',
  'comment',
  'series',
  'source_row',
] as const;

/** A differing value, flag set or comment: what makes a staged row revise the current one it shares a key with. */
const DIFFERS = 'o.value <> s.value OR o.flags <> s.flags OR o.comment IS DISTINCT FROM s.comment';

export const CREATE_STAGE_SQL = `CREATE TEMP TABLE import_stage (
  seq integer NOT NULL,
  source text NOT NULL,
  measure text NOT NULL,
  area text NOT NULL,
  year smallint NOT NULL,
  occupation text NOT NULL,
  sex text NOT NULL,
  age text NOT NULL,
  partner text NOT NULL,
  partner_basis text NOT NULL,
  value double precision NOT NULL,
  flags text NOT NULL,
  comment text,
  series text NOT NULL,
  source_row integer NOT NULL
) ON COMMIT DROP`;

const NEEDS_QUOTES = /[",\r\n]/;

function text(value: string): string {
  // An unquoted empty field is NULL in COPY's CSV format; an empty string must be quoted.
  if (value === '' || NEEDS_QUOTES.test(value)) return `"${value.replaceAll('"', '""')}"`;
  return value;
}

export function normaliseFlags(flags: readonly string[]): string {
  return [...new Set(flags.map((f) => f.trim().toUpperCase()).filter((f) => f !== ''))].sort().join(' ');
}

/** One COPY CSV line for a record whose area and partner are already resolved to codes. */
export function stageLine(seq: number, r: ImportRecord, area: string, partner: string): string {
  return [
    String(seq),
    text(r.source),
    text(r.measure),
    text(area),
    String(r.year),
    text(r.occupation),
    text(r.sex),
    text(r.age),
    text(partner),
    text(r.partnerBasis),
    String(r.value),
    text(normaliseFlags(r.flags)),
    r.comment === null ? '' : text(r.comment),
    text(r.series),
    String(r.row),
  ].join(',');
}

export async function createStage(tx: Queryable): Promise<void> {
  await tx.exec(CREATE_STAGE_SQL);
}

export function copyToStage(tx: Queryable, csv: string): Promise<void> {
  return tx.copyCsv('import_stage', STAGE_COLUMNS, csv);
}

export async function analyzeStage(tx: Queryable): Promise<void> {
  await tx.exec('ANALYZE import_stage');
}

/** Every area the staged rows are for, with the first row of the file that names it. */
export async function stageAreas(tx: Queryable): Promise<AreaFirstRow[]> {
  const rows = await tx.query<AreaFirstRow & Record<string, unknown>>(
    'SELECT area, min(source_row)::int AS "firstRow" FROM import_stage GROUP BY area ORDER BY area',
  );
  return rows.map((r) => ({ area: r.area, firstRow: r.firstRow }));
}

/**
 * Removes the staged rows of a last line without a line terminator that would revise a current value; returns
 * their rows.
 */
export async function holdBackRevisions(tx: Queryable, row: number): Promise<number[]> {
  const held = await tx.query<{ source_row: number }>(
    `DELETE FROM import_stage s USING observation o
     WHERE s.source_row = $1 AND ${KEY_MATCH} AND (${DIFFERS})
     RETURNING s.source_row`,
    [row],
  );
  return held.map((h) => h.source_row);
}

/** Removes the staged rows that repeat the key of an earlier row; returns each with the row it repeats. */
export async function removeDuplicates(tx: Queryable): Promise<Array<{ row: number; firstRow: number }>> {
  const duplicates = await tx.query<{ seq: number; source_row: number; first_row: number }>(
    `SELECT s.seq, s.source_row, d.first_row FROM import_stage s
     JOIN (SELECT ${KEY_COLUMNS}, min(seq) AS first_seq, min(source_row) AS first_row FROM import_stage
           GROUP BY ${KEY_COLUMNS} HAVING count(*) > 1) d USING (${KEY_COLUMNS})
     WHERE s.seq <> d.first_seq ORDER BY s.seq`,
  );
  if (duplicates.length > 0) {
    await tx.query('DELETE FROM import_stage WHERE seq = ANY($1::int[])', [duplicates.map((d) => d.seq)]);
  }
  return duplicates.map((d) => ({ row: d.source_row, firstRow: d.first_row }));
}

/** Whether a current value shares a source and measure with the staged rows (false: a first import). */
export async function stageOverlapsCurrent(tx: Queryable): Promise<boolean> {
  const [overlap] = await tx.query<{ any: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM observation o
       WHERE o.superseded_by IS NULL AND (o.source, o.measure) IN (SELECT DISTINCT source, measure FROM import_stage))
     AS any`,
  );
  return overlap?.any !== false;
}

/**
 * The (area, year, source) cells in which committing the stage would store a new value (`import`) or replace a
 * current one (`revise`); a cell with both is a `revise` cell. Cells whose staged values are all stored already are
 * left out: committing changes nothing there.
 */
export async function stageChangedCells(
  tx: Queryable,
  fresh: boolean,
): Promise<{ import: Cell[]; revise: Cell[] }> {
  const rows = fresh
    ? (await tx.query<Cell>('SELECT DISTINCT area, year, source FROM import_stage')).map((c) => ({
        ...c,
        revises: false,
      }))
    : await tx.query<Cell & { revises: boolean }>(
        `SELECT s.area, s.year, s.source, bool_or(o.id IS NOT NULL) AS revises
         FROM import_stage s LEFT JOIN observation o ON ${KEY_MATCH}
         WHERE o.id IS NULL OR (${DIFFERS})
         GROUP BY s.area, s.year, s.source`,
      );
  const cell = (r: Cell): Cell => ({ area: r.area, year: r.year, source: r.source });
  const order = (a: Cell, b: Cell) =>
    a.area.localeCompare(b.area) || a.year - b.year || a.source.localeCompare(b.source);
  return {
    import: rows
      .filter((r) => !r.revises)
      .map(cell)
      .sort(order),
    revise: rows
      .filter((r) => r.revises)
      .map(cell)
      .sort(order),
  };
}
