import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, cliLang, withData, writeJson } from '../../platform/cli/context.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import { AppError } from '../../platform/errors.ts';
import { render } from '../../platform/i18n/messages.ts';
import { text as t } from './messages.ts';
import {
  type Study,
  StudyIdParamsSchema,
  type StudyInputs,
  type StudyList,
  StudyListQuerySchema,
  type StudyResults,
} from './schemas.ts';

const JsonSchema = z.object({ json: z.boolean().default(false) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function readWorkbookFile(path: string): Promise<Uint8Array> {
  return readFile(path).catch((cause: unknown) => {
    throw new AppError('not_found', t('cannot_read_file', { path }), {
      detail: cause instanceof Error ? cause.message : String(cause),
      location: { file: basename(path) },
    });
  });
}

function say(key: Parameters<typeof t>[0], params: Record<string, string | number> = {}): string {
  return render(t(key, params), cliLang());
}

/** The results table: a row per facility and cadre, then each cadre over all facilities. */
function printResults(inputs: StudyInputs, results: StudyResults): void {
  const cadre = new Map(inputs.cadres.map((c) => [c.code, c.name]));
  const facility = new Map(inputs.facilities.map((f) => [f.code, f.name]));
  const head = ['col_facility', 'col_cadre', 'col_awt', 'col_caf', 'col_iaf', 'col_required', 'col_existing']
    .concat(['col_difference', 'col_ratio', 'col_level'])
    .map((k) => say(k as Parameters<typeof t>[0]));
  const ratio = (r: number | null) => (r === null ? '' : round(r));
  const level = (l: string) => say(`level_${l}` as Parameters<typeof t>[0]);
  printTable(
    head,
    [
      ...results.results.map((r) => [
        facility.get(r.facility) ?? r.facility,
        cadre.get(r.cadre) ?? r.cadre,
        round(r.awtHours),
        round(r.caf, 4),
        round(r.iaf, 4),
        round(r.required),
        round(r.existing),
        round(r.difference),
        ratio(r.ratio),
        level(r.level),
      ]),
      ...(inputs.facilities.length > 1
        ? results.totals.map((r) => [
            say('all_facilities'),
            cadre.get(r.cadre) ?? r.cadre,
            '',
            '',
            '',
            round(r.required),
            round(r.existing),
            round(r.difference),
            ratio(r.ratio),
            level(r.level),
          ])
        : []),
    ],
    [2, 3, 4, 5, 6, 7, 8],
  );
}

export function registerWisn(program: Command): void {
  const wisn = program
    .command('wisn')
    .description(
      'WHO Workload Indicators of Staffing Need: compute a study from a workbook, keep studies, export them',
    );

  wisn
    .command('template')
    .argument('<out.xlsx>', 'where to write the workbook')
    .description('Write the WISN workbook template: one sheet per table, filled with a worked example')
    .action(async (out: string) => {
      const { studyWorkbook } = await import('./workbook.ts');
      const { districtHospital } = await import('./domain/fixtures.ts');
      await writeFile(out, await studyWorkbook(districtHospital()));
      process.stderr.write(`${say('template_written', { path: out })}\n`);
    });

  wisn
    .command('compute')
    .argument('<file.xlsx>', 'a WISN workbook (the sheets of `hwmo wisn template`)')
    .option('--json', 'print JSON: the inputs and the results')
    .description('Compute a study from a workbook: required staff, difference, WISN ratio and problem level')
    .action(async (file: string, raw: Record<string, unknown>) => {
      const opts = parseOptions(JsonSchema, { json: raw.json === true });
      const { readStudyWorkbook } = await import('./workbook.ts');
      const { computeWisn } = await import('./compute.ts');
      const inputs = await readStudyWorkbook(basename(file), await readWorkbookFile(file));
      const results = computeWisn(inputs);
      if (opts.json) return writeJson({ inputs, results });
      printResults(inputs, results);
    });

  wisn
    .command('import')
    .argument('<file.xlsx>', 'a WISN workbook (the sheets of `hwmo wisn template`)')
    .option('--json', 'print JSON')
    .description('Store the study a workbook holds as a new study, all of it or nothing')
    .action(async (file: string, raw: Record<string, unknown>) => {
      const opts = parseOptions(JsonSchema, { json: raw.json === true });
      const bytes = await readWorkbookFile(file);
      const study = await withData('this import', {
        local: async (db, config) => {
          const { importStudy } = await import('./import-study.ts');
          return importStudy(cliContext(db, config), { fileName: basename(file), bytes });
        },
        server: (server) => {
          const form = new FormData();
          form.set('file', new Blob([new Uint8Array(bytes)], { type: XLSX }), basename(file));
          return server.postForm<Study>('api/wisn/studies/import', form);
        },
      });
      if (opts.json) return writeJson(study);
      process.stdout.write(`${say('imported', { id: study.id, file: basename(file), name: study.name })}\n`);
    });

  wisn
    .command('list')
    .option('--area <iso3>', 'the studies of this country')
    .option('--json', 'print JSON')
    .description('List the stored WISN studies, newest change first')
    .action(async (raw: Record<string, unknown>) => {
      const opts = parseOptions(JsonSchema, { json: raw.json === true });
      const given = typeof raw.area === 'string' ? { area: raw.area } : {};
      const query = parseOptions(StudyListQuerySchema, given);
      const list = await withData('this listing', {
        local: async (db, config) => {
          const { listStudies } = await import('./list-studies.ts');
          return listStudies(cliContext(db, config), query);
        },
        server: (server) => server.get<StudyList>('api/wisn/studies', given),
      });
      if (opts.json) return writeJson(list);
      printTable(
        ['id', 'name', 'area', 'facility type', 'facilities', 'cadres', 'version', 'updated'],
        list.studies.map((s) => [
          s.id,
          s.name,
          s.area,
          s.facilityType,
          s.facilities,
          s.cadres,
          s.version,
          s.updatedAt,
        ]),
        [0, 4, 5, 6],
      );
    });

  wisn
    .command('show')
    .argument('<id>', 'the study’s number')
    .option('--json', 'print JSON: the inputs and the results')
    .description('Compute a stored study and print its results')
    .action(async (id: string, raw: Record<string, unknown>) => {
      const opts = parseOptions(JsonSchema, { json: raw.json === true });
      const params = parseOptions(StudyIdParamsSchema, { id });
      const computed = await withData('this request', {
        local: async (db, config) => {
          const { studyResults } = await import('./get-study.ts');
          const { study, results } = await studyResults(cliContext(db, config), params.id);
          return { inputs: study.inputs, results };
        },
        server: (server) =>
          server.get<{ inputs: StudyInputs; results: StudyResults }>(`api/wisn/studies/${params.id}/results`),
      });
      if (opts.json) return writeJson(computed);
      printResults(computed.inputs, computed.results);
    });

  wisn
    .command('export')
    .argument('<id>', 'the study’s number')
    .argument('<out>', 'where to write it: a .xlsx workbook (inputs and results), or .csv (the results)')
    .description('Export a stored study with its results')
    .action(async (id: string, out: string) => {
      const params = parseOptions(StudyIdParamsSchema, { id });
      const csv = out.toLowerCase().endsWith('.csv');
      const bytes = await withData('this export', {
        local: async (db, config) => {
          const { studyResults } = await import('./get-study.ts');
          const { study, results } = await studyResults(cliContext(db, config), params.id);
          if (csv) {
            const { resultsCsv } = await import('./export-study.ts');
            return Buffer.from(resultsCsv(results), 'utf8');
          }
          const { studyWorkbook } = await import('./workbook.ts');
          return studyWorkbook(study.inputs, results);
        },
        server: async (server) => {
          const body = await server.stream(
            `api/wisn/studies/${params.id}/${csv ? 'results.csv' : 'export.xlsx'}`,
          );
          return Buffer.from(await new Response(body).arrayBuffer());
        },
      });
      await writeFile(out, bytes);
      process.stderr.write(`${say('exported', { id: params.id, path: out })}\n`);
    });
}
