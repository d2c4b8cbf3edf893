import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, withData, withDb, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { outputFormat, parseOptions } from '../../platform/cli/validate.ts';
import type { Database } from '../../platform/db/client.ts';
import type { explainSafeguards, officialSafeguardsList, recomputeSafeguardsList } from './index.ts';
import { SslRecomputeQuerySchema } from './schemas.ts';

const strings = (raw: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(raw)
      .filter(([, v]) => v !== undefined && v !== false)
      .map(([k, v]) => [k, String(v)]),
  );

const fmt = (v: number | null, digits = 2) =>
  v === null ? '–' : v.toLocaleString('en', { maximumFractionDigits: digits });

export function registerSafeguards(program: Command): void {
  program
    .command('ssl')
    .description(
      'The WHO Health Workforce Support and Safeguards List: official, recomputed, or one country explained',
    )
    .requiredOption('--edition <year>', 'list edition, e.g. 2023')
    .option('--recompute', 'recompute the list from the data loaded and show how it differs')
    .option('--country <iso3>', 'explain one country')
    .option(
      '--load <file>',
      "load the edition's published members from a CSV (iso3,who_name,who_region_2023,name_source)",
    )
    .option('--sci-year <year>', 'UHC service coverage index year, or latest')
    .option('--sci-up-to <year>', 'with --sci-year latest: no index after this year')
    .option(
      '--sci-window <years>',
      'with --sci-year latest: no index more than this many years before --sci-up-to',
    )
    .option('--sci-source <codes>', 'preferred index sources, in order: OWID, WB.WDI, WHO.GHO')
    .option('--density-year <year>', 'density year, or latest')
    .option('--density-up-to <year>', 'with --density-year latest: no density after this year')
    .option('--density-window <years>', 'with --density-year latest: years before --density-up-to')
    .option('--density-source <codes>', 'preferred sources of headcounts, densities and population')
    .option('--basis <basis>', 'density: published-first (default), computed-first, computed or published')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const { format, edition: e, recompute, country, load, ...rest } = raw;
      const out = outputFormat(format);
      const edition = parseOptions(z.object({ edition: z.coerce.number().int() }), { edition: e }).edition;
      const emptyDatabaseHint = async (db: Database) =>
        (await import('../observations/index.ts')).emptyDatabaseHint(db);
      let emptyHint: string | null = null;
      (await import('./assess.ts')).requireEdition(edition);
      const params = strings(rest);
      const q = parseOptions(SslRecomputeQuerySchema, params);
      if (typeof load === 'string') {
        const { loadSafeguardsList } = await import('./load-list.ts');
        const n = await withDb((db, config) =>
          loadSafeguardsList(cliContext(db, config), { edition, path: load }),
        );
        process.stderr.write(`loaded ${n} countries of the ${edition} edition from ${basename(load)}\n`);
        return;
      }
      if (typeof country === 'string') {
        const a = await withData('this request', {
          local: async (db, config) =>
            (await import('./explain-country.ts')).explainSafeguards(cliContext(db, config), {
              edition,
              iso3: country,
              query: q,
            }),
          server: (server) =>
            server.get<Awaited<ReturnType<typeof explainSafeguards>>>(
              `api/safeguards/${edition}/${encodeURIComponent(country)}`,
              params,
            ),
        });
        if (out === 'json') return writeJson(a);
        process.stdout.write(`${a.areaName} (${a.area}), SSL ${edition}: ${a.status}\n${a.explanation}\n`);
        return;
      }
      if (recompute) {
        const r = await withData('this recomputation', {
          local: async (db, config) => {
            emptyHint = await emptyDatabaseHint(db);
            return (await import('./recompute-list.ts')).recomputeSafeguardsList(cliContext(db, config), {
              edition,
              query: q,
            });
          },
          server: (server) =>
            server.get<Awaited<ReturnType<typeof recomputeSafeguardsList>>>(
              `api/safeguards/${edition}/recomputed`,
              params,
            ),
        });
        if (out === 'json') return writeJson(r);
        printTable(
          [
            'area',
            'name',
            'region',
            'density',
            'year',
            'UHC SCI',
            'year',
            'source',
            'recomputed',
            'official',
          ],
          r.items
            .filter((i) => i.status !== 'off' || i.officiallyListed)
            .map((i) => [
              i.area,
              i.areaName,
              i.whoRegion ?? '',
              fmt(i.density.value),
              i.density.year === null ? '–' : String(i.density.year),
              fmt(i.sci.value),
              i.sci.year === null ? '–' : String(i.sci.year),
              i.sci.source ?? '',
              i.status,
              i.officiallyListed === null ? '?' : i.officiallyListed ? 'on' : 'off',
            ]),
          [3, 5],
        );
        const c = r.counts;
        if (emptyHint) process.stderr.write(`hint: ${emptyHint}\n`);
        process.stdout.write(
          `\n${r.title}, recomputed: ${c.on} on, ${c.notAssessable} not assessable (official: ${c.official}).\n` +
            `Rule: UHC SCI < ${r.rule.sciBelow} and density < ${r.rule.densityBelow}. Index ${r.choices.sci} from ${r.choices.sciSources.join(' > ')}; density ${r.choices.density}, ${r.choices.densityBasis}.\n` +
            `Global median density of ${r.globalMedianDensity.countries} Member States: ${fmt(r.globalMedianDensity.value)} per 10 000.\n`,
        );
        if (r.differences.length > 0) {
          process.stdout.write(`\nDifferences from the official list (${r.differences.length}):\n`);
          for (const d of r.differences)
            process.stdout.write(`  ${d.area} ${d.areaName}: ${d.explanation}\n`);
        }
        return;
      }
      const o = await withData('this request', {
        local: async (db, config) => {
          emptyHint = await emptyDatabaseHint(db);
          return (await import('./official-list.ts')).officialSafeguardsList(cliContext(db, config), edition);
        },
        server: (server) =>
          server.get<Awaited<ReturnType<typeof officialSafeguardsList>>>(`api/safeguards/${edition}`),
      });
      if (out === 'json') return writeJson(o);
      printTable(
        ['area', 'name', 'WHO region'],
        o.members.map((m) => [m.area, m.name, m.whoRegion ?? '']),
      );
      process.stdout.write(
        `\n${o.title}: ${o.count} countries (published: ${o.publishedCount}). Rule: UHC SCI < ${o.rule.sciBelow} and density < ${o.rule.densityBelow} per 10 000.\n`,
      );
      if (o.note) process.stdout.write(`${o.note}\n`);
      if (emptyHint) process.stderr.write(`hint: ${emptyHint}\n`);
    });
}
