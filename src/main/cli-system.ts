import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type {
  Area,
  AreaKind,
  addSubnationalAreas,
  listMeasures,
  listOccupations,
} from '../modules/reference/index.ts';
import { AreaQuerySchema, NewSubnationalAreaSchema } from '../modules/reference/index.ts';
import {
  cliContext,
  getConfig,
  refuseServerOption,
  withData,
  withDb,
  writeJson,
} from '../platform/cli/context.ts';
import { printTable } from '../platform/cli/table.ts';
import { parseOptions } from '../platform/cli/validate.ts';
import { describeConfig } from '../platform/config.ts';
import { AppError } from '../platform/errors.ts';

const JsonSchema = z.object({ json: z.boolean().default(false) });

export function registerSystem(program: Command): void {
  const db = program.command('db').description('Database schema and seed data');
  db.command('migrate')
    .description('Apply pending schema migrations')
    .action(async () => {
      refuseServerOption();
      const { openDatabase } = await import('../platform/db/client.ts');
      const { migrate } = await import('../platform/db/migrate.ts');
      const database = await openDatabase(getConfig());
      try {
        const r = await migrate(database);
        process.stdout.write(
          r.applied.length
            ? `Applied ${r.applied.join(', ')}; schema version ${r.current}\n`
            : `Schema is up to date (version ${r.current})\n`,
        );
      } finally {
        await database.close();
      }
    });
  db.command('seed')
    .description('Load the reference tables and the bundled public demo data (idempotent)')
    .option('--no-demo', 'reference tables only')
    .action(async (raw: { demo: boolean }) => {
      const { seedReference } = await import('../modules/reference/seed-reference.ts');
      const { seedDemo } = await import('./demo/seed-demo.ts');
      await withDb(async (database) => {
        const ref = await database.transaction((tx) => seedReference(tx));
        process.stdout.write(
          `Reference: ${ref.areas} areas, ${ref.aliases} aliases, ${ref.occupations} occupations, ${ref.measures} measures\n`,
        );
        if (!raw.demo) return;
        const r = await seedDemo(database, {
          onFile: (file, rep) =>
            process.stdout.write(
              `${file}: read ${rep.rowsRead}, new ${rep.stored}, revised ${rep.revised}, unchanged ${rep.unchanged}, skipped ${rep.skipped}\n`,
            ),
        });
        process.stdout.write(`Support and Safeguards List 2023: ${r.safeguardsList2023} countries\n`);
      });
    });

  program
    .command('config')
    .description('Show the configuration in force and where each value comes from')
    .option('--print', 'print every setting with its description (default)')
    .option('--json', 'print JSON')
    .action((raw: Record<string, unknown>) => {
      const rows = describeConfig(getConfig());
      if (raw.json) return writeJson(rows);
      printTable(
        ['variable', 'value', 'description'],
        rows.map((r) => [r.variable, r.value, r.description]),
      );
    });

  program
    .command('template')
    .description(
      'Print the hwmo import template: header, two example rows and the allowed values (CSV, or XLSX with drop-downs)',
    )
    .option('--xlsx', 'write the XLSX workbook (redirect it to a file: hwmo template --xlsx > t.xlsx)')
    .option('--format <format>', 'csv (default) or xlsx')
    .action(async (raw: Record<string, unknown>) => {
      const { format } = parseOptions(z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }), {
        format: raw.xlsx ? 'xlsx' : raw.format,
      });
      const { templateCsv, templateXlsx } = await import('../modules/observations/template.ts');
      if (format === 'csv') {
        process.stdout.write(templateCsv());
        return;
      }
      if (process.stdout.isTTY) {
        throw new AppError('invalid_input', 'an XLSX workbook is not for a terminal', {
          hint: 'redirect it to a file: hwmo template --xlsx > hwmo-template.xlsx',
        });
      }
      process.stdout.write(await templateXlsx());
    });

  const areas = program
    .command('areas')
    .description(
      'List areas (countries, WHO regions, income groups, aggregates, subnational units); `add FILE` adds units',
    )
    .option('--kind <kind>', 'only this kind')
    .option('--parent <code>', 'only children of this area')
    .option('--json', 'print JSON')
    .action(async (raw: Record<string, unknown>) => {
      const { json } = parseOptions(JsonSchema, { json: raw.json ?? false });
      const params = { kind: raw.kind, parent: raw.parent } as Record<string, string | undefined>;
      const q = parseOptions(AreaQuerySchema, params);
      const { items } = await withData('this listing', {
        local: async (database) => {
          const { listAreas } = await import('../modules/reference/list-areas.ts');
          return {
            items: await listAreas(
              { db: database },
              {
                ...(q.kind ? { kind: q.kind as AreaKind } : {}),
                ...(q.parent ? { parent: q.parent } : {}),
              },
            ),
          };
        },
        server: (server) => server.get<{ items: Area[] }>('api/areas', params),
      });
      if (json) return writeJson({ items });
      printTable(
        ['code', 'kind', 'name', 'WHO region', 'income'],
        items.map((a) => [a.code, a.kind, a.name, a.whoRegion, a.wbIncome]),
      );
    });

  areas
    .command('add')
    .argument('<file>', 'CSV with columns code,name,parent[,aliases] (aliases separated by "|")')
    .option('--json', 'print JSON')
    .description('Add or rename subnational units (provinces, districts) under a country, in one transaction')
    .action(async (file: string, raw: Record<string, unknown>) => {
      const { json } = parseOptions(JsonSchema, { json: raw.json ?? false });
      const name = basename(file);
      const text = await readFile(file).catch((cause: unknown) => {
        throw new AppError('not_found', `Cannot read ${file}`, {
          detail: String(cause),
          location: { file: name },
        });
      });
      const { parseCsvRecords } = await import('../modules/reference/csv-records.ts');
      const rows = parseCsvRecords(text, NewSubnationalAreaSchema, name);
      const r = await withData('these areas', {
        local: async (database, config) =>
          (await import('../modules/reference/add-areas.ts')).addSubnationalAreas(
            cliContext(database, config),
            {
              areas: rows,
              source: name,
            },
          ),
        // The API's body is the units alone.
        server: (server) =>
          server.post<Awaited<ReturnType<typeof addSubnationalAreas>>>('api/areas', { areas: rows }),
      });
      if (json) return writeJson(r);
      process.stdout.write(
        `${name}: ${r.added} unit(s) added, ${r.updated} updated, ${r.aliases} name(s) registered\n`,
      );
    });

  program
    .command('occupations')
    .description('List occupations and their ISCO-08 codes')
    .option('--json', 'print JSON')
    .action(async (raw: Record<string, unknown>) => {
      const { items } = await withData('this listing', {
        local: async (database) => ({
          items: await (await import('../modules/reference/repo.ts')).listOccupations(database),
        }),
        server: (server) =>
          server.get<{ items: Awaited<ReturnType<typeof listOccupations>> }>('api/occupations'),
      });
      if (raw.json) return writeJson({ items });
      printTable(
        ['code', 'name', 'ISCO-08'],
        items.map((o) => [o.code, o.name, o.isco08.join(', ')]),
      );
    });

  program
    .command('measures')
    .description('List measures with their unit and how many values are stored')
    .option('--json', 'print JSON')
    .action(async (raw: Record<string, unknown>) => {
      const { items } = await withData('this listing', {
        local: async (database) => ({
          items: await (await import('../modules/reference/repo.ts')).listMeasures(database),
        }),
        server: (server) => server.get<{ items: Awaited<ReturnType<typeof listMeasures>> }>('api/measures'),
      });
      if (raw.json) return writeJson({ items });
      printTable(
        ['code', 'name', 'unit', 'values'],
        items.map((m) => [m.code, m.name, m.unit, m.observations]),
        [3],
      );
    });
}
