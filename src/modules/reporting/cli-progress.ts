import type { Command } from 'commander';
import { z } from 'zod';
import { cliLang, withData, writeJson } from '../../platform/cli/context.ts';
import type { ServerClient } from '../../platform/cli/server-client.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { registerProgressExport } from './cli-exports.ts';
import { change } from './domain/progress/generate.ts';
import { formatChange, progressText, progressWords } from './messages-progress.ts';
import type { ProgressReport } from './schemas-progress.ts';

const YearSchema = z.object({ year: z.coerce.number().int().min(2010).max(2100) });

/** The id of the round opening in a year, on the database here. */
async function localRoundId(db: Database, year: number): Promise<number> {
  const { findRound } = await import('./repo.ts');
  const round = await findRound(db, { year });
  if (!round) throw new AppError('not_found', progressText('err_round_year_not_found', { year }));
  return round.id;
}

/** The id of the round opening in a year, on a server. */
async function serverRoundId(server: ServerClient, year: number): Promise<number> {
  const { rounds } = await server.get<{ rounds: Array<{ id: number; year: number }> }>('api/rounds');
  const round = rounds.find((r) => r.year === year);
  if (!round) throw new AppError('not_found', progressText('err_round_year_not_found', { year }));
  return round.id;
}

/** A previous count with the change since: "85 (+38%)". */
function previously(now: number, before: number | null, lang: Lang): string {
  if (before === null) return '';
  const ratio = change(now, before);
  return ratio === null ? String(before) : `${before} (${formatChange(ratio, lang)})`;
}

/** The report as text: title, the participation summary and tables, tallies, figures and annexes. */
export function printProgress(report: ProgressReport, lang: Lang): void {
  const c = report.content;
  const w = progressWords(c, lang);
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`${w.title} (${report.state === 'published' ? w.state.published : w.state.draft}, v${report.version})`);
  out(w.subtitle);
  out();
  for (const line of Object.values(w.summary)) out(`  ${line}`);
  if (c.editorial.summary) {
    out();
    out(w.headings.summary);
    out(c.editorial.summary);
  }
  const withPrevious = c.previous !== null;
  const head = [
    w.columns.group,
    w.columns.countries,
    w.columns.authorities,
    ...(withPrevious ? [w.columns.previous_authorities] : []),
    w.columns.reports,
    ...(withPrevious ? [w.columns.previous_reports] : []),
  ];
  const numeric = head.map((_, i) => i).slice(1);
  for (const [title, rows] of [
    [w.byRegion, c.participation.byRegion],
    [w.byIncome, c.participation.byIncome],
  ] as const) {
    out();
    out(`${w.headings.participation}: ${title}`);
    printTable(
      head,
      [...rows, c.participation.total].map((r) => [
        w.groups[r.code] ?? r.code,
        r.countries,
        r.authorities,
        ...(withPrevious ? [previously(r.authorities, r.previousAuthorities, lang)] : []),
        r.reports,
        ...(withPrevious ? [previously(r.reports, r.previousReports, lang)] : []),
      ]),
      numeric,
    );
  }
  if (c.questions.length > 0) {
    out();
    out(w.headings.questions);
    printTable(
      [w.columns.question, w.columns.option, w.columns.count],
      c.questions.flatMap((q) => q.counts.map((n) => [q.text[lang], n.text[lang], n.count])),
      [2],
    );
  }
  if (c.figures.length > 0) {
    out();
    out(w.headings.figures);
    printTable(
      [
        w.columns.country,
        w.columns.measure,
        w.columns.occupation,
        w.columns.partner,
        w.columns.year,
        w.columns.reported,
        w.columns.stored,
        w.columns.stored_source,
      ],
      c.figures.map((f) => [
        f.area,
        w.measures[`${f.measure}_${f.basis}`] ?? f.measure,
        f.occupation,
        f.partner ?? '_T',
        String(f.year),
        f.reported,
        f.stored,
        f.storedSource ?? '',
      ]),
      [5, 6],
    );
  }
  out();
  out(w.headings.annexes);
  printTable(
    [w.columns.country, w.columns.authority, w.columns.state],
    c.annexes.map((a) => [a.area, a.authority ?? '', w.reportStates[a.state] ?? a.state]),
  );
}

/** `hwmo rounds progress-report …`, under the `rounds` command. */
export function registerProgressCommands(rounds: Command): void {
  const progress = rounds
    .command('progress-report')
    .description("The round's global progress report: generate it, show it");

  progress
    .command('generate')
    .argument('<year>', 'the year the round opened, e.g. 2027 for the 2027/28 round')
    .option('--json', 'print JSON')
    .description(
      "Generate the progress report of a closed round from its reports, or regenerate the draft keeping the secretariat's text",
    )
    .action(async (year: string, raw: Record<string, unknown>) => {
      const params = parseOptions(YearSchema, { year });
      const report = await withData('this generation', {
        local: async (db, config) => {
          const [{ cliContext }, { generateProgressReport }] = await Promise.all([
            import('../../platform/cli/context.ts'),
            import('./generate-progress.ts'),
          ]);
          return generateProgressReport(cliContext(db, config), await localRoundId(db, params.year));
        },
        server: async (server) =>
          server.post<ProgressReport>(
            `api/rounds/${await serverRoundId(server, params.year)}/progress-report`,
            {},
          ),
      });
      if (raw.json === true) return writeJson(report);
      printProgress(report, cliLang());
    });

  progress
    .command('show')
    .argument('<year>', 'the year the round opened')
    .option('--json', 'print JSON')
    .description('Show the progress report of a round (in the language of --lang)')
    .action(async (year: string, raw: Record<string, unknown>) => {
      const params = parseOptions(YearSchema, { year });
      const report = await withData('this reading', {
        local: async (db, config) => {
          const [{ cliContext }, { getProgressReport }] = await Promise.all([
            import('../../platform/cli/context.ts'),
            import('./get-progress.ts'),
          ]);
          return getProgressReport(cliContext(db, config), await localRoundId(db, params.year));
        },
        server: async (server) =>
          server.get<ProgressReport>(
            `api/rounds/${await serverRoundId(server, params.year)}/progress-report`,
          ),
      });
      if (raw.json === true) return writeJson(report);
      printProgress(report, cliLang());
    });

  registerProgressExport(progress, { local: localRoundId, server: serverRoundId });
}
