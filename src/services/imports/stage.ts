import type { ImportRecord } from '../../importers/types.ts';

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
