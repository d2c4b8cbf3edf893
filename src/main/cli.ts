import { Command, CommanderError } from 'commander';
// The commands only: the module's index also holds its HTTP routes, loaded by `serve` alone.
import { registerUsers } from '../modules/accounts/cli.ts';
import { registerAgreements } from '../modules/agreements/cli.ts';
import { registerApprovals } from '../modules/approvals/cli.ts';
import { registerAudit } from '../modules/audit/cli.ts';
import { registerDeclarations } from '../modules/declarations/cli.ts';
import { registerFlows } from '../modules/flows/index.ts';
import { registerIndicators } from '../modules/indicators/index.ts';
import { registerBatches, registerImport, registerQuery } from '../modules/observations/index.ts';
import { registerPlanning } from '../modules/planning/cli.ts';
import { registerQuestionnaires } from '../modules/questionnaires/cli.ts';
import { registerRecruiters } from '../modules/recruiters/cli.ts';
import { registerRecruitment } from '../modules/recruitment/cli.ts';
import { registerReference } from '../modules/reference/index.ts';
import { registerRounds } from '../modules/reporting/cli.ts';
import { registerReports } from '../modules/reporting/cli-reports.ts';
import { registerSafeguards } from '../modules/safeguards/index.ts';
import { registerWisn } from '../modules/wisn/cli.ts';
import {
  cliLang,
  langInArgv,
  setDatabasePreparer,
  setLangOption,
  setServerOption,
} from '../platform/cli/context.ts';
import { AppError, formatLocation } from '../platform/errors.ts';
import type { Lang } from '../platform/i18n/langs.ts';
import { render } from '../platform/i18n/messages.ts';
import { platformText as t } from '../platform/messages.ts';
import { VERSION } from '../platform/version.ts';
import { refuseWritesWhenReadOnly } from './cli-read-only.ts';
import './data-guards.ts';
import { registerServe } from './cli-serve.ts';
import { registerSystem } from './cli-system.ts';

setDatabasePreparer(async () => {
  const [{ ensureSeeded }, { loadShippedQuestionnaires }] = await Promise.all([
    import('./demo/seed-demo.ts'),
    import('../modules/questionnaires/ensure-shipped.ts'),
  ]);
  return async (db) => {
    await ensureSeeded(db, { demo: false });
    await loadShippedQuestionnaires(db);
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
    .option(
      '--lang <code>',
      'language of messages and errors: ar, zh, en, fr, ru or es (default: HWMO_LANG, else LC_ALL/LC_MESSAGES/LANG, else en)',
    )
    .exitOverride()
    .hook('preAction', () => setLangOption(program.opts<{ lang?: string }>().lang))
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
  registerQuestionnaires(program);
  registerRounds(program);
  registerReports(program);
  registerRecruitment(program);
  registerDeclarations(program);
  registerRecruiters(program);
  registerAgreements(program);
  registerWisn(program);
  registerPlanning(program);
  return program;
}

/**
 * Prints an error the way PostgreSQL does (primary, detail, hint), in the CLI's language, and returns the exit code
 * of its kind.
 */
export function reportError(err: unknown, lang: Lang = cliLang()): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  // "error: …", "erreur : …": the label and its text as the language writes them.
  const line = (key: 'cli.error' | 'cli.detail' | 'cli.hint', text: string) =>
    `${render(t('field.message', { field: render(t(key), lang), message: text }), lang)}\n`;
  if (err instanceof AppError) {
    const words = err.localize(lang);
    const where = formatLocation(err.location, lang);
    const around =
      where && !words.message.includes(where) ? ` ${render(t('loc.around', { where }), lang)}` : '';
    process.stderr.write(line('cli.error', `${words.message}${around}`));
    if (words.detail) process.stderr.write(line('cli.detail', words.detail));
    for (const e of words.errors.slice(1, 20)) {
      process.stderr.write(`  ${formatLocation(e, lang)}: ${e.message}\n`);
    }
    if (words.errors.length > 20) {
      process.stderr.write(`  ${render(t('cli.more', { count: words.errors.length - 20 }), lang)}\n`);
    }
    if (words.hint) process.stderr.write(line('cli.hint', words.hint));
    return err.exitCode;
  }
  process.stderr.write(line('cli.error', err instanceof Error ? (err.stack ?? err.message) : String(err)));
  return 1;
}

export async function main(argv: string[]): Promise<number> {
  let lang: Lang | undefined;
  try {
    // Taken before parsing, so that an error of the command line itself is in the language asked for.
    setLangOption(langInArgv(argv));
    lang = cliLang();
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (err) {
    return reportError(err, lang ?? cliLang());
  }
}
