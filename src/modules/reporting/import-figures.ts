import { createHash } from 'node:crypto';
import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { checkDataGuards } from '../../platform/db/data-guards.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import type { ImportRecord } from '../observations/index.ts';
import {
  CREATE_STAGE_SQL,
  commitStaged,
  ensureSource,
  STAGE_COLUMNS,
  stageLine,
} from '../observations/index.ts';
import { describeSource, findOccupation } from '../reference/index.ts';
import { FIGURE_SOURCES, figureKey, figureTables, reportedFigures } from './domain/figures.ts';
import { roundLabel } from './domain/report-access.ts';
import { reportText } from './messages-reports.ts';
import { countriesAmong, insertReportBatch, setBatchCounts, setImportedBatch } from './repo-reports.ts';
import { definitionOf, readableReport } from './report-view.ts';

/** The source national reports are imported under. */
const REPORT_SOURCE = describeSource('WHO.NRI');

export interface ImportFiguresResult {
  batch: number;
  inserted: number;
  revised: number;
  unchanged: number;
}

/**
 * Imports the figures of an accepted (or published) national report into the data core as one batch of the
 * source WHO.NRI, the report named in the batch's file name, in one transaction: the stock and inflow tables'
 * rows by occupation, country of training or birth and year. Figures the data core already holds unchanged are
 * counted as unchanged, so importing twice revises nothing. The report keeps the batch that stored its figures.
 */
export async function importFigures(ctx: Ctx, id: number): Promise<ImportFiguresResult> {
  assertCan(ctx.actor, 'reporting.review');
  return mutation(ctx, 'report.import', async (tx) => {
    const r = await readableReport(ctx, tx, id, true);
    if (r.kind !== 'national' || !r.area)
      throw new AppError('conflict', reportText('import_not_national', { id }));
    if (r.state !== 'accepted' && r.state !== 'published')
      throw new AppError('conflict', reportText('import_not_accepted', { id, state: r.state }), {
        hint: reportText('import_hint'),
      });
    const area = r.area;
    const def = await definitionOf(tx, r.questionnaireId);
    const label = roundLabel(r.roundYear);
    const records = new Map<string, ImportRecord>();
    const tables = figureTables(def).map((table) => ({
      table,
      figures: reportedFigures(table, r.answers[table.id]),
    }));
    const countries = await countriesAmong(
      tx,
      tables.flatMap((t) => t.figures.map((f) => f.partner)),
    );
    let row = 0;
    for (const { table, figures } of tables) {
      const { measure, partnerBasis } = FIGURE_SOURCES[table.prefill.source];
      for (const f of figures) {
        row++;
        if (!findOccupation(f.occupation) || !countries.has(f.partner) || !(f.value >= 0)) continue;
        records.set(`${measure}|${partnerBasis}|${figureKey(f)}`, {
          row,
          source: REPORT_SOURCE.code,
          measure,
          area,
          areaColumn: 'area',
          year: f.year,
          occupation: f.occupation,
          sex: '_T',
          age: '_T',
          partner: f.partner,
          partnerColumn: table.id,
          partnerBasis,
          value: f.value,
          flags: [],
          comment: null,
          series: `NRI ${label}`,
        });
      }
    }
    if (records.size === 0)
      throw new AppError('conflict', reportText('import_no_figures', { id }), {
        hint: reportText('import_hint'),
      });
    const lines = [...records.values()].map((rec, i) => stageLine(i + 1, rec, area, rec.partner));
    const csv = `${lines.join('\n')}\n`;
    await checkDataGuards(
      tx,
      [...new Set([...records.values()].map((rec) => rec.year))].map((year) => ({
        area,
        year,
        source: REPORT_SOURCE.code,
      })),
      'import',
    );
    await tx.exec(CREATE_STAGE_SQL);
    await tx.copyCsv('import_stage', STAGE_COLUMNS, csv);
    await ensureSource(tx, REPORT_SOURCE);
    const batch = await insertReportBatch(tx, {
      fileName: `report ${id}: national report of ${area}, ${label}`,
      sha256: createHash('sha256').update(csv).digest('hex'),
      bytes: Buffer.byteLength(csv),
      rows: lines.length,
    });
    const committed = await commitStaged(tx, batch);
    const result = {
      batch,
      inserted: committed.inserted - committed.revised,
      revised: committed.revised,
      unchanged: committed.staged - committed.inserted,
    };
    await setBatchCounts(tx, batch, {
      stored: result.inserted,
      revised: result.revised,
      unchanged: result.unchanged,
    });
    // A batch that stored nothing new leaves the report pointing at the one that stored its figures.
    if (r.importedBatch === null || committed.inserted > 0) await setImportedBatch(tx, id, batch);
    await tx.audit({
      action: 'report.import',
      objectType: 'report',
      objectId: String(id),
      area,
      before: { importedBatch: r.importedBatch },
      after: {
        importedBatch: committed.inserted > 0 || r.importedBatch === null ? batch : r.importedBatch,
        ...result,
      },
    });
    return result;
  });
}
