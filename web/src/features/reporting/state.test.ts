import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { QuestionnaireDefinition } from '../../../../src/modules/questionnaires/schemas.ts';
import { roundLabel as serverRoundLabel } from '../../../../src/modules/reporting/domain/report-access.ts';
import {
  ROUND_ACTIONS,
  ROUND_STATES,
  ORGANISATION_TYPES as SERVER_ORGANISATION_TYPES,
} from '../../../../src/modules/reporting/schemas.ts';
import {
  type AreaRow,
  type Authority,
  areaPlan,
  areasFor,
  authorityAreas,
  authorityHistory,
  canManage,
  changeLines,
  daysBetween,
  designateRequest,
  groupAuthorities,
  hasPrevious,
  ORGANISATION_TYPES,
  openRound,
  progressOf,
  type ReportingHistory,
  type Round,
  roundActionResult,
  roundActions,
  roundLabel,
  roundRequest,
  roundsNewestFirst,
  stakeholderRequest,
  tallyCells,
  versionsOf,
  viewOf,
} from './state.ts';

const byText = (a: string, b: string) => a.localeCompare(b);

const round = (id: number, year: number, state: Round['state']): Round => ({
  id,
  year,
  label: roundLabel(year),
  opensOn: `${year}-03-01`,
  closesOn: `${year}-09-30`,
  state,
  questionnaireId: 1,
  questionnaireVersion: String(year),
  stakeholderQuestionnaireId: null,
  stakeholderQuestionnaireVersion: null,
  openedAt: null,
  closedAt: null,
  publishedAt: null,
  previousRoundId: null,
});

describe('who gets which page', () => {
  const session = (permissions: string[], grants: { role: string; area: string | null }[] = []) => ({
    actor: 'user' as const,
    permissions,
    user: { grants },
  });

  test('the secretariat and administrators manage; a reviewer without manage sees the dashboards only', () => {
    assert.equal(viewOf(session(['reporting.manage', 'reporting.review'])), 'secretariat');
    assert.equal(canManage(session(['reporting.manage', 'reporting.review'])), true);
    assert.equal(viewOf(session(['reporting.review'])), 'secretariat');
    assert.equal(canManage(session(['reporting.review'])), false);
  });

  test('a national authority, a stakeholder, someone else signed in, the public', () => {
    assert.equal(viewOf(session(['reporting.report', 'data.import'])), 'authority');
    assert.equal(viewOf(session(['reporting.stakeholder'])), 'stakeholder');
    assert.equal(viewOf(session(['data.import'])), 'signed-in');
    assert.equal(viewOf({ actor: 'public', permissions: [], user: null }), 'public');
  });

  test('a national authority reports for the areas of its national_authority grants only', () => {
    const s = session(
      ['reporting.report'],
      [
        { role: 'national_authority', area: 'KEN' },
        { role: 'data_manager', area: 'UGA' },
        { role: 'national_authority', area: 'GHA' },
        { role: 'national_authority', area: 'GHA' },
      ],
    );
    assert.deepEqual(authorityAreas(s), ['GHA', 'KEN']);
    assert.deepEqual(authorityAreas({ actor: 'public', permissions: [], user: null }), []);
  });
});

describe('rounds', () => {
  test('each state offers the one action that leads on from it, and a published round none', () => {
    assert.deepEqual(
      ROUND_STATES.map((s) => [s, roundActions(s)]),
      [
        ['planned', ['open']],
        ['open', ['close']],
        ['closed', ['publish']],
        ['published', []],
      ],
    );
    assert.deepEqual(
      ROUND_ACTIONS.map((a) => roundActionResult(a)),
      ['open', 'closed', 'published'],
    );
  });

  test('rounds are named as WHO names them, as the server names them', () => {
    for (const year of [2012, 2021, 2027, 2099]) assert.equal(roundLabel(year), serverRoundLabel(year));
    assert.equal(roundLabel(2027), '2027/28');
    assert.equal(roundLabel(2099), '2099/00');
  });

  test('the open round is the latest open one; none when none is open', () => {
    const rounds = [round(1, 2021, 'published'), round(3, 2027, 'open'), round(2, 2024, 'closed')];
    assert.equal(openRound(rounds)?.id, 3);
    assert.equal(openRound(rounds.filter((r) => r.state !== 'open')), null);
    assert.deepEqual(
      roundsNewestFirst(rounds).map((r) => r.year),
      [2027, 2024, 2021],
    );
  });

  test('days to the deadline count whole calendar days', () => {
    assert.equal(daysBetween('2027-09-01', '2027-09-30'), 29);
    assert.equal(daysBetween('2027-09-30', '2027-09-30'), 0);
    assert.equal(daysBetween('2027-10-01', '2027-09-30'), -1);
    // Across the change to summer time the count stays whole.
    assert.equal(daysBetween('2027-03-01', '2027-04-01'), 31);
  });

  test('a round form: every field checked, the closing date after the opening one', () => {
    const ok = roundRequest({
      year: '2027',
      opensOn: '2027-03-01',
      closesOn: '2027-09-30',
      questionnaireId: '4',
      stakeholderQuestionnaireId: '',
    });
    assert.deepEqual(ok, {
      ok: true,
      body: {
        year: 2027,
        opensOn: '2027-03-01',
        closesOn: '2027-09-30',
        questionnaireId: 4,
        stakeholderQuestionnaireId: null,
      },
    });
    const bad = roundRequest({
      year: '27',
      opensOn: '2027-09-30',
      closesOn: '2027-09-30',
      questionnaireId: '',
      stakeholderQuestionnaireId: '5',
    });
    assert.equal(bad.ok, false);
    if (!bad.ok)
      assert.deepEqual(bad.errors.fields, { year: 'year', closesOn: 'order', questionnaireId: 'required' });
    const empty = roundRequest({
      year: '',
      opensOn: '',
      closesOn: 'soon',
      questionnaireId: '1',
      stakeholderQuestionnaireId: '',
    });
    if (empty.ok) assert.fail('an empty form passed');
    assert.deepEqual(empty.errors.fields, { year: 'required', opensOn: 'required', closesOn: 'date' });
  });

  test('the versions a round can use are those of its kind, newest first', () => {
    const list = [
      { id: 1, kind: 'national' as const, createdAt: '2024-01-01T00:00:00Z' },
      { id: 2, kind: 'stakeholder' as const, createdAt: '2026-01-01T00:00:00Z' },
      { id: 3, kind: 'national' as const, createdAt: '2026-06-01T00:00:00Z' },
    ];
    assert.deepEqual(
      versionsOf(list, 'national').map((q) => q.id),
      [3, 1],
    );
    assert.deepEqual(
      versionsOf(list, 'stakeholder').map((q) => q.id),
      [2],
    );
  });
});

describe('the dashboard', () => {
  const tally = { authorities: 5, notStarted: 2, draft: 1, submitted: 1, accepted: 1, stakeholder: 3 };

  test('each count beside the previous round’s, and the change', () => {
    const cells = tallyCells({
      ...tally,
      countries: 47,
      previous: { authorities: 3, notStarted: 4, draft: 0, submitted: 1, accepted: 2, stakeholder: 0 },
    });
    assert.deepEqual(
      cells.map((c) => [c.key, c.current, c.previous, c.change]),
      [
        ['countries', 47, null, null],
        ['authorities', 5, 3, 2],
        ['notStarted', 2, 4, -2],
        ['draft', 1, 0, 1],
        ['submitted', 1, 1, 0],
        ['accepted', 1, 2, -1],
        ['stakeholder', 3, 0, 3],
      ],
    );
  });

  test('without a previous round there is nothing to compare with', () => {
    const cells = tallyCells({ ...tally, countries: 10, previous: null });
    assert.ok(cells.every((c) => c.previous === null && c.change === null));
    assert.equal(hasPrevious({ total: { ...tally, countries: 10, previous: null } }), false);
    assert.equal(hasPrevious({ total: { ...tally, countries: 10, previous: tally } }), true);
  });

  test('report states count where the server counts them: returned as draft, resubmitted as submitted', () => {
    assert.deepEqual(
      (
        ['not-started', 'draft', 'returned', 'submitted', 'resubmitted', 'accepted', 'published'] as const
      ).map(progressOf),
      ['not-started', 'draft', 'draft', 'submitted', 'submitted', 'accepted', 'accepted'],
    );
  });

  test('the countries of a round by name, filtered by where their report is', () => {
    const area = (code: string, name: string, state: AreaRow['state']): AreaRow => ({
      area: code,
      areaName: name,
      region: 'AFR',
      incomeGroup: null,
      authority: null,
      reportId: null,
      state,
    });
    const areas = [
      area('KEN', 'Kenya', 'returned'),
      area('GHA', 'Ghana', 'draft'),
      area('NGA', 'Nigeria', 'accepted'),
      area('UGA', 'Uganda', 'not-started'),
    ];
    assert.deepEqual(
      areasFor(areas, null, byText).map((a) => a.area),
      ['GHA', 'KEN', 'NGA', 'UGA'],
    );
    assert.deepEqual(
      areasFor(areas, 'draft', byText).map((a) => a.area),
      ['GHA', 'KEN'],
    );
    assert.deepEqual(
      areasFor(areas, 'submitted', byText).map((a) => a.area),
      [],
    );
  });
});

describe('authorities', () => {
  const authority = (
    id: number,
    area: string,
    designatedAt: string,
    supersededAt: string | null,
    roundYear = 2027,
  ): Authority => ({
    id,
    roundId: 1,
    roundYear,
    area,
    areaName: area === 'GHA' ? 'Ghana' : 'Kenya',
    organisation: `Org ${id}`,
    contactName: 'A',
    contactEmail: 'a@example.org',
    contactPhone: null,
    designatedAt,
    designatedBy: 'WHO',
    supersededAt,
    accounts: [],
    invitationPending: false,
    carriedOverFrom: null,
  });

  test('per country, the designation in force first and the ones it replaced after it', () => {
    const groups = groupAuthorities(
      [
        authority(1, 'KEN', '2027-03-02T10:00:00Z', null),
        authority(2, 'GHA', '2027-03-01T10:00:00Z', '2027-04-01T10:00:00Z'),
        authority(3, 'GHA', '2027-04-01T10:00:00Z', null),
      ],
      byText,
    );
    assert.deepEqual(
      groups.map((g) => [g.area, g.current?.id ?? null, g.superseded.map((a) => a.id)]),
      [
        ['GHA', 3, [2]],
        ['KEN', 1, []],
      ],
    );
  });

  test('a country whose every designation was superseded has none in force', () => {
    const [g] = groupAuthorities(
      [authority(2, 'GHA', '2027-03-01T10:00:00Z', '2027-04-01T10:00:00Z')],
      byText,
    );
    assert.equal(g?.current, null);
    assert.equal(g?.superseded.length, 1);
  });

  test('the history across rounds: newest round first, then newest designation', () => {
    const list = [
      authority(1, 'GHA', '2021-03-01T10:00:00Z', null, 2021),
      authority(2, 'GHA', '2027-03-01T10:00:00Z', '2027-05-01T10:00:00Z'),
      authority(3, 'GHA', '2027-05-01T10:00:00Z', null),
    ];
    assert.deepEqual(
      authorityHistory(list).map((a) => a.id),
      [3, 2, 1],
    );
  });

  test('the designation form: country, organisation, contact and a real e-mail; an empty phone is none', () => {
    const ok = designateRequest({
      area: 'GHA',
      organisation: ' Ministry of Health ',
      contactName: 'Ama Mensah',
      contactEmail: 'ama@moh.gov.gh',
      contactPhone: '  ',
      invite: true,
    });
    assert.deepEqual(ok, {
      ok: true,
      body: {
        area: 'GHA',
        organisation: 'Ministry of Health',
        contactName: 'Ama Mensah',
        contactEmail: 'ama@moh.gov.gh',
        contactPhone: null,
        invite: true,
      },
    });
    const bad = designateRequest({
      area: '',
      organisation: '',
      contactName: ' ',
      contactEmail: 'ama at moh',
      contactPhone: '',
      invite: false,
    });
    if (bad.ok) assert.fail('an empty designation passed');
    assert.deepEqual(bad.errors.fields, {
      area: 'required',
      organisation: 'required',
      contactName: 'required',
      contactEmail: 'email',
    });
  });
});

describe('participants', () => {
  const entry = (id: number, year: number, report: number | null): ReportingHistory['rounds'][number] => ({
    round: { id, year, label: roundLabel(year), state: id === 3 ? 'open' : 'published' },
    authority: 'Ministry of Health',
    report:
      report === null
        ? null
        : {
            id: report,
            roundId: id,
            roundYear: year,
            roundLabel: roundLabel(year),
            kind: 'national',
            area: 'GHA',
            areaName: 'Ghana',
            organisation: null,
            organisationType: null,
            state: 'published',
            version: 1,
            updatedAt: `${year}-06-01T00:00:00Z`,
            submittedAt: null,
            acceptedAt: null,
            publishedAt: null,
          },
  });

  test('a national authority: the open round’s report apart, earlier rounds with a report newest first', () => {
    const history: ReportingHistory = {
      area: 'GHA',
      areaName: 'Ghana',
      rounds: [entry(1, 2021, 11), entry(3, 2027, null), entry(2, 2024, 12), entry(0, 2018, null)],
    };
    const plan = areaPlan(history, round(3, 2027, 'open'));
    assert.equal(plan.current?.round.id, 3);
    assert.equal(plan.current?.report, null);
    assert.deepEqual(
      plan.earlier.map((e) => e.report?.id),
      [12, 11],
    );
    const none = areaPlan(history, null);
    assert.equal(none.current, null);
    assert.deepEqual(
      none.earlier.map((e) => e.round.year),
      [2024, 2021],
    );
  });

  test('the stakeholder form: organisation and one of the server’s organisation types; country optional', () => {
    assert.deepEqual([...ORGANISATION_TYPES], [...SERVER_ORGANISATION_TYPES]);
    assert.deepEqual(
      stakeholderRequest({ organisation: ' Nurses Union ', organisationType: 'trade-union', area: '' }),
      {
        ok: true,
        body: {
          kind: 'stakeholder',
          organisation: 'Nurses Union',
          organisationType: 'trade-union',
          area: null,
        },
      },
    );
    const bad = stakeholderRequest({ organisation: '', organisationType: 'lobby', area: 'GHA' });
    if (bad.ok) assert.fail('an unknown type passed');
    assert.deepEqual(bad.errors.fields, { organisation: 'required', organisationType: 'required' });
  });
});

describe('questionnaire changes', () => {
  const text = (en: string) => ({ en, fr: en, es: en, ar: `ع ${en}`, ru: en, zh: en });
  const def = (questions: [string, string][]): QuestionnaireDefinition => ({
    code: 'nri',
    version: '1',
    kind: 'national',
    title: text('NRI'),
    renamed: {},
    sections: [
      {
        id: 's',
        title: text('S'),
        articles: [],
        questions: questions.map(([id, t]) => ({
          id,
          type: 'text' as const,
          text: text(t),
          required: false,
          articles: [],
          multiline: false,
          maxLength: 2000,
        })),
      },
    ],
  });

  test('each change with its question in the reader’s language, a removed one from the previous version', () => {
    const prev = def([
      ['a', 'Old A'],
      ['gone', 'Gone'],
      ['old-b', 'B'],
    ]);
    const next = def([
      ['a', 'New A'],
      ['b', 'B'],
      ['c', 'C'],
    ]);
    const lines = changeLines(
      [
        { kind: 'reworded', question: 'a' },
        { kind: 'removed', question: 'gone' },
        { kind: 'renamed', question: 'b', previous: 'old-b' },
        { kind: 'added', question: 'c' },
        { kind: 'added', question: 'nowhere' },
      ],
      next,
      prev,
      'ar',
    );
    assert.deepEqual(
      lines.map((l) => l.text),
      ['ع New A', 'ع Gone', 'ع B', 'ع C', null],
    );
  });
});
