import { basename } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import { importLimits } from '../../config.ts';
import { FORMAT_NAMES } from '../../importers/types.ts';
import { type ImportReport, importFile } from '../../services/imports/import-file.ts';
import { withDb, writeJson } from '../context.ts';
import { printTable } from '../table.ts';
import { parseOptions } from '../validate.ts';

const ImportOptionsSchema = z.object({
  format: z.enum(FORMAT_NAMES).optional(),
  sheet: z.string().min(1).optional(),
  dryRun: z.boolean().default(false),
  json: z.boolean().default(false),
  skipUnknownAreas: z.boolean().default(false),
  acceptUnterminated: z.boolean().default(false),
});

function progressBar(file: string) {
  if (!process.stderr.isTTY) return null;
  const bar = new SingleBar(
    {
      format: `${file} [{bar}] {percentage}% | {value}/{total} lines`,
      stream: process.stderr,
      hideCursor: true,
    },
    undefined,
  );
  let started = false;
  return {
    update(rowsRead: number, totalLines: number) {
      if (!started) {
        bar.start(Math.max(totalLines, rowsRead), 0);
        started = true;
      }
      bar.setTotal(Math.max(totalLines, rowsRead));
      bar.update(rowsRead);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function printReport(r: ImportReport): void {
  const verb = r.dryRun ? 'would import' : `imported as batch ${r.batchId}`;
  process.stdout.write(`${r.file} (${r.format}${r.sheet ? `, sheet ${r.sheet}` : ''}) ${verb}\n`);
  printTable(
    ['rows read', 'new', 'revised', 'unchanged', 'skipped'],
    [[r.rowsRead, r.stored, r.revised, r.unchanged, r.skipped]],
    [0, 1, 2, 3, 4],
  );
  if (r.skippedByReason.length) {
    process.stdout.write('Skipped rows by reason (first row shown; `hwmo batches show ID` lists all):\n');
    for (const s of r.skippedByReason.slice(0, 15)) {
      const first = r.skippedRows.find((x) => x.reason === s.reason);
      const where = first
        ? ` (e.g. row ${first.row}${first.column ? `, column "${first.column}"` : ''})`
        : '';
      process.stdout.write(`  ${s.count} × ${s.reason}${where}\n`);
    }
  }
  for (const w of r.warnings) process.stderr.write(`warning: ${r.file}, ${w.message}\n`);
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Import files (WHO GHO, OECD, SDMX-CSV, World Bank, OWID, XLSX, hwmo template); one batch per file',
    )
    .argument('<files...>', 'files to import')
    .option('--format <name>', `force a format: ${FORMAT_NAMES.join(', ')}`)
    .option('--sheet <name>', 'XLSX sheet to read')
    .option('--dry-run', 'report what would change without writing')
    .option('--skip-unknown-areas', 'skip rows naming an unknown area instead of refusing the file')
    .option(
      '--accept-unterminated',
      'let a last line without a line terminator revise stored values (by default it may be cut off)',
    )
    .option('--json', 'print the import reports as JSON')
    .action(async (files: string[], raw: Record<string, unknown>) => {
      const opts = parseOptions(ImportOptionsSchema, raw);
      await withDb(async (db, config) => {
        const reports: ImportReport[] = [];
        for (const path of files) {
          const bar = opts.json ? null : progressBar(basename(path));
          try {
            const report = await importFile(db, {
              input: { fileName: basename(path), path },
              ...(opts.format ? { format: opts.format } : {}),
              ...(opts.sheet ? { sheet: opts.sheet } : {}),
              dryRun: opts.dryRun,
              skipUnknownAreas: opts.skipUnknownAreas,
              limits: importLimits(config),
              acceptUnterminated: opts.acceptUnterminated,
              ...(bar ? { onProgress: (p) => bar.update(p.rowsRead, p.totalLines) } : {}),
            });
            bar?.stop();
            reports.push(report);
            if (!opts.json) printReport(report);
          } finally {
            bar?.stop();
          }
        }
        if (opts.json) writeJson({ files: reports });
      });
    });
}
