import type { Command } from 'commander';
import { withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { outputFormat, parseOptions } from '../../platform/cli/validate.ts';
import { AppError } from '../../platform/errors.ts';
import { text } from './messages.ts';
import type { AuditPage } from './schemas.ts';
import { AuditFilterSchema, AuditQuerySchema } from './schemas.ts';

/** `--object batch:12` as the filter's object type and id. */
function objectFilter(object: unknown): { objectType?: string; objectId?: string } {
  if (typeof object !== 'string') return {};
  const at = object.indexOf(':');
  if (at <= 0 || at === object.length - 1) {
    throw new AppError('invalid_input', text('object_not_type_id', { value: JSON.stringify(object) }), {
      location: { field: '--object' },
      hint: text('object_hint'),
    });
  }
  return { objectType: object.slice(0, at), objectId: object.slice(at + 1) };
}

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('The audit trail, newest first: who changed what, when, with the values before and after')
    .option('--object <type:id>', 'one object: batch:12, area:GH-AA')
    .option('--user <email>', 'what one user did (an e-mail address, or "operator user@host")')
    .option('--action <action>', 'one action, e.g. rollback')
    .option('--area <code>', 'changes touching one area')
    .option('--from <date>', 'records at or after this day (2026-01-31) or instant')
    .option('--to <date>', 'records up to this day (inclusive) or instant')
    .option('--limit <n>', 'records shown', '50')
    .option('--csv', 'every matching record as CSV (spreadsheet-safe cells), without paging')
    .option('--format <format>', 'table or json', 'table')
    .action(async (raw: Record<string, unknown>) => {
      const { object, csv, format, limit, ...rest } = raw;
      const out = outputFormat(format);
      const given = Object.fromEntries(
        Object.entries({ ...rest, ...objectFilter(object) }).filter(([, v]) => typeof v === 'string'),
      ) as Record<string, string>;
      if (csv) {
        const filter = parseOptions(AuditFilterSchema, given);
        await withData('this export', {
          local: async (db) => {
            const [{ operatorContext }, { exportAuditCsv }] = await Promise.all([
              import('../../platform/context.ts'),
              import('./export-audit.ts'),
            ]);
            for await (const chunk of exportAuditCsv(operatorContext(db), filter))
              process.stdout.write(chunk);
          },
          server: async (server) => {
            const body = await server.stream('api/audit/export.csv', given);
            for await (const chunk of body) process.stdout.write(chunk);
          },
        });
        return;
      }
      const query = parseOptions(AuditQuerySchema, { ...given, limit: String(limit) });
      const page = await withData<AuditPage>('this request', {
        local: async (db) => {
          const [{ operatorContext }, { listAudit }] = await Promise.all([
            import('../../platform/context.ts'),
            import('./list-audit.ts'),
          ]);
          return listAudit(operatorContext(db), query);
        },
        server: (server) => server.get<AuditPage>('api/audit', { ...given, limit: query.limit }),
      });
      if (out === 'json') return writeJson(page);
      printTable(
        ['id', 'at', 'who', 'action', 'object', 'area', 'comment'],
        page.items.map((e) => [
          String(e.id),
          e.at,
          e.actorLabel,
          e.action,
          `${e.objectType}:${e.objectId}`,
          e.area ?? '',
          e.comment ?? '',
        ]),
      );
      process.stderr.write(`${page.items.length} of ${page.total} records\n`);
    });
}
