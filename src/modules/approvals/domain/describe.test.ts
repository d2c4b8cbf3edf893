import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lockSentence, unitLabel } from './describe.ts';

test('a lock names the unit, who approved it in which role, and when', () => {
  assert.equal(
    lockSentence({
      areaName: 'Ghana',
      year: 2020,
      source: null,
      approvedByName: 'Ama Mensah',
      approvedByRole: 'data_approver',
      approvedAt: new Date('2026-12-02T09:30:00Z'),
    }),
    'Ghana 2020 (all datasets) was approved by Ama Mensah, data approver, on 2 Dec 2026',
  );
  assert.equal(
    lockSentence({
      areaName: 'Kenya',
      year: 2019,
      source: 'WHO-NHWA',
      approvedByName: 'operator root@host',
      approvedByRole: 'operator',
      approvedAt: new Date('2026-01-31T23:59:00Z'),
    }),
    'Kenya 2019 (dataset WHO-NHWA) was approved by operator root@host on 31 Jan 2026',
  );
});

test('a unit of one dataset is named apart from the unit of all datasets', () => {
  assert.notEqual(unitLabel('Ghana', 2020, 'OECD'), unitLabel('Ghana', 2020, null));
});
