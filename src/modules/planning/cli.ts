import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { cliContext, cliLang, withData, writeJson } from '../../platform/cli/context.ts';
import type { ServerClient } from '../../platform/cli/server-client.ts';
import { printTable } from '../../platform/cli/table.ts';
import { parseOptions } from '../../platform/cli/validate.ts';
import { AppError } from '../../platform/errors.ts';
import { render } from '../../platform/i18n/messages.ts';
import { occupationNameIn } from '../reference/index.ts';
import { text as t } from './messages.ts';
import {
  PARAMETERS,
  PLANNING_CADRES,
  type PlanningNote,
  type Projection,
  type Run,
  type RunRequest,
  RunRequestSchema,
  type RunRow,
  ScenarioSpecSchema,
  type WorldStock,
} from './schemas.ts';

type Key = Parameters<typeof t>[0];
const say = (key: Key, params: Record<string, string | number> = {}) => render(t(key, params), cliLang());
const noteText = (n: PlanningNote) => say(`note_${n.code.replaceAll('-', '_')}` as Key, n.params);
const cadreName = (c: string): string => occupationNameIn(c, cliLang()) ?? c;
const round = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? '' : Math.round(n * 10 ** digits) / 10 ** digits;

const Num = (min: number, max: number) => z.coerce.number().finite().min(min).max(max);
const OptionsSchema = z.object({
  base: z.coerce.number().int().min(1950).max(2100).default(2020),
  horizon: z.coerce.number().int().min(1).max(30).default(10),
  draws: z.coerce.number().int().min(0).max(5000).default(500),
  seed: z.coerce.number().int().min(0).max(4_294_967_295).default(12345),
  cadres: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()))
    .pipe(z.array(z.enum(PLANNING_CADRES)).min(1))
    .optional(),
  training: Num(0, 20).optional(),
  retention: Num(0, 1).optional(),
  emigrationChange: Num(-1, 10).optional(),
  threshold: Num(0, 1000).optional(),
  scenario: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  json: z.boolean().default(false),
  csv: z.string().min(1).optional(),
  xlsx: z.string().min(1).optional(),
});
type Options = z.infer<typeof OptionsSchema>;

function options(raw: Record<string, unknown>): Options {
  const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  return parseOptions(OptionsSchema, { ...given, json: raw.json === true });
}

function leversOf(o: Options) {
  return {
    ...(o.training !== undefined ? { trainingScale: o.training } : {}),
    ...(o.retention !== undefined ? { retention: o.retention } : {}),
    ...(o.emigrationChange !== undefined ? { emigrationChange: o.emigrationChange } : {}),
  };
}

type Bar = NonNullable<Awaited<ReturnType<typeof progressBar>>>;

async function progressBar(label: string) {
  if (!process.stderr.isTTY) return null;
  const { SingleBar } = await import('cli-progress');
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total}`, stream: process.stderr, hideCursor: true },
    undefined,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function printProjection(p: Projection): void {
  for (const c of p.cadres) {
    process.stdout.write(`\n${cadreName(c.cadre)}\n`);
    printTable(
      [say('col_parameter'), say('col_value'), say('col_basis')],
      PARAMETERS.map((name) => {
        const v = c.inputs.parameters[name];
        return [
          say(`param_${name}` as Key),
          round(v.value, name === 'stock' || name === 'graduates' ? 0 : 4),
          noteText(v.note),
        ];
      }),
      [1],
    );
    if (!c.projected) {
      process.stdout.write(
        `${say('not_projected', { cadre: cadreName(c.cadre), why: noteText(c.reason ?? { code: 'no-stock', params: { base: p.baseYear } }) })}\n`,
      );
      continue;
    }
    printTable(
      [
        say('col_year'),
        say('col_headcount'),
        say('col_fte'),
        say('col_low'),
        say('col_high'),
        say('col_need'),
        say('col_gap'),
      ],
      p.years.map((y, i) => [
        String(y),
        round(c.headcount[i]),
        round(c.fte[i]),
        round(c.bands?.low[i]),
        round(c.bands?.high[i]),
        round(c.need?.[i]),
        round(c.gap?.[i]),
      ]),
      [1, 2, 3, 4, 5, 6],
    );
    if (c.gap) {
      const last = p.years.at(-1) as number;
      process.stdout.write(
        `${c.closingYear === null ? say('never_closes', { year: last }) : say('closes_in', { year: c.closingYear })}\n`,
      );
    }
  }
  const th = p.threshold;
  if (th) {
    process.stdout.write(
      `\n${say('threshold_line', { threshold: th.perTenThousand, cadres: th.cadres.map(cadreName).join(', ') })}\n`,
    );
    printTable(
      [say('col_year'), say('col_fte'), say('col_low'), say('col_high'), say('col_need'), say('col_gap')],
      p.years.map((y, i) => [
        String(y),
        round(th.supply[i]),
        round(th.bands?.low[i]),
        round(th.bands?.high[i]),
        round(th.need[i]),
        round(th.gap[i]),
      ]),
      [1, 2, 3, 4, 5],
    );
    const last = p.years.at(-1) as number;
    process.stdout.write(
      `${th.closingYear === null ? say('never_closes', { year: last }) : say('closes_in', { year: th.closingYear })}\n`,
    );
  }
  if (p.population)
    process.stdout.write(
      `${say('population_line', { method: say(`method_${p.population.method}` as Key), extrapolated: p.population.extrapolated })}\n`,
    );
}

/** Sums the FTE at the horizon (and its band) per cadre over the countries projected. */
function horizonTotals(rows: readonly RunRow[]): Map<string, { supply: number; low: number; high: number }> {
  const out = new Map<string, { supply: number; low: number; high: number }>();
  for (const r of rows) {
    if (!r.projected) continue;
    const t = out.get(r.cadre) ?? { supply: 0, low: 0, high: 0 };
    t.supply += r.supply ?? 0;
    t.low += r.low ?? r.supply ?? 0;
    t.high += r.high ?? r.supply ?? 0;
    out.set(r.cadre, t);
  }
  return out;
}

async function pollRun(server: ServerClient, request: RunRequest, bar: Bar | null): Promise<Run> {
  let run = await server.post<Run>('api/planning/runs', request);
  while (run.state === 'queued' || run.state === 'running') {
    await new Promise((r) => setTimeout(r, 250));
    run = await server.get<Run>(`api/planning/runs/${run.id}`);
    if (run.total > 0) bar?.update(run.done, run.total);
  }
  if (run.state === 'failed')
    throw new AppError('internal', t('run_failed', { id: run.id, error: run.error ?? '' }));
  return run;
}

async function projectWorld(o: Options): Promise<void> {
  const request = parseOptions(RunRequestSchema, {
    areas: 'member-states',
    baseYear: o.base,
    horizon: o.horizon,
    ...(o.cadres ? { cadres: o.cadres } : {}),
    levers: leversOf(o),
    uncertainty: { draws: o.draws, seed: o.seed },
  });
  const bar = await progressBar(say('run_progress'));
  const result = await withData('this projection', {
    local: async (db, config) => {
      const ctx = cliContext(db, config);
      const { projectAreas, runRows } = await import('./run-projections.ts');
      const { getWorldStock } = await import('./get-world-stock.ts');
      const world = await getWorldStock(ctx, request.baseYear);
      const { areas } = await projectAreas(ctx, request, (done, total) => bar?.update(done, total));
      return { world, rows: runRows(areas) };
    },
    server: async (server) => {
      const world = await server.get<WorldStock>('api/planning/world', {
        baseYear: String(request.baseYear),
      });
      const run = await pollRun(server, request, bar);
      return { world, rows: run.rows ?? [] };
    },
  });
  bar?.stop();
  if (o.json) return writeJson(result);
  const { world } = result;
  const totals = horizonTotals(result.rows);
  const horizonYear = request.baseYear + request.horizon;
  const cadres = world.cadres.filter((r) => request.cadres.includes(r.cadre));
  process.stdout.write(`${say('world_title', { year: o.base, of: world.of })}\n`);
  printTable(
    [
      say('col_cadre'),
      say('col_total'),
      say('col_counted'),
      say('col_of_base_year', { year: o.base }),
      say('col_published'),
      say('col_share'),
      say('col_projected', { year: horizonYear }),
    ],
    cadres.map((r) => {
      const h = totals.get(r.cadre);
      return [
        cadreName(r.cadre),
        round(r.total),
        `${r.countries}/${world.of}`,
        r.ofBaseYear,
        round(r.published),
        `${round(r.share * 100, 1)} %`,
        h
          ? `${round(h.supply).toLocaleString('en')}${request.uncertainty.draws > 0 ? ` (${round(h.low).toLocaleString('en')}–${round(h.high).toLocaleString('en')})` : ''}`
          : '',
      ];
    }),
    [1, 3, 4, 5, 6],
  );
  const { STOCK_WINDOW_AFTER, STOCK_WINDOW_BEFORE } = await import('./domain/defaults.ts');
  for (const r of cadres) {
    if (r.countries === 0) {
      process.stdout.write(`${say('world_none', { cadre: cadreName(r.cadre) })}\n`);
      continue;
    }
    const coverage = say('world_coverage', {
      before: STOCK_WINDOW_BEFORE,
      after: STOCK_WINDOW_AFTER,
      year: o.base,
    });
    const largest = r.missing.slice(0, 8).map((m) => m.area);
    const missing = largest.length > 0 ? ` ${say('world_missing', { missing: largest.join(', ') })}` : '';
    process.stdout.write(`${cadreName(r.cadre)}: ${coverage}${missing}\n`);
  }
}

export function registerPlanning(program: Command): void {
  program
    .command('project')
    .argument('<area>', 'an ISO 3166 alpha-3 country code, or "world" for every WHO Member State')
    .description(
      'Project health worker supply and need for a country (or every WHO Member State): stock-and-flow model, Monte Carlo bands, gap',
    )
    .option('--base <year>', 'base year', '2020')
    .option('--horizon <years>', 'years to project (1–30)', '10')
    .option('--draws <n>', 'Monte Carlo draws (0 for none)', '500')
    .option('--seed <n>', 'random seed', '12345')
    .option('--cadres <list>', `comma-separated cadres (default: ${PLANNING_CADRES.join(',')})`)
    .option('--training <x>', 'scenario: multiplier on graduates, e.g. 1.3')
    .option('--retention <share>', 'scenario: share by which emigration and other exits are cut, e.g. 0.25')
    .option('--emigration-change <x>', 'scenario: relative change of emigration, e.g. -0.5')
    .option('--threshold <n>', 'doctors, nurses and midwives needed per 10 000 (default 44.5)')
    .option('--scenario <id>', 'project a saved scenario (its own settings)')
    .option('--csv <file>', 'also write the projection as CSV')
    .option('--xlsx <file>', 'also write the projection as a workbook (projection, inputs, provenance)')
    .option('--json', 'print JSON')
    .action(async (area: string, raw: Record<string, unknown>) => {
      const o = options(raw);
      if (area.toLowerCase() === 'world') return projectWorld(o);
      const spec = parseOptions(ScenarioSpecSchema, {
        area,
        baseYear: o.base,
        horizon: o.horizon,
        ...(o.cadres ? { cadres: o.cadres } : {}),
        levers: leversOf(o),
        ...(o.threshold !== undefined ? { need: { threshold: o.threshold } } : {}),
        uncertainty: { draws: o.draws, seed: o.seed },
      });
      const projection = await withData('this projection', {
        local: async (db, config) => {
          const ctx = cliContext(db, config);
          const { project } = await import('./project.ts');
          if (o.scenario === undefined) return project(ctx, spec);
          const { getScenario } = await import('./get-scenario.ts');
          return project(ctx, (await getScenario(ctx, o.scenario)).spec);
        },
        server: async (server) => {
          if (o.scenario === undefined) return server.post<Projection>('api/planning/project', spec);
          return server.get<Projection>(`api/planning/scenarios/${o.scenario}/projection`);
        },
      });
      if (o.csv) {
        const { projectionCsv } = await import('./export-projection.ts');
        await writeFile(o.csv, projectionCsv(projection));
      }
      if (o.xlsx) {
        const { projectionWorkbook } = await import('./export-projection.ts');
        await writeFile(o.xlsx, await projectionWorkbook(projection));
      }
      if (o.json) return writeJson(projection);
      printProjection(projection);
    });
}
