import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import { jsonBody, PUBLIC_ACTOR, requestAs, testApp, userActor } from '../../../test/actors.ts';
import { testDatabase } from '../../../test/db.ts';
import type { Database } from '../../platform/db/client.ts';
import type { ApprovalList, ApprovalUnit } from './schemas.ts';

const manager = userActor('data_manager', 'GHA', { name: 'Kofi Boateng' });
const approver = userActor('data_approver', 'GHA', { name: 'Ama Mensah' });

describe('approval routes', () => {
  let db: Database;
  let app: Hono;
  before(async () => {
    db = await testDatabase();
    app = testApp({ db, log: () => {} });
  });
  after(async () => {
    await db.close();
  });

  const post = (actor: typeof manager, path: string, body: unknown = {}) =>
    requestAs(app, actor, path, jsonBody(body));

  test('a data manager submits and an approver approves; the public reads the state, without names', async () => {
    const submitted = await post(manager, '/api/approvals/gha/2020/submit');
    assert.equal(submitted.status, 200, await submitted.clone().text());
    assert.equal(((await submitted.json()) as ApprovalUnit).state, 'submitted');
    const approved = await post(approver, '/api/approvals/GHA/2020/approve');
    assert.equal(approved.status, 200);
    const list = (await (
      await requestAs(app, PUBLIC_ACTOR, '/api/areas/GHA/approvals')
    ).json()) as ApprovalList;
    const unit = list.units.find((u) => u.year === 2020 && u.source === null);
    assert.equal(unit?.state, 'approved');
    assert.deepEqual([unit?.approved?.name, unit?.approved?.role], [null, 'data_approver']);
    const filtered = (await (await app.request('/api/approvals?state=approved')).json()) as ApprovalList;
    assert.deepEqual(
      filtered.units.map((u) => `${u.area} ${u.year}`),
      ['GHA 2020'],
    );
    const profile = (await (await app.request('/api/areas/GHA/profile')).json()) as {
      approvals: Array<{ year: number; role: string }>;
    };
    assert.deepEqual(
      profile.approvals.map((a) => [a.year, a.role]),
      [[2020, 'data_approver']],
    );
  });

  test('another country, a missing comment, a wrong state and a bad year are refused', async () => {
    assert.equal((await post(manager, '/api/approvals/KEN/2020/submit')).status, 403);
    assert.equal(
      (await post(PUBLIC_ACTOR as typeof manager, '/api/approvals/GHA/2020/unapprove')).status,
      401,
    );
    const bare = await post(approver, '/api/approvals/GHA/2020/unapprove');
    assert.equal(bare.status, 400);
    const again = await post(approver, '/api/approvals/GHA/2020/approve');
    assert.equal(again.status, 409);
    assert.match(((await again.json()) as { detail?: string; title: string }).title, /approval state/);
    assert.equal((await post(manager, '/api/approvals/GHA/twenty/submit')).status, 400);
    assert.equal((await app.request('/api/approvals?state=done')).status, 400);
  });
});
