import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, cliLang, withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import { render } from '../../platform/i18n/messages.ts';
import { type Questionnaire, QuestionnaireKindSchema } from '../questionnaires/schemas.ts';
import { registerReportExports } from './cli-exports.ts';
import { serverRound } from './cli-rounds.ts';
import { type Report, ReportIdParamsSchema, ReportStateSchema, type ReportSummary } from './schemas.ts';

const ListOptionsSchema = z
  .object({
    round: z.coerce.number().int().min(2010).max(2100).optional(),
    kind: QuestionnaireKindSchema.optional(),
    state: ReportStateSchema.optional(),
    area: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code')
      .transform((s) => s.toUpperCase())
      .optional(),
  })
  .strict();

const day = (t: string | null) => t?.slice(0, 10) ?? '';

function printReports(reports: readonly ReportSummary[]): void {
  printTable(
    [
      'id',
      'round',
      'kind',
      'country',
      'organisation',
      'state',
      'version',
      'submitted',
      'accepted',
      'published',
    ],
    reports.map((r) => [
      String(r.id),
      r.roundLabel,
      r.kind,
      r.area ?? '',
      r.organisation ?? '',
      r.state,
      String(r.version),
      day(r.submittedAt),
      day(r.acceptedAt),
      day(r.publishedAt),
    ]),
  );
}

export function registerReports(program: Command): void {
  const reports = program
    .command('reports')
    .description('National and stakeholder reports on the WHO Global Code');

  reports
    .command('list')
    .option('--round <year>', 'only the round opening in that year')
    .option('--kind <kind>', 'national or stakeholder')
    .option('--state <state>', 'draft, submitted, returned, resubmitted, accepted or published')
    .option('--area <iso3>', 'only reports of, or about, that country')
    .option('--json', 'print JSON')
    .description('The reports the caller may read, the latest round first')
    .action(async (raw: Record<string, unknown>) => {
      const { json: _json, ...rest } = raw;
      const o = parseOptions(ListOptionsSchema, rest);
      const filter = { kind: o.kind, state: o.state, area: o.area };
      const r = await withData('this reading', {
        local: async (db, config) => {
          const [{ listReports }, { roundOrThrow }] = await Promise.all([
            import('./list-reports.ts'),
            import('./get-round.ts'),
          ]);
          const roundId = o.round === undefined ? null : (await roundOrThrow(db, { year: o.round })).id;
          return listReports(cliContext(db, config), roundId, { ...filter, roundYear: o.round });
        },
        server: async (server) => {
          const rounds =
            o.round === undefined
              ? (await server.get<{ rounds: Array<{ id: number }> }>('api/rounds')).rounds
              : [await serverRound(server, o.round)];
          const query = Object.fromEntries(
            Object.entries(filter).filter(([, v]) => v !== undefined),
          ) as Record<string, string>;
          const lists = await Promise.all(
            rounds.map((round) =>
              server.get<{ reports: ReportSummary[] }>(`api/rounds/${round.id}/reports`, query),
            ),
          );
          return { reports: lists.flatMap((l) => l.reports) };
        },
      });
      if (raw.json === true) return writeJson(r);
      printReports(r.reports);
    });

  reports
    .command('show')
    .argument('<id>', 'the report’s number (see `hwmo reports list`)')
    .option('--json', 'print JSON: answers, comments, attachments and issues')
    .description('A report: its state, what is still missing, the comments and the attachments')
    .action(async (id: string, raw: Record<string, unknown>) => {
      const params = parseOptions(ReportIdParamsSchema, { id });
      const { report, questionnaire } = await withData('this reading', {
        local: async (db, config) => {
          const [{ getReport }, { getQuestionnaire }] = await Promise.all([
            import('./get-report.ts'),
            import('../questionnaires/index.ts'),
          ]);
          const report = await getReport(cliContext(db, config), params.id);
          return { report, questionnaire: await getQuestionnaire(db, report.questionnaireId) };
        },
        server: async (server) => {
          const report = await server.get<Report>(`api/reports/${params.id}`);
          return {
            report,
            questionnaire: await server.get<Questionnaire>(`api/questionnaires/${report.questionnaireId}`),
          };
        },
      });
      if (raw.json === true) return writeJson(report);
      const lang = cliLang();
      const { issueText } = await import('../questionnaires/index.ts');
      printReports([report]);
      const out = (line = '') => process.stdout.write(`${line}\n`);
      out();
      out(
        `answers: ${Object.keys(report.answers).length}; updated ${report.updatedAt} by ${report.updatedBy}`,
      );
      if (report.issues.length) {
        out(`still missing or wrong: ${report.issues.length}`);
        printTable(
          ['question', 'issue'],
          report.issues.map((i) => [i.question, render(issueText(i, questionnaire.definition), lang)]),
        );
      }
      if (report.comments.length) {
        out('comments:');
        printTable(
          ['question', 'by', 'at', 'comment'],
          report.comments.map((c) => [c.question ?? '', c.author, c.createdAt.slice(0, 16), c.body]),
        );
      }
      if (report.attachments.length) {
        out('attachments:');
        printTable(
          ['id', 'question', 'file', 'bytes'],
          report.attachments.map((a) => [String(a.id), a.question, a.fileName, a.size]),
          [3],
        );
      }
    });

  registerReportExports(reports);
}
