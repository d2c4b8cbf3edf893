import type { Queryable } from '../../platform/db/client.ts';
import type { DataPoint } from './domain/index.ts';

interface PointRow extends Record<string, unknown> {
  measure: string;
  area: string;
  year: number;
  occupation: string;
  partner: string;
  partner_basis: string;
  value: number;
  source: string;
  series: string;
  batch_id: number;
  file_name: string;
  source_row: number;
  flags: string;
}

export interface LoadFilter {
  measures: readonly string[];
  /** Only values of these areas, or whose partner is one of them; all areas when omitted. */
  areas?: readonly string[];
}

/** Current values for all sexes and ages, as the plain data the indicator functions take. */
export async function loadDataPoints(db: Queryable, filter: LoadFilter): Promise<DataPoint[]> {
  const params: unknown[] = [filter.measures];
  let where = "o.superseded_by IS NULL AND o.sex = '_T' AND o.age = '_T' AND o.measure = ANY($1::text[])";
  if (filter.areas) {
    params.push(filter.areas);
    where += ' AND (o.area = ANY($2::text[]) OR o.partner = ANY($2::text[]))';
  }
  const rows = await db.query<PointRow>(
    `SELECT o.measure, o.area, o.year, o.occupation, o.partner, o.partner_basis, o.value, o.source, o.series,
            o.batch_id, b.file_name, o.source_row, o.flags
       FROM observation o JOIN import_batch b ON b.id = o.batch_id
      WHERE ${where}`,
    params,
  );
  return rows.map((r) => ({
    measure: r.measure,
    area: r.area,
    year: r.year,
    occupation: r.occupation,
    partner: r.partner,
    partnerBasis: r.partner_basis,
    value: r.value,
    source: r.source,
    series: r.series,
    batch: r.batch_id,
    file: r.file_name,
    row: r.source_row,
    flags: r.flags === '' ? [] : r.flags.split(' '),
  }));
}
