import { Command, CommanderError } from 'commander';
// The commands only: the module's index also holds its HTTP routes, loaded by `serve` alone.
import { registerUsers } from '../modules/accounts/cli.ts';
import { registerApprovals } from '../modules/approvals/cli.ts';
import { registerAudit } from '../modules/audit/cli.ts';
import { registerFlows } from '../modules/flows/index.ts';
import { registerIndicators } from '../modules/indicators/index.ts';
import { registerBatches, registerImport, registerQuery } from '../modules/observations/index.ts';
import { registerReference } from '../modules/reference/index.ts';
import { registerSafeguards } from '../modules/safeguards/index.ts';
import { setDatabasePreparer, setServerOption } from '../platform/cli/context.ts';
import { AppError, formatLocation } from '../platform/errors.ts';
import { VERSION } from '../platform/version.ts';
import { refuseWritesWhenReadOnly } from './cli-read-only.ts';
import './data-guards.ts';
import { registerServe } from './cli-serve.ts';
import { registerSystem } from './cli-system.ts';

setDatabasePreparer(async () => {
  const { ensureSeeded } = await import('./demo/seed-demo.ts');
  return async (db) => {
    await ensureSeeded(db, { demo: false });
  };
});

export function buildProgram(): Command {
  const program: Command = new Command('hwmo')
    .description(
      'Health Worker Migration Observatory: import, query and serve health workforce migration data',
    )
    .version(VERSION)
    .option(
      '--server <url>',
      'send the command to this running hwmo server (e.g. http://127.0.0.1:8080) instead of opening the database',
    )
    .exitOverride()
    .hook('preAction', () => setServerOption(program.opts<{ server?: string }>().server))
    .hook('preAction', (_program: Command, action: Command) => refuseWritesWhenReadOnly(action));
  registerImport(program);
  registerBatches(program);
  registerQuery(program);
  registerFlows(program);
  registerIndicators(program);
  registerSafeguards(program);
  registerServe(program);
  registerSystem(program);
  registerReference(program);
  registerUsers(program);
  registerAudit(program);
  registerApprovals(program);
  return program;
}

/** Prints an error the way PostgreSQL does (primary, detail, hint) and returns the exit code of its kind. */
export function reportError(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  if (err instanceof AppError) {
    const where = formatLocation(err.location);
    process.stderr.write(
      `error: ${err.message}${where && !err.message.includes(where) ? ` (${where})` : ''}\n`,
    );
    if (err.detail) process.stderr.write(`detail: ${err.detail}\n`);
    for (const e of err.errors.slice(1, 20)) {
      process.stderr.write(`  ${formatLocation(e)}: ${e.message}\n`);
    }
    if (err.errors.length > 20) process.stderr.write(`  … and ${err.errors.length - 20} more\n`);
    if (err.hint) process.stderr.write(`hint: ${err.hint}\n`);
    return err.exitCode;
  }
  process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 1;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (err) {
    return reportError(err);
  }
}
