import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import type { Declaration, DeclarationList, DeclareResult } from './schemas.ts';
import { DeclarationLineSchema, ReviewBodySchema, ReviewListQuerySchema } from './schemas.ts';

const Id = z.coerce.number().int().min(1).max(2_147_483_647);

/** A declarations file: month,origin,occupation,placed[,agreement], one line per month, origin and occupation. */
const CsvLineSchema = z
  .object({
    month: z.string(),
    origin: z.string(),
    occupation: z.string(),
    placed: z.string(),
    agreement: z.string().optional(),
  })
  .strict()
  .transform((r) => ({
    month: r.month,
    origin: r.origin,
    occupation: r.occupation,
    placed: r.placed as unknown,
    ...(r.agreement ? { agreement: r.agreement as unknown } : {}),
  }))
  .pipe(DeclarationLineSchema);

function printDeclarations(list: readonly Declaration[]): void {
  printTable(
    [
      'id',
      'organisation',
      'month',
      'origin',
      'occupation',
      'placed',
      'agreement',
      'status',
      'review',
      'flag',
    ],
    list.map((d) => [
      String(d.id),
      d.organisation.name,
      d.month,
      d.origin.code,
      d.occupation,
      String(d.placed),
      d.agreement === null ? '' : String(d.agreement),
      d.originStatus,
      d.review.replace('_', ' '),
      d.flagText ?? '',
    ]),
    [0, 5],
  );
}

export function registerDeclarations(program: Command): void {
  const declarations = program
    .command('declarations')
    .description(
      'Declarations of recruitment by listed organisations: the health workers placed, by month, origin and occupation',
    );

  declarations
    .command('import')
    .argument('<file>', 'CSV: month,origin,occupation,placed[,agreement]')
    .requiredOption('--organisation <id>', 'the listed organisation declaring')
    .option('--json', 'print JSON')
    .description(
      'Declare the lines of a file, all or none; lines declared before for the same key are replaced',
    )
    .action(async (file: string, raw: Record<string, unknown>) => {
      const organisation = parseOptions(z.object({ organisation: Id }), {
        organisation: raw.organisation,
      }).organisation;
      const { parseCsvRecords } = await import('../reference/index.ts');
      const lines = parseCsvRecords(readFileSync(file), CsvLineSchema, basename(file));
      const result = await withData('this declaration', {
        local: async (db, config) => {
          const { declarePlacements } = await import('./declare.ts');
          return declarePlacements(cliContext(db, config), { organisation, lines });
        },
        server: (server) =>
          server.post<DeclareResult>(`api/recruiters/organisations/${organisation}/declarations`, { lines }),
      });
      if (raw.json === true) return writeJson(result);
      printDeclarations(result.declarations);
      process.stdout.write(
        `\n${result.declarations.length} line(s) declared, ${result.flagged} flagged for review; batch ${result.batch}: ${result.inserted} inflow value(s) new, ${result.revised} revised, ${result.unchanged} unchanged\n`,
      );
    });

  declarations
    .command('list')
    .option('--organisation <id>', "one organisation's declarations")
    .option('--destination <iso3>', "a destination's declarations (reviewers)")
    .option('--review <state>', 'with --destination: not_needed, pending, accepted or queried')
    .option('--json', 'print JSON')
    .description('List declarations, newest month first, with their flags and review')
    .action(async (raw: Record<string, unknown>) => {
      const org =
        raw.organisation === undefined
          ? null
          : parseOptions(z.object({ organisation: Id }), { organisation: raw.organisation }).organisation;
      const query =
        org === null
          ? parseOptions(ReviewListQuerySchema, {
              destination: raw.destination,
              ...(typeof raw.review === 'string' ? { review: raw.review } : {}),
            })
          : null;
      const list = await withData('this listing', {
        local: async (db, config) => {
          const m = await import('./list-declarations.ts');
          const ctx = cliContext(db, config);
          return query === null
            ? m.organisationDeclarations(ctx, org ?? 0)
            : m.destinationDeclarations(ctx, query);
        },
        server: (server) =>
          query === null
            ? server.get<DeclarationList>(`api/recruiters/organisations/${org}/declarations`)
            : server.get<DeclarationList>('api/declarations', { ...query }),
      });
      if (raw.json === true) return writeJson(list);
      printDeclarations(list.declarations);
    });

  declarations
    .command('review')
    .argument('<id>', 'the declaration')
    .requiredOption('--decision <decision>', 'accepted, or queried')
    .requiredOption('--note <text>', 'what the reviewer found')
    .option('--json', 'print JSON')
    .description('Accept a flagged declaration, or query it')
    .action(async (id: string, raw: Record<string, unknown>) => {
      const declaration = parseOptions(z.object({ id: Id }), { id }).id;
      const body = parseOptions(ReviewBodySchema, { decision: raw.decision, note: raw.note });
      const out = await withData('this review', {
        local: async (db, config) => {
          const { reviewDeclaration } = await import('./review-declaration.ts');
          return reviewDeclaration(cliContext(db, config), declaration, body);
        },
        server: (server) => server.post<Declaration>(`api/declarations/${declaration}/review`, body),
      });
      if (raw.json === true) return writeJson(out);
      printDeclarations([out]);
    });
}
