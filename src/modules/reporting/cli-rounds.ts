import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, withData, writeJson } from '../../platform/cli/context.ts';
import type { ServerClient } from '../../platform/cli/server-client.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import { linkBaseUrl } from '../../platform/config.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { text } from './messages.ts';
import {
  type Authority,
  CreateRoundSchema,
  type Dashboard,
  DesignateAuthoritySchema,
  ROUND_ACTIONS,
  type Round,
} from './schemas.ts';

const YearSchema = z.object({ year: z.coerce.number().int().min(2010).max(2100) });

/** The round opening in a year, on the database here. */
async function localRound(db: Database, year: number): Promise<Round> {
  const { roundOrThrow } = await import('./get-round.ts');
  return roundOrThrow(db, { year });
}

/** The round opening in a year, on a server. */
export async function serverRound(server: ServerClient, year: number): Promise<Round> {
  const { rounds } = await server.get<{ rounds: Round[] }>('api/rounds');
  const round = rounds.find((r) => r.year === year);
  if (!round)
    throw new AppError('not_found', text('round_year_not_found', { year }), { hint: text('rounds_hint') });
  return round;
}

function printRounds(rounds: readonly Round[]): void {
  printTable(
    ['year', 'round', 'state', 'opens', 'closes', 'questionnaire', 'stakeholder questionnaire'],
    rounds.map((r) => [
      String(r.year),
      r.label,
      r.state,
      r.opensOn,
      r.closesOn,
      `${r.questionnaireVersion} (#${r.questionnaireId})`,
      r.stakeholderQuestionnaireId === null
        ? ''
        : `${r.stakeholderQuestionnaireVersion} (#${r.stakeholderQuestionnaireId})`,
    ]),
  );
}

function printDashboard(d: Dashboard): void {
  process.stdout.write(`${d.round.label} (${d.round.state}): ${d.round.opensOn} – ${d.round.closesOn}\n`);
  const head = [
    'group',
    'countries',
    'authorities',
    'not started',
    'draft',
    'submitted',
    'accepted',
    'stakeholder',
  ];
  for (const [title, groups] of [
    ['WHO region', d.byRegion],
    ['income group', d.byIncome],
  ] as const) {
    process.stdout.write(`\nBy ${title}\n`);
    printTable(
      head,
      [...groups, { ...d.total, code: 'total', name: 'Total' }].map((g) => [
        g.name,
        g.countries,
        g.authorities,
        g.notStarted,
        g.draft,
        g.submitted,
        g.accepted,
        g.stakeholder,
      ]),
      [1, 2, 3, 4, 5, 6, 7],
    );
  }
}

function printAuthorities(authorities: readonly Authority[]): void {
  printTable(
    ['round', 'area', 'organisation', 'contact', 'e-mail', 'accounts', 'designated', 'superseded'],
    authorities.map((a) => [
      String(a.roundYear),
      a.area,
      a.organisation,
      a.contactName,
      a.contactEmail,
      a.accounts.length ? a.accounts.map((x) => x.email).join(', ') : a.invitationPending ? '(invited)' : '',
      a.designatedAt.slice(0, 10),
      a.supersededAt?.slice(0, 10) ?? '',
    ]),
  );
}

/** `hwmo rounds list|show|create|open|close|publish|dashboard|authorities|designate|history`. */
export function registerRoundCommands(rounds: Command): void {
  rounds
    .command('list')
    .option('--json', 'print JSON')
    .description('The reporting rounds, the latest first')
    .action(async (raw: Record<string, unknown>) => {
      const r = await withData('this reading', {
        local: async (db, config) => {
          const { listRounds } = await import('./list-rounds.ts');
          return listRounds(cliContext(db, config));
        },
        server: (server) => server.get<{ rounds: Round[] }>('api/rounds'),
      });
      if (raw.json === true) return writeJson(r);
      printRounds(r.rounds);
    });

  rounds
    .command('create')
    .argument('<year>', 'the year the round opens, e.g. 2027 for the 2027/28 round')
    .requiredOption('--opens-on <date>', 'opening date, YYYY-MM-DD')
    .requiredOption('--closes-on <date>', 'closing date, YYYY-MM-DD')
    .option('--questionnaire <id>', 'the national questionnaire version (default: the latest stored)')
    .option(
      '--stakeholder-questionnaire <id>',
      'the stakeholder questionnaire version (default: the latest stored; "none" for no stakeholder reports)',
    )
    .option('--json', 'print JSON')
    .description('Plan a reporting round')
    .action(async (year: string, raw: Record<string, unknown>) => {
      const id = (v: unknown) => (v === undefined ? undefined : v === 'none' ? null : Number(v));
      const make = async (latest: { national: number | null; stakeholder: number | null }) =>
        parseOptions(CreateRoundSchema, {
          year: Number(year),
          opensOn: raw.opensOn,
          closesOn: raw.closesOn,
          questionnaireId: id(raw.questionnaire) ?? latest.national ?? undefined,
          stakeholderQuestionnaireId:
            raw.stakeholderQuestionnaire === undefined
              ? latest.stakeholder
              : id(raw.stakeholderQuestionnaire),
        });
      const round = await withData('this change', {
        local: async (db, config) => {
          const [{ createRound }, { latestQuestionnaires }, { loadShippedQuestionnaires }] =
            await Promise.all([
              import('./create-round.ts'),
              import('./repo.ts'),
              import('../questionnaires/index.ts'),
            ]);
          await loadShippedQuestionnaires(db);
          return createRound(cliContext(db, config), await make(await latestQuestionnaires(db)));
        },
        server: async (server) => {
          const { questionnaires } = await server.get<{
            questionnaires: Array<{ id: number; kind: 'national' | 'stakeholder' }>;
          }>('api/questionnaires');
          const latest = (kind: 'national' | 'stakeholder') =>
            Math.max(...questionnaires.filter((q) => q.kind === kind).map((q) => q.id), 0) || null;
          return server.post<Round>(
            'api/rounds',
            await make({ national: latest('national'), stakeholder: latest('stakeholder') }),
          );
        },
      });
      if (raw.json === true) return writeJson(round);
      printRounds([round]);
    });

  for (const action of ROUND_ACTIONS) {
    rounds
      .command(action)
      .argument('<year>', 'the year the round opened')
      .option('--comment <text>', 'why, recorded in the audit trail')
      .option('--json', 'print JSON')
      .description(
        action === 'open'
          ? 'Open a planned round; the authorities of the previous round carry over'
          : action === 'close'
            ? 'Close an open round'
            : 'Publish a closed round with its progress report',
      )
      .action(async (year: string, raw: Record<string, unknown>) => {
        const { year: y } = parseOptions(YearSchema, { year });
        const comment = typeof raw.comment === 'string' ? raw.comment : undefined;
        const round = await withData('this change', {
          local: async (db, config) => {
            const { actOnRound } = await import('./act-on-round.ts');
            const { id } = await localRound(db, y);
            return actOnRound(cliContext(db, config), { id, action, comment });
          },
          server: async (server) =>
            server.post<Round>(
              `api/rounds/${(await serverRound(server, y)).id}/${action}`,
              comment === undefined ? {} : { comment },
            ),
        });
        if (raw.json === true) return writeJson(round);
        printRounds([round]);
      });
  }

  rounds
    .command('dashboard')
    .argument('<year>', 'the year the round opened')
    .option('--json', 'print JSON')
    .description('Authorities designated and reports by state, per WHO region and income group')
    .action(async (year: string, raw: Record<string, unknown>) => {
      const { year: y } = parseOptions(YearSchema, { year });
      const d = await withData('this reading', {
        local: async (db, config) => {
          const { roundDashboard } = await import('./round-dashboard.ts');
          return roundDashboard(cliContext(db, config), (await localRound(db, y)).id);
        },
        server: async (server) =>
          server.get<Dashboard>(`api/rounds/${(await serverRound(server, y)).id}/dashboard`),
      });
      if (raw.json === true) return writeJson(d);
      printDashboard(d);
    });

  rounds
    .command('authorities')
    .argument('<year>', 'the year the round opened')
    .option('--json', 'print JSON')
    .description('The designated national authorities of a round')
    .action(async (year: string, raw: Record<string, unknown>) => {
      const { year: y } = parseOptions(YearSchema, { year });
      const r = await withData('this reading', {
        local: async (db, config) => {
          const { listAuthorities } = await import('./list-authorities.ts');
          return listAuthorities(cliContext(db, config), (await localRound(db, y)).id);
        },
        server: async (server) =>
          server.get<{ authorities: Authority[] }>(
            `api/rounds/${(await serverRound(server, y)).id}/authorities`,
          ),
      });
      if (raw.json === true) return writeJson(r);
      printAuthorities(r.authorities);
    });

  rounds
    .command('designate')
    .argument('<year>', 'the year the round opened')
    .argument('<area>', 'ISO 3166 alpha-3 code of the country')
    .requiredOption('--organisation <name>', 'the designated national authority, e.g. "Ministry of Health"')
    .requiredOption('--contact-name <name>', 'the contact person')
    .requiredOption('--contact-email <address>', 'the contact’s e-mail address')
    .option('--contact-phone <number>', 'the contact’s telephone')
    .option('--no-invite', 'designate only: do not invite the contact to an account')
    .option('--json', 'print JSON')
    .description("Designate a country's national authority for a round (supersedes the current designation)")
    .action(async (year: string, area: string, raw: Record<string, unknown>) => {
      const { year: y } = parseOptions(YearSchema, { year });
      const body = parseOptions(DesignateAuthoritySchema, {
        area,
        organisation: raw.organisation,
        contactName: raw.contactName,
        contactEmail: raw.contactEmail,
        contactPhone: raw.contactPhone ?? null,
        invite: raw.invite !== false,
      });
      const a = await withData('this change', {
        local: async (db, config) => {
          const { designateAuthority } = await import('./designate-authority.ts');
          return designateAuthority(cliContext(db, config), (await localRound(db, y)).id, body, {
            baseUrl: linkBaseUrl(config),
          });
        },
        server: async (server) =>
          server.post<Authority>(`api/rounds/${(await serverRound(server, y)).id}/authorities`, body),
      });
      if (raw.json === true) return writeJson(a);
      printAuthorities([a]);
    });

  rounds
    .command('history')
    .argument('<area>', 'ISO 3166 alpha-3 code of the country')
    .option('--json', 'print JSON')
    .description("A country's designated national authorities across rounds")
    .action(async (area: string, raw: Record<string, unknown>) => {
      const code = area.toUpperCase();
      const r = await withData('this reading', {
        local: async (db, config) => {
          const { authorityHistory } = await import('./authority-history.ts');
          return authorityHistory(cliContext(db, config), code);
        },
        server: (server) =>
          server.get<{ authorities: Authority[] }>(`api/areas/${encodeURIComponent(code)}/authorities`),
      });
      if (raw.json === true) return writeJson(r);
      printAuthorities(r.authorities);
    });
}
