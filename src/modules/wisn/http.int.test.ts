import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Hono } from 'hono';
import { jsonBody, jsonOf, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { DEFAULT_IMPORT_LIMITS } from '../../platform/config.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { districtHospital } from './domain/fixtures.ts';
import { wisnRequiredStaff } from './index.ts';
import type { Study, StudyInputs, StudyList, StudyResults } from './schemas.ts';
import { readStudyWorkbook } from './workbook.ts';

const ghana = userActor('national_authority', 'GHA', { name: 'Ama Mensah' });
const ghanaData = userActor('data_manager', 'GHA', { name: 'Kofi Boateng' });
const kenya = userActor('national_authority', 'KEN', { name: 'Wanjiru Kamau' });
const secretariat = userActor('secretariat', null, { name: 'Sara Ortiz' });

async function workbookOf(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}

function upload(bytes: ArrayBuffer | Uint8Array, name = 'kintampo.xlsx'): RequestInit {
  const form = new FormData();
  form.set('file', new Blob([bytes instanceof Uint8Array ? new Uint8Array(bytes) : bytes]), name);
  return { method: 'POST', body: form };
}

describe('WISN studies over HTTP', () => {
  let db: Database;
  let app: Hono;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} });
  });
  after(async () => {
    await db.close();
  });

  const send = (actor: Actor, path: string, body: unknown, method = 'POST') =>
    requestAs(app, actor, path, jsonBody(body, method));

  let id = 0;

  test('anyone computes a study without storing it; the nurses need 10.25', async () => {
    const results = await jsonOf<StudyResults>(send(PUBLIC_ACTOR, '/api/wisn/compute', districtHospital()));
    const nurses = results.results.find((r) => r.cadre === 'NUR');
    assert.ok(nurses && Math.abs(nurses.required - 10.25) < 1e-9);
    assert.equal(nurses.level, 'high_pressure');
  });

  test('impossible inputs are refused with the field named, in the reader’s language', async () => {
    const study = districtHospital();
    const nurses = study.cadres[0];
    assert.ok(nurses);
    nurses.workingTime.sickLeave = 300;
    const problem = await jsonOf<{ errors: Array<{ field: string; message: string }>; title: string }>(
      requestAs(app, PUBLIC_ACTOR, '/api/wisn/compute?lang=fr', jsonBody(study)),
      400,
    );
    assert.equal(problem.errors[0]?.field, 'cadres.0.workingTime.daysPerYear');
    assert.match(problem.errors[0]?.message ?? '', /ne laissent aucun jour de travail sur les 260/);
  });

  test('a national authority saves a study of its country; another country’s is refused', async () => {
    const saved = await jsonOf<Study>(send(ghana, '/api/wisn/studies', districtHospital()), 201);
    id = saved.id;
    assert.equal(saved.version, 1);
    assert.equal(saved.inputs.cadres.length, 2);
    const refused = await send(kenya, '/api/wisn/studies', districtHospital());
    assert.equal(refused.status, 403);
    const audit = await db.query<{ action: string; area: string }>(
      "SELECT action, area FROM audit_event WHERE object_type = 'wisn_study' AND object_id = $1",
      [String(id)],
    );
    assert.deepEqual(
      [...audit].map((r) => ({ ...r })),
      [{ action: 'wisn.create', area: 'GHA' }],
    );
  });

  test('the study is listed and read in its area only; another area’s reader is refused', async () => {
    const mine = await jsonOf<StudyList>(requestAs(app, ghanaData, '/api/wisn/studies'));
    assert.deepEqual(
      mine.studies.map((s) => s.id),
      [id],
    );
    const theirs = await jsonOf<StudyList>(requestAs(app, kenya, '/api/wisn/studies'));
    assert.deepEqual(theirs.studies, []);
    assert.equal((await requestAs(app, kenya, `/api/wisn/studies/${id}`)).status, 403);
    assert.equal((await requestAs(app, kenya, '/api/wisn/studies?area=GHA')).status, 403);
    const all = await jsonOf<StudyList>(requestAs(app, secretariat, '/api/wisn/studies?area=GHA'));
    assert.equal(all.studies.length, 1);
  });

  test('a change on an old version is refused with the current study; on the current one it is saved', async () => {
    const changed = districtHospital();
    changed.staff[0] = { facility: 'KDH', cadre: 'NUR', existing: 10 };
    const saved = await jsonOf<Study>(
      send(ghanaData, `/api/wisn/studies/${id}`, { version: 1, inputs: changed }, 'PUT'),
    );
    assert.equal(saved.version, 2);
    const stale = await send(ghana, `/api/wisn/studies/${id}`, { version: 1, inputs: changed }, 'PUT');
    assert.equal(stale.status, 409);
    const { results } = await jsonOf<{ results: StudyResults }>(
      requestAs(app, ghana, `/api/wisn/studies/${id}/results`),
    );
    const nurses = results.results.find((r) => r.cadre === 'NUR');
    // 10 in post against 10.25 required: a difference of −0.25, balance within half a nurse.
    assert.equal(nurses?.level, 'balanced');
  });

  test('the planning side reads the required staff per cadre', async () => {
    const need = await wisnRequiredStaff(operatorContext(db), id);
    assert.equal(need.area, 'GHA');
    assert.deepEqual(
      need.cadres.map((c) => [c.cadre, c.name, Math.round(c.required * 1e4) / 1e4, c.existing]),
      [
        ['NUR', 'Nurses', 10.25, 10],
        ['MID', 'Midwives', 4.5111, 5],
      ],
    );
  });

  test('the export holds the inputs and the results, and imports back as the same study', async () => {
    const res = await requestAs(app, ghana, `/api/wisn/studies/${id}/export.xlsx`);
    assert.equal(res.status, 200);
    const bytes = await res.arrayBuffer();
    const wb = await workbookOf(bytes);
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      ['study', 'facilities', 'cadres', 'staff', 'activities', 'workload', 'cas', 'ias', 'results'],
    );
    const results = wb.getWorksheet('results');
    assert.equal(results?.getRow(2).getCell(2).value, 'NUR');
    assert.equal(results?.getRow(2).getCell(9).value, 10.25);
    const read_ = await jsonOf<StudyInputs>(requestAs(app, PUBLIC_ACTOR, '/api/wisn/read', upload(bytes)));
    const { inputs } = await jsonOf<Study>(requestAs(app, ghana, `/api/wisn/studies/${id}`));
    assert.deepEqual(read_, inputs);
    const imported = await jsonOf<Study>(
      requestAs(app, ghana, '/api/wisn/studies/import', upload(bytes)),
      201,
    );
    assert.deepEqual(imported.inputs, inputs);
    const csv = await (await requestAs(app, ghana, `/api/wisn/studies/${id}/results.csv`)).text();
    assert.match(csv, /^\uFEFF?facility,cadre,awt_days,awt_hours/);
    assert.match(csv, /KDH,NUR,215,1720,8\.5,15,/);
  });

  test('a workbook with a bad cell is refused naming file, sheet, row and column; nothing is stored', async () => {
    const template = await (await requestAs(app, PUBLIC_ACTOR, '/api/wisn/template.xlsx')).arrayBuffer();
    const wb = await workbookOf(template);
    const cas = wb.getWorksheet('cas');
    assert.ok(cas);
    cas.getRow(3).getCell(3).value = 95;
    const activities = wb.getWorksheet('activities');
    assert.ok(activities);
    activities.getRow(2).getCell(3).value = 'twenty';
    const broken = await wb.xlsx.writeBuffer();
    const before_ = await db.query('SELECT count(*)::int AS n FROM wisn_study');
    const problem = await jsonOf<{
      detail: string;
      errors: Array<{ row: number; column: string; message: string }>;
    }>(requestAs(app, ghana, '/api/wisn/studies/import?lang=es', upload(broken, 'broken.xlsx')), 422);
    assert.deepEqual(
      problem.errors.map((e) => [e.row, e.column]),
      [[2, 'standard']],
    );
    assert.match(problem.errors[0]?.message ?? '', /^hoja activities: /);
    activities.getRow(2).getCell(3).value = 20;
    const casOnly = await jsonOf<{
      title: string;
      errors: Array<{ row: number; column: string; message: string }>;
    }>(
      requestAs(app, ghana, '/api/wisn/studies/import', upload(await wb.xlsx.writeBuffer(), 'broken.xlsx')),
      422,
    );
    assert.deepEqual(
      casOnly.errors.map((e) => [e.row, e.column]),
      [[3, 'value']],
    );
    assert.match(casOnly.errors[0]?.message ?? '', /sheet cas: The category allowances of NUR take 100 %/);
    assert.deepEqual([...(await db.query('SELECT count(*)::int AS n FROM wisn_study'))], [...before_]);
  });

  test('a damaged workbook, or one inflating past the limit, is refused before it is unpacked', async () => {
    const template = new Uint8Array(
      await (await requestAs(app, PUBLIC_ACTOR, '/api/wisn/template.xlsx')).arrayBuffer(),
    );
    const cut = await jsonOf<{ detail: string; instance: string }>(
      requestAs(
        app,
        PUBLIC_ACTOR,
        '/api/wisn/read',
        upload(template.slice(0, template.length - 200), 'cut.xlsx'),
      ),
      422,
    );
    assert.match(cut.detail, /^cut\.xlsx cannot be read as an XLSX workbook: .* truncated/);
    await assert.rejects(
      readStudyWorkbook('big.xlsx', template, { ...DEFAULT_IMPORT_LIMITS, maxWorkbookBytes: 1000 }),
      (e: unknown) => e instanceof AppError && e.code === 'invalid_file' && /big\.xlsx/.test(e.message),
    );
  });

  test('deleting a study is audited', async () => {
    await jsonOf(requestAs(app, ghana, `/api/wisn/studies/${id}`, { method: 'DELETE' }));
    assert.equal((await requestAs(app, ghana, `/api/wisn/studies/${id}`)).status, 404);
    assert.equal((await requestAs(app, kenya, `/api/wisn/studies/${id}`, { method: 'DELETE' })).status, 403);
    const [row] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_event WHERE object_type = 'wisn_study' AND action = 'wisn.delete'",
    );
    assert.equal(row?.n, 1);
  });
});
