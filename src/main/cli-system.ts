import type { Command } from 'commander';
import { z } from 'zod';
import { cliLang, getConfig, refuseServerOption, withDb, writeJson } from '../platform/cli/context.ts';
import { printTable } from '../platform/cli/table.ts';
import { parseOptions } from '../platform/cli/validate.ts';
import { describeConfig } from '../platform/config.ts';
import { AppError } from '../platform/errors.ts';
import { render } from '../platform/i18n/messages.ts';
import { platformText as t } from '../platform/messages.ts';

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
          `${render(
            r.applied.length
              ? t('cli.migrated', { versions: r.applied.join(', '), version: r.current })
              : t('cli.schema_current', { version: r.current }),
            cliLang(),
          )}\n`,
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
        const { loadShippedQuestionnaires } = await import('../modules/questionnaires/index.ts');
        for (const q of await loadShippedQuestionnaires(database))
          process.stdout.write(`Questionnaire ${q.code} ${q.version} (${q.kind}) from ${q.file}\n`);
        if (!raw.demo) return;
        const r = await seedDemo(database, {
          onFile: (file, rep) =>
            process.stdout.write(
              `${file}: read ${rep.rowsRead}, new ${rep.stored}, revised ${rep.revised}, unchanged ${rep.unchanged}, skipped ${rep.skipped}\n`,
            ),
        });
        process.stdout.write(`Support and Safeguards List 2023: ${r.safeguardsList2023} countries\n`);
        for (const a of r.agreements)
          process.stdout.write(
            `${a.file}: ${a.created} agreements new, ${a.updated} changed, ${a.unchanged} unchanged\n`,
          );
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
        throw new AppError('invalid_input', t('cli.xlsx_terminal'), { hint: t('cli.xlsx_hint') });
      }
      process.stdout.write(await templateXlsx());
    });
}
