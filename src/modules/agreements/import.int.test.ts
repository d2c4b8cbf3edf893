import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { OPERATOR, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { AgreementRowSchema, agreementFromRow } from '../recruitment/index.ts';
import { parseCsvRecords } from '../reference/index.ts';
import { agreementsForRecruitment, importAgreements } from './index.ts';
import type { AgreementList, ImportResult } from './schemas.ts';

const GBR_FILE = new URL('../../../data/recruitment/gbr-agreements.csv', import.meta.url);
const gbr = readFileSync(GBR_FILE);

/** A file as a spreadsheet in a French locale saves it: a byte order mark, semicolons, and every kind of mistake. */
const MESSY = [
  '\uFEFFid;title;type;level;parties;signed_on;in_force_on;expires_on;status;cadres;recruitment_allowed',
  '1;Accord A;bilateral_mou;government;"GBR:destination;KEN:origin";2021-02-30;;;;;yes',
  '2;Accord B;bilateral_mou;government;"GBR:destination;ZZZ:origin";;;;in_force;;yes',
  '2;Accord C;bilateral_mou;government;"GBR:destination;NPL:origin";;;;in_force;;no',
  '3;Accord D;bilateral_mou;government;"GBR:destination;GHA:origin";;;;in_force;;yes',
  '',
].join('\r\n');

const kenya = userActor('national_authority', 'KEN', { name: 'Wanjiru Kamau' });

function upload(bytes: Uint8Array | string, name: string, query = ''): RequestInit & { path: string } {
  const form = new FormData();
  form.set('file', new Blob([bytes], { type: 'text/csv' }), name);
  return { path: `/api/agreements/import${query}`, method: 'POST', body: form };
}

describe('agreements import', () => {
  let db: Database;
  let app: Hono;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} });
  });
  after(async () => {
    await db.close();
  });

  const count = async (sql: string) => Number((await db.query<{ n: number }>(sql))[0]?.n);
  const post = async (actor: typeof OPERATOR, init: RequestInit & { path: string }) => {
    const { path, ...rest } = init;
    const res = await requestAs(app, actor, path, rest);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  test('a messy file changes nothing, and each error names file, row and column in the reader’s language', async () => {
    const r = await post(OPERATOR, upload(MESSY, 'messy.csv', '?lang=fr'));
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.equal(r.body.type, '/problems/invalid_file');
    const errors = r.body.errors as Array<{ file: string; row: number; column: string; message: string }>;
    assert.deepEqual(
      errors.map((e) => [e.file, e.row, e.column]),
      [
        ['messy.csv', 2, 'signed_on'],
        ['messy.csv', 3, 'parties'],
        ['messy.csv', 4, 'id'],
      ],
    );
    assert.match(errors[0]?.message ?? '', /« 2021-02-30 » n’est pas une date/);
    assert.match(errors[1]?.message ?? '', /ZZZ n’est pas un pays/);
    assert.match(errors[2]?.message ?? '', /messy#2/);
    assert.match(String(r.body.detail), /^messy\.csv n’a pas été importé : ligne 2, colonne signed_on/);
    assert.equal(await count('SELECT count(*)::int AS n FROM agreement'), 0);
    assert.equal(
      await count("SELECT count(*)::int AS n FROM audit_event WHERE action LIKE 'agreement.%'"),
      0,
    );
  });

  test('a file neither UTF-8 nor UTF-16 is refused naming it', async () => {
    const latin1 = Uint8Array.from([...Buffer.from('id,title,type,parties\n1,Acc'), 0xe9, 0x0a]);
    const r = await post(OPERATOR, upload(latin1, 'latin1.csv'));
    assert.equal(r.status, 422, JSON.stringify(r.body));
    assert.match(JSON.stringify(r.body), /latin1\.csv is neither UTF-8 nor UTF-16/);
  });

  test('the Kenyan authority may not import an agreement Kenya is not party to: nothing is stored', async () => {
    const r = await post(kenya, upload(gbr, 'gbr-agreements.csv'));
    assert.equal(r.status, 403, JSON.stringify(r.body));
    assert.equal(await count('SELECT count(*)::int AS n FROM agreement'), 0);
  });

  test('the shipped UK agreements file reads as it is, published, once; a second import changes nothing', async () => {
    const first = await importAgreements(operatorContext(db), {
      fileName: 'gbr-agreements.csv',
      bytes: gbr,
      publish: true,
    });
    assert.deepEqual(
      first.rows.map((r) => [r.row, r.externalRef, r.outcome]),
      [
        [2, 'gbr-agreements#1', 'created'],
        [3, 'gbr-agreements#2', 'created'],
      ],
    );
    const audits = await count(
      "SELECT count(*)::int AS n FROM audit_event WHERE action = 'agreement.import'",
    );
    assert.equal(audits, 2);
    const again = await importAgreements(operatorContext(db), {
      fileName: 'gbr-agreements.csv',
      bytes: gbr,
      publish: true,
    });
    assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 2]);
    // Without --publish, a file with no published column leaves the stored agreements published.
    const plain = await importAgreements(operatorContext(db), { fileName: 'gbr-agreements.csv', bytes: gbr });
    assert.deepEqual([plain.created, plain.updated, plain.unchanged], [0, 0, 2]);
    assert.equal(
      await count("SELECT count(*)::int AS n FROM audit_event WHERE action = 'agreement.import'"),
      audits,
    );

    const listed = (await (
      await requestAs(app, PUBLIC_ACTOR, '/api/agreements?area=NPL')
    ).json()) as AgreementList;
    assert.deepEqual(
      listed.agreements.map((a) => [
        a.title,
        a.status,
        a.statusGiven,
        a.published,
        a.recruitment.employers,
        a.recruitment.from,
      ]),
      [
        [
          'UK–Nepal memorandum of understanding (recruitment pilot)',
          'in_force',
          'in_force',
          true,
          ['Hampshire Hospitals NHS Foundation Trust'],
          '2022-08-22',
        ],
      ],
    );
  });

  test('the recruitment rules see the registry’s agreements as they read the shipped file', async () => {
    const fromFile = parseCsvRecords(gbr, AgreementRowSchema, 'gbr-agreements.csv').map(agreementFromRow);
    const fromRegistry = await agreementsForRecruitment(operatorContext(db), ['GBR']);
    assert.deepEqual(
      fromRegistry.map(({ id: _id, ...a }) => a),
      fromFile.map(({ id: _id, ...a }) => a),
    );
    assert.deepEqual(
      (await agreementsForRecruitment(operatorContext(db), ['ken'])).map((a) => a.title),
      ['UK–Kenya memorandum of understanding'],
    );
  });

  test('a suspension of an agreement of unknown dates: the status moves on, the recruitment rules see the period', async () => {
    const [kenyaMou] = await agreementsForRecruitment(operatorContext(db), ['KEN']);
    assert.ok(kenyaMou);
    const res = await requestAs(app, OPERATOR, `/api/agreements/${kenyaMou.id}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'suspended', on: '2024-01-01', note: 'Suspended pending review.' }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    const [after] = await agreementsForRecruitment(operatorContext(db), ['KEN']);
    assert.deepEqual(
      [after?.status, after?.suspensions],
      ['suspended', [{ from: '2024-01-01', until: null, reason: 'Suspended pending review.' }]],
    );
    const resumed = await requestAs(app, OPERATOR, `/api/agreements/${kenyaMou.id}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'resumed', on: '2024-03-01', note: 'Review completed.' }),
    });
    assert.equal(resumed.status, 201, await resumed.clone().text());
    const [later] = await agreementsForRecruitment(operatorContext(db), ['KEN']);
    assert.deepEqual([later?.status, later?.suspensions[0]?.until], ['in_force', '2024-03-01']);
  });

  test('the export reads back unchanged, and a dry run stores nothing', async () => {
    const exported = await (await requestAs(app, OPERATOR, '/api/agreements/export.csv')).text();
    assert.match(
      exported.split('\n')[0] ?? '',
      /^external_ref,title,type,level,parties,signed_on,in_force_on,expires_on,status,/,
    );
    assert.match(exported, /gbr-agreements#2,UK–Nepal/);
    const r = await post(OPERATOR, upload(exported, 'hwmo-agreements.csv', '?dryRun=true'));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const result = r.body as unknown as ImportResult;
    assert.deepEqual([result.dryRun, result.created, result.updated, result.unchanged], [true, 0, 0, 2]);
    const fresh = MESSY.split('\r\n')
      .slice(0, 1)
      .concat(['9;Accord E;twinning;institution;"GBR:destination;GHA:origin";;2025-01-01;;;;no'])
      .join('\n');
    const dry = await post(OPERATOR, upload(fresh, 'fresh.csv', '?dryRun=true'));
    assert.equal(dry.status, 200, JSON.stringify(dry.body));
    assert.equal((dry.body as unknown as ImportResult).created, 1);
    assert.equal(await count('SELECT count(*)::int AS n FROM agreement'), 2);
  });
});
