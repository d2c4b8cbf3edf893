import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type AgreementDates,
  historyStart,
  isRefusal,
  replay,
  type StatusEvent,
  statusOn,
} from './agreement.ts';

const dates = (over: Partial<AgreementDates> = {}): AgreementDates => ({
  signedOn: null,
  inForceOn: null,
  expiresOn: null,
  terminatedOn: null,
  suspensions: [],
  statusGiven: null,
  ...over,
});
const ev = (kind: StatusEvent['kind'], on: string, seq: number): StatusEvent => ({
  kind,
  on,
  note: null,
  seq,
});

describe('status of an agreement', () => {
  test('from its dates: signed, in force, suspended, expired, terminated', () => {
    const a = dates({
      signedOn: '2021-07-26',
      inForceOn: '2021-11-11',
      expiresOn: '2026-11-11',
      suspensions: [{ from: '2023-01-01', until: '2023-06-01', reason: null }],
    });
    assert.deepEqual(
      ['2021-01-01', '2021-08-01', '2022-01-01', '2023-02-01', '2023-06-01', '2026-11-11'].map((d) =>
        statusOn(a, d),
      ),
      ['draft', 'signed', 'in_force', 'suspended', 'in_force', 'expired'],
    );
    assert.equal(statusOn({ ...a, terminatedOn: '2024-01-01' }, '2024-01-01'), 'terminated');
  });

  test('of unknown dates: the status its source gives, moved on by suspensions and termination', () => {
    const given = dates({ statusGiven: 'in_force' });
    assert.equal(statusOn(given, '2020-01-01'), 'in_force');
    const suspended = { ...given, suspensions: [{ from: '2024-01-01', until: '2024-03-01', reason: null }] };
    assert.deepEqual(
      ['2023-12-31', '2024-02-01', '2024-03-01'].map((d) => statusOn(suspended, d)),
      ['in_force', 'suspended', 'in_force'],
    );
    assert.equal(statusOn({ ...given, terminatedOn: '2025-01-01' }, '2025-06-01'), 'terminated');
    assert.equal(statusOn(dates({ statusGiven: 'terminated' }), '2020-01-01'), 'terminated');
    // A dated agreement ignores a given status.
    assert.equal(statusOn(dates({ signedOn: '2030-01-01', statusGiven: 'in_force' }), '2025-01-01'), 'draft');
  });

  test('the history replays from the given status, unless it dates the signature or entry into force', () => {
    const suspension = [ev('suspended', '2024-01-01', 1)];
    assert.ok(isRefusal(replay(suspension)));
    const r = replay(suspension, historyStart('in_force', suspension));
    assert.ok(!isRefusal(r));
    assert.equal(r.status, 'suspended');
    const dated = [ev('in_force', '2022-01-01', 1), ev('suspended', '2024-01-01', 2)];
    assert.equal(historyStart('in_force', dated), 'draft');
    assert.equal(historyStart(null, suspension), 'draft');
  });

  test('refuses a resumption without a suspension and an event after termination', () => {
    const resumed = replay([ev('in_force', '2022-01-01', 1), ev('resumed', '2022-02-01', 2)]);
    assert.ok(isRefusal(resumed));
    assert.deepEqual([resumed.event.kind, resumed.status], ['resumed', 'in_force']);
    const after = replay([
      ev('in_force', '2022-01-01', 1),
      ev('terminated', '2023-01-01', 2),
      ev('suspended', '2023-02-01', 3),
    ]);
    assert.ok(isRefusal(after));
    assert.equal(after.status, 'terminated');
  });
});
