import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type ApprovalState,
  type ApprovalUnit,
  actionsFor,
  areasOf,
  filtered,
  groupByArea,
  headlineApproval,
  inScope,
  matches,
  needsComment,
  OVERVIEW_STATES,
  overview,
  pageContent,
  paramsOf,
  totals,
  viewFromQuery,
  yearsOf,
} from './state.ts';

const none = { submit: false, decide: false };
const submitter = { submit: true, decide: false };
const approver = { submit: false, decide: true };
const both = { submit: true, decide: true };

test('a submitter may submit what is not submitted, returned or unapproved, and nothing else', () => {
  assert.deepEqual(actionsFor('not_submitted', submitter), ['submit']);
  assert.deepEqual(actionsFor('returned', submitter), ['submit']);
  assert.deepEqual(actionsFor('unapproved', submitter), ['submit']);
  assert.deepEqual(actionsFor('submitted', submitter), []);
  assert.deepEqual(actionsFor('approved', submitter), []);
});

test('an approver approves or returns what was submitted and unapproves what was approved', () => {
  assert.deepEqual(actionsFor('submitted', approver), ['approve', 'return']);
  assert.deepEqual(actionsFor('approved', approver), ['unapprove']);
  assert.deepEqual(actionsFor('not_submitted', approver), []);
  assert.deepEqual(actionsFor('submitted', both), ['approve', 'return']);
  assert.deepEqual(actionsFor('submitted', none), []);
});

test('returning and unapproving need a comment', () => {
  assert.deepEqual((['submit', 'approve', 'return', 'unapprove'] as const).filter(needsComment), [
    'return',
    'unapprove',
  ]);
});

const unit = (
  area: string,
  areaName: string,
  year: number,
  source: string | null,
  may = none,
  state: ApprovalState = 'not_submitted',
): ApprovalUnit => ({
  area,
  areaName,
  year,
  source,
  state,
  allowedActions: ['submit'],
  may,
  changed: null,
  comment: null,
  submitted: null,
  approved: null,
  changesSince: null,
  observations: 1,
});

test('units group per country by name, newest year first, all datasets before one', () => {
  const groups = groupByArea([
    unit('KEN', 'Kenya', 2019, null),
    unit('GHA', 'Ghana', 2019, null),
    unit('GHA', 'Ghana', 2020, 'OECD'),
    unit('GHA', 'Ghana', 2020, null),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.area, g.units.map((u) => `${u.year}/${u.source ?? '*'}`)]),
    [
      ['GHA', ['2020/*', '2020/OECD', '2019/*']],
      ['KEN', ['2019/*']],
    ],
  );
  assert.equal(inScope(unit('GHA', 'Ghana', 2020, null, submitter)), true);
  assert.equal(inScope(unit('GHA', 'Ghana', 2020, null)), false);
});

test('the profile names the newest approval, all datasets first', () => {
  assert.equal(headlineApproval([]), null);
  const a = headlineApproval([
    { year: 2019, source: null, role: 'admin', at: '2026-01-01T00:00:00Z' },
    { year: 2020, source: 'OECD', role: 'data_approver', at: '2026-02-01T00:00:00Z' },
    { year: 2020, source: null, role: 'national_authority', at: '2026-03-01T00:00:00Z' },
  ]);
  assert.equal(a?.role, 'national_authority');
});

test('the URL holds a country, a state and a year; anything malformed is left out', () => {
  assert.deepEqual(viewFromQuery(new URLSearchParams('area=gha&state=submitted&year=2020&lang=fr')), {
    area: 'GHA',
    state: 'submitted',
    year: 2020,
  });
  assert.deepEqual(viewFromQuery(new URLSearchParams('area=Ghana&state=pending&year=20x0')), {
    area: null,
    state: null,
    year: null,
  });
  assert.deepEqual(viewFromQuery(new URLSearchParams('')), { area: null, state: null, year: null });
  const v = viewFromQuery(new URLSearchParams('state=returned'));
  assert.deepEqual(paramsOf(v), { area: null, state: 'returned', year: null });
  assert.equal(filtered(v), true);
  assert.equal(filtered({ area: null, state: null, year: null }), false);
});

test('a unit matches the view by its year and state', () => {
  const u = unit('GHA', 'Ghana', 2020, null, both, 'submitted');
  assert.equal(matches(u, { area: null, state: null, year: null }), true);
  assert.equal(matches(u, { area: 'KEN', state: 'submitted', year: 2020 }), true, 'the country is not its');
  assert.equal(matches(u, { area: null, state: 'approved', year: null }), false);
  assert.equal(matches(u, { area: null, state: null, year: 2019 }), false);
});

test('the scope is each country once in name order, and the years newest first', () => {
  const units = [
    unit('KEN', 'Kenya', 2019, null),
    unit('GHA', 'Ghana', 2019, null),
    unit('CIV', 'Côte d’Ivoire', 2021, null),
    unit('GHA', 'Ghana', 2020, 'OECD'),
  ];
  assert.deepEqual(
    areasOf(units).map((a) => a.area),
    ['CIV', 'GHA', 'KEN'],
  );
  const backwards = (a: string, b: string) => b.localeCompare(a);
  assert.deepEqual(
    areasOf(units, backwards).map((a) => a.area),
    ['KEN', 'GHA', 'CIV'],
    'in the order the reader’s language gives',
  );
  assert.deepEqual(yearsOf(units), [2021, 2020, 2019]);
  assert.deepEqual(yearsOf([]), []);
});

const demo = [
  unit('KEN', 'Kenya', 2020, null, both, 'approved'),
  unit('KEN', 'Kenya', 2019, null, both, 'not_submitted'),
  unit('GHA', 'Ghana', 2020, null, both, 'submitted'),
  unit('GHA', 'Ghana', 2020, 'OECD', both, 'submitted'),
  unit('GHA', 'Ghana', 2019, null, both, 'returned'),
  unit('BEN', 'Benin', 2019, null, both, 'unapproved'),
];
const counts = (rows: ReturnType<typeof overview>) =>
  rows.map((r) => [r.area, OVERVIEW_STATES.map((s) => r.counts[s]).join(' '), r.total]);

test('the overview counts each country’s units by state, what waits for a decision first', () => {
  assert.equal(OVERVIEW_STATES[0], 'submitted');
  assert.deepEqual([...OVERVIEW_STATES].sort(), [
    'approved',
    'not_submitted',
    'returned',
    'submitted',
    'unapproved',
  ]);
  // submitted returned unapproved not_submitted approved
  const all = overview(demo, { area: null, state: null, year: null });
  assert.deepEqual(counts(all), [
    ['BEN', '0 0 1 0 0', 1],
    ['GHA', '2 1 0 0 0', 3],
    ['KEN', '0 0 0 1 1', 2],
  ]);
  assert.deepEqual(totals(all), { not_submitted: 1, submitted: 2, returned: 1, approved: 1, unapproved: 1 });
  assert.deepEqual(totals([]), { not_submitted: 0, submitted: 0, returned: 0, approved: 0, unapproved: 0 });
});

test('with a state chosen the overview lists only the countries having units in it; a year counts only its units', () => {
  assert.deepEqual(counts(overview(demo, { area: null, state: 'submitted', year: null })), [
    ['GHA', '2 1 0 0 0', 3],
  ]);
  assert.deepEqual(counts(overview(demo, { area: null, state: null, year: 2020 })), [
    ['GHA', '2 0 0 0 0', 2],
    ['KEN', '0 0 0 0 1', 1],
  ]);
  assert.deepEqual(counts(overview(demo, { area: null, state: 'returned', year: 2020 })), []);
  assert.deepEqual(
    counts(overview(demo, { area: 'GHA', state: null, year: 2019 })).map(([a]) => a),
    ['BEN', 'GHA', 'KEN'],
    'the overview is of every country, whichever is chosen',
  );
});

test('several countries and none chosen show the overview; one country, or the one chosen, its units', () => {
  const none = { area: null, state: null, year: null };
  const scope = areasOf(demo);
  assert.deepEqual(pageContent([], none), { kind: 'none' });
  assert.deepEqual(pageContent([], { ...none, area: 'GHA' }), { kind: 'none' });
  assert.deepEqual(pageContent(scope, none), { kind: 'overview' });
  assert.deepEqual(pageContent(scope, { ...none, state: 'submitted' }), { kind: 'overview' });
  assert.deepEqual(pageContent(scope, { ...none, area: 'GHA' }), {
    kind: 'country',
    area: 'GHA',
    inScope: true,
  });
  assert.deepEqual(pageContent(scope, { ...none, area: 'FRA' }), {
    kind: 'country',
    area: 'FRA',
    inScope: false,
  });
  const ghana = areasOf(demo.filter((u) => u.area === 'GHA'));
  assert.deepEqual(pageContent(ghana, { ...none, year: 2020 }), {
    kind: 'country',
    area: 'GHA',
    inScope: true,
  });
});
