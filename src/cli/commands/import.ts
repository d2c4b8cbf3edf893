import { openAsBlob } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { FORMAT_NAMES } from '../../importers/types.ts';
import type { ImportReport } from '../../services/imports/import-file.ts';
import { withData, writeJson } from '../context.ts';
import type { ServerClient } from '../server-client.ts';
import { printTable } from '../table.ts';
import { parseOptions } from '../validate.ts';

const ImportOptionsSchema = z.object({
  format: z.enum(FORMAT_NAMES).optional(),
  sheet: z.string().min(1).optional(),
  dryRun: z.boolean().default(false),
  json: z.boolean().default(false),
  skipUnknownAreas: z.boolean().default(false),
});

/** Options whose value names a file: a server is sent the file's content. */
const FILE_OPTIONS: ReadonlySet<string> = new Set<string>();
/** Options of the command line only, not of the import itself. */
const CLI_OPTIONS: ReadonlySet<string> = new Set(['json']);

/** The same import on a server: one POST per file (one batch each, as here), every import option a form field. */
async function importOnServer(
  server: ServerClient,
  path: string,
  options: Record<string, unknown>,
): Promise<ImportReport> {
  const form = new FormData();
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || CLI_OPTIONS.has(key)) continue;
    form.set(key, FILE_OPTIONS.has(key) ? await readFile(String(value), 'utf8') : String(value));
  }
  const blob = await openAsBlob(path).catch((cause: unknown) => {
    throw new AppError('not_found', `Cannot read ${path}`, {
      detail: cause instanceof Error ? cause.message : String(cause),
      location: { file: basename(path) },
    });
  });
  form.set('file', blob, basename(path));
  const { files } = await server.postForm<{ files: ImportReport[] }>('api/imports', form);
  return files[0] as ImportReport;
}

async function progressBar(file: string) {
  if (!process.stderr.isTTY) return null;
  const { SingleBar } = await import('cli-progress');
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
    .option('--json', 'print the import reports as JSON')
    .action(async (files: string[], raw: Record<string, unknown>) => {
      const opts = parseOptions(ImportOptionsSchema, raw);
      const reports: ImportReport[] = [];
      const done = (report: ImportReport) => {
        reports.push(report);
        if (!opts.json) printReport(report);
      };
      await withData(files.length > 1 ? 'these imports' : 'this import', {
        local: async (db) => {
          const { importFile } = await import('../../services/imports/import-file.ts');
          for (const path of files) {
            const bar = opts.json ? null : await progressBar(basename(path));
            try {
              const report = await importFile(db, {
                input: { fileName: basename(path), path },
                ...(opts.format ? { format: opts.format } : {}),
                ...(opts.sheet ? { sheet: opts.sheet } : {}),
                dryRun: opts.dryRun,
                skipUnknownAreas: opts.skipUnknownAreas,
                ...(bar ? { onProgress: (p) => bar.update(p.rowsRead, p.totalLines) } : {}),
              });
              bar?.stop();
              done(report);
            } finally {
              bar?.stop();
            }
          }
        },
        server: async (server) => {
          for (const path of files) done(await importOnServer(server, path, opts));
        },
      });
      if (opts.json) writeJson({ files: reports });
    });
}
