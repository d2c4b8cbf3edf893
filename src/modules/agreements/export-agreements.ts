import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '../../platform/cells.ts';
import type { Ctx } from '../../platform/context.ts';
import { CSV_COLUMNS, type CsvColumn, formatCaps, formatParties } from './domain/csv-format.ts';
import { readableAgreements } from './list-agreements.ts';
import type { Agreement, AgreementListQuery } from './schemas.ts';

function row(a: Agreement): Record<CsvColumn, string> {
  const provision = (kind: Agreement['provisions'][number]['kind']) =>
    a.provisions.find((p) => p.kind === kind)?.text ?? '';
  return {
    external_ref: a.externalRef ?? `hwmo-${a.id}`,
    title: a.title,
    type: a.type,
    level: a.level,
    parties: formatParties(a.parties),
    signed_on: a.signedOn ?? '',
    in_force_on: a.inForceOn ?? '',
    expires_on: a.expiresOn ?? '',
    // The import takes the status only of an agreement of unknown dates; of the others it says how they stand.
    status: a.statusGiven ?? a.status,
    cadres: a.cadres.join(';'),
    recruitment_allowed: String(a.recruitment.allowed),
    recruitment_employers: a.recruitment.employers.join(';'),
    recruitment_caps: formatCaps(a.recruitment.caps),
    recruitment_from: a.recruitment.from ?? '',
    recruitment_until: a.recruitment.until ?? '',
    recruitment_channel: a.recruitment.channel ?? '',
    provision_recruitment: provision('recruitment'),
    provision_training: provision('training'),
    provision_return: provision('return'),
    provision_compensation: provision('compensation'),
    provision_rights: provision('rights'),
    provision_committee: provision('committee'),
    text_url: a.textUrl ?? '',
    source_url: a.sourceUrl ?? '',
    notes: a.notes ?? '',
    published: String(a.published),
  };
}

/**
 * The agreements the reader may read, as the CSV file `hwmo agreements import` reads (one row per agreement), cells
 * safe to open in a spreadsheet.
 */
export async function exportAgreementsCsv(ctx: Ctx, query: AgreementListQuery): Promise<string> {
  const agreements = await readableAgreements(ctx, query);
  const rows = agreements.map((a) => {
    const r = row(a);
    return CSV_COLUMNS.map((c) => spreadsheetSafe(r[c]));
  });
  return stringify([[...CSV_COLUMNS], ...rows]);
}
