import type { Queryable } from '../../platform/db/client.ts';
import { checkCodes } from './known-codes.ts';
import type { Observation, ObservationFilter, ObservationPage } from './observation-schemas.ts';

interface ObservationRow extends Record<string, unknown> {
  id: number;
  measure: string;
  area: string;
  area_name: string;
  year: number;
  occupation: string;
  sex: string;
  age: string;
  partner: string;
  partner_basis: string;
  value: number;
  unit: string;
  flags: string;
  comment: string | null;
  source: string;
  series: string;
  batch_id: number;
  file_name: string;
  source_row: number;
  superseded_by: number | null;
}

function where(filter: Partial<ObservationFilter>): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    clauses.push(sql.replace('?', `$${params.length}`));
  };
  if (!filter.history) clauses.push('o.superseded_by IS NULL');
  if (filter.measure) add('o.measure = ANY(?::text[])', filter.measure);
  if (filter.area)
    add(
      'o.area = ANY(?::text[])',
      filter.area.map((a) => a.toUpperCase()),
    );
  if (filter.year) {
    add('o.year >= ?', filter.year.from);
    add('o.year <= ?', filter.year.to);
  }
  if (filter.occupation) add('o.occupation = ANY(?::text[])', filter.occupation);
  if (filter.partner)
    add(
      'o.partner = ANY(?::text[])',
      filter.partner.map((a) => a.toUpperCase()),
    );
  if (filter.sex) add('o.sex = ?', filter.sex);
  if (filter.source) add('o.source = ANY(?::text[])', filter.source);
  if (filter.batch) add('o.batch_id = ?', filter.batch);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const SELECT = `SELECT o.id, o.measure, o.area, a.name AS area_name, o.year, o.occupation, o.sex, o.age, o.partner,
  o.partner_basis, o.value, m.unit, o.flags, o.comment, o.source, o.series, o.batch_id, b.file_name, o.source_row,
  o.superseded_by
  FROM observation o
  JOIN area a ON a.code = o.area
  JOIN measure m ON m.code = o.measure
  JOIN import_batch b ON b.id = o.batch_id`;

const ORDER = 'ORDER BY o.measure, o.area, o.year, o.occupation, o.sex, o.age, o.partner, o.source, o.id';

function toObservation(r: ObservationRow): Observation {
  return {
    id: Number(r.id),
    measure: r.measure,
    area: r.area,
    areaName: r.area_name,
    year: r.year,
    occupation: r.occupation,
    sex: r.sex,
    age: r.age,
    partner: r.partner,
    partnerBasis: r.partner_basis,
    value: r.value,
    unit: r.unit,
    flags: r.flags === '' ? [] : r.flags.split(' '),
    comment: r.comment,
    source: r.source,
    series: r.series,
    batchId: r.batch_id,
    file: r.file_name,
    row: r.source_row,
    supersededBy: r.superseded_by,
  };
}

export async function queryObservations(
  db: Queryable,
  filter: Partial<ObservationFilter> & { limit: number; offset: number },
): Promise<ObservationPage> {
  await checkCodes(db, filter);
  const w = where(filter);
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM observation o ${w.sql}`,
    w.params,
  );
  const rows = await db.query<ObservationRow>(
    `${SELECT} ${w.sql} ${ORDER} LIMIT $${w.params.length + 1} OFFSET $${w.params.length + 2}`,
    [...w.params, filter.limit, filter.offset],
  );
  return { total: count?.n ?? 0, limit: filter.limit, offset: filter.offset, items: rows.map(toObservation) };
}

/** Every matching observation, page by page, for exports of any size. */
export async function* streamObservations(
  db: Queryable,
  filter: Partial<ObservationFilter>,
  pageSize = 5000,
): AsyncGenerator<Observation> {
  await checkCodes(db, filter);
  const w = where(filter);
  let afterId = 0;
  for (;;) {
    const rows = await db.query<ObservationRow>(
      `${SELECT} ${w.sql ? `${w.sql} AND` : 'WHERE'} o.id > $${w.params.length + 1} ORDER BY o.id LIMIT $${w.params.length + 2}`,
      [...w.params, afterId, pageSize],
    );
    for (const r of rows) yield toObservation(r);
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    afterId = Number(last.id);
  }
}
