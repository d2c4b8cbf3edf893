import type { Command } from 'commander';
import { cliContext, withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { outputFormat, parseOptions } from '../../platform/cli/validate.ts';
import { INDICATOR_SLUGS } from './domain/index.ts';
import type { IndicatorResponse } from './schemas.ts';
import { IndicatorQuerySchema } from './schemas.ts';

const strings = (raw: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(raw)
      .filter(([, v]) => v !== undefined && v !== false)
      .map(([k, v]) => [k, String(v)]),
  );

const fmt = (v: number | null, digits = 2) =>
  v === null ? '–' : v.toLocaleString('en', { maximumFractionDigits: digits });

export function registerIndicators(program: Command): void {
  program
    .command('indicator')
    .description('Compute an indicator for areas, with the year and source of every input')
    .argument('<name>', INDICATOR_SLUGS.join(', '))
    .option(
      '--area <codes>',
      'ISO3 codes, WHO regions, income groups or WLD, comma-separated (default: every country)',
    )
    .option(
      '--occupation <slugs>',
      'occupation slug; density adds several, e.g. medical-doctors,nursing-and-midwifery',
    )
    .option('--year <year>', 'a data year, or latest', 'latest')
    .option('--up-to <year>', 'with --year latest: no value after this year')
    .option('--window <years>', 'with --year latest: no value more than this many years before --up-to')
    .option('--source <codes>', 'datasets to prefer, in order')
    .option(
      '--basis <basis>',
      'density: computed-first, published-first, computed or published',
      'computed-first',
    )
    .option('--origin-basis <basis>', 'emigration-rate: training, birth or any', 'training')
    .option('--format <format>', 'table or json', 'table')
    .action(async (name: string, raw: Record<string, unknown>) => {
      const { format, ...rest } = raw;
      const out = outputFormat(format);
      const params = { ...strings(rest), indicator: name };
      const q = parseOptions(IndicatorQuerySchema, params);
      const r = await withData('this computation', {
        local: async (db, config) =>
          (await import('./compute-indicators.ts')).computeIndicators(cliContext(db, config), q),
        server: (server) => server.get<IndicatorResponse>('api/indicators', params),
      });
      if (out === 'json') return writeJson(r);
      printTable(
        ['area', 'name', 'year', 'value', 'unit', 'method', 'sources', 'note'],
        r.items.map((i) => [
          i.area,
          i.areaName,
          i.year === null ? '–' : String(i.year),
          fmt(i.value),
          i.unit,
          i.method ?? '',
          [...new Set(i.inputs.map((x) => `${x.source} ${x.year}`))].join('; '),
          i.reason?.message ?? i.warnings.map((w) => w.message).join('; '),
        ]),
        [2, 3],
      );
      process.stderr.write(`${r.indicator} (${r.occupation.join(' + ')}), ${r.selection}\n`);
      if (r.summary?.migrationEffectiveness != null)
        process.stderr.write(`migration effectiveness index: ${fmt(r.summary.migrationEffectiveness)}\n`);
    });
}
