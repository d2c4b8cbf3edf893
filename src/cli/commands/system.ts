import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { describeConfig } from '../../config.ts';
import { openDatabase } from '../../db/client.ts';
import { migrate } from '../../db/migrate.ts';
import type { AreaKind } from '../../domain/areas.ts';
import { AppError } from '../../domain/errors.ts';
import { parseCsvRecords } from '../../reference/csv-records.ts';
import { AreaQuerySchema, NewSubnationalAreaSchema } from '../../schemas/catalog.ts';
import { listAreas, listMeasures, listOccupations } from '../../services/catalog/catalog.ts';
import { seedDemo } from '../../services/demo/seed-demo.ts';
import { templateCsv, templateXlsx } from '../../services/imports/template.ts';
import { addSubnationalAreas } from '../../services/reference/add-areas.ts';
import { seedReference } from '../../services/reference/seed-reference.ts';
import { getConfig, withDb, writeJson } from '../context.ts';
import { printTable } from '../table.ts';
import { parseOptions } from '../validate.ts';

const JsonSchema = z.object({ json: z.boolean().default(false) });

export function registerSystem(program: Command): void {
  const db = program.command('db').description('Database schema and seed data');
  db.command('migrate')
    .description('Apply pending schema migrations')
    .action(async () => {
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
      const q = parseOptions(AreaQuerySchema, { kind: raw.kind, parent: raw.parent });
      await withDb(async (database) => {
        const items = await listAreas(database, {
          ...(q.kind ? { kind: q.kind as AreaKind } : {}),
          ...(q.parent ? { parent: q.parent } : {}),
        });
        if (json) return writeJson({ items });
        printTable(
          ['code', 'kind', 'name', 'WHO region', 'income'],
          items.map((a) => [a.code, a.kind, a.name, a.whoRegion, a.wbIncome]),
        );
      });
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
      const rows = parseCsvRecords(text, NewSubnationalAreaSchema, name);
      await withDb(async (database) => {
        const r = await addSubnationalAreas(database, { areas: rows, source: name });
        if (json) return writeJson(r);
        process.stdout.write(
          `${name}: ${r.added} unit(s) added, ${r.updated} updated, ${r.aliases} name(s) registered\n`,
        );
      });
    });

  program
    .command('occupations')
    .description('List occupations and their ISCO-08 codes')
    .option('--json', 'print JSON')
    .action(async (raw: Record<string, unknown>) => {
      await withDb(async (database) => {
        const items = await listOccupations(database);
        if (raw.json) return writeJson({ items });
        printTable(
          ['code', 'name', 'ISCO-08'],
          items.map((o) => [o.code, o.name, o.isco08.join(', ')]),
        );
      });
    });

  program
    .command('measures')
    .description('List measures with their unit and how many values are stored')
    .option('--json', 'print JSON')
    .action(async (raw: Record<string, unknown>) => {
      await withDb(async (database) => {
        const items = await listMeasures(database);
        if (raw.json) return writeJson({ items });
        printTable(
          ['code', 'name', 'unit', 'values'],
          items.map((m) => [m.code, m.name, m.unit, m.observations]),
          [3],
        );
      });
    });
}
