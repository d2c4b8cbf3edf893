import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { jsonBody, OPERATOR, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import { figuresCsv, insertActorUser, insertRound } from '../../../test/permission-matrix/reports-fixture.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { importFile } from '../observations/index.ts';
import type { PrefillResult, Report } from './schemas.ts';

const ghana = userActor('national_authority', 'GHA', { name: 'Ama Mensah' });
const kenya = userActor('national_authority', 'KEN', { name: 'Wanjiku Kamau' });
const secretariat = userActor('secretariat', null, { name: 'Secretariat Reviewer' });
const stakeholder = userActor('stakeholder', null, { name: 'Nurses Union' });

type Actor = typeof ghana;

describe('national and stakeholder reports', () => {
  let db: Database;
  let app: Hono;
  let round: number;
  let gha: Report;
  let ken: Report;

  const call = async (actor: Actor, path: string, init: RequestInit = {}) => {
    const res = await requestAs(app, actor, path, init);
    const body = res.headers.get('content-type')?.includes('json')
      ? await res.json()
      : await res.arrayBuffer();
    return { status: res.status, body: body as never, headers: res.headers };
  };
  const put = (actor: Actor, id: number, version: number, answers: Record<string, unknown>) =>
    call(actor, `/api/reports/${id}/answers`, jsonBody({ version, answers }, 'PUT'));
  const act = (actor: Actor, id: number, action: string, body: Record<string, unknown>) =>
    call(actor, `/api/reports/${id}/${action}`, jsonBody(body));

  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} });
    round = await insertRound(db, 2031);
    await insertActorUser(db, stakeholder);
    const csv = figuresCsv('GHA', [
      ['medical-doctors', 'NGA', 2029, 50],
      ['medical-doctors', 'NGA', 2030, 60],
      ['medical-doctors', 'KEN', 2030, 10],
      ['nursing-personnel', 'NGA', 2028, 30],
      ['nursing-personnel', 'NGA', 2032, 99],
    ]);
    await importFile(operatorContext(db), {
      input: { fileName: 'gha.csv', bytes: new TextEncoder().encode(csv) },
    });
  });
  after(async () => {
    await db.close();
  });

  test('a national authority starts its report pre-filled with the latest figures; one per area and round', async () => {
    const made = await call(
      ghana,
      `/api/rounds/${round}/reports`,
      jsonBody({ kind: 'national', area: 'gha' }),
    );
    assert.equal(made.status, 201, JSON.stringify(made.body));
    gha = made.body;
    assert.equal(gha.state, 'draft');
    assert.equal(gha.version, 1);
    assert.deepEqual(gha.answers['stock.trained'], {
      rows: [
        { occupation: 'medical-doctors', country: 'KEN', year: 2030, count: 10 },
        { occupation: 'medical-doctors', country: 'NGA', year: 2030, count: 60 },
        { occupation: 'nursing-personnel', country: 'NGA', year: 2028, count: 30 },
      ],
    });
    assert.deepEqual(gha.answers['agreements.list'], { rows: [] });
    assert.deepEqual(
      gha.issues.map((i) => `${i.question} ${i.code}`),
      ['authority.designated required'],
    );
    assert.equal(gha.allowed.edit, true);
    assert.equal(gha.allowed.accept, false);
    const again = await call(
      secretariat,
      `/api/rounds/${round}/reports`,
      jsonBody({ kind: 'national', area: 'GHA' }),
    );
    assert.equal(again.status, 409);
    assert.equal((again.body as { existing: number }).existing, gha.id);
    const other = await call(
      ghana,
      `/api/rounds/${round}/reports`,
      jsonBody({ kind: 'national', area: 'KEN' }),
    );
    assert.equal(other.status, 403);
    const stake = await call(
      ghana,
      `/api/rounds/${round}/reports`,
      jsonBody({ kind: 'stakeholder', organisation: 'X', organisationType: 'ngo' }),
    );
    assert.equal(stake.status, 403);
    const made2 = await call(
      kenya,
      `/api/rounds/${round}/reports`,
      jsonBody({ kind: 'national', area: 'KEN' }),
    );
    assert.equal(made2.status, 201);
    ken = made2.body;
    assert.deepEqual(ken.answers['stock.trained'], { rows: [] });
  });

  test('lists show each reader what it may read', async () => {
    const ids = async (actor: Actor) =>
      ((await call(actor, `/api/rounds/${round}/reports`)).body as { reports: Report[] }).reports.map(
        (r) => r.area,
      );
    assert.deepEqual(await ids(secretariat), ['GHA', 'KEN']);
    assert.deepEqual(await ids(ghana), ['GHA']);
    assert.deepEqual(await ids(stakeholder), []);
    assert.equal((await call(PUBLIC_ACTOR as Actor, `/api/rounds/${round}/reports`)).status, 401);
  });

  test('Ghana’s authority is refused Kenya’s draft by every route, the public asked to sign in', async () => {
    const id = ken.id;
    const form = new FormData();
    form.append('question', 'evidence.file');
    form.append('file', new File(['%PDF-1.4\n'], 'a.pdf'));
    const refused = [
      await call(ghana, `/api/reports/${id}`),
      await put(ghana, id, 1, { 'authority.designated': 'yes' }),
      await act(ghana, id, 'submit', { version: 1 }),
      await act(ghana, id, 'return', { version: 1, comment: 'x' }),
      await act(ghana, id, 'accept', { version: 1 }),
      await act(ghana, id, 'publish', { version: 1 }),
      await call(ghana, `/api/reports/${id}/attachments`, { method: 'POST', body: form }),
      await call(ghana, `/api/reports/${id}/attachments/1`),
      await call(ghana, `/api/reports/${id}/attachments/1`, { method: 'DELETE' }),
      await call(ghana, `/api/reports/${id}/prefill`),
      await call(ghana, `/api/reports/${id}/import`, { method: 'POST' }),
    ];
    assert.deepEqual(
      refused.map((r) => r.status),
      refused.map(() => 403),
    );
    assert.equal((await call(PUBLIC_ACTOR as Actor, `/api/reports/${id}`)).status, 401);
    assert.equal((await call(PUBLIC_ACTOR as Actor, `/api/reports/${id}/prefill`)).status, 401);
    assert.equal((await call(ghana, '/api/reports/999999')).status, 404);
    const unchanged = (await call(kenya, `/api/reports/${id}`)).body as Report;
    assert.equal(unchanged.version, 1);
  });

  test('autosave merges changes, never refuses invalid content, and a stale version gets 409 with the current report', async () => {
    const saved = await put(ghana, gha.id, 1, {
      'authority.designated': 'maybe',
      'stock.trained': {
        rows: [
          { occupation: 'medical-doctors', country: 'NGA', year: 2030, count: 70 },
          { occupation: 'medical-doctors', country: 'NGA', year: 2031, count: 75 },
          { occupation: 'nursing-personnel', country: 'NGA', year: 2028, count: 30 },
        ],
      },
    });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    const s = saved.body as Report;
    assert.equal(s.version, 2);
    assert.ok(s.issues.some((i) => i.question === 'authority.designated' && i.code === 'option'));
    assert.deepEqual(s.answers['agreements.list'], { rows: [] }, 'answers not sent are kept');
    const stale = await put(ghana, gha.id, 1, { 'authority.designated': 'no' });
    assert.equal(stale.status, 409);
    const problem = stale.body as { current: Report; title: string; detail?: string; message?: string };
    assert.equal(problem.current.version, 2);
    assert.equal(problem.current.answers['authority.designated'], 'maybe');
    assert.match(JSON.stringify(problem), /Ama Mensah/);
    const cleared = await put(ghana, gha.id, 2, { 'authority.designated': null });
    assert.equal((cleared.body as Report).answers['authority.designated'], undefined);
    const fixed = await put(ghana, gha.id, 3, { 'authority.designated': 'yes' });
    assert.equal((fixed.body as Report).version, 4);
    assert.deepEqual((fixed.body as Report).issues, []);
    const audit = await db.query<{ before: unknown; after: unknown }>(
      `SELECT before, after FROM audit_event WHERE action = 'report.save' AND object_id = $1 ORDER BY id DESC LIMIT 1`,
      [String(gha.id)],
    );
    const entry = audit[0] as { before: unknown; after: unknown };
    const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    assert.deepEqual(parse(entry.before), { version: 3, answers: { 'authority.designated': null } });
    assert.deepEqual(parse(entry.after), { version: 4, answers: { 'authority.designated': 'yes' } });
  });

  test('two savers on the same version: exactly one is saved, the other gets 409 with it', async () => {
    const current = (await call(kenya, `/api/reports/${ken.id}`)).body as Report;
    const [a, b] = await Promise.all([
      put(kenya, ken.id, current.version, { 'authority.designated': 'yes' }),
      put(kenya, ken.id, current.version, { 'authority.designated': 'partly' }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 409]);
    const won = (a.status === 200 ? a : b).body as Report;
    const lost = (a.status === 200 ? b : a).body as { current: Report };
    assert.equal(won.version, current.version + 1);
    assert.deepEqual(lost.current.answers, won.answers);
    const stored = (await call(kenya, `/api/reports/${ken.id}`)).body as Report;
    assert.equal(stored.answers['authority.designated'], won.answers['authority.designated']);
    assert.equal(stored.version, current.version + 1);
    ken = stored;
  });

  test('pre-fill shows the stored figures and explains each difference', async () => {
    const res = await call(ghana, `/api/reports/${gha.id}/prefill`, { headers: { 'accept-language': 'en' } });
    assert.equal(res.status, 200);
    const p = res.body as PrefillResult;
    assert.deepEqual(
      p.tables
        .find((t) => t.question === 'stock.trained')
        ?.rows.map((r) => `${r.cells.country} ${r.year} ${r.source}`),
      ['KEN 2030 EXAMPLE', 'NGA 2030 EXAMPLE', 'NGA 2028 EXAMPLE'],
    );
    const byKey = Object.fromEntries(p.differences.map((d) => [d.key, d]));
    assert.deepEqual(Object.keys(byKey).sort(), [
      'medical-doctors|KEN|2030',
      'medical-doctors|NGA|2030',
      'medical-doctors|NGA|2031',
    ]);
    assert.equal(byKey['medical-doctors|NGA|2030']?.kind, 'different');
    assert.match(byKey['medical-doctors|NGA|2030']?.explanation ?? '', /\+10 \(\+16\.7 %\)/);
    assert.equal(byKey['medical-doctors|NGA|2031']?.kind, 'only-reported');
    assert.match(byKey['medical-doctors|NGA|2031']?.explanation ?? '', /latest is for 2030/);
    assert.equal(byKey['medical-doctors|KEN|2030']?.kind, 'only-stored');
    const fr = (await call(ghana, `/api/reports/${gha.id}/prefill?lang=fr`)).body as PrefillResult;
    assert.match(fr.differences.find((d) => d.kind === 'only-stored')?.explanation ?? '', /ne donne pas/);
  });

  test('submit, return with comments, resubmit, accept, import twice, publish', async () => {
    let r = (await call(ghana, `/api/reports/${gha.id}`)).body as Report;
    const submitted = await act(ghana, r.id, 'submit', { version: r.version });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    r = submitted.body;
    assert.equal(r.state, 'submitted');
    assert.equal((await put(ghana, r.id, r.version, { 'authority.designated': 'no' })).status, 409);
    assert.equal((await act(ghana, r.id, 'accept', { version: r.version })).status, 403);
    const bare = await act(secretariat, r.id, 'return', { version: r.version });
    assert.equal(bare.status, 400);
    const returned = await act(secretariat, r.id, 'return', {
      version: r.version,
      comment: 'Please check the figures.',
      comments: [{ question: 'stock.trained', body: 'The 2031 row is after the round.' }],
    });
    assert.equal(returned.status, 200, JSON.stringify(returned.body));
    r = returned.body;
    assert.equal(r.state, 'returned');
    assert.deepEqual(
      r.comments.map((c) => [c.question, c.reviewCycle, c.author]),
      [
        [null, 1, 'Secretariat Reviewer <secretariat@example.org>'],
        ['stock.trained', 1, 'Secretariat Reviewer <secretariat@example.org>'],
      ],
    );
    const again = await act(ghana, r.id, 'submit', { version: r.version });
    r = again.body;
    assert.equal(r.state, 'resubmitted');
    assert.equal((await call(secretariat, `/api/reports/${r.id}/import`, { method: 'POST' })).status, 409);
    const accepted = await act(secretariat, r.id, 'accept', { version: r.version });
    r = accepted.body;
    assert.equal(r.state, 'accepted');
    assert.equal(r.allowed.importFigures, true);
    const first = await call(secretariat, `/api/reports/${r.id}/import`, { method: 'POST' });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(
      { ...(first.body as object), batch: 0 },
      { batch: 0, inserted: 3, revised: 0, unchanged: 0 },
    );
    const second = await call(secretariat, `/api/reports/${r.id}/import`, { method: 'POST' });
    assert.deepEqual(
      { ...(second.body as object), batch: 0 },
      { batch: 0, inserted: 0, revised: 0, unchanged: 3 },
    );
    const stored = await db.query<{ n: number; file_name: string }>(
      `SELECT count(*)::int AS n, min(b.file_name) AS file_name FROM observation o JOIN import_batch b ON b.id = o.batch_id
       WHERE o.source = 'WHO.NRI' AND o.area = 'GHA' AND o.superseded_by IS NULL`,
    );
    assert.equal(stored[0]?.n, 3);
    assert.match(stored[0]?.file_name ?? '', new RegExp(`report ${r.id}`));
    const afterImport = (await call(secretariat, `/api/reports/${r.id}`)).body as Report;
    assert.equal(afterImport.importedBatch, (first.body as { batch: number }).batch);
    const published = await act(secretariat, r.id, 'publish', { version: afterImport.version });
    assert.equal((published.body as Report).state, 'published');
    const seen = await call(PUBLIC_ACTOR as Actor, `/api/reports/${r.id}`);
    assert.equal(seen.status, 200);
    assert.equal((seen.body as Report).allowed.edit, false);
  });

  test('a stakeholder report cannot be submitted while answers are missing, naming them', async () => {
    const made = await call(
      stakeholder,
      `/api/rounds/${round}/reports`,
      jsonBody({
        kind: 'stakeholder',
        organisation: 'Ghana Registered Nurses and Midwives Association',
        organisationType: 'professional-association',
      }),
    );
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const r = made.body as Report;
    const refused = await act(stakeholder, r.id, 'submit', { version: r.version });
    assert.equal(refused.status, 400);
    const errors = (refused.body as { errors: Array<{ field: string }> }).errors;
    assert.deepEqual(
      errors.map((e) => e.field),
      ['views.summary'],
    );
    assert.equal((await call(ghana, `/api/reports/${r.id}`)).status, 403);
    assert.equal((await call(secretariat, `/api/reports/${r.id}`)).status, 200);
  });

  test('attachments: recognised by their bytes, sent back as attachments, removed while editable', async () => {
    const upload = (name: string, bytes: Uint8Array | string, question = 'evidence.file') => {
      const form = new FormData();
      form.append('question', question);
      form.append('file', new File([bytes], name));
      return call(kenya, `/api/reports/${ken.id}/attachments`, { method: 'POST', body: form });
    };
    const pdf = '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n';
    const added = await upload('../../Évaluation "2031".pdf', pdf);
    assert.equal(added.status, 201, JSON.stringify(added.body));
    const { attachment, report } = added.body as {
      attachment: { id: number; fileName: string; contentType: string };
      report: Report;
    };
    assert.equal(attachment.fileName, 'Évaluation _2031_.pdf');
    assert.equal(attachment.contentType, 'application/pdf');
    assert.deepEqual(report.answers['evidence.file'], { attachments: [attachment.id] });
    const exe = await upload('report.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]));
    assert.equal(exe.status, 400);
    assert.equal((await upload('x.pdf', pdf, 'authority.designated')).status, 400);
    const got = await call(secretariat, `/api/reports/${ken.id}/attachments/${attachment.id}`);
    assert.equal(got.status, 200);
    assert.equal(new TextDecoder().decode(got.body as ArrayBuffer), pdf);
    assert.equal(got.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(got.headers.get('content-type'), 'application/pdf');
    assert.match(
      got.headers.get('content-disposition') ?? '',
      /^attachment; filename="_valuation _2031_.pdf"; filename\*=UTF-8''%C3%89valuation/,
    );
    const removed = await call(kenya, `/api/reports/${ken.id}/attachments/${attachment.id}`, {
      method: 'DELETE',
    });
    assert.equal(removed.status, 200);
    assert.equal((removed.body as Report).answers['evidence.file'], undefined);
    assert.equal((await call(kenya, `/api/reports/${ken.id}/attachments/${attachment.id}`)).status, 404);
  });

  test('reports are written only on an open round', async () => {
    const planned = await insertRound(db, 2034, 'planned');
    const res = await call(
      OPERATOR as Actor,
      `/api/rounds/${planned}/reports`,
      jsonBody({ kind: 'national', area: 'GHA' }),
    );
    assert.equal(res.status, 409);
    assert.equal((await call(secretariat, '/api/rounds/999999/reports')).status, 404);
  });
});
