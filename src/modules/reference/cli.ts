import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import { AppError } from '../../platform/errors.ts';
import type { AreaKind } from './domain/areas.ts';
import { text as msg } from './messages.ts';
import {
  type AddAreasResult,
  type AreaListSchema,
  AreaQuerySchema,
  type MeasureListSchema,
  NewSubnationalAreaSchema,
  type OccupationListSchema,
} from './schemas.ts';

const JsonFlagSchema = z.object({ json: z.boolean().default(false) });

type AreaList = z.infer<typeof AreaListSchema>;
type OccupationList = z.infer<typeof OccupationListSchema>;
type MeasureList = z.infer<typeof MeasureListSchema>;

/** `hwmo areas [add FILE]`, `hwmo occupations`, `hwmo measures`: on the database here, or sent to its server. */
export function registerReference(program: Command): void {
  const areas = program
    .command('areas')
    .description(
      'List areas (countries, WHO regions, income groups, aggregates, subnational units); `add FILE` adds units',
    )
    .option('--kind <kind>', 'only this kind')
    .option('--parent <code>', 'only children of this area')
    .option('--json', 'print JSON')
    .action(async (raw: Record<string, unknown>) => {
      const { json } = parseOptions(JsonFlagSchema, { json: raw.json ?? false });
      const params = { kind: raw.kind, parent: raw.parent } as Record<string, string | undefined>;
      const q = parseOptions(AreaQuerySchema, params);
      const { items } = await withData('this listing', {
        local: async (database) => {
          const { listAreas } = await import('./list-areas.ts');
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
        server: (server) => server.get<AreaList>('api/areas', params),
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
      const { json } = parseOptions(JsonFlagSchema, { json: raw.json ?? false });
      const name = basename(file);
      const text = await readFile(file).catch((cause: unknown) => {
        throw new AppError('not_found', msg('cannot_read', { file }), {
          detail: String(cause),
          location: { file: name },
        });
      });
      const { parseCsvRecords } = await import('./csv-records.ts');
      const rows = parseCsvRecords(text, NewSubnationalAreaSchema, name);
      const r = await withData('these areas', {
        local: async (database, config) =>
          (await import('./add-areas.ts')).addSubnationalAreas(cliContext(database, config), {
            areas: rows,
            source: name,
          }),
        // The API's body is the units alone.
        server: (server) => server.post<AddAreasResult>('api/areas', { areas: rows }),
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
          items: await (await import('./repo.ts')).listOccupations(database),
        }),
        server: (server) => server.get<OccupationList>('api/occupations'),
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
          items: await (await import('./repo.ts')).listMeasures(database),
        }),
        server: (server) => server.get<MeasureList>('api/measures'),
      });
      if (raw.json) return writeJson({ items });
      printTable(
        ['code', 'name', 'unit', 'values'],
        items.map((m) => [m.code, m.name, m.unit, m.observations]),
        [3],
      );
    });
}
