import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { findOccupation, parseCsvRecords } from '../reference/index.ts';
import type { DestinationConfig } from './domain/destination-config.ts';
import {
  type Activity,
  type ListMembership,
  recruitmentVerdict,
  statusTimeline,
  type VerdictInput,
} from './domain/status.ts';
import { AgreementRowSchema, agreementFromRow, DestinationConfigSchema } from './schemas-config.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

const config: DestinationConfig = DestinationConfigSchema.parse(
  JSON.parse(read('data/recruitment/gbr.json')),
);
const agreements = parseCsvRecords(
  read('data/recruitment/gbr-agreements.csv'),
  AgreementRowSchema,
  'gbr-agreements.csv',
).map(agreementFromRow);

const ssl2023: ListMembership = {
  edition: 2023,
  membership: 'official',
  members: new Set(
    read('data/demo/ssl/who_ssl_2023_countries.csv')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => l.slice(0, 3)),
  ),
};
/** What `hwmo ssl --edition 2020 --recompute` lists with the shipped demo data and its default choices (47). */
const ssl2020: ListMembership = {
  edition: 2020,
  membership: 'recomputed',
  members: new Set(
    'AFG AGO BDI BEN BFA BGD CAF CIV CMR COD COG DJI ERI ETH FSM GAB GHA GIN GMB GNB GNQ HTI KIR LBR LSO MDG MLI MOZ MRT MWI NER NGA NPL PAK PNG SDN SEN SLB SLE SOM SSD TCD TGO TZA UGA VUT YEM'.split(
      ' ',
    ),
  ),
};
const membership = new Map([
  [2020, ssl2020],
  [2023, ssl2023],
]);
const parentOf = (code: string) => findOccupation(code)?.parent ?? null;
const NURSE = 'nursing-personnel.professional';
const ADVERTISING: Activity = { kind: 'active', code: 'advertising' };

function ask(origin: string, on: string, more: Partial<VerdictInput> = {}) {
  return recruitmentVerdict({
    config,
    membership,
    agreements,
    origin,
    occupation: NURSE,
    parentOf,
    on,
    activity: ADVERTISING,
    ...more,
  });
}
const codes = (v: { reasons: { code: string }[] }) => v.reasons.map((r) => r.code);

describe('the shipped UK configuration', () => {
  test('validates against the configuration schema, and its agreements file reads', () => {
    assert.equal(config.destination, 'GBR');
    assert.deepEqual(
      agreements.map((a) => a.parties.map((p) => `${p.area}:${p.side}`).join(';')),
      ['GBR:destination;KEN:origin', 'GBR:destination;NPL:origin'],
    );
    assert.equal(ssl2023.members.size, 55);
    assert.equal(ssl2020.members.size, 47);
  });

  test('a broken configuration is refused, naming the field', () => {
    const broken = JSON.parse(read('data/recruitment/gbr.json'));
    broken.overrides[0].origin = 'ke';
    broken.candidateFees.rule = 'no-such-rule';
    const r = DestinationConfigSchema.safeParse(broken);
    assert.equal(r.success, false);
    const paths = r.error?.issues.map((i) => i.path.join('.')) ?? [];
    assert.ok(paths.includes('overrides.0.origin'), paths.join(', '));
    assert.ok(paths.includes('candidateFees.rule'), paths.join(', '));
  });
});

describe('the UK code’s published cases', () => {
  test('an NHS trust advertising for Nigerian nurses in 2024: red, not allowed, with the Code and the UK rule', () => {
    const v = ask('NGA', '2024-05-01', { employer: 'Leeds Teaching Hospitals NHS Trust' });
    assert.equal(v.status, 'red');
    assert.equal(v.mayRecruit, 'no');
    assert.deepEqual([v.list?.edition, v.list?.membership, v.list?.onList], [2023, 'official', true]);
    const onList = v.reasons.find((r) => r.code === 'on_list');
    assert.deepEqual(onList?.articles, ['5.1']);
    assert.match(onList?.rules.join(' ') ?? '', /red list/);
    const refused = v.reasons.find((r) => r.code === 'active_recruitment_not_allowed');
    assert.ok(refused?.rules.some((c) => c.includes('DHSC')));
    assert.deepEqual(v.reasons.find((r) => r.code === 'active_recruitment')?.params, {
      activity: 'advertising',
      named: 'yes',
    });
    assert.deepEqual(v.reasons.find((r) => r.code === 'candidate_fees_forbidden')?.rules, [
      'Employment Agencies Act 1973 s6(1)',
    ]);
    assert.ok(codes(v).includes('direct_application_allowed'), 'says a direct application stays allowed');
  });

  test('a Nigerian nurse applying directly may be employed', () => {
    const v = ask('NGA', '2024-05-01', { activity: { kind: 'direct_application' } });
    assert.equal(v.status, 'red');
    assert.equal(v.mayRecruit, 'yes');
    const direct = v.reasons.find((r) => r.code === 'direct_application_allowed');
    assert.deepEqual(direct?.articles, ['3.4']);
    assert.ok(direct?.rules.some((c) => c.includes('definitions')));
  });

  test('Kenya in 2022: amber, recruitment only on the terms of the UK–Kenya MoU', () => {
    const v = ask('KEN', '2022-06-01', { activity: { kind: 'active', code: 'agency' } });
    assert.equal(v.status, 'amber');
    assert.equal(v.mayRecruit, 'only_on_terms');
    assert.equal(v.override?.agreement?.title, 'UK–Kenya memorandum of understanding');
    assert.deepEqual(
      v.agreements.map((a) => [a.title, a.governs, a.fits]),
      [['UK–Kenya memorandum of understanding', true, true]],
    );
    assert.ok(codes(v).includes('agreement_dated_by_override'), 'the MoU’s own dates are unknown');
    assert.ok(codes(v).includes('agreement_terms'));
  });

  test('Kenya on 10 and 11 November 2021: amber from the 11th', () => {
    const before = ask('KEN', '2021-11-10');
    const after = ask('KEN', '2021-11-11');
    assert.notEqual(before.status, 'amber');
    assert.equal(before.override, null);
    assert.ok(codes(before).includes('list_membership_recomputed'), 'the 2020 edition is its recomputation');
    assert.equal(after.status, 'amber');
    assert.equal(after.override?.from, '2021-11-11');
  });

  test('Nepal on 22 August 2022: Hampshire Hospitals may recruit on the pilot’s terms, any other trust may not', () => {
    const hampshire = ask('NPL', '2022-08-22', { employer: '  hampshire hospitals NHS  Foundation Trust ' });
    assert.equal(hampshire.status, 'amber');
    assert.equal(hampshire.mayRecruit, 'only_on_terms');
    assert.equal(hampshire.employer, 'hampshire hospitals NHS  Foundation Trust');
    const other = ask('NPL', '2022-08-22', { employer: 'Leeds Teaching Hospitals NHS Trust' });
    assert.equal(other.status, 'amber');
    assert.equal(other.mayRecruit, 'no');
    assert.deepEqual(other.reasons.find((r) => r.code === 'agreement_employer_not_named')?.params, {
      agreement: 'UK–Nepal memorandum of understanding (recruitment pilot)',
      id: 2,
      employer: 'Leeds Teaching Hospitals NHS Trust',
      employers: 'Hampshire Hospitals NHS Foundation Trust',
    });
    const unnamed = ask('NPL', '2022-09-01');
    assert.equal(unnamed.mayRecruit, 'only_on_terms');
    assert.ok(codes(unnamed).includes('agreement_employers_restricted'));
    const dayBefore = ask('NPL', '2022-08-21', { employer: 'Hampshire Hospitals NHS Foundation Trust' });
    assert.deepEqual([dayBefore.status, dayBefore.mayRecruit], ['red', 'no']);
  });

  test('India: green, active recruitment allowed, the UK–India MoU not needed', () => {
    const v = ask('IND', '2024-05-01');
    assert.deepEqual([v.status, v.mayRecruit], ['green', 'yes']);
    assert.ok(codes(v).includes('not_on_list'));
  });

  test('Ghana on 22 and 23 March 2023: red on both days, first by the 2020 recomputation, then by the 2023 list', () => {
    const before = ask('GHA', '2023-03-22');
    const after = ask('GHA', '2023-03-23');
    assert.deepEqual(
      [before.status, before.list?.edition, before.list?.membership],
      ['red', 2020, 'recomputed'],
    );
    assert.deepEqual([after.status, after.list?.edition, after.list?.membership], ['red', 2023, 'official']);
  });

  test('the timeline of Ghana records the change of edition on 23 March 2023 although the colour stays red', () => {
    const t = statusTimeline({
      config,
      membership,
      agreements,
      origin: 'GHA',
      occupation: NURSE,
      parentOf,
      from: '2022-01-01',
      to: '2024-01-01',
    });
    assert.deepEqual(
      t.map((e) => [e.from, e.status, e.changes.map((c) => c.code)]),
      [
        ['2022-01-01', 'red', ['start']],
        ['2023-03-23', 'red', ['list_edition_changed']],
      ],
    );
    assert.deepEqual(t[1]?.changes[0]?.params, {
      before: 2020,
      after: 2023,
      membership: 'official',
      onListBefore: 'yes',
      onListAfter: 'yes',
    });
  });

  test('Zambia, on the 2023 list but not on the 2020 recomputation, turns red on 23 March 2023, dated and explained', () => {
    const t = statusTimeline({
      config,
      membership,
      agreements,
      origin: 'ZMB',
      occupation: NURSE,
      parentOf,
      from: '2022-01-01',
      to: '2024-01-01',
    });
    assert.deepEqual(
      t.map((e) => [e.from, e.previous, e.status, e.changes.map((c) => c.code)]),
      [
        ['2022-01-01', null, 'green', ['start']],
        ['2023-03-23', 'green', 'red', ['list_edition_changed', 'added_to_list']],
      ],
    );
  });

  test('the timeline of Nepal: red under the 2020 list, amber from 22 August 2022, the 2023 edition recorded', () => {
    const t = statusTimeline({
      config,
      membership,
      agreements,
      origin: 'NPL',
      occupation: NURSE,
      parentOf,
      from: '2022-01-01',
      to: '2024-01-01',
    });
    assert.deepEqual(
      t.map((e) => [e.from, e.status, e.changes.map((c) => c.code)]),
      [
        ['2022-01-01', 'red', ['start']],
        ['2022-08-22', 'amber', ['override_started', 'agreement_in_force']],
        ['2023-03-23', 'amber', ['list_edition_changed']],
      ],
    );
  });
});
