import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReportState } from '../schemas.ts';
import { countDashboard, progressOf, type RoundHoldings } from './dashboard.ts';

const members = [
  { code: 'GHA', region: 'AFR', incomeGroup: 'LMC' },
  { code: 'KEN', region: 'AFR', incomeGroup: 'LMC' },
  { code: 'NGA', region: 'AFR', incomeGroup: 'LMC' },
  { code: 'ZAF', region: 'AFR', incomeGroup: 'UMC' },
  { code: 'PHL', region: 'WPR', incomeGroup: 'LMC' },
  { code: 'DEU', region: 'EUR', incomeGroup: 'HIC' },
  { code: 'COK', region: 'WPR', incomeGroup: null },
];

const national = (id: number, area: string, state: ReportState) => ({
  id,
  kind: 'national' as const,
  area,
  state,
});
const stakeholder = (id: number, area: string | null, state: ReportState) => ({
  id,
  kind: 'stakeholder' as const,
  area,
  state,
});

const current: RoundHoldings = {
  authorities: new Map([
    ['GHA', 'Ministry of Health, Ghana'],
    ['KEN', 'Ministry of Health, Kenya'],
    ['PHL', 'Department of Health'],
    ['PRI', 'Puerto Rico Department of Health'],
  ]),
  reports: [
    national(1, 'GHA', 'returned'),
    national(2, 'KEN', 'resubmitted'),
    national(3, 'PHL', 'published'),
    national(4, 'DEU', 'draft'),
    stakeholder(10, 'GHA', 'submitted'),
    stakeholder(11, null, 'accepted'),
    stakeholder(12, 'KEN', 'draft'),
    stakeholder(13, 'DEU', 'published'),
  ],
};
const before: RoundHoldings = {
  authorities: new Map([['GHA', 'Ministry of Health, Ghana']]),
  reports: [national(90, 'GHA', 'published')],
};

describe('the round dashboard', () => {
  const d = countDashboard(
    members,
    current,
    before,
    new Map([['PRI', { region: null, incomeGroup: 'HIC' }]]),
  );

  test('totals over WHO member states: authorities, each step, stakeholder reports submitted or further', () => {
    assert.deepEqual(d.total, {
      code: '_T',
      countries: 7,
      authorities: 3,
      notStarted: 3,
      draft: 2,
      submitted: 1,
      accepted: 1,
      stakeholder: 3,
      previous: {
        authorities: 1,
        notStarted: 6,
        draft: 0,
        submitted: 0,
        accepted: 1,
        stakeholder: 0,
      },
    });
  });

  test('per WHO region, every region listed even when empty; stakeholder reports with no area only in the total', () => {
    assert.deepEqual(
      d.byRegion.map((g) => [
        g.code,
        g.countries,
        g.authorities,
        g.notStarted,
        g.draft,
        g.submitted,
        g.accepted,
        g.stakeholder,
      ]),
      [
        ['AFR', 4, 2, 2, 1, 1, 0, 1],
        ['AMR', 0, 0, 0, 0, 0, 0, 0],
        ['SEAR', 0, 0, 0, 0, 0, 0, 0],
        ['EUR', 1, 0, 0, 1, 0, 0, 1],
        ['EMR', 0, 0, 0, 0, 0, 0, 0],
        ['WPR', 2, 1, 1, 0, 0, 1, 0],
      ],
    );
    assert.equal(d.byRegion[0]?.previous?.accepted, 1);
  });

  test('per income group, with the members the World Bank does not classify apart', () => {
    assert.deepEqual(
      d.byIncome.map((g) => [g.code, g.countries, g.authorities, g.draft, g.submitted, g.accepted]),
      [
        ['LIC', 0, 0, 0, 0, 0],
        ['LMC', 4, 3, 1, 1, 1],
        ['UMC', 1, 0, 0, 0, 0],
        ['HIC', 1, 0, 1, 0, 0],
        ['_U', 1, 0, 0, 0, 0],
      ],
    );
  });

  test('every area with an authority or a national report, members or not', () => {
    assert.deepEqual(
      d.areas.map((a) => [a.area, a.authority !== null, a.reportId, a.state, a.incomeGroup]),
      [
        ['DEU', false, 4, 'draft', 'HIC'],
        ['GHA', true, 1, 'returned', 'LMC'],
        ['KEN', true, 2, 'resubmitted', 'LMC'],
        ['PHL', true, 3, 'published', 'LMC'],
        ['PRI', true, null, 'not-started', 'HIC'],
      ],
    );
  });

  test('without a previous round, no previous counts', () => {
    const first = countDashboard(members, current, null);
    assert.equal(first.total.previous, null);
    assert.ok(first.byRegion.every((g) => g.previous === null));
    assert.deepEqual(
      first.byIncome.map((g) => g.code),
      ['LIC', 'LMC', 'UMC', 'HIC', '_U'],
    );
    assert.deepEqual(
      countDashboard(members.slice(0, 6), current, null).byIncome.map((g) => g.code),
      ['LIC', 'LMC', 'UMC', 'HIC'],
    );
  });

  test('the steps a report state counts in', () => {
    assert.deepEqual(
      ([null, 'draft', 'returned', 'submitted', 'resubmitted', 'accepted', 'published'] as const).map(
        progressOf,
      ),
      ['notStarted', 'draft', 'draft', 'submitted', 'submitted', 'accepted', 'accepted'],
    );
  });
});
