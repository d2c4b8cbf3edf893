import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Hono } from 'hono';
import { jsonBody, jsonOf, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { importFile } from '../observations/index.ts';
import type { StudyInputs, StudyResults } from '../wisn/schemas.ts';
import { MAX_DERIVED_GROWTH, PARAMETER_DEFAULTS, YEARS_ABROAD } from './domain/defaults.ts';
import { memberStates } from './repo.ts';
import type { Projection, Run, Scenario, StartingInputs, WorldStock } from './schemas.ts';

const FIXTURE = new URL('../../../test/fixtures/planning/ghana-2010-2020.csv', import.meta.url);
const ama = userActor('national_authority', 'GHA', { name: 'Ama Mensah' });
const researcher = userActor('stakeholder', null, { name: 'Jo Researcher' });

const close = (actual: number, expected: number, tol: number, what: string) =>
  assert.ok(
    Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} ≠ ${expected}`,
  );

describe('workforce planning over HTTP', () => {
  let db: Database;
  let app: Hono;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} });
    await importFile(operatorContext(db), {
      input: { fileName: 'ghana-2010-2020.csv', bytes: new Uint8Array(readFileSync(FIXTURE)) },
    });
  });
  after(async () => {
    await db.close();
  });

  const send = (actor: Actor, path: string, body: unknown, method = 'POST') =>
    requestAs(app, actor, path, jsonBody(body, method));

  test('starting inputs come from the data core with their year and file, and derived values say how', async () => {
    const s = await jsonOf<StartingInputs>(requestAs(app, PUBLIC_ACTOR, '/api/planning/inputs?area=gha'));
    const doctors = s.cadres.find((c) => c.cadre === 'medical-doctors')?.parameters;
    assert.ok(doctors);
    assert.equal(doctors.stock.value, 5285);
    assert.equal(doctors.stock.basis, 'data');
    assert.equal(doctors.stock.year, 2020);
    assert.deepEqual(
      doctors.stock.sources.map((x) => [x.dataset, x.file, x.row]),
      [['WHO.GHO', 'ghana-2010-2020.csv', 4]],
    );
    // Emigration: the stocks abroad (GBR 231 in 2018, USA 750 in 2016) kept up by stock ÷ years abroad a year.
    const emigration = (231 / YEARS_ABROAD + 750 / YEARS_ABROAD) / 5285;
    close(doctors.emigrationRate.value ?? Number.NaN, emigration, 1e-12, 'emigration rate');
    assert.equal(doctors.emigrationRate.basis, 'derived');
    assert.equal(doctors.emigrationRate.sources.length, 2);
    // Graduates: the entrants that, with the exits, carry on the growth from 2010 to 2020 (8.6 % a year), capped.
    const observed = (5285 / 2325) ** (1 / 10) - 1;
    assert.ok(observed > MAX_DERIVED_GROWTH);
    const growth = MAX_DERIVED_GROWTH;
    const exits =
      PARAMETER_DEFAULTS.retirementRate.value +
      PARAMETER_DEFAULTS.deathRate.value +
      PARAMETER_DEFAULTS.otherExitRate.value +
      emigration;
    close(doctors.graduates.value ?? Number.NaN, (5285 * (growth + exits)) / 0.9, 1e-12, 'graduates');
    assert.equal(doctors.graduates.note.code, 'graduates-from-growth-capped');
    assert.deepEqual(doctors.graduates.note.params, {
      from: 2010,
      to: 2020,
      growth: Math.round(observed * 1e4) / 100,
      cap: MAX_DERIVED_GROWTH * 100,
    });
    assert.equal(doctors.retirementRate.basis, 'default');
    const pharmacists = s.cadres.find((c) => c.cadre === 'pharmacists')?.parameters;
    assert.equal(pharmacists?.stock.value, null);
    assert.equal(pharmacists?.stock.note.code, 'no-stock');
    assert.deepEqual(s.population.years, [2010, 2015, 2020]);
  });

  test('a projection: supply with bands, the threshold need and gap, reproducible by its seed', async () => {
    const spec = { area: 'GHA', horizon: 10, uncertainty: { draws: 300, seed: 7 } };
    const p = await jsonOf<Projection>(send(PUBLIC_ACTOR, '/api/planning/project', spec));
    assert.deepEqual(
      p.years,
      Array.from({ length: 11 }, (_, t) => 2020 + t),
    );
    const doctors = p.cadres.find((c) => c.cadre === 'medical-doctors');
    assert.ok(doctors?.projected && doctors.bands);
    assert.equal(doctors.fte[0], 5285);
    for (let t = 1; t <= 10; t++) {
      const { low, median, high } = doctors.bands;
      assert.ok(
        (low[t] as number) < (median[t] as number) && (median[t] as number) < (high[t] as number),
        `band ${t}`,
      );
    }
    const pharmacists = p.cadres.find((c) => c.cadre === 'pharmacists');
    assert.equal(pharmacists?.projected, false);
    assert.equal(pharmacists?.reason?.code, 'no-stock');
    const th = p.threshold;
    assert.ok(th);
    assert.deepEqual(th.cadres, ['medical-doctors', 'nursing-personnel', 'midwifery-personnel']);
    close(th.need[0] as number, (44.5 * 31887809) / 1e4, 1e-12, 'need 2020');
    assert.equal(th.supply[0], 5285 + 95789 + 16700);
    close(th.gap[0] as number, (th.need[0] as number) - (th.supply[0] as number), 1e-12, 'gap 2020');
    assert.equal(p.population?.method, 'geometric-trend');
    assert.equal(p.provenance.seed, 7);
    const again = await jsonOf<Projection>(send(PUBLIC_ACTOR, '/api/planning/project', spec));
    assert.deepEqual(again.cadres, p.cadres);
  });

  test('retention and training raise the supply above the baseline; a ratio sets a cadre’s need', async () => {
    const base = {
      area: 'GHA',
      horizon: 10,
      uncertainty: { draws: 0 },
      need: { ratios: { 'medical-doctors': 5 } },
    };
    const baseline = await jsonOf<Projection>(send(PUBLIC_ACTOR, '/api/planning/project', base));
    const scenario = await jsonOf<Projection>(
      send(PUBLIC_ACTOR, '/api/planning/project', {
        ...base,
        levers: { retention: 0.25, trainingScale: 1.3 },
      }),
    );
    for (const c of scenario.cadres.filter((x) => x.projected)) {
      const b = baseline.cadres.find((x) => x.cadre === c.cadre);
      assert.ok((c.fte[10] as number) > (b?.fte[10] as number), c.cadre);
      assert.equal(c.fte[0], b?.fte[0]);
    }
    const doctors = baseline.cadres.find((c) => c.cadre === 'medical-doctors');
    assert.equal(doctors?.needMethod, 'ratio');
    close(doctors?.need?.[0] as number, (5 * 31887809) / 1e4, 1e-12, 'doctors need');
    assert.equal(baseline.cadres.find((c) => c.cadre === 'nursing-personnel')?.need, null);
  });

  test('a WISN study sets the need of the cadres it maps, scaled by the facilities and the population', async () => {
    // The template's worked example, a district hospital of Ghana, read back from the workbook.
    const template = await (await requestAs(app, PUBLIC_ACTOR, '/api/wisn/template.xlsx')).arrayBuffer();
    const form = new FormData();
    form.set('file', new Blob([template]), 'template.xlsx');
    const hospital = await jsonOf<StudyInputs>(
      requestAs(app, PUBLIC_ACTOR, '/api/wisn/read', { method: 'POST', body: form }),
    );
    const study = await jsonOf<{ id: number }>(send(ama, '/api/wisn/studies', hospital), 201);
    const results = await jsonOf<StudyResults>(send(PUBLIC_ACTOR, '/api/wisn/compute', hospital));
    const nurses = results.totals.find((t) => t.cadre === 'NUR')?.required as number;
    const need = { wisnStudy: study.id, wisnScale: 250, wisnCadres: { NUR: 'nursing-personnel' } };
    const spec = { area: 'GHA', horizon: 5, uncertainty: { draws: 0 }, need };
    const p = await jsonOf<Projection>(send(ama, '/api/planning/project', spec));
    const nursing = p.cadres.find((c) => c.cadre === 'nursing-personnel');
    assert.equal(nursing?.needMethod, 'wisn');
    close(nursing?.need?.[0] as number, nurses * 250, 1e-12, 'WISN need in the base year');
    const growth = (p.population?.values[5] as number) / (p.population?.values[0] as number);
    close(nursing?.need?.[5] as number, nurses * 250 * growth, 1e-12, 'WISN need grows with the population');
    assert.equal(p.cadres.find((c) => c.cadre === 'midwifery-personnel')?.needMethod, null);
    assert.equal(p.provenance.wisnStudy, study.id);
    // The study is the area's managers': the public and another country's authority cannot project on it.
    assert.equal((await send(PUBLIC_ACTOR, '/api/planning/project', spec)).status, 401);
    const kenya = userActor('national_authority', 'KEN', { name: 'Wanjiru Kamau' });
    assert.equal((await send(kenya, '/api/planning/project', spec)).status, 403);
  });

  test('service targets set a cadre’s need: population × share × coverage × services × minutes ÷ working time', async () => {
    const targets = [
      {
        name: 'Antenatal care',
        populationShare: 0.04,
        coverage: 0.9,
        servicesPerPersonPerYear: 8,
        minutesPerService: 30,
      },
    ];
    const spec = {
      area: 'GHA',
      horizon: 2,
      uncertainty: { draws: 0 },
      need: { services: [{ cadre: 'midwifery-personnel', availableHoursPerFte: 1600, targets }] },
    };
    const p = await jsonOf<Projection>(send(PUBLIC_ACTOR, '/api/planning/project', spec));
    const midwives = p.cadres.find((c) => c.cadre === 'midwifery-personnel');
    assert.equal(midwives?.needMethod, 'services');
    close(
      midwives?.need?.[0] as number,
      (31887809 * 0.04 * 0.9 * 8 * 30) / (1600 * 60),
      1e-12,
      'midwives needed',
    );
  });

  test('a projection too large to wait for is refused naming the draws', async () => {
    const res = await send(PUBLIC_ACTOR, '/api/planning/project', {
      area: 'GHA',
      horizon: 30,
      uncertainty: { draws: 5000 },
    });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { detail: string; location?: { field?: string } };
    assert.match(JSON.stringify(body), /uncertainty\.draws/);
  });

  test('downloads: CSV a row per cadre and year, XLSX with projection, inputs and provenance', async () => {
    const spec = { area: 'GHA', horizon: 5, uncertainty: { draws: 50 } };
    const csv = await (await send(PUBLIC_ACTOR, '/api/planning/project.csv', spec)).text();
    const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    assert.equal(rows.filter((r) => r.cadre === 'medical-doctors').length, 6);
    assert.equal(rows.find((r) => r.cadre === 'medical-doctors' && r.year === '2020')?.fte, '5285');
    assert.ok(rows.some((r) => r.cadre?.startsWith('threshold:')));
    const res = await send(PUBLIC_ACTOR, '/api/planning/project.xlsx', spec);
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['projection', 'inputs', 'provenance'],
    );
    assert.equal(wb.getWorksheet('inputs')?.getRow(2).getCell(3).value, 'stock');
  });

  test('scenarios: owned, private until shared, derived, stale changes refused, each change audited', async () => {
    const spec = { area: 'GHA', horizon: 10, levers: { retention: 0.25, trainingScale: 1.3 } };
    const made = await jsonOf<Scenario>(
      send(ama, '/api/planning/scenarios', { name: 'Retention + training', spec }),
      201,
    );
    assert.equal(made.mine, true);
    assert.equal(made.shared, false);
    assert.equal((await requestAs(app, researcher, `/api/planning/scenarios/${made.id}`)).status, 404);
    assert.equal((await requestAs(app, PUBLIC_ACTOR, `/api/planning/scenarios/${made.id}`)).status, 404);
    const shared = await jsonOf<Scenario>(
      send(
        ama,
        `/api/planning/scenarios/${made.id}`,
        { version: 1, name: made.name, shared: true, spec },
        'PUT',
      ),
    );
    assert.equal(shared.version, 2);
    const seen = await jsonOf<Scenario>(requestAs(app, PUBLIC_ACTOR, `/api/planning/scenarios/${made.id}`));
    assert.equal(seen.mine, false);
    assert.equal(seen.spec.levers.retention, 0.25);
    const projected = await jsonOf<Projection>(
      requestAs(app, PUBLIC_ACTOR, `/api/planning/scenarios/${made.id}/projection`),
    );
    assert.equal(projected.area, 'GHA');
    const other = { version: 2, name: 'Mine now', shared: true, spec };
    assert.equal((await send(researcher, `/api/planning/scenarios/${made.id}`, other, 'PUT')).status, 403);
    const derived = await jsonOf<Scenario>(
      send(researcher, '/api/planning/scenarios', {
        name: 'More training',
        parent: made.id,
        spec: { ...spec, levers: { trainingScale: 1.6 } },
      }),
      201,
    );
    assert.equal(derived.parent, made.id);
    const stale = await send(ama, `/api/planning/scenarios/${made.id}`, { ...other, version: 1 }, 'PUT');
    assert.equal(stale.status, 409);
    const problem = (await stale.json()) as { current: Scenario };
    assert.equal(problem.current.version, 2);
    const list = await jsonOf<{ scenarios: Scenario[] }>(
      requestAs(app, researcher, '/api/planning/scenarios'),
    );
    assert.deepEqual(
      list.scenarios.map((s) => s.id),
      [derived.id],
    );
    assert.equal(
      (await requestAs(app, ama, `/api/planning/scenarios/${made.id}`, { method: 'DELETE' })).status,
      200,
    );
    assert.equal((await requestAs(app, PUBLIC_ACTOR, `/api/planning/scenarios/${made.id}`)).status, 404);
    const audit = await db.query<{ action: string; object_id: string }>(
      "SELECT action, object_id FROM audit_event WHERE object_type = 'planning_scenario' ORDER BY id",
    );
    assert.deepEqual(
      audit.map((a) => `${a.action} ${a.object_id}`),
      [
        `planning.scenario.create ${made.id}`,
        `planning.scenario.update ${made.id}`,
        `planning.scenario.create ${derived.id}`,
        `planning.scenario.delete ${made.id}`,
      ],
    );
  });

  test('the world’s starting stock per cadre beside Boniol et al.’s totals, with the countries that have none', async () => {
    const w = await jsonOf<WorldStock>(requestAs(app, PUBLIC_ACTOR, '/api/planning/world?baseYear=2020'));
    assert.equal(w.of, 194);
    const doctors = w.cadres.find((c) => c.cadre === 'medical-doctors');
    assert.equal(doctors?.total, 5285);
    assert.equal(doctors?.countries, 1);
    assert.equal(doctors?.ofBaseYear, 1);
    assert.equal(doctors?.published, 12.7e6);
    close(doctors?.share as number, 5285 / 12.7e6, 1e-12, 'share');
    assert.equal(doctors?.missing.length, 193);
    assert.ok(!doctors?.missing.some((m) => m.area === 'GHA'));
    assert.equal(w.cadres.find((c) => c.cadre === 'pharmacists')?.countries, 0);
  });

  test('a background run projects every WHO Member State and the five cadres, with progress and provenance', async () => {
    const started = await jsonOf<Run>(
      send(researcher, '/api/planning/runs', {
        areas: 'member-states',
        horizon: 5,
        uncertainty: { draws: 20 },
      }),
      202,
    );
    assert.equal(started.state, 'queued');
    let run = started;
    const seenProgress = new Set<number>();
    for (let i = 0; i < 600 && (run.state === 'queued' || run.state === 'running'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      const res = await requestAs(app, researcher, `/api/planning/runs/${started.id}`);
      if (res.status !== 200) assert.fail(`${res.status} ${await res.text()}`);
      run = (await res.json()) as Run;
      seenProgress.add(run.done);
    }
    assert.equal(run.state, 'done', run.error ?? '');
    const members = await memberStates(db);
    assert.equal(members.length, 194);
    assert.equal(run.total, 194);
    assert.equal(run.rows?.length, 194 * 5);
    const gha = run.rows?.find((r) => r.area === 'GHA' && r.cadre === 'medical-doctors');
    assert.equal(gha?.stock, 5285);
    assert.equal(gha?.projected, true);
    assert.ok(run.rows?.filter((r) => r.area !== 'GHA').every((r) => !r.projected && r.stock === null));
    assert.equal(run.provenance?.seed, 12345);
    assert.equal((await requestAs(app, ama, `/api/planning/runs/${started.id}`)).status, 404);
    const csv = await (await requestAs(app, researcher, `/api/planning/runs/${started.id}/rows.csv`)).text();
    assert.equal((parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as unknown[]).length, 194 * 5);
    const listed = await jsonOf<{ runs: Run[] }>(requestAs(app, researcher, '/api/planning/runs'));
    assert.deepEqual(
      listed.runs.map((r) => r.id),
      [started.id],
    );
  });
});
