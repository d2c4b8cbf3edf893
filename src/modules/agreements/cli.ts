import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import { AppError } from '../../platform/errors.ts';
import { registryText as t } from './messages-registry.ts';
import {
  type Agreement,
  AgreementIdParamsSchema,
  type AgreementList,
  AgreementListQuerySchema,
  type ImportResult,
} from './schemas.ts';
import { type Evaluation, EvaluationQuerySchema } from './schemas-evaluation.ts';

const JsonSchema = z.object({ json: z.boolean().default(false) });

type Listed = AgreementList['agreements'][number];

/** The list's query from the options, named as the API's fields (`--in-force-on` is `inForceOn`). */
function listQuery(raw: Record<string, unknown>) {
  const given: Record<string, string> = {};
  for (const key of ['area', 'type', 'cadre', 'status', 'inForceOn', 'q'])
    if (typeof raw[key] === 'string') given[key] = raw[key];
  return { given, query: parseOptions(AgreementListQuerySchema, given) };
}

function withListOptions(cmd: Command): Command {
  return cmd
    .option('--area <iso3>', 'agreements this country is party to')
    .option(
      '--type <type>',
      'bilateral_mou, bilateral_agreement, multilateral, regional_framework or twinning',
    )
    .option('--cadre <code>', 'agreements covering this occupation (or all health personnel)')
    .option('--status <status>', 'draft, signed, in_force, suspended, expired or terminated')
    .option('--in-force-on <date>', 'agreements in force on this date (YYYY-MM-DD)')
    .option('--q <words>', 'words of the title, an organisation or a country');
}

const parties = (a: Listed) =>
  a.parties.map((p) => `${p.area}${p.organisation ? ` (${p.organisation})` : ''} ${p.side}`).join('; ');

function printList(agreements: readonly Listed[]): void {
  printTable(
    ['id', 'title', 'type', 'parties', 'signed', 'in force', 'status', 'published'],
    agreements.map((a) => [
      a.id,
      a.title,
      a.type,
      parties(a),
      a.signedOn ?? '',
      a.inForceOn ?? '',
      a.status,
      a.published ? 'yes' : 'no',
    ]),
  );
}

function printAgreement(a: Agreement): void {
  const line = (label: string, value: string | null) => {
    if (value !== null && value !== '') process.stdout.write(`${label.padEnd(14)} ${value}\n`);
  };
  line('agreement', `${a.id}: ${a.title}`);
  line('type', `${a.type} (${a.level})`);
  line('parties', parties(a));
  line('status', `${a.status}${a.published ? '' : ' (not published)'}`);
  line('signed', a.signedOn);
  line('in force', a.inForceOn);
  line('expires', a.expiresOn);
  line('terminated', a.terminatedOn);
  line('cadres', a.cadres.length === 0 ? 'all health personnel' : a.cadres.join(', '));
  const r = a.recruitment;
  line('recruitment', r.allowed ? 'allowed on its terms' : 'not allowed under it');
  line('employers', r.employers.join('; '));
  line('caps', r.caps.map((c) => `${c.occupation ?? 'all'} ${c.max}/${c.per}`).join('; '));
  line('window', r.from || r.until ? `${r.from ?? '…'} to ${r.until ?? '…'}` : null);
  line('channel', r.channel);
  for (const p of a.provisions) line(p.kind, p.text);
  line('text', a.textUrl);
  line('source', a.sourceUrl);
  line('notes', a.notes);
  if (a.events.length > 0) {
    process.stdout.write('\nstatus history\n');
    printTable(
      ['on', 'event', 'note', 'recorded by'],
      a.events.map((e) => [e.on, e.kind, e.note ?? '(date given with the agreement)', e.recordedBy ?? '']),
    );
  }
}

const num = (v: number | null, digits = 2) => (v === null ? '' : v.toFixed(digits));
const pValue = (p: number | null) => (p === null ? '' : p < 0.001 ? p.toExponential(2) : p.toFixed(3));
const TERM_NAMES = {
  intercept: 'intercept',
  trend: 'trend before',
  levelChange: 'change of level',
  slopeChange: 'change of trend',
} as const;

function printEvaluation(e: Evaluation): void {
  const end = e.end ? `; ${e.end.kind} ${e.end.date} (marked, not modelled)` : '';
  process.stdout.write(
    `agreement ${e.agreement.id}: ${e.agreement.title}\n${e.measure}, ${e.occupation}; ${e.intervention.basis === 'in_force' ? 'in force' : 'signed'} ${e.intervention.date}${end}\n`,
  );
  for (const pair of e.evaluations) {
    process.stdout.write(`\n${pair.destination} from ${pair.origin}\n`);
    if (pair.series)
      process.stdout.write(
        `series: source ${pair.series.source}, partner by ${pair.series.partnerBasis}, ${pair.series.firstYear}–${pair.series.lastYear} (${pair.series.years} years)\n`,
      );
    if (!pair.fit.ok) process.stdout.write(`not estimated: ${pair.fit.text}\n`);
    else {
      const level = Math.round(e.confidence * 100);
      for (const [label, cov] of [
        ['least squares', pair.fit.ols],
        [`Newey–West, ${pair.fit.hac?.lags} lags`, pair.fit.hac],
      ] as const) {
        if (!cov) continue;
        process.stdout.write(`${label}\n`);
        printTable(
          ['term', 'estimate', `${level}% interval`, 'p'],
          (['intercept', 'trend', 'levelChange', 'slopeChange'] as const).map((term) => {
            const c = cov.coefficients[term];
            return [TERM_NAMES[term], num(c.estimate), `${num(c.lower)} to ${num(c.upper)}`, pValue(c.p)];
          }),
          [1, 3],
        );
      }
    }
    const ba = pair.beforeAfter;
    if (ba)
      process.stdout.write(
        `mean before ${num(ba.meanBefore)} (${ba.nBefore} years), after ${num(ba.meanAfter)} (${ba.nAfter} years)${ba.welch ? `, Welch p ${pValue(ba.welch.p)}` : ''}\n`,
      );
    const pl = pair.placebos;
    if (pl) {
      const share = (c: typeof pl.levelChange) =>
        `${c.asLargeAndSignificant} of ${c.compared}${c.share === null ? '' : ` (${Math.round(c.share * 100)}%)`}`;
      process.stdout.write(
        `placebos as large and as significant: change of level ${share(pl.levelChange)}, change of trend ${share(pl.slopeChange)}\n`,
      );
    }
    for (const c of pair.caveats) process.stdout.write(`caveat: ${c.text}\n`);
  }
}

async function readCsvFile(path: string): Promise<Uint8Array> {
  return readFile(path).catch((cause: unknown) => {
    throw new AppError('not_found', t('cannot_read_file', { path }), {
      detail: cause instanceof Error ? cause.message : String(cause),
      location: { file: basename(path) },
    });
  });
}

export function registerAgreements(program: Command): void {
  const agreements = program
    .command('agreements')
    .description('The agreements registry: list, show, import and export agreements on health personnel');

  withListOptions(agreements.command('list'))
    .option('--json', 'print JSON')
    .description('List the agreements, newest signature first')
    .action(async (raw: Record<string, unknown>) => {
      const opts = parseOptions(JsonSchema, { json: raw.json === true });
      const { given, query } = listQuery(raw);
      const list = await withData('this listing', {
        local: async (db, config) => {
          const { listAgreements } = await import('./list-agreements.ts');
          return listAgreements(cliContext(db, config), query);
        },
        server: (server) => server.get<AgreementList>('api/agreements', given),
      });
      if (opts.json) return writeJson(list);
      printList(list.agreements);
    });

  agreements
    .command('show')
    .argument('<id>', 'the agreement’s number')
    .option('--json', 'print JSON')
    .description('Show an agreement with its parties, provisions, cadres and status history')
    .action(async (id: string, raw: Record<string, unknown>) => {
      const opts = parseOptions(JsonSchema, { json: raw.json === true });
      const params = parseOptions(AgreementIdParamsSchema, { id });
      const agreement = await withData('this request', {
        local: async (db, config) => {
          const { getAgreement } = await import('./get-agreement.ts');
          return getAgreement(cliContext(db, config), params.id);
        },
        server: (server) => server.get<Agreement>(`api/agreements/${params.id}`),
      });
      if (opts.json) return writeJson(agreement);
      printAgreement(agreement);
    });

  agreements
    .command('evaluate')
    .argument('<id>', 'the agreement’s number')
    .option('--measure <measure>', 'inflow (default), foreign-trained-stock, foreign-born-stock or stock')
    .option('--occupation <code>', 'the occupation (default: the agreement’s cadre, else nursing-personnel)')
    .option('--hac-lags <n>', 'also Newey–West standard errors with this many lags')
    .option('--confidence <level>', 'confidence level of the intervals (default 0.95)')
    .option('--json', 'print JSON')
    .description(
      'Did the agreement change the flows? An interrupted time series of each destination–origin pair, with placebos',
    )
    .action(async (id: string, raw: Record<string, unknown>) => {
      const opts = parseOptions(JsonSchema, { json: raw.json === true });
      const params = parseOptions(AgreementIdParamsSchema, { id });
      const given: Record<string, string> = {};
      for (const [key, name] of [
        ['measure', 'measure'],
        ['occupation', 'occupation'],
        ['hacLags', 'hacLags'],
        ['confidence', 'confidence'],
      ] as const)
        if (typeof raw[key] === 'string') given[name] = raw[key];
      const query = parseOptions(EvaluationQuerySchema, given);
      const evaluation = await withData('this evaluation', {
        local: async (db, config) => {
          const { evaluateAgreement } = await import('./evaluate-agreement.ts');
          return evaluateAgreement(cliContext(db, config), params.id, query);
        },
        server: (server) => server.get<Evaluation>(`api/agreements/${params.id}/evaluation`, given),
      });
      if (opts.json) return writeJson(evaluation);
      printEvaluation(evaluation);
    });

  agreements
    .command('import')
    .argument('<file>', 'a CSV file, one agreement per row (the columns of `hwmo agreements export`)')
    .option('--dry-run', 'check the file and say what it would change, changing nothing')
    .option('--publish', 'publish the new agreements of a file that has no published column')
    .option('--json', 'print JSON')
    .description(
      'Import agreements from a CSV file, all or nothing; rows are matched on external_ref (or the file and its id column), so a second import changes nothing',
    )
    .action(async (file: string, raw: Record<string, unknown>) => {
      const opts = parseOptions(JsonSchema, { json: raw.json === true });
      const dryRun = raw.dryRun === true;
      const publish = raw.publish === true;
      const bytes = await readCsvFile(file);
      const result = await withData('this import', {
        local: async (db, config) => {
          const { importAgreements } = await import('./import-agreements.ts');
          return importAgreements(cliContext(db, config), {
            fileName: basename(file),
            bytes,
            dryRun,
            publish,
          });
        },
        server: (server) => {
          const form = new FormData();
          form.set('file', new Blob([new Uint8Array(bytes)], { type: 'text/csv' }), basename(file));
          const query = new URLSearchParams({
            ...(dryRun ? { dryRun: 'true' } : {}),
            ...(publish ? { publish: 'true' } : {}),
          }).toString();
          return server.postForm<ImportResult>(`api/agreements/import${query ? `?${query}` : ''}`, form);
        },
      });
      if (opts.json) return writeJson(result);
      process.stdout.write(
        `${result.file}${result.dryRun ? ' (dry run, nothing stored)' : ''}: ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged\n`,
      );
      printTable(
        ['row', 'external_ref', 'agreement', 'outcome'],
        result.rows.map((r) => [r.row, r.externalRef, r.id === null ? '' : String(r.id), r.outcome]),
        [0],
      );
    });

  withListOptions(agreements.command('export'))
    .description('Write the agreements as CSV to standard output, in the columns the import reads')
    .action(async (raw: Record<string, unknown>) => {
      const { given, query } = listQuery(raw);
      await withData('this export', {
        local: async (db, config) => {
          const { exportAgreementsCsv } = await import('./export-agreements.ts');
          process.stdout.write(await exportAgreementsCsv(cliContext(db, config), query));
        },
        server: async (server) => {
          const body = await server.stream('api/agreements/export.csv', given);
          const decoder = new TextDecoder();
          for await (const chunk of body) process.stdout.write(decoder.decode(chunk, { stream: true }));
        },
      });
    });
}
