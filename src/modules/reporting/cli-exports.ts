import type { Command } from 'commander';
import { z } from 'zod';
import { cliLang, withData } from '../../platform/cli/context.ts';
import type { ServerClient } from '../../platform/cli/server-client.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { exportText } from './messages-exports.ts';

const FORMATS = ['pdf', 'docx', 'html', 'csv'] as const;
type Format = (typeof FORMATS)[number];
const FORMAT_HELP = 'pdf, docx, html (printable) or csv (the tables)';
const OUT_HELP = 'the file to write (default: the standard output)';

const OptionsSchema = z.object({ format: z.enum(FORMATS), out: z.string().min(1).optional() });
const ReportSchema = OptionsSchema.extend({ id: z.coerce.number().int().positive() });
const YearSchema = OptionsSchema.extend({ year: z.coerce.number().int().min(2010).max(2100) });

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The file written where asked: to --out, or to the standard output (never PDF or DOCX bytes to a terminal). */
async function write(body: Uint8Array | string, format: Format, out: string | undefined): Promise<void> {
  if (out !== undefined) {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(out, body);
    return;
  }
  if ((format === 'pdf' || format === 'docx') && process.stdout.isTTY)
    throw new AppError('invalid_input', exportText('err_binary_terminal', { format: format.toUpperCase() }), {
      hint: exportText('hint_binary_terminal'),
      location: { field: '--out' },
    });
  // Writes to files and pipes are synchronous: nothing is left unwritten when the command exits.
  process.stdout.write(body);
}

/** `hwmo reports export <id> --format …`, under the reports command. */
export function registerReportExports(reports: Command): void {
  reports
    .command('export')
    .argument('<id>', 'the report’s id')
    .requiredOption('--format <format>', FORMAT_HELP)
    .option('--out <file>', OUT_HELP)
    .description(
      'Export a national or stakeholder report as PDF, DOCX, printable HTML or CSV, in the language of --lang',
    )
    .action(async (id: string, raw: Record<string, unknown>) => {
      const o = parseOptions(ReportSchema, { ...raw, id });
      const body = await withData('this export', {
        local: async (db, config) => {
          const [{ cliContext }, { exportReport }] = await Promise.all([
            import('../../platform/cli/context.ts'),
            import('./export-report.ts'),
          ]);
          return (await exportReport(cliContext(db, config), o.id, o.format)).body;
        },
        server: async (server) =>
          bytesOf(await server.stream(`api/reports/${o.id}/export.${o.format}`, { lang: cliLang() })),
      });
      await write(body, o.format, o.out);
    });
}

/** How the progress report commands find a round by its year, here or on a server. */
export interface RoundOfYear {
  local: (db: Database, year: number) => Promise<number>;
  server: (server: ServerClient, year: number) => Promise<number>;
}

/** `hwmo rounds progress-report export <year> --format …`, under the progress-report command. */
export function registerProgressExport(progress: Command, roundOf: RoundOfYear): void {
  progress
    .command('export')
    .argument('<year>', 'the year the round opened')
    .requiredOption('--format <format>', FORMAT_HELP)
    .option('--out <file>', OUT_HELP)
    .description(
      'Export the progress report of a round as PDF, DOCX, printable HTML or CSV, in the language of --lang',
    )
    .action(async (year: string, raw: Record<string, unknown>) => {
      const o = parseOptions(YearSchema, { ...raw, year });
      const body = await withData('this export', {
        local: async (db, config) => {
          const [{ cliContext }, { exportProgress }] = await Promise.all([
            import('../../platform/cli/context.ts'),
            import('./export-progress.ts'),
          ]);
          const roundId = await roundOf.local(db, o.year);
          return (await exportProgress(cliContext(db, config), roundId, o.format)).body;
        },
        server: async (server) => {
          const roundId = await roundOf.server(server, o.year);
          return bytesOf(
            await server.stream(`api/rounds/${roundId}/progress-report/export.${o.format}`, {
              lang: cliLang(),
            }),
          );
        },
      });
      await write(body, o.format, o.out);
    });
}
