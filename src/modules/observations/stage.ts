import type { Queryable } from '../../platform/db/client.ts';
import type { ImportRecord } from './importers/types.ts';

/** Taken by everything that writes observations (imports, stored estimates), so batches never interleave. */
export const OBSERVATION_WRITE_LOCK = 7_340_002;

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
           WHERE ${KEY_MATCH} AND (o.value <> s.value OR o.flags <> s.flags OR o.comment IS DISTINCT FROM s.comment)
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
