import { openAsBlob } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, withData, writeJson } from '../../platform/cli/context.ts';
import type { ServerClient } from '../../platform/cli/server-client.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import { importLimits } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { render, type Text } from '../../platform/i18n/messages.ts';
import { FORMAT_NAMES } from './importers/types.ts';
import { text as msg } from './messages.ts';
import type { ColumnMapping, ImportReport } from './schemas.ts';

const ImportOptionsSchema = z.object({
  format: z.enum(FORMAT_NAMES).optional(),
  sheet: z.string().min(1).optional(),
  dryRun: z.boolean().default(false),
  json: z.boolean().default(false),
  skipUnknownAreas: z.boolean().default(false),
  acceptUnterminated: z.boolean().default(false),
  mapping: z.string().min(1).optional(),
  mappingFrom: z.coerce.number().int().positive().optional(),
});

const SuggestOptionsSchema = z.object({
  format: z.enum(['table', 'json']).default('table'),
  sheet: z.string().min(1).optional(),
});

async function readMapping(path: string): Promise<ColumnMapping> {
  const text = await readFile(path, 'utf8').catch((cause: unknown) => {
    throw new AppError('not_found', msg('cannotReadMapping', { path }), {
      detail: msg('systemReason', { reason: cause instanceof Error ? cause.message : String(cause) }),
      location: { file: path },
    });
  });
  const { parseMappingText } = await import('./importers/mapping.ts');
  return parseMappingText(text, basename(path));
}

/** `--suggest-mapping`: the proposal for each file, as text with confidences, or as the JSON `--mapping` reads. */
async function suggest(files: string[], raw: Record<string, unknown>): Promise<void> {
  const opts = parseOptions(SuggestOptionsSchema, {
    format: raw.json ? 'json' : raw.format,
    sheet: raw.sheet,
  });
  const { suggestFileMapping } = await import('./importers/index.ts');
  const { describeSuggestion } = await import('./importers/mapping-suggest.ts');
  const reports = [];
  for (const path of files) {
    reports.push(
      await suggestFileMapping({ fileName: basename(path), path }, opts.sheet ? { sheet: opts.sheet } : {}),
    );
  }
  if (opts.format === 'json') {
    const mappings = reports.map((r) => r.suggestion.mapping);
    writeJson(mappings.length === 1 ? mappings[0] : mappings);
    return;
  }
  for (const r of reports) {
    process.stdout.write(`${r.file}: suggested column mapping\n`);
    for (const line of describeSuggestion(r.suggestion)) process.stdout.write(`  ${line}\n`);
    if (r.detectedFormat) {
      process.stdout.write(`  (the file is also read without a mapping, as ${r.detectedFormat})\n`);
    }
    process.stdout.write(
      `  to use it: hwmo import ${r.file.replace(/ \[.*\]$/, '')} --suggest-mapping --format json > map.json; ` +
        `hwmo import ${r.file.replace(/ \[.*\]$/, '')} --mapping map.json\n`,
    );
  }
}

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
    form.set(key, String(value));
  }
  const blob = await openAsBlob(path).catch((cause: unknown) => {
    throw new AppError('not_found', msg('cannotRead', { path }), {
      detail: msg('systemReason', { reason: cause instanceof Error ? cause.message : String(cause) }),
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

function printReport(r: ImportReport, lang: Lang): void {
  const say = (t: Text) => render(t, lang);
  const head = { file: r.file, format: r.format, id: r.batchId ?? '', sheet: r.sheet ?? '' };
  const verb = r.dryRun
    ? msg(r.sheet ? 'cliWouldImportSheet' : 'cliWouldImport', head)
    : msg(r.sheet ? 'cliImportedSheet' : 'cliImported', head);
  process.stdout.write(`${say(verb)}\n`);
  const m = r.mapping;
  if (m?.origin === 'suggested') {
    const columns =
      `${m.mapping.columns.map((c) => `${c.header} → ${[c.role, c.occupation, c.measure, c.year].filter((x) => x !== undefined).join(' ')}`).join('; ')}` +
      `${m.mapping.measure ? `; other values are ${m.mapping.measure}` : ''}` +
      `${m.mapping.year !== undefined ? `; year ${m.mapping.year}` : ''}`;
    const params = {
      confidence: m.confidence?.toFixed(2) ?? '',
      columns,
      file: r.file.replace(/ \[.*\]$/, ''),
    };
    process.stdout.write(`${say(msg(r.dryRun ? 'cliSuggestedDry' : 'cliSuggestedSaved', params))}\n`);
  } else if (m?.origin === 'saved') {
    process.stdout.write(`${say(msg('cliSavedMapping', { id: m.batchId ?? '' }))}\n`);
  }
  printTable(
    [msg('cliRowsRead'), msg('cliNew'), msg('cliRevised'), msg('cliUnchanged'), msg('cliSkipped')].map(say),
    [[r.rowsRead, r.stored, r.revised, r.unchanged, r.skipped]],
    [0, 1, 2, 3, 4],
  );
  if (r.skippedByReason.length) {
    process.stdout.write(`${say(msg('cliSkippedByReason'))}\n`);
    for (const s of r.skippedByReason.slice(0, 15)) {
      const first = r.skippedRows.find((x) => x.reason === s.reason);
      const line = !first
        ? `${s.count} × ${s.reason}`
        : say(
            first.column
              ? msg('cliReasonAtColumn', {
                  count: s.count,
                  reason: s.reason,
                  row: first.row,
                  column: first.column,
                })
              : msg('cliReasonAt', { count: s.count, reason: s.reason, row: first.row }),
          );
      process.stdout.write(`  ${line}\n`);
    }
  }
  for (const w of r.warnings)
    process.stderr.write(`${say(msg('cliWarning', { file: r.file, message: w.message }))}\n`);
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Import files (WHO GHO, OECD, SDMX-CSV, World Bank, OWID, XLSX, hwmo template); one batch per file',
    )
    .argument('<files...>', 'files to import')
    .option(
      '--format <name>',
      `force a format: ${FORMAT_NAMES.join(', ')}; with --suggest-mapping, table or json`,
    )
    .option('--sheet <name>', 'XLSX sheet to read')
    .option('--dry-run', 'report what would change without writing')
    .option('--skip-unknown-areas', 'skip rows naming an unknown area instead of refusing the file')
    .option(
      '--accept-unterminated',
      'let a last line without a line terminator revise stored values (by default it may be cut off)',
    )
    .option('--mapping <file>', 'read the files through this column mapping (JSON or YAML)')
    .option('--mapping-from <batch>', 'read the files through the column mapping saved with this batch')
    .option(
      '--suggest-mapping',
      'print the column mapping hwmo proposes, with confidences; with --format json, the mapping --mapping reads',
    )
    .option('--json', 'print the import reports as JSON')
    .action(async (files: string[], raw: Record<string, unknown>) => {
      if (raw.suggestMapping) return suggest(files, raw);
      const opts = parseOptions(ImportOptionsSchema, raw);
      const mapping = opts.mapping ? await readMapping(opts.mapping) : undefined;
      const reports: ImportReport[] = [];
      let lang: Lang = 'en';
      const done = (report: ImportReport) => {
        reports.push(report);
        if (!opts.json) printReport(report, lang);
      };
      await withData(files.length > 1 ? 'these imports' : 'this import', {
        local: async (db, config) => {
          const { importFile } = await import('./import-file.ts');
          const ctx = cliContext(db, config);
          lang = ctx.lang;
          for (const path of files) {
            const bar = opts.json ? null : await progressBar(basename(path));
            try {
              const report = await importFile(ctx, {
                input: { fileName: basename(path), path },
                ...(opts.format ? { format: opts.format } : {}),
                ...(opts.sheet ? { sheet: opts.sheet } : {}),
                dryRun: opts.dryRun,
                skipUnknownAreas: opts.skipUnknownAreas,
                limits: importLimits(config),
                acceptUnterminated: opts.acceptUnterminated,
                ...(mapping ? { mapping } : {}),
                ...(opts.mappingFrom !== undefined ? { mappingFrom: opts.mappingFrom } : {}),
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
          // The server is sent the mapping as read here, so a YAML file or a relative path means the same there.
          const sent = { ...opts, mapping: mapping ? JSON.stringify(mapping) : undefined };
          for (const path of files) done(await importOnServer(server, path, sent));
        },
      });
      if (opts.json) writeJson({ files: reports });
    });
}
