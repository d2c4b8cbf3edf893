import type { Command } from 'commander';
import { z } from 'zod';
import { withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import { APPROVAL_ACTIONS, type ApprovalAction } from './domain/state-machine.ts';
import {
  ApprovalActionBodySchema,
  type ApprovalList,
  ApprovalListQuerySchema,
  type ApprovalUnit,
  ApprovalUnitParamsSchema,
} from './schemas.ts';

const ListOptionsSchema = z.object({ json: z.boolean().default(false) });

const DESCRIBE: Record<ApprovalAction, string> = {
  submit: 'Submit the data of a country for a year for approval',
  approve: 'Approve submitted data: it is locked against imports, revisions and rollbacks',
  return: 'Return submitted data to its data manager, with a comment saying what to correct',
  unapprove: 'Unapprove approved data, with a comment: it can be changed again',
};

function printUnits(units: readonly ApprovalUnit[]): void {
  printTable(
    ['area', 'year', 'dataset', 'state', 'values', 'changed since', 'last step', 'comment'],
    units.map((u) => [
      u.area,
      String(u.year),
      u.source ?? 'all',
      u.state.replace('_', ' '),
      u.observations,
      u.changesSince ?? '–',
      u.changed ? `${u.changed.name ?? u.changed.role} ${u.changed.at.slice(0, 16).replace('T', ' ')}` : '',
      u.comment ?? '',
    ]),
    [4, 5],
  );
}

export function registerApprovals(program: Command): void {
  const approvals = program
    .command('approvals')
    .description('Data approval per country, year and dataset: list, submit, approve, return, unapprove');

  approvals
    .command('list')
    .argument('[iso3]', 'one country')
    .argument('[year]', 'one year')
    .option('--state <state>', 'not_submitted, submitted, returned, approved or unapproved')
    .option('--json', 'print JSON')
    .description(
      'List approval units with their state and the values changed since the last submission or approval',
    )
    .action(async (iso3: string | undefined, year: string | undefined, raw: Record<string, unknown>) => {
      const opts = parseOptions(ListOptionsSchema, { json: raw.json === true });
      const query = parseOptions(ApprovalListQuerySchema, {
        ...(iso3 === undefined ? {} : { area: iso3 }),
        ...(year === undefined ? {} : { year }),
        ...(typeof raw.state === 'string' ? { state: raw.state } : {}),
      });
      const list = await withData('this listing', {
        local: async (db) => {
          const [{ operatorContext }, { listApprovals }] = await Promise.all([
            import('../../platform/context.ts'),
            import('./list-approvals.ts'),
          ]);
          return listApprovals(operatorContext(db), query);
        },
        server: (server) =>
          server.get<ApprovalList>('api/approvals', {
            area: query.area,
            year: query.year,
            state: query.state,
          }),
      });
      if (opts.json) return writeJson(list);
      printUnits(list.units);
    });

  for (const action of APPROVAL_ACTIONS)
    approvals
      .command(action)
      .argument('<iso3>', 'country ISO3 code')
      .argument('<year>', 'year')
      .option('--source <code>', 'one dataset; all datasets of the country and year when omitted')
      .option(
        '--comment <text>',
        action === 'return' || action === 'unapprove' ? 'why (required)' : 'a comment',
      )
      .option('--json', 'print JSON')
      .description(DESCRIBE[action])
      .action(async (iso3: string, year: string, raw: Record<string, unknown>) => {
        const params = parseOptions(ApprovalUnitParamsSchema, { iso3, year });
        const body = parseOptions(ApprovalActionBodySchema, {
          ...(typeof raw.source === 'string' ? { source: raw.source } : {}),
          ...(typeof raw.comment === 'string' ? { comment: raw.comment } : {}),
        });
        const unit = await withData(`this ${action}`, {
          local: async (db) => {
            const [{ operatorContext }, { actOnApproval }] = await Promise.all([
              import('../../platform/context.ts'),
              import('./act-on-approval.ts'),
            ]);
            return actOnApproval(operatorContext(db), {
              area: params.iso3,
              year: params.year,
              action,
              ...body,
            });
          },
          server: (server) =>
            server.post<ApprovalUnit>(`api/approvals/${params.iso3}/${params.year}/${action}`, body),
        });
        if (raw.json === true) return writeJson(unit);
        printUnits([unit]);
      });
}
