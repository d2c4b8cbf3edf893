import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import {
  jsonBody,
  jsonOf,
  OPERATOR,
  PUBLIC_ACTOR,
  requestAs,
  testApp,
  userActor,
} from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Database } from '../../platform/db/client.ts';
import type { Agreement, AgreementList } from './schemas.ts';

const secretariat = userActor('secretariat', null, { name: 'Sara Ortiz' });
const kenya = userActor('national_authority', 'KEN', { name: 'Wanjiru Kamau' });
const ghana = userActor('national_authority', 'GHA', { name: 'Ama Mensah' });

/** A UK–Kenya memorandum as a form sends it. */
const ukKenya = {
  title: 'UK–Kenya memorandum on health workforce collaboration',
  type: 'bilateral_mou',
  parties: [
    { area: 'GBR', side: 'destination' },
    { area: 'KEN', side: 'origin' },
  ],
  cadres: ['nursing-personnel'],
  provisions: [
    { kind: 'committee', text: 'A joint committee oversees implementation.' },
    { kind: 'recruitment', text: 'Managed recruitment of nurses on the terms agreed.' },
  ],
  recruitment: {
    allowed: true,
    employers: ['NHS trusts in England'],
    caps: [{ occupation: 'nursing-personnel', max: 500, per: 'year' }],
  },
  textUrl: 'https://example.org/uk-kenya-mou.pdf',
};

describe('agreements registry over HTTP', () => {
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

  test('the secretariat records an agreement: unpublished, not yet signed, provisions in their order', async () => {
    const a = await jsonOf<Agreement>(send(secretariat, '/api/agreements', ukKenya), 201);
    id = a.id;
    assert.equal(a.status, 'draft');
    assert.equal(a.published, false);
    assert.equal(a.version, 1);
    assert.deepEqual(
      a.provisions.map((p) => p.kind),
      ['recruitment', 'committee'],
    );
    assert.deepEqual(
      a.parties.map((p) => [p.area, p.areaName, p.side, p.organisation]),
      [
        ['GBR', 'United Kingdom of Great Britain and Northern Ireland', 'destination', null],
        ['KEN', 'Kenya', 'origin', null],
      ],
    );
    assert.deepEqual(a.may, { manage: true });
  });

  test('the public neither lists nor reads a draft; the Kenyan authority does', async () => {
    const listed = await jsonOf<AgreementList>(requestAs(app, PUBLIC_ACTOR, '/api/agreements'));
    assert.deepEqual(listed.agreements, []);
    assert.equal(listed.may.create, false);
    const one = await requestAs(app, PUBLIC_ACTOR, `/api/agreements/${id}`);
    assert.equal(one.status, 404);
    assert.equal((await requestAs(app, ghana, `/api/agreements/${id}`)).status, 404);
    const own = await jsonOf<Agreement>(requestAs(app, kenya, `/api/agreements/${id}`));
    assert.equal(own.may.manage, true);
    const forGhana = await jsonOf<AgreementList>(requestAs(app, ghana, '/api/agreements'));
    assert.deepEqual(forGhana.agreements, []);
    assert.equal(forGhana.may.create, true);
  });

  test('the Ghanaian authority may not change, date or publish a Kenya–UK agreement, nor record one', async () => {
    const change = await send(ghana, `/api/agreements/${id}`, { ...ukKenya, version: 1 }, 'PUT');
    assert.equal(change.status, 404, 'a draft it may not read is not told to exist');
    const theirs = await send(ghana, '/api/agreements', ukKenya);
    assert.equal(theirs.status, 403);
    const problem = (await theirs.json()) as { detail: string };
    assert.match(problem.detail, /GBR/);
    const notParty = await send(kenya, '/api/agreements', {
      ...ukKenya,
      parties: [
        { area: 'GBR', side: 'destination' },
        { area: 'GHA', side: 'origin' },
      ],
    });
    assert.equal(notParty.status, 403, 'Kenya’s authority manages only agreements Kenya is party to');
  });

  test('a change on an older version is refused with 409 and the current agreement', async () => {
    const saved = await jsonOf<Agreement>(
      send(secretariat, `/api/agreements/${id}`, { ...ukKenya, version: 1, signedOn: '2021-07-26' }, 'PUT'),
    );
    assert.equal(saved.version, 2);
    assert.equal(saved.status, 'signed');
    assert.deepEqual(
      saved.events.map((e) => [e.kind, e.on, e.origin]),
      [['signed', '2021-07-26', 'record']],
    );
    const stale = await send(
      secretariat,
      `/api/agreements/${id}`,
      { ...ukKenya, version: 1, title: 'Other' },
      'PUT',
    );
    assert.equal(stale.status, 409);
    const problem = (await stale.json()) as { current: Agreement; errors?: unknown };
    assert.equal(problem.current.version, 2);
    assert.equal(problem.current.title, ukKenya.title);
  });

  test('events: in force, suspended, resumed; a resumption without a suspension is refused', async () => {
    const inForce = await jsonOf<Agreement>(
      send(secretariat, `/api/agreements/${id}/events`, {
        kind: 'in_force',
        on: '2021-11-11',
        note: 'Kenya moved to amber in the UK code of practice.',
      }),
      201,
    );
    assert.equal(inForce.status, 'in_force');
    assert.equal(inForce.inForceOn, '2021-11-11');
    const early = await send(secretariat, `/api/agreements/${id}/events`, {
      kind: 'resumed',
      on: '2022-01-01',
      note: 'resumed',
    });
    assert.equal(early.status, 409);
    assert.match(((await early.json()) as { detail: string }).detail, /cannot be “resumed” on 2022-01-01/);
    await jsonOf(
      send(secretariat, `/api/agreements/${id}/events`, {
        kind: 'suspended',
        on: '2023-01-01',
        note: 'Paused pending review.',
      }),
      201,
    );
    const resumed = await jsonOf<Agreement>(
      send(secretariat, `/api/agreements/${id}/events`, {
        kind: 'resumed',
        on: '2023-06-01',
        note: 'Review done.',
      }),
      201,
    );
    assert.deepEqual(resumed.suspensions, [
      { from: '2023-01-01', until: '2023-06-01', reason: 'Paused pending review.' },
    ]);
    assert.equal(resumed.status, 'in_force');
    assert.deepEqual(
      resumed.events.map((e) => e.kind),
      ['signed', 'in_force', 'suspended', 'resumed'],
    );
    const signedAgain = await send(secretariat, `/api/agreements/${id}/events`, {
      kind: 'signed',
      on: '2024-01-01',
      note: 'again',
    });
    assert.equal(signedAgain.status, 409);
  });

  test('published, the public lists and reads it, without the names of who recorded what', async () => {
    const published = await jsonOf<Agreement>(send(kenya, `/api/agreements/${id}/publish`, {}));
    assert.equal(published.published, true);
    const list = await jsonOf<AgreementList>(requestAs(app, PUBLIC_ACTOR, '/api/agreements'));
    assert.deepEqual(
      list.agreements.map((a) => a.id),
      [id],
    );
    const one = await jsonOf<Agreement>(requestAs(app, PUBLIC_ACTOR, `/api/agreements/${id}`));
    assert.equal(one.may.manage, false);
    assert.ok(one.events.every((e) => e.recordedBy === null));
    const own = await jsonOf<Agreement>(requestAs(app, secretariat, `/api/agreements/${id}`));
    assert.ok(
      own.events.every((e) => e.recordedBy?.includes('Sara Ortiz') || e.recordedBy?.includes('Wanjiru')),
    );
    assert.equal((await send(ghana, `/api/agreements/${id}/publish`, { published: false })).status, 403);
    const audit = await db.query<{ action: string }>(
      "SELECT action FROM audit_event WHERE object_type = 'agreement' ORDER BY id",
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      [
        'agreement.create',
        'agreement.update',
        'agreement.event',
        'agreement.event',
        'agreement.event',
        'agreement.publish',
      ],
    );
  });

  test('filters: area, type, cadre through the occupation hierarchy, status, in force on a date, words', async () => {
    const ids = async (query: string) =>
      (await jsonOf<AgreementList>(requestAs(app, PUBLIC_ACTOR, `/api/agreements?${query}`))).agreements.map(
        (a) => a.id,
      );
    assert.deepEqual(await ids('area=ken'), [id]);
    assert.deepEqual(await ids('area=GHA'), []);
    assert.deepEqual(await ids('type=bilateral_mou'), [id]);
    assert.deepEqual(await ids('type=twinning'), []);
    assert.deepEqual(await ids('cadre=nursing-personnel.professional'), [id]);
    assert.deepEqual(await ids('cadre=nursing-and-midwifery'), [id]);
    assert.deepEqual(await ids('cadre=medical-doctors'), []);
    assert.deepEqual(await ids('status=in_force'), [id]);
    assert.deepEqual(await ids('inForceOn=2022-06-01'), [id]);
    assert.deepEqual(await ids('inForceOn=2023-03-01'), [], 'suspended then');
    assert.deepEqual(await ids('inForceOn=2021-11-10'), []);
    assert.deepEqual(await ids('q=kenya%20memorandum'), [id]);
    assert.deepEqual(await ids('q=nepal'), []);
    assert.equal((await requestAs(app, PUBLIC_ACTOR, '/api/agreements?type=treaty')).status, 400);
  });

  test('unknown countries and occupations, dates out of order and a party twice are refused, naming the field', async () => {
    const res = await send(secretariat, '/api/agreements', {
      ...ukKenya,
      parties: [
        { area: 'GBR', side: 'destination' },
        { area: 'XYZ', side: 'origin' },
        { area: 'GBR', side: 'destination' },
      ],
      cadres: ['nurses'],
      signedOn: '2022-01-01',
      inForceOn: '2021-01-01',
      expiresOn: '2020-01-01',
    });
    assert.equal(res.status, 400);
    const problem = (await res.json()) as { errors: Array<{ field: string; message: string }> };
    assert.deepEqual(
      problem.errors.map((e) => e.field),
      ['parties.1.area', 'parties.2', 'cadres.0', 'expiresOn', 'signedOn'],
    );
    const french = await requestAs(
      app,
      secretariat,
      '/api/agreements?lang=fr',
      jsonBody({ ...ukKenya, cadres: ['nurses'] }),
    );
    assert.match(
      ((await french.json()) as { title: string; detail?: string; errors: Array<{ message: string }> })
        .errors[0]?.message ?? '',
      /n’est pas un code de profession/,
    );
  });

  test('the export is the CSV the import reads, for those who manage agreements; the recruitment view ends a terminated agreement', async () => {
    assert.equal((await requestAs(app, PUBLIC_ACTOR, '/api/agreements/export.csv')).status, 401);
    const csv = await (await requestAs(app, kenya, '/api/agreements/export.csv')).text();
    const [header, row] = csv.trim().split('\n');
    assert.match(
      header ?? '',
      /^external_ref,title,type,level,parties,signed_on,in_force_on,expires_on,status,/,
    );
    assert.match(
      row ?? '',
      /GBR:destination;KEN:origin,2021-07-26,2021-11-11,,in_force,nursing-personnel,true,NHS trusts in England,nursing-personnel:500\/year/,
    );
    await jsonOf(
      send(OPERATOR, `/api/agreements/${id}/events`, {
        kind: 'terminated',
        on: '2030-01-01',
        note: 'Ended.',
      }),
      201,
    );
    const { agreementsForRecruitment } = await import('./index.ts');
    const { operatorContext } = await import('../../platform/context.ts');
    const view = await agreementsForRecruitment(operatorContext(db), ['KEN']);
    assert.deepEqual(
      view.map((a) => [a.id, a.inForceOn, a.expiresOn, a.recruitment.caps.length]),
      [[id, '2021-11-11', '2030-01-01', 1]],
    );
    assert.deepEqual(await agreementsForRecruitment(operatorContext(db), ['NPL']), []);
  });
});
