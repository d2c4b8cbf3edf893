import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { spreadsheetSafe } from '../../platform/cells.ts';
import { withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import { ObservationFilterSchema, type ObservationPage } from './schemas.ts';

const FILTER_OPTIONS: Array<[string, string]> = [
  ['--measure <codes>', 'measure code(s), comma-separated (see `hwmo measures`)'],
  ['--area <codes>', 'area code(s): ISO3 or hwmo codes'],
  ['--year <year>', 'a year or a range such as 2010-2020'],
  ['--occupation <codes>', 'occupation slug(s), e.g. medical-doctors'],
  ['--partner <codes>', 'partner area code(s): origin or destination'],
  ['--sex <sex>', '_T, F or M'],
  ['--source <codes>', 'dataset code(s), e.g. WHO.GHO'],
];

function addFilters(cmd: Command): Command {
  for (const [flags, description] of FILTER_OPTIONS) cmd.option(flags, description);
  return cmd;
}

const toStrings = (raw: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(raw)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === 'string' ? v : String(v)]),
  );

export function registerQuery(program: Command): void {
  addFilters(program.command('query').description('Show observations with their source file and row'))
    .option('--history', 'include superseded values')
    .option('--limit <n>', 'rows to show', '100')
    .option('--offset <n>', 'rows to skip', '0')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const { format, history, ...rest } = raw;
      const out = parseOptions(z.enum(['table', 'csv', 'json']), format);
      const params = { ...toStrings(rest), ...(history ? { history: 'true' } : {}) };
      const filter = parseOptions(ObservationFilterSchema, params);
      let emptyHint: string | null = null;
      const page = await withData('this query', {
        local: async (db) => {
          const found = await (await import('./query-observations.ts')).queryObservations({ db }, filter);
          if (found.total === 0) {
            const { emptyDatabaseHint } = await import('./known-codes.ts');
            emptyHint = await emptyDatabaseHint(db);
          }
          return found;
        },
        server: (server) => server.get<ObservationPage>('api/observations', params),
      });
      if (page.total === 0) {
        process.stderr.write(`no observations match${emptyHint ? `; ${emptyHint}` : ' these filters'}\n`);
      }
      if (out === 'json') return writeJson(page);
      const head = [
        'measure',
        'area',
        'year',
        'occupation',
        'sex',
        'partner',
        'value',
        'unit',
        'flags',
        'source',
        'file',
        'row',
      ];
      const rows = page.items.map((o) => [
        o.measure,
        o.area,
        String(o.year),
        o.occupation,
        o.sex,
        o.partner,
        o.value,
        o.unit,
        o.flags.join(' ') + (o.supersededBy ? ` (superseded by batch ${o.supersededBy})` : ''),
        o.source,
        o.file,
        String(o.row),
      ]);
      if (out === 'csv') {
        const { stringify } = await import('csv-stringify/sync');
        process.stdout.write(stringify([head, ...rows.map((r) => r.map(spreadsheetSafe))]));
        return;
      }
      printTable(head, rows, [2, 6, 11]);
      process.stderr.write(`${page.items.length} of ${page.total} observation(s)\n`);
    });

  addFilters(
    program.command('export').description('Export current observations as CSV (hwmo template) or SDMX-CSV'),
  )
    .option('--format <format>', 'csv or sdmx-csv', 'csv')
    .option('--output <file>', 'write to a file instead of standard output')
    .action(async (raw: Record<string, unknown>) => {
      const { format, output, ...rest } = raw;
      const fmt = parseOptions(z.enum(['csv', 'sdmx-csv']), format);
      const params = toStrings(rest);
      const filter = parseOptions(ObservationFilterSchema.omit({ limit: true, offset: true }), params);
      const sink = typeof output === 'string' ? createWriteStream(output) : process.stdout;
      const write = async (chunks: AsyncIterable<string | Uint8Array>) => {
        for await (const chunk of chunks) {
          if (!sink.write(chunk)) await once(sink, 'drain');
        }
      };
      await withData('this export', {
        local: async (db) => {
          const { exportObservations } = await import('./export-observations.ts');
          await write(exportObservations({ db }, { ...filter, format: fmt }));
        },
        server: async (server) => write(await server.stream('api/export', { ...params, format: fmt })),
      });
      if (sink !== process.stdout) {
        sink.end();
        await once(sink, 'finish');
      }
    });
}
