import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import type { LocalText, QuestionnaireDefinition } from '../../../questionnaires/schemas.ts';
import { canonicalJson } from './canonical.ts';
import { change, generateProgress, type ProgressInputs } from './generate.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const L = (en: string): LocalText => ({
  en,
  fr: `${en} (fr)`,
  es: `${en} (es)`,
  ar: `${en} (ar)`,
  ru: `${en} (ru)`,
  zh: `${en} (zh)`,
});
const col = (id: string, type: 'text' | 'number' | 'area' | 'occupation' | 'date' | 'single-choice') => ({
  id,
  text: L(id),
  type,
  required: false,
});

const DEF: QuestionnaireDefinition = {
  code: 'nri',
  version: '2027',
  kind: 'national',
  title: L('National reporting instrument'),
  renamed: {},
  sections: [
    {
      id: 'implementation',
      title: L('Implementation'),
      articles: [],
      questions: [
        { id: 'steps', type: 'yes-no-partly', text: L('Steps taken?'), required: true, articles: ['7'] },
        {
          id: 'sectors',
          type: 'multiple-choice',
          text: L('Sectors involved'),
          required: false,
          articles: [],
          options: [
            { code: 'health', text: L('Health') },
            { code: 'labour', text: L('Labour') },
            { code: 'education', text: L('Education') },
          ],
        },
        {
          id: 'difficulties',
          type: 'text',
          text: L('Difficulties'),
          required: false,
          articles: ['9'],
          multiline: true,
          maxLength: 20000,
        },
      ],
    },
    {
      id: 'data',
      title: L('Data'),
      articles: [],
      questions: [
        {
          id: 'stock.trained',
          type: 'table',
          text: L('Foreign-trained stock'),
          required: false,
          articles: [],
          columns: [
            col('occupation', 'occupation'),
            col('country', 'area'),
            col('year', 'number'),
            col('count', 'number'),
          ],
          minRows: 0,
          maxRows: 500,
          sums: [],
          prefill: {
            source: 'foreign-trained-stock',
            columns: { occupation: 'occupation', partner: 'country', year: 'year', value: 'count' },
          },
        },
        {
          id: 'agreements',
          type: 'table',
          text: L('Agreements'),
          required: false,
          articles: ['5'],
          columns: [
            col('partner', 'area'),
            col('type', 'single-choice'),
            col('signed', 'date'),
            col('cadres', 'text'),
          ],
          minRows: 0,
          maxRows: 500,
          sums: [],
          prefill: { source: 'agreements', columns: {} },
        },
      ],
    },
  ],
};

function inputs(): ProgressInputs {
  return {
    round: { id: 2, year: 2027, state: 'closed', questionnaireId: 10 },
    previous: { id: 1, year: 2024, authorities: ['GHA', 'FRA'], reports: ['GHA'] },
    countries: [
      { code: 'GHA', name: 'Ghana', member: true, region: 'AFR', income: 'LMC' },
      { code: 'KEN', name: 'Kenya', member: true, region: 'AFR', income: 'LMC' },
      { code: 'FRA', name: 'France', member: true, region: 'EUR', income: 'HIC' },
      { code: 'IND', name: 'India', member: true, region: 'SEAR', income: 'LMC' },
      { code: 'VEN', name: 'Venezuela', member: true, region: 'AMR', income: null },
    ],
    authorities: [
      { area: 'GHA', organisation: 'Ministry of Health, Ghana' },
      { area: 'KEN', organisation: 'Ministry of Health, Kenya' },
      { area: 'FRA', organisation: 'Ministère de la Santé' },
      { area: 'VEN', organisation: 'MPPS' },
    ],
    reports: [
      {
        id: 11,
        kind: 'national',
        area: 'GHA',
        state: 'accepted',
        questionnaireId: 10,
        answers: {
          steps: 'yes',
          sectors: ['health', 'labour'],
          difficulties: 'Retention of nurses in rural districts.',
          'stock.trained': {
            rows: [
              { occupation: 'medical-doctors', country: 'NGA', year: 2025, count: 90 },
              { occupation: 'nursing-personnel', country: 'KEN', year: 2025, count: 12 },
            ],
          },
          agreements: {
            rows: [{ partner: 'gbr', type: 'bilateral', signed: '2024-03-01', cadres: 'nurses' }],
          },
        },
      },
      {
        id: 12,
        kind: 'national',
        area: 'KEN',
        state: 'draft',
        questionnaireId: 10,
        answers: { steps: 'no', difficulties: 'Not yet sent.' },
      },
      {
        id: 13,
        kind: 'national',
        area: 'FRA',
        state: 'resubmitted',
        questionnaireId: 10,
        answers: { steps: 'partly', sectors: ['health'], difficulties: '  ' },
      },
      {
        id: 14,
        kind: 'national',
        area: 'VEN',
        state: 'submitted',
        questionnaireId: 10,
        answers: {
          steps: 'yes',
          agreements: { rows: [{ partner: 'CUB', type: null, signed: null, cadres: null }] },
        },
      },
      {
        id: 15,
        kind: 'stakeholder',
        area: null,
        state: 'submitted',
        questionnaireId: 20,
        answers: {},
      },
      {
        id: 16,
        kind: 'stakeholder',
        area: 'GHA',
        state: 'draft',
        questionnaireId: 20,
        answers: {},
      },
    ],
    questionnaires: { 10: DEF },
    stored: [
      {
        measure: 'foreign-trained-stock',
        area: 'GHA',
        partner: 'NGA',
        basis: 'training',
        occupation: 'medical-doctors',
        year: 2025,
        value: 80,
        source: 'OECD.HEALTH_WFMI',
      },
      {
        measure: 'foreign-born-stock',
        area: 'GHA',
        partner: 'NGA',
        basis: 'birth',
        occupation: 'medical-doctors',
        year: 2025,
        value: 5,
        source: 'OECD.HEALTH_WFMI',
      },
    ],
  };
}

describe('progress report generation', () => {
  test('participation: received reports and authorities by region, income group and in all, against the previous round', () => {
    const c = generateProgress(inputs(), sha);
    assert.deepEqual(c.participation.total, {
      code: '_T',
      countries: 5,
      authorities: 4,
      reports: 3,
      previousAuthorities: 2,
      previousReports: 1,
      reportIds: [11, 13, 14],
    });
    const afr = c.participation.byRegion.find((r) => r.code === 'AFR');
    assert.deepEqual(afr, {
      code: 'AFR',
      countries: 2,
      authorities: 2,
      reports: 1,
      previousAuthorities: 1,
      previousReports: 1,
      reportIds: [11],
    });
    assert.deepEqual(
      c.participation.byRegion.map((r) => r.code),
      ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR'],
    );
    const sum = (rows: typeof c.participation.byRegion, k: 'reports' | 'authorities' | 'countries') =>
      rows.reduce((n, r) => n + r[k], 0);
    for (const rows of [c.participation.byRegion, c.participation.byIncome])
      for (const k of ['reports', 'authorities', 'countries'] as const)
        assert.equal(sum(rows, k), c.participation.total[k], k);
    // Venezuela has no income group: counted as unclassified, so that the groups add up to the total.
    const unclassified = c.participation.byIncome.find((r) => r.code === '_U');
    assert.deepEqual(unclassified?.reportIds, [14]);
    assert.equal(c.participation.byIncome.find((r) => r.code === 'LMC')?.reports, 1);
    assert.equal(c.participation.byIncome.find((r) => r.code === 'HIC')?.previousAuthorities, 1);
    assert.equal(c.stakeholderReports, 1);
    assert.deepEqual(c.previous, { id: 1, year: 2024, label: '2024/25' });
    assert.deepEqual(c.round, { id: 2, year: 2027, label: '2027/28' });
  });

  test('no previous round: previous counts are null and no unclassified row appears when none is needed', () => {
    const i = inputs();
    i.previous = null;
    i.countries = i.countries.map((c) => (c.code === 'VEN' ? { ...c, income: 'UMC' } : c));
    const c = generateProgress(i, sha);
    assert.equal(c.previous, null);
    assert.equal(c.participation.total.previousReports, null);
    assert.deepEqual(
      c.participation.byIncome.map((r) => r.code),
      ['LIC', 'LMC', 'UMC', 'HIC'],
    );
  });

  test('closed questions are tallied over received reports, each count naming its answers', () => {
    const c = generateProgress(inputs(), sha);
    assert.deepEqual(
      c.questions.map((q) => q.question),
      ['steps', 'sectors'],
    );
    const steps = c.questions[0];
    assert.equal(steps?.answered, 3);
    assert.deepEqual(
      steps?.counts.map((x) => [x.option, x.count, x.sources.map((s) => s.reportId)]),
      [
        ['yes', 2, [11, 14]],
        ['partly', 1, [13]],
        ['no', 0, []],
      ],
    );
    assert.equal(steps?.counts[0]?.text.fr, 'Oui');
    const sectors = c.questions[1];
    assert.equal(sectors?.answered, 2);
    assert.deepEqual(
      sectors?.counts.map((x) => [x.option, x.count]),
      [
        ['health', 2],
        ['labour', 1],
        ['education', 0],
      ],
    );
    assert.deepEqual(sectors?.counts[1]?.sources, [{ reportId: 11, area: 'GHA', question: 'sectors' }]);
  });

  test('narratives of received reports only, their selection kept by id; editorial kept', () => {
    const keep = {
      editorial: { summary: 'Summary.', sections: { participation: 'More.' } },
      selectedNarratives: ['11:difficulties', '99:gone'],
    };
    const c = generateProgress(inputs(), sha, keep);
    assert.deepEqual(c.narratives, [
      {
        id: '11:difficulties',
        source: { reportId: 11, area: 'GHA', question: 'difficulties' },
        areaName: 'Ghana',
        questionText: DEF.sections[0]?.questions[2]?.text,
        text: 'Retention of nurses in rural districts.',
        selected: true,
      },
    ]);
    assert.deepEqual(c.editorial, keep.editorial);
    assert.equal(generateProgress(inputs(), sha).narratives[0]?.selected, false);
  });

  test('reported figures beside the stored value of the same key; agreements with their rows', () => {
    const c = generateProgress(inputs(), sha);
    assert.deepEqual(
      c.figures.map((f) => [
        f.area,
        f.measure,
        f.basis,
        f.occupation,
        f.partner,
        f.year,
        f.reported,
        f.stored,
        f.storedSource,
        f.source.row,
      ]),
      [
        ['GHA', 'stock', 'training', 'medical-doctors', 'NGA', 2025, 90, 80, 'OECD.HEALTH_WFMI', 1],
        ['GHA', 'stock', 'training', 'nursing-personnel', 'KEN', 2025, 12, null, null, 2],
      ],
    );
    assert.equal(c.agreements.notified, 2);
    assert.deepEqual(c.agreements.list[0], {
      area: 'GHA',
      partner: 'GBR',
      type: 'bilateral',
      signed: '2024-03-01',
      cadres: 'nurses',
      source: { reportId: 11, area: 'GHA', question: 'agreements', row: 1 },
    });
    assert.equal(c.agreements.list[1]?.area, 'VEN');
  });

  test('an annex per country with an authority or a report; closed answers of received reports only', () => {
    const c = generateProgress(inputs(), sha);
    assert.deepEqual(
      c.annexes.map((a) => [a.area, a.state, a.reportId, a.authority, a.answers.length]),
      [
        ['FRA', 'resubmitted', 13, 'Ministère de la Santé', 2],
        ['GHA', 'accepted', 11, 'Ministry of Health, Ghana', 2],
        ['KEN', 'draft', 12, 'Ministry of Health, Kenya', 0],
        ['VEN', 'submitted', 14, 'MPPS', 1],
      ],
    );
    const gha = c.annexes[1]?.answers[1];
    assert.equal(gha?.answer, 'health, labour');
    assert.equal(gha?.answerText.en, 'Health, Labour');
    assert.equal(gha?.answerText.zh, 'Health (zh)、Labour (zh)');
  });

  test('the same inputs in any order give identical content; a changed received answer changes the hash', () => {
    const a = generateProgress(inputs(), sha);
    const shuffled = inputs();
    shuffled.reports = [...shuffled.reports].reverse();
    shuffled.countries = [...shuffled.countries].reverse();
    shuffled.authorities = [...shuffled.authorities].reverse();
    shuffled.stored = [...shuffled.stored].reverse();
    assert.deepEqual(generateProgress(shuffled, sha), a);
    assert.deepEqual(generateProgress(inputs(), sha), a);
    assert.match(a.inputsHash, /^[0-9a-f]{64}$/);

    const changed = inputs();
    const gha = changed.reports[0];
    if (!gha) throw new Error('fixture');
    changed.reports = [{ ...gha, answers: { ...gha.answers, steps: 'no' } }, ...changed.reports.slice(1)];
    const b = generateProgress(changed, sha);
    assert.notEqual(b.inputsHash, a.inputsHash);
    assert.equal(b.questions[0]?.counts[2]?.count, 1);

    // A draft's answers are not part of the report: typing in it changes neither content nor hash.
    const draft = inputs();
    const ken = draft.reports[1];
    if (!ken) throw new Error('fixture');
    draft.reports = draft.reports.map((r) => (r === ken ? { ...ken, answers: { steps: 'yes' } } : r));
    assert.deepEqual(generateProgress(draft, sha), a);
  });

  test('change against the previous round', () => {
    assert.equal(change(117, 85), 32 / 85);
    assert.equal(change(3, 0), null);
    assert.equal(change(3, null), null);
  });

  test('canonical JSON orders members and drops undefined ones', () => {
    assert.equal(
      canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }], e: null }),
      '{"a":[{"c":"x"}],"b":1,"e":null}',
    );
    assert.equal(canonicalJson({ a: 1, b: 2 }), canonicalJson({ b: 2, a: 1 }));
  });
});
