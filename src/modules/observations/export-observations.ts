import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '../../platform/cells.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { HWMO_TEMPLATE_HEADER } from './importers/index.ts';
import { HWMO_DATAFLOW, HWMO_SDMX_COLUMNS } from './importers/sdmx-csv.ts';
import { checkCodes } from './known-codes.ts';
import { selectObservationsAfter } from './repo.ts';
import type { ExportFormat, Observation, ObservationFilter } from './schemas.ts';

const TEMPLATE_VALUES: Record<string, (o: Observation) => string | number> = {
  measure: (o) => o.measure,
  area: (o) => o.area,
  year: (o) => o.year,
  occupation: (o) => o.occupation,
  sex: (o) => o.sex,
  age: (o) => o.age,
  partner: (o) => o.partner,
  partner_basis: (o) => o.partnerBasis,
  value: (o) => o.value,
  unit: (o) => o.unit,
  flags: (o) => o.flags.join(' '),
  comment: (o) => o.comment ?? '',
  source: (o) => o.source,
};

const SDMX_VALUES: Record<string, (o: Observation) => string | number> = {
  DATAFLOW: () => HWMO_DATAFLOW,
  MEASURE: (o) => o.measure,
  REF_AREA: (o) => o.area,
  TIME_PERIOD: (o) => o.year,
  OCCUPATION: (o) => o.occupation,
  SEX: (o) => o.sex,
  AGE: (o) => o.age,
  COUNTERPART_AREA: (o) => o.partner,
  COUNTERPART_BASIS: (o) => o.partnerBasis,
  OBS_VALUE: (o) => o.value,
  OBS_STATUS: (o) => o.flags.join(' '),
  UNIT_MEASURE: (o) => o.unit,
  COMMENT: (o) => o.comment ?? '',
  SOURCE: (o) => o.source,
};

function rowFor(columns: readonly string[], values: Record<string, (o: Observation) => string | number>) {
  return (o: Observation) => columns.map((c) => spreadsheetSafe(values[c]?.(o) ?? ''));
}

/** Current observations as CSV text chunks, in a layout hwmo itself re-imports. */
export async function* exportObservations(
  ctx: { db: Queryable },
  query: Partial<ObservationFilter> & { format: ExportFormat },
): AsyncGenerator<string> {
  const { format, ...filter } = query;
  const { db } = ctx;
  const columns = format === 'csv' ? HWMO_TEMPLATE_HEADER : HWMO_SDMX_COLUMNS;
  const toRow = rowFor(columns, format === 'csv' ? TEMPLATE_VALUES : SDMX_VALUES);
  await checkCodes(db, filter);
  yield stringify([columns as string[]]);
  let batch: Array<Array<string | number>> = [];
  for await (const o of streamObservations(db, { ...filter, history: false })) {
    batch.push(toRow(o));
    if (batch.length >= 2000) {
      yield stringify(batch);
      batch = [];
    }
  }
  if (batch.length) yield stringify(batch);
}

/** Every matching observation, page by page, for exports of any size. */
async function* streamObservations(
  db: Queryable,
  filter: Partial<ObservationFilter>,
  pageSize = 5000,
): AsyncGenerator<Observation> {
  let afterId = 0;
  for (;;) {
    const rows = await selectObservationsAfter(db, filter, afterId, pageSize);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    afterId = last.id;
  }
}
