import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../../platform/errors.ts';
import { LANGS } from '../../../platform/i18n/langs.ts';
import { render } from '../../../platform/i18n/messages.ts';
import { findOccupation } from '../../reference/index.ts';
import { changeText, reasonText } from '../messages.ts';
import type { AgreementForRecruitment } from './agreement.ts';
import { defaultDestinationConfig } from './destination-config.ts';
import { type ListMembership, recruitmentVerdict, statusTimeline, type VerdictInput } from './status.ts';

const parentOf = (code: string) => findOccupation(code)?.parent ?? null;
const config = defaultDestinationConfig('DEU', 'Germany');
// Small stand-ins for the two editions: GHA and NGA on both, SEN only on 2020 (leaves the list in 2023).
const membership = new Map<number, ListMembership>([
  [2020, { edition: 2020, membership: 'recomputed', members: new Set(['GHA', 'NGA', 'SEN']) }],
  [2023, { edition: 2023, membership: 'official', members: new Set(['GHA', 'NGA']) }],
]);

/** An agreement built for the test: Germany recruits nurses from the Philippines, through named employers. */
const deuPhl: AgreementForRecruitment = {
  id: 7,
  title: 'Test agreement on the placement of nurses',
  type: 'bilateral_agreement',
  level: 'government',
  parties: [
    { area: 'DEU', organisation: null, side: 'destination' },
    { area: 'PHL', organisation: null, side: 'origin' },
  ],
  signedOn: '2013-03-01',
  inForceOn: '2013-04-01',
  expiresOn: '2030-01-01',
  suspensions: [{ from: '2020-04-01', until: '2021-01-01', reason: 'pandemic' }],
  status: 'in_force',
  cadres: ['nursing-personnel'],
  recruitment: {
    allowed: true,
    employers: ['Klinikum Nord'],
    caps: [{ occupation: 'nursing-personnel', max: 500, per: 'year' }],
    from: null,
    until: '2028-01-01',
    channel: 'through the public employment services of both countries',
  },
  textUrl: null,
};
const deuGha: AgreementForRecruitment = {
  ...deuPhl,
  id: 8,
  title: 'Test agreement with a listed country',
  parties: [
    { area: 'DEU', organisation: null, side: 'destination' },
    { area: 'GHA', organisation: null, side: 'origin' },
  ],
  suspensions: [],
  recruitment: { ...deuPhl.recruitment, employers: [] },
};

function ask(origin: string, on: string, more: Partial<VerdictInput> = {}) {
  return recruitmentVerdict({
    config,
    membership,
    agreements: [deuPhl, deuGha],
    origin,
    occupation: 'nursing-personnel.professional',
    parentOf,
    on,
    activity: { kind: 'active', code: 'agency' },
    ...more,
  });
}
const codes = (v: { reasons: { code: string }[] }) => v.reasons.map((r) => r.code);

describe('a destination configured only from the WHO list and its agreements', () => {
  test('an origin on the list with no agreement: red, no active recruitment, direct applications allowed', () => {
    const v = ask('NGA', '2024-01-10');
    assert.deepEqual([v.status, v.mayRecruit, v.list?.edition], ['red', 'no', 2023]);
    assert.ok(codes(v).includes('no_agreement'));
    assert.deepEqual(v.reasons.find((r) => r.code === 'on_list')?.rules, [], 'no national rules configured');
    assert.equal(ask('NGA', '2024-01-10', { activity: { kind: 'direct_application' } }).mayRecruit, 'yes');
  });

  test('an agreement in force for the cadre: amber, only on its terms; its employers matched trimmed, in any case', () => {
    const v = ask('PHL', '2024-01-10', { employer: '  KLINIKUM   nord ' });
    assert.deepEqual([v.status, v.mayRecruit], ['amber', 'only_on_terms']);
    assert.deepEqual(v.agreements[0]?.terms.caps, [
      { occupation: 'nursing-personnel', max: 500, per: 'year' },
    ]);
    assert.equal(
      v.reasons.find((r) => r.code === 'agreement_terms')?.params.channel,
      deuPhl.recruitment.channel,
    );
    const other = ask('PHL', '2024-01-10', { employer: 'Klinikum Süd' });
    assert.deepEqual([other.status, other.mayRecruit], ['amber', 'no']);
  });

  test('outside the agreement’s window or cadres, an origin off the list is green', () => {
    assert.deepEqual(
      [ask('PHL', '2028-01-01').status, ask('PHL', '2028-01-01').mayRecruit],
      ['green', 'yes'],
      'window ended',
    );
    const doctors = ask('PHL', '2024-01-10', { occupation: 'medical-doctors.specialist' });
    assert.equal(doctors.status, 'green');
    assert.ok(codes(doctors).includes('agreement_cadre_not_covered'));
    assert.equal(ask('FRA', '2024-01-10').status, 'green');
  });

  test('a suspension pauses recruitment: amber, not allowed', () => {
    const v = ask('PHL', '2020-06-01', { employer: 'Klinikum Nord' });
    assert.deepEqual([v.status, v.mayRecruit], ['amber', 'no']);
    assert.ok(codes(v).includes('agreement_suspended'));
  });

  test('an origin on the list with an agreement for the cadre: amber; without one for the cadre: red', () => {
    assert.deepEqual(
      [ask('GHA', '2024-01-10').status, ask('GHA', '2024-01-10').mayRecruit],
      ['amber', 'only_on_terms'],
    );
    const doctors = ask('GHA', '2024-01-10', { occupation: 'medical-doctors' });
    assert.deepEqual([doctors.status, doctors.mayRecruit], ['red', 'no']);
  });

  test('before any edition is in force there is no list', () => {
    const v = ask('NGA', '2019-06-01');
    assert.equal(v.list, null);
    assert.equal(v.status, 'green');
    assert.ok(codes(v).includes('no_list_in_force'));
  });

  test('a country leaving the list turns green on the new edition’s date, dated and explained', () => {
    const t = statusTimeline({
      config,
      membership,
      agreements: [],
      origin: 'SEN',
      occupation: 'nursing-personnel',
      parentOf,
      from: '2019-01-01',
      to: '2024-01-01',
    });
    assert.deepEqual(
      t.map((e) => [e.from, e.status, e.changes.map((c) => c.code)]),
      [
        ['2019-01-01', 'green', ['start']],
        ['2020-01-01', 'red', ['list_edition_changed', 'added_to_list']],
        ['2023-03-09', 'green', ['list_edition_changed', 'removed_from_list']],
      ],
    );
  });

  test('the timeline of an agreement: in force, suspended, resumed, window closed, expired', () => {
    const t = statusTimeline({
      config,
      membership,
      agreements: [deuPhl],
      origin: 'PHL',
      occupation: 'nursing-personnel.professional',
      parentOf,
      from: '2012-01-01',
      to: '2030-06-01',
    });
    assert.deepEqual(
      t.map((e) => [e.from, e.status, e.changes.map((c) => c.code)]),
      [
        ['2012-01-01', 'green', ['start']],
        ['2013-04-01', 'amber', ['agreement_in_force']],
        ['2020-01-01', 'amber', ['list_edition_changed']],
        ['2020-04-01', 'amber', ['agreement_suspended']],
        ['2021-01-01', 'amber', ['agreement_resumed']],
        ['2023-03-09', 'amber', ['list_edition_changed']],
        ['2028-01-01', 'green', ['agreement_window_closed']],
        ['2030-01-01', 'green', ['agreement_expired']],
      ],
    );
  });

  test('a date that is not one, a reversed period and a missing edition are refused', () => {
    assert.throws(
      () => ask('NGA', '2024-02-30x'),
      (e: unknown) => e instanceof AppError && e.code === 'invalid_input',
    );
    assert.throws(
      () =>
        statusTimeline({
          config,
          membership,
          agreements: [],
          origin: 'NGA',
          occupation: 'nursing-personnel',
          parentOf,
          from: '2024-01-01',
          to: '2023-01-01',
        }),
      (e: unknown) => e instanceof AppError && e.code === 'invalid_input',
    );
    assert.throws(
      () =>
        ask('NGA', '2024-01-10', { membership: new Map([[2020, membership.get(2020) as ListMembership]]) }),
      (e: unknown) => e instanceof AppError && e.code === 'unavailable',
    );
  });
});

describe('reasons and changes in words', () => {
  test('every reason and change of these verdicts reads in each language, with nothing left unfilled', () => {
    const verdicts = [
      ask('NGA', '2024-01-10'),
      ask('PHL', '2024-01-10', { employer: 'Klinikum Süd' }),
      ask('PHL', '2024-01-10'),
      ask('PHL', '2020-06-01'),
      ask('NGA', '2019-06-01', { activity: { kind: 'direct_application' } }),
      ask('PHL', '2024-01-10', { occupation: 'dentists', activity: { kind: 'active' } }),
    ];
    const changes = statusTimeline({
      config,
      membership,
      agreements: [deuPhl],
      origin: 'SEN',
      occupation: 'nursing-personnel',
      parentOf,
      from: '2019-01-01',
      to: '2024-01-01',
    }).flatMap((e) => e.changes);
    const texts = [...verdicts.flatMap((v) => v.reasons.map(reasonText)), ...changes.map(changeText)];
    for (const lang of LANGS)
      for (const t of texts) {
        const words = render(t, lang);
        assert.doesNotMatch(words, /\{\{|\$t\(|^reason_|^change_/, `${lang}: ${t.key} → ${words}`);
      }
    assert.equal(
      render(reasonText(verdicts[0]?.reasons.find((r) => r.code === 'on_list') ?? assert.fail()), 'fr'),
      'NGA figure dans l’édition 2023 de la liste',
    );
    assert.equal(
      render(
        reasonText(verdicts[0]?.reasons.find((r) => r.code === 'active_recruitment') ?? assert.fail()),
        'en',
      ),
      'This is active recruitment: recruitment through an agency or a sub-contractor, named by the destination’s code',
    );
  });
});
