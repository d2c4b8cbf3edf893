import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  actorView,
  apiPath,
  csvPath,
  diff,
  objectView,
  PAGE_SIZE,
  queryOf,
  showValue,
  stateFromQuery,
} from './state.ts';

test('filters round-trip through the URL; unknown parameters, blanks and odd offsets are left out', () => {
  const q = new URLSearchParams(
    'objectType=batch&objectId=12&user=%20ama@moh.gov.gh%20&area=&offset=73&evil=1&from=2026-01-01',
  );
  const state = stateFromQuery(q);
  assert.deepEqual(state, {
    filters: { objectType: 'batch', objectId: '12', user: 'ama@moh.gov.gh', from: '2026-01-01' },
    offset: PAGE_SIZE,
  });
  assert.equal(
    queryOf(state),
    '?user=ama%40moh.gov.gh&objectType=batch&objectId=12&from=2026-01-01&offset=50',
  );
  assert.deepEqual(stateFromQuery(new URLSearchParams(queryOf(state))), state);
  assert.equal(queryOf({ filters: {}, offset: 0 }), '');
  assert.equal(queryOf({ filters: {}, offset: 0 }, { lang: 'fr' }), '?lang=fr');
  assert.deepEqual(stateFromQuery(new URLSearchParams('offset=-5')).offset, 0);
  assert.deepEqual(stateFromQuery(new URLSearchParams('offset=abc')).offset, 0);
});

test('the API page and the CSV download carry the same filters; the download is not paged', () => {
  const state = { filters: { action: 'rollback', area: 'GHA' }, offset: 100 };
  assert.equal(apiPath(state), '/api/audit?action=rollback&area=GHA&offset=100&limit=50');
  assert.equal(csvPath(state), '/api/audit/export.csv?action=rollback&area=GHA');
});

test('a row links to its object, and to its actor by account or else by label', () => {
  assert.equal(
    queryOf(objectView({ objectType: 'area', objectId: 'GH-AA' })),
    '?objectType=area&objectId=GH-AA',
  );
  assert.equal(queryOf(actorView({ actorUserId: 7, actorLabel: 'Ama <a@b>' })), '?userId=7');
  assert.equal(
    queryOf(actorView({ actorUserId: null, actorLabel: 'operator root@host' })),
    '?user=operator+root%40host',
  );
});

test('before and after are compared field by field; unchanged fields are left out', () => {
  assert.deepEqual(
    diff(
      { name: 'Accra', parent: 'GHA', aliases: ['Acc'], meta: { a: 1, b: 2 } },
      { name: 'Greater Accra', parent: 'GHA', aliases: ['Acc', 'GA'], meta: { a: 1 } },
    ),
    [
      { path: 'aliases[1]', kind: 'added', after: 'GA' },
      { path: 'meta.b', kind: 'removed', before: 2 },
      { path: 'name', kind: 'changed', before: 'Accra', after: 'Greater Accra' },
    ],
  );
  assert.deepEqual(diff(null, { status: 'approved' }), [
    { path: 'status', kind: 'added', after: 'approved' },
  ]);
  assert.deepEqual(diff({ status: 'committed' }, null), [
    { path: 'status', kind: 'removed', before: 'committed' },
  ]);
  assert.deepEqual(diff({ x: 1 }, { x: 1 }), []);
  assert.deepEqual(diff(null, null), []);
  assert.deepEqual(diff('a', 'b'), [{ path: '', kind: 'changed', before: 'a', after: 'b' }]);
  assert.deepEqual(diff({ n: 1 }, { n: '1' }), [{ path: 'n', kind: 'changed', before: 1, after: '1' }]);
});

test('values are shown as text, JSON for anything not text', () => {
  assert.equal(showValue('<script>'), '<script>');
  assert.equal(showValue(3), '3');
  assert.equal(showValue({ a: [1] }), '{"a":[1]}');
  assert.equal(showValue(null), 'null');
  assert.equal(showValue(undefined), '');
});
