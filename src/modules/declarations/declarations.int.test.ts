import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { jsonBody, OPERATOR, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import { listedOrganisation } from '../../../test/recruiters.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { readConfigFile, saveDestination } from '../recruitment/index.ts';
import { loadSafeguardsList } from '../safeguards/index.ts';
import type { Declaration, DeclarationList, DeclareResult } from './schemas.ts';

const root = new URL('../../../', import.meta.url);
const path = (p: string) => fileURLToPath(new URL(p, root));
const authorityGbr = userActor('national_authority', 'GBR');
const authorityKen = userActor('national_authority', 'KEN');
const NURSES = 'nursing-personnel';

describe('declarations of recruitment', () => {
  let db: Database;
  let app: Hono;
  let a: { id: number; member: Actor };
  let b: { id: number; member: Actor };
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} });
    const ctx = operatorContext(db);
    await loadSafeguardsList(ctx, { edition: 2023, path: path('test/fixtures/indicators/ssl_2023.csv') });
    await saveDestination(ctx, { iso3: 'GBR', config: readConfigFile(path('data/recruitment/gbr.json')) });
    a = await listedOrganisation(app, 'GBR', 'Ethical Care Recruitment');
    b = await listedOrganisation(app, 'GBR', 'Northern Nursing Agency');
  });
  after(async () => {
    await db.close();
  });

  const declare = (actor: Actor, org: number, lines: unknown[]) =>
    requestAs(app, actor, `/api/recruiters/organisations/${org}/declarations`, jsonBody({ lines }));
  const inflow = async (partner: string, year: number) => {
    const rows = await db.query<{ value: number }>(
      `SELECT value FROM observation WHERE source = 'DECLARATIONS' AND measure = 'inflow' AND area = 'GBR'
         AND partner = $1 AND year = $2 AND occupation = $3 AND partner_basis = 'training' AND superseded_by IS NULL`,
      [partner, year, NURSES],
    );
    return rows.map((r) => Number(r.value));
  };
  const count = async () =>
    Number((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM recruitment_declaration'))[0]?.n);

  test('a listed agency declares; red and amber-without-agreement lines are flagged; yearly sums become inflows', async () => {
    const res = await declare(a.member, a.id, [
      { month: '2024-03', origin: 'NGA', occupation: NURSES, placed: 4 },
      { month: '2024-03', origin: 'IND', occupation: NURSES, placed: 10 },
      { month: '2024-05', origin: 'ind', occupation: NURSES, placed: 5 },
      { month: '2022-01', origin: 'KEN', occupation: NURSES, placed: 2 },
    ]);
    assert.equal(res.status, 201, await res.clone().text());
    const r = (await res.json()) as DeclareResult;
    assert.equal(r.flagged, 2);
    const byOrigin = new Map(r.declarations.map((d) => [`${d.month} ${d.origin.code}`, d]));
    assert.equal(byOrigin.get('2024-03 NGA')?.flag, 'red_origin');
    assert.equal(byOrigin.get('2024-03 NGA')?.review, 'pending');
    assert.match(
      byOrigin.get('2024-03 NGA')?.flagText ?? '',
      /Nigeria was red for United Kingdom in 2024-03/,
    );
    assert.equal(byOrigin.get('2022-01 KEN')?.originStatus, 'amber');
    assert.equal(byOrigin.get('2022-01 KEN')?.flag, 'amber_without_agreement');
    assert.equal(byOrigin.get('2024-03 IND')?.review, 'not_needed');
    assert.deepEqual([r.inserted, r.revised, r.unchanged], [3, 0, 0]);
    assert.deepEqual(await inflow('IND', 2024), [15]);
    assert.deepEqual(await inflow('NGA', 2024), [4]);
    assert.deepEqual(await inflow('KEN', 2022), [2]);
  });

  test("another organisation's placements add to the year; a line declared again replaces its count", async () => {
    const other = await declare(b.member, b.id, [
      { month: '2024-07', origin: 'IND', occupation: NURSES, placed: 3 },
    ]);
    assert.equal(other.status, 201, await other.clone().text());
    assert.deepEqual(await inflow('IND', 2024), [18]);
    const again = await declare(a.member, a.id, [
      { month: '2024-03', origin: 'IND', occupation: NURSES, placed: 8 },
    ]);
    const r = (await again.json()) as DeclareResult;
    assert.deepEqual([r.inserted, r.revised], [0, 1]);
    assert.deepEqual(await inflow('IND', 2024), [16]);
    const history = await db.query<{ value: number }>(
      "SELECT value FROM observation WHERE source = 'DECLARATIONS' AND partner = 'IND' AND year = 2024 ORDER BY id",
    );
    assert.deepEqual(
      history.map((h) => Number(h.value)),
      [15, 18, 16],
      'every sum is kept as a revision',
    );
  });

  test('a recruiter sees only its own declarations; the register’s reviewers see them all', async () => {
    const own = await requestAs(app, a.member, `/api/recruiters/organisations/${a.id}/declarations`);
    assert.equal(own.status, 200);
    const list = (await own.json()) as DeclarationList;
    assert.ok(list.declarations.every((d) => d.organisation.id === a.id));
    assert.equal(list.declarations.length, 4);
    assert.equal(
      (await requestAs(app, b.member, `/api/recruiters/organisations/${a.id}/declarations`)).status,
      403,
    );
    assert.equal(
      (await requestAs(app, PUBLIC_ACTOR, `/api/recruiters/organisations/${a.id}/declarations`)).status,
      401,
    );
    assert.equal(
      (await declare(b.member, a.id, [{ month: '2024-01', origin: 'IND', occupation: NURSES, placed: 1 }]))
        .status,
      403,
    );
    const reviewer = await requestAs(app, authorityGbr, `/api/recruiters/organisations/${a.id}/declarations`);
    assert.equal(reviewer.status, 200);
    const all = await requestAs(app, authorityGbr, '/api/declarations?destination=GBR');
    assert.equal(((await all.json()) as DeclarationList).declarations.length, 5);
    assert.equal((await requestAs(app, authorityKen, '/api/declarations?destination=GBR')).status, 403);
  });

  test('a wrong line refuses the whole declaration, naming each line and field; nothing is stored', async () => {
    const before = await count();
    const batches = await db.query('SELECT id FROM import_batch');
    const res = await declare(a.member, a.id, [
      { month: '2024-02', origin: 'IND', occupation: NURSES, placed: 1 },
      { month: '2099-01', origin: 'IND', occupation: NURSES, placed: 1 },
      { month: '2024-02', origin: 'GBR', occupation: NURSES, placed: 1 },
      { month: '2024-02', origin: 'XYZ', occupation: NURSES, placed: 1 },
      { month: '2024-02', origin: 'IND', occupation: 'plumbers', placed: 1 },
      { month: '2024-02', origin: 'IND', occupation: NURSES, placed: 2 },
      { month: '2024-03', origin: 'KEN', occupation: NURSES, placed: 1, agreement: 999_999 },
    ]);
    assert.equal(res.status, 400);
    const p = (await res.json()) as { errors: { field: string; message: string }[] };
    assert.deepEqual(
      p.errors.map((e) => e.field),
      [
        'lines.1.month',
        'lines.2.origin',
        'lines.3.origin',
        'lines.4.occupation',
        'lines.5.month',
        'lines.6.agreement',
      ],
    );
    assert.match(p.errors[4]?.message ?? '', /line 1/);
    assert.match(p.errors[5]?.message ?? '', /no published agreement has the number 999999/);
    const negative = await declare(a.member, a.id, [
      { month: '2024-02', origin: 'IND', occupation: NURSES, placed: -1 },
    ]);
    assert.equal(negative.status, 400);
    assert.equal(await count(), before);
    assert.equal((await db.query('SELECT id FROM import_batch')).length, batches.length);
  });

  test('reviewers accept or query flagged lines, once; each step is audited', async () => {
    const pending = (await (
      await requestAs(app, authorityGbr, '/api/declarations?destination=GBR&review=pending')
    ).json()) as DeclarationList;
    assert.deepEqual(pending.declarations.map((d) => d.origin.code).sort(), ['KEN', 'NGA']);
    const nga = pending.declarations.find((d) => d.origin.code === 'NGA') as Declaration;
    const path = `/api/declarations/${nga.id}/review`;
    assert.equal(
      (await requestAs(app, authorityKen, path, jsonBody({ decision: 'accepted', note: 'x' }))).status,
      403,
    );
    const ok = await requestAs(
      app,
      authorityGbr,
      path,
      jsonBody({ decision: 'queried', note: 'Were these direct applications?' }),
    );
    assert.equal(ok.status, 200, await ok.clone().text());
    assert.equal(((await ok.json()) as Declaration).review, 'queried');
    const accepted = await requestAs(
      app,
      authorityGbr,
      path,
      jsonBody({ decision: 'accepted', note: 'They applied directly.' }),
    );
    assert.equal(((await accepted.json()) as Declaration).review, 'accepted');
    assert.equal(
      (await requestAs(app, authorityGbr, path, jsonBody({ decision: 'accepted', note: 'again' }))).status,
      409,
    );
    const audit = await db.query<{ action: string }>(
      "SELECT action FROM audit_event WHERE action LIKE 'declarations.%' ORDER BY id",
    );
    assert.deepEqual(
      audit.map((x) => x.action),
      [
        'declarations.declare',
        'declarations.declare',
        'declarations.declare',
        'declarations.review',
        'declarations.review',
      ],
    );
  });

  test('an organisation not listed cannot declare', async () => {
    const applied = await requestAs(
      app,
      OPERATOR,
      '/api/recruiters/organisations',
      jsonBody({
        register: 'GBR',
        kind: 'employer',
        name: 'Not Yet Listed Trust',
        legalEntity: 'Not Yet Listed Trust',
        countries: ['GBR'],
        associatedBusinesses: [],
        referees: [{ name: 'R', organisation: 'O', email: 'r@o.example.org' }],
        commitsToCode: true,
        chargesNoFees: true,
      }),
    );
    assert.equal(applied.status, 201, await applied.clone().text());
    const id = ((await applied.json()) as { organisation: { id: number } }).organisation.id;
    const res = await declare(OPERATOR, id, [
      { month: '2024-01', origin: 'IND', occupation: NURSES, placed: 1 },
    ]);
    assert.equal(res.status, 409);
  });
});
