import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import type { Config } from '../../platform/config.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import type { DestinationOut, Overview, VerdictOut } from './schemas.ts';
import { HOW_CODES, OverviewQuerySchema, StatusQuerySchema } from './schemas.ts';

const Iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'an ISO 3166 alpha-3 code')
  .transform((s) => s.toUpperCase());
const opt = (raw: Record<string, unknown>, key: string) =>
  typeof raw[key] === 'string' ? { [key]: raw[key] as string } : {};

function printVerdict(v: VerdictOut): void {
  process.stdout.write(`${v.summary}\n\n`);
  printTable(
    ['reason', 'WHO Code', 'national rules'],
    v.reasons.map((r) => [r.text, r.articles.join(', '), r.rules.join('; ')]),
  );
  process.stdout.write('\n');
  printTable(
    ['from', 'status', 'what changed'],
    v.timeline.map((e) => [e.from, e.status, e.changes.map((c) => c.text).join('; ')]),
  );
}

/** Runs a use case here, on the database, as the local operator. */
const local =
  <T>(fn: (ctx: Ctx) => Promise<T>) =>
  (db: Database, config: Config) =>
    fn(cliContext(db, config));

export function registerRecruitment(program: Command): void {
  const recruitment = program
    .command('recruitment')
    .description(
      'Recruitment status for a destination: may its employers recruit from a country (red, amber, green), and why',
    );

  recruitment
    .command('status')
    .requiredOption('--destination <iso3>', 'the destination country, where the employer is')
    .requiredOption('--origin <iso3>', 'the country of origin of the health workers')
    .requiredOption('--occupation <code>', 'occupation code, e.g. nursing-personnel (see `hwmo occupations`)')
    .option('--date <YYYY-MM-DD>', 'the date asked about (default: today)')
    .option('--employer <name>', 'the employer recruiting, when an agreement names those allowed')
    .option('--how <how>', `how: ${HOW_CODES.join(', ')} (default: active)`)
    .option('--json', 'print JSON')
    .description(
      'Red, amber or green, whether the recruitment asked about is allowed, why, and the dated changes',
    )
    .action(async (raw: Record<string, unknown>) => {
      const query = parseOptions(StatusQuerySchema, {
        ...opt(raw, 'destination'),
        ...opt(raw, 'origin'),
        ...opt(raw, 'occupation'),
        ...opt(raw, 'date'),
        ...opt(raw, 'employer'),
        ...opt(raw, 'how'),
      });
      const verdict = await withData('this question', {
        local: local(async (ctx) => {
          const { getRecruitmentStatus } = await import('./get-status.ts');
          return getRecruitmentStatus(ctx, query);
        }),
        server: (server) => server.get<VerdictOut>('api/recruitment/status', { ...query }),
      });
      if (raw.json === true) return writeJson(verdict);
      printVerdict(verdict);
    });

  recruitment
    .command('overview')
    .argument('<iso3>', 'the destination country')
    .option('--occupation <code>', 'occupation code (default: nursing-personnel)')
    .option('--date <YYYY-MM-DD>', 'the date asked about (default: today)')
    .option('--status <status>', 'only origins with this status: red, amber or green')
    .option('--json', 'print JSON')
    .description('The status of every country of origin for the destination')
    .action(async (iso3: string, raw: Record<string, unknown>) => {
      const code = parseOptions(z.object({ iso3: Iso3 }), { iso3 }).iso3;
      const query = parseOptions(OverviewQuerySchema, { ...opt(raw, 'occupation'), ...opt(raw, 'date') });
      const only = parseOptions(z.object({ status: z.enum(['red', 'amber', 'green']).optional() }), {
        ...opt(raw, 'status'),
      }).status;
      const overview = await withData('this listing', {
        local: local(async (ctx) => {
          const { listRecruitmentStatuses } = await import('./list-statuses.ts');
          return listRecruitmentStatuses(ctx, { iso3: code, query });
        }),
        server: (server) =>
          server.get<Overview>(`api/recruitment/destinations/${code}/statuses`, { ...query }),
      });
      const origins = overview.origins.filter((o) => only === undefined || o.status === only);
      if (raw.json === true) return writeJson({ ...overview, origins });
      printTable(
        ['origin', 'name', 'status', 'on the list', 'agreements'],
        origins.map((o) => [
          o.code,
          o.name,
          o.status,
          o.onList ? 'yes' : 'no',
          o.agreements.map((a) => a.title).join('; '),
        ]),
      );
      const c = overview.counts;
      process.stdout.write(`\nred ${c.red} · amber ${c.amber} · green ${c.green} (${overview.date})\n`);
    });

  const config = recruitment
    .command('config')
    .description(
      "A destination's configuration: its national code, the list editions it follows, its exceptions",
    );

  config
    .command('show')
    .argument('<iso3>', 'the destination country')
    .option('--json', 'print JSON')
    .description('The configuration in force and its saved versions')
    .action(async (iso3: string, raw: Record<string, unknown>) => {
      const code = parseOptions(z.object({ iso3: Iso3 }), { iso3 }).iso3;
      const out = await withData('this listing', {
        local: local(async (ctx) => {
          const { getDestination } = await import('./get-destination.ts');
          return getDestination(ctx, code);
        }),
        server: (server) => server.get<DestinationOut>(`api/recruitment/destinations/${code}`),
      });
      if (raw.json === true) return writeJson(out);
      printDestination(out);
    });

  config
    .command('load')
    .argument('<file>', 'a JSON configuration file, e.g. data/recruitment/gbr.json')
    .option('--note <text>', 'what changed and why')
    .option('--json', 'print JSON')
    .description(
      'Save the file as a new version of its destination’s configuration; earlier versions are kept',
    )
    .action(async (file: string, raw: Record<string, unknown>) => {
      const { readConfigFile } = await import('./read-config-file.ts');
      const parsed = readConfigFile(file);
      const note = typeof raw.note === 'string' ? raw.note : undefined;
      const out = await withData('this load', {
        local: local(async (ctx) => {
          const { saveDestination } = await import('./save-destination.ts');
          return saveDestination(ctx, { iso3: parsed.destination, config: parsed, note });
        }),
        server: (server) =>
          server.post<DestinationOut>(`api/recruitment/destinations/${parsed.destination}/versions`, {
            config: parsed,
            ...(note === undefined ? {} : { note }),
          }),
      });
      if (raw.json === true) return writeJson(out);
      printDestination(out);
    });
}

function printDestination(d: DestinationOut): void {
  const c = d.config;
  process.stdout.write(
    `${d.destination.name} (${d.destination.code}): ${
      d.configured ? `version ${d.version}` : 'no configuration of its own; the WHO list as published applies'
    }\n${c.code ? `${c.code.title} — ${c.code.url}\n` : ''}\n`,
  );
  printTable(
    ['list from', 'edition', 'members'],
    c.listPolicy.map((p) => [
      `${p.from}${p.fromApproximate ? ' (approx.)' : ''}`,
      String(p.edition),
      p.membership,
    ]),
  );
  if (c.overrides.length) {
    process.stdout.write('\n');
    printTable(
      ['origin', 'from', 'until', 'status', 'reason'],
      c.overrides.map((o) => [o.origin, o.from, o.until ?? '', o.status, o.reason]),
    );
  }
  if (d.history.length) {
    process.stdout.write('\n');
    printTable(
      ['version', 'saved', 'by', 'note'],
      d.history.map((h) => [
        String(h.version),
        h.savedAt.slice(0, 16).replace('T', ' '),
        h.savedBy,
        h.note ?? '',
      ]),
    );
  }
}
