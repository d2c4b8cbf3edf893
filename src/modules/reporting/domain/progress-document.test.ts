import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import nri from '../../../../data/questionnaires/nri-2027.json' with { type: 'json' };
import type { Block } from '../../../platform/documents/index.ts';
import { QuestionnaireDefinitionSchema } from '../../questionnaires/schemas.ts';
import type { ProgressReport } from '../schemas-progress.ts';
import { generateProgress, type ProgressInputs } from './progress/generate.ts';
import { progressDocument } from './progress-document.ts';
import { documentTables } from './report-document.ts';

const NRI = QuestionnaireDefinitionSchema.parse(nri);
const SCRIPT = '<script>alert(1)</script>';

const INPUTS: ProgressInputs = {
  round: { id: 2, year: 2027, state: 'closed', questionnaireId: 10 },
  previous: { id: 1, year: 2024, authorities: ['GHA', 'FRA'], reports: ['GHA'] },
  countries: [
    { code: 'GHA', name: 'Ghana', member: true, region: 'AFR', income: 'LMC' },
    { code: 'KEN', name: 'Kenya', member: true, region: 'AFR', income: 'LMC' },
    { code: 'FRA', name: 'France', member: true, region: 'EUR', income: 'HIC' },
  ],
  authorities: [
    { area: 'GHA', organisation: 'Ministry of Health, Ghana' },
    { area: 'FRA', organisation: 'Ministère de la Santé' },
  ],
  reports: [
    {
      id: 11,
      kind: 'national',
      area: 'GHA',
      state: 'accepted',
      questionnaireId: 10,
      answers: {
        'implementation.steps': 'yes',
        'implementation.measures': `Retention bonuses. ${SCRIPT}\n\nSecond paragraph javascript:alert(1)`,
        'agreements.any': 'yes',
        'agreements.list': {
          rows: [{ partner: 'GBR', type: 'bilateral', signed: '2024-03-01', cadres: 'nurses' }],
        },
        'data.foreign-trained-stock': {
          rows: [{ occupation: 'medical-doctors', country: 'NGA', year: 2025, count: 90 }],
        },
      },
    },
    {
      id: 13,
      kind: 'national',
      area: 'FRA',
      state: 'submitted',
      questionnaireId: 10,
      answers: { 'implementation.steps': 'partly', 'implementation.measures': 'Des mesures.' },
    },
  ],
  questionnaires: { 10: NRI },
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
  ],
};

function report(selected: boolean, summary = ''): ProgressReport {
  const generated = generateProgress(INPUTS, (s) => `len-${s.length}`);
  const content = {
    ...generated,
    editorial: { summary, sections: { narratives: `Secretariat on narratives ${SCRIPT}` } },
    narratives: generated.narratives.map((n) => ({ ...n, selected: selected && n.id.startsWith('11:') })),
  };
  return {
    roundId: 2,
    state: 'draft',
    version: 3,
    content,
    generatedAt: '2028-04-01T10:00:00.000Z',
    generatedBy: 'secretariat',
    updatedAt: '2028-04-02T10:00:00.000Z',
    updatedBy: 'secretariat',
    publishedAt: null,
    allowed: { edit: true, regenerate: true, publish: true },
  };
}

const exportedAt = new Date('2028-05-01T00:00:00Z');
const texts = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.kind === 'paragraph' || b.kind === 'heading' ? [b.text] : b.kind === 'list' ? b.items : [],
  );

describe('the global progress report as a document', () => {
  it('has its title, state and version, the summary, and the source in the footer', () => {
    const doc = progressDocument({ report: report(true, `Summary ${SCRIPT}`), lang: 'en', exportedAt });
    assert.equal(doc.title, 'Global progress report of the 2027/28 round of national reporting');
    assert.deepEqual(doc.metadata, ['Draft · Version 3', 'Generated on 1 April 2028']);
    const words = texts(doc.blocks);
    assert.ok(words.includes(`Summary ${SCRIPT}`));
    assert.ok(words.some((w) => /^2 designated national authorities/.test(w)));
    assert.match(doc.footer, /2027\/28 round .* progress report version 3; exported on 1 May 2028\.$/);
  });

  it('tables participation by WHO region and income group against the previous round, with a bar chart', () => {
    const doc = progressDocument({ report: report(true), lang: 'en', exportedAt });
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    const region = tables.find((t) => t.caption === 'By WHO region');
    assert.ok(region);
    assert.deepEqual(region.header, [
      'Group',
      'Member States',
      'Designated national authorities',
      'Authorities, 2024/25 round',
      'National reports received',
      'Reports, 2024/25 round',
    ]);
    const afr = region.rows.find((r) => r[0] === 'African Region');
    assert.deepEqual(afr, ['African Region', '2', '1', '1', '1', '1']);
    assert.ok(tables.some((t) => t.caption === 'By World Bank income group'));
    const chart = doc.blocks.find((b) => b.kind === 'chart' && b.caption.startsWith('National reports'));
    assert.ok(chart && chart.kind === 'chart');
    assert.deepEqual(
      chart.bars.find((b) => b.label === 'African Region'),
      { label: 'African Region', value: 0.5, display: '1 of 2' },
    );
  });

  it('charts the closed questions’ tallies, keeps the selected narratives only, and sets figures beside the data core', () => {
    const doc = progressDocument({ report: report(true), lang: 'en', exportedAt });
    const steps = NRI.sections[1]?.questions[0]?.text.en as string;
    const chart = doc.blocks.find((b) => b.kind === 'chart' && b.caption === steps);
    assert.ok(chart && chart.kind === 'chart');
    assert.deepEqual(
      chart.bars.map((b) => [b.label, b.value]),
      [
        ['Yes', 1],
        ['Partly', 1],
        ['No', 0],
      ],
    );
    const words = texts(doc.blocks);
    assert.ok(words.includes(`Retention bonuses. ${SCRIPT}`));
    assert.ok(words.includes('Second paragraph javascript:alert(1)'));
    assert.ok(words.includes(`Secretariat on narratives ${SCRIPT}`));
    assert.ok(!words.includes('Des mesures.'), 'not selected');
    const none = progressDocument({ report: report(false), lang: 'en', exportedAt });
    assert.ok(!texts(none.blocks).some((w) => w.startsWith('Retention bonuses')));
    const figures = doc.blocks.find((b) => b.kind === 'table' && b.caption === 'Migration figures reported');
    assert.ok(figures && figures.kind === 'table');
    assert.deepEqual(figures.rows, [
      [
        'GHA',
        'Foreign-trained health workers (stock)',
        'medical-doctors',
        'NGA',
        '2025',
        '90',
        '80',
        'OECD.HEALTH_WFMI',
      ],
    ]);
  });

  it('ends with an annex per country, in the language asked for, its names given', () => {
    const names = { area: (c: string) => ({ GHA: 'Гана', FRA: 'Франция', KEN: 'Кения', NGA: 'Нигерия' })[c] };
    const doc = progressDocument({ report: report(true), lang: 'ru', exportedAt, names });
    const annex = doc.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === 'Приложение: отчетность по странам',
    );
    assert.ok(annex > 0);
    assert.equal(doc.blocks[annex - 1]?.kind, 'page-break');
    const after = texts(doc.blocks.slice(annex));
    assert.ok(after.includes('Ministry of Health, Ghana. Национальный доклад: принят.'));
    assert.ok(after.includes('Гана'), 'the country named in the language');
    assert.ok(after.includes('Ministère de la Santé. Национальный доклад: представлен.'));
    const narrative = doc.blocks.find((b) => b.kind === 'heading' && b.level === 3);
    assert.ok(narrative?.kind === 'heading' && narrative.text.startsWith('Гана: '));
    assert.equal(doc.metadata[0], 'Проект · Версия 3');
    const chart = doc.blocks.find((b) => b.kind === 'chart');
    assert.equal(chart?.kind === 'chart' && chart.bars[0]?.display, '1 из 2');
  });

  it('gives every table to the CSV with codes and numbers as data', () => {
    const doc = progressDocument({ report: report(true), lang: 'en', exportedAt, cells: 'data' });
    const tables = documentTables(doc);
    assert.ok(tables.length >= 5, `${tables.length} tables`);
    const agreements = tables.find((t) => t.title === 'Bilateral agreements notified');
    assert.deepEqual(agreements?.rows, [['GHA', 'GBR', 'bilateral', '2024-03-01', 'nurses']]);
  });
});
