import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import nri from '../../../../data/questionnaires/nri-2027.json' with { type: 'json' };
import type { Block } from '../../../platform/documents/index.ts';
import {
  type Answers,
  type QuestionnaireDefinition,
  QuestionnaireDefinitionSchema,
} from '../../questionnaires/schemas.ts';
import { documentTables, type ReportDocumentInput, reportDocument } from './report-document.ts';

/** The national reporting instrument hwmo ships for the 2027/28 round. */
const NRI: QuestionnaireDefinition = QuestionnaireDefinitionSchema.parse(nri);

const SCRIPT = '<script>alert(1)</script>';
const LINK = 'javascript:alert(1)';

const ANSWERS: Answers = {
  'authority.designated': 'yes',
  'authority.organization': `Ministry of Health ${SCRIPT}`,
  'authority.date': '2027-03-14',
  'implementation.steps': 'partly',
  'implementation.stakeholders': ['ministry-of-health', 'trade-unions'],
  'implementation.measures': `First line\n${LINK}\n\nوزارة الصحة 卫生部`,
  'recruitment.laws': 'no',
  'recruitment.ssl': 'agreements-only',
  'agreements.any': 'yes',
  'agreements.count': 1234.5,
  'agreements.list': {
    rows: [
      { partner: 'GBR', type: 'bilateral', signed: '2014-03-01', cadres: SCRIPT, provisions: null },
      { partner: null, type: null, signed: null, cadres: '', provisions: null },
    ],
  },
  'data.foreign-trained-stock': {
    rows: [{ occupation: 'medical-doctors', country: 'NGA', year: 2026, count: 1500 }],
  },
  'data.source': { attachments: [7] },
};

function input(over: Partial<ReportDocumentInput> = {}, answers: Answers = ANSWERS): ReportDocumentInput {
  return {
    report: {
      id: 42,
      kind: 'national',
      roundLabel: '2027/28',
      area: 'GHA',
      areaName: 'Ghana',
      organisation: null,
      state: 'accepted',
      submittedAt: '2028-01-10T09:00:00.000Z',
      acceptedAt: '2028-02-01T09:00:00.000Z',
      publishedAt: null,
      answers,
    },
    questionnaire: NRI,
    comments: [
      { question: 'implementation.measures', body: `Please say more ${SCRIPT}` },
      { question: null, body: 'Thank you' },
    ],
    attachments: [{ id: 7, fileName: 'methods <b>.pdf' }],
    authority: 'Ghana Health Service',
    lang: 'en',
    exportedAt: new Date('2028-03-01T12:00:00Z'),
    names: { area: (c) => ({ GBR: 'United Kingdom', NGA: 'Nigeria' })[c] },
    ...over,
  };
}

type Question = Extract<Block, { kind: 'question' }>;
const questions = (blocks: Block[]) => blocks.filter((b): b is Question => b.kind === 'question');
const byNumber = (blocks: Block[], n: string) => {
  const q = questions(blocks).find((b) => b.number === n);
  assert.ok(q, `question ${n}`);
  return q;
};

describe('a report as a document', () => {
  it('has the country and round as title, its state, dates and authority, and the source in the footer', () => {
    const doc = reportDocument(input());
    assert.equal(doc.title, 'Ghana');
    assert.equal(doc.subtitle, 'National report on the WHO Global Code of Practice, 2027/28 reporting round');
    assert.deepEqual(doc.metadata.slice(0, 4), [
      'State: accepted',
      'Submitted on 10 January 2028',
      'Accepted on 1 February 2028',
      'Designated national authority: Ghana Health Service',
    ]);
    assert.match(
      doc.footer,
      /^hwmo, Health Worker Migration Observatory\. Source: .* report 42, 2027\/28 round/,
    );
    assert.match(doc.footer, /exported on 1 March 2028/);
  });

  it('numbers every question asked as the questionnaire does, leaving out those whose condition fails', () => {
    const doc = reportDocument(input());
    const numbers = questions(doc.blocks).map((q) => q.number);
    assert.equal(numbers[0], '1.1');
    assert.ok(numbers.includes('2.3'), 'asked: steps were partly taken');
    assert.ok(!numbers.includes('3.2'), 'not asked: no laws');
    assert.ok(numbers.includes('11.4'));
    assert.equal(byNumber(doc.blocks, '5.3').text, NRI.sections[4]?.questions[2]?.text.en);
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    assert.ok(headings.includes('1. Designated national authority'));
  });

  it('writes answers in words: options, yes/no/partly, numbers, dates, files, and "Not answered"', () => {
    const b = reportDocument(input()).blocks;
    assert.deepEqual(byNumber(b, '1.1').answer, { kind: 'text', lines: ['Yes'] });
    assert.deepEqual(byNumber(b, '1.2').answer, { kind: 'text', lines: [`Ministry of Health ${SCRIPT}`] });
    assert.deepEqual(byNumber(b, '1.3').answer, { kind: 'none', text: 'Not answered' });
    assert.deepEqual(byNumber(b, '1.4').answer, { kind: 'text', lines: ['14 March 2027'] });
    assert.deepEqual(byNumber(b, '2.1').answer, { kind: 'text', lines: ['Partly'] });
    const stakeholders = byNumber(b, '2.2').answer;
    assert.equal(stakeholders.kind, 'text');
    assert.equal(stakeholders.kind === 'text' && stakeholders.lines.length, 2);
    assert.deepEqual(byNumber(b, '2.3').answer, {
      kind: 'text',
      lines: ['First line', LINK, '', 'وزارة الصحة 卫生部'],
    });
    assert.deepEqual(byNumber(b, '3.1').answer, { kind: 'text', lines: ['No'] });
    const ssl = NRI.sections[2]?.questions[5];
    const option = ssl?.type === 'single-choice' ? ssl.options[1]?.text.en : undefined;
    assert.deepEqual(byNumber(b, '3.6').answer, { kind: 'text', lines: [option] });
    assert.deepEqual(byNumber(b, '5.2').answer, { kind: 'text', lines: ['1,234.5 agreements'] });
    assert.deepEqual(byNumber(b, '8.10').answer, { kind: 'text', lines: ['methods <b>.pdf'] });
    assert.deepEqual(byNumber(b, '8.5').answer, { kind: 'none', text: 'Not answered' });
  });

  it('renders table answers under their column headings, choices as labels, empty rows left out', () => {
    const q = byNumber(reportDocument(input()).blocks, '5.3');
    assert.equal(q.answer.kind, 'table');
    if (q.answer.kind !== 'table') return;
    assert.deepEqual(q.answer.header.length, 5);
    assert.deepEqual(q.answer.rows, [['United Kingdom', 'Bilateral agreement', '1 March 2014', SCRIPT, '']]);
    const stock = byNumber(reportDocument(input()).blocks, '8.3').answer;
    assert.equal(stock.kind === 'table' && stock.numeric?.join(), 'false,false,true,true');
  });

  it('puts the secretariat’s comments under their question and the general ones first', () => {
    const doc = reportDocument(input());
    assert.deepEqual(byNumber(doc.blocks, '2.3').comments, [`Please say more ${SCRIPT}`]);
    assert.deepEqual(byNumber(doc.blocks, '2.1').comments, []);
    assert.deepEqual(doc.blocks[1], { kind: 'list', items: ['Thank you'] });
  });

  it('speaks the language asked for, the questionnaire’s texts included', () => {
    const fr = reportDocument(input({ lang: 'fr', names: {} }));
    assert.equal(fr.metadata[0], 'État : accepté');
    assert.equal(
      byNumber(fr.blocks, '1.1').answer.kind === 'text' && byNumber(fr.blocks, '1.1').answer,
      byNumber(fr.blocks, '1.1').answer,
    );
    assert.deepEqual(byNumber(fr.blocks, '2.1').answer, { kind: 'text', lines: ['En partie'] });
    assert.deepEqual(byNumber(fr.blocks, '1.3').answer, { kind: 'none', text: 'Sans réponse' });
    assert.equal(byNumber(fr.blocks, '1.1').text, NRI.sections[0]?.questions[0]?.text.fr);
    assert.deepEqual(byNumber(fr.blocks, '5.2').answer, { kind: 'text', lines: ['1\u202f234,5 accords'] });
    const ar = reportDocument(input({ lang: 'ar' }));
    assert.equal(ar.metadata[3], 'السلطة الوطنية المعيّنة: Ghana Health Service');
    assert.deepEqual(byNumber(ar.blocks, '3.1').answer, { kind: 'text', lines: ['لا'] });
    const zh = reportDocument(input({ lang: 'zh' }));
    assert.deepEqual(byNumber(zh.blocks, '1.3').answer, { kind: 'none', text: '未答复' });
  });

  it('keeps codes, numbers and dates as data for CSV, and lists every table titled by its question', () => {
    const doc = reportDocument(input({ cells: 'data' }));
    const tables = documentTables(doc);
    assert.deepEqual(
      tables.map((t) => t.title.split(' ')[0]),
      ['5.3', '8.3'],
    );
    assert.deepEqual(tables[0]?.rows, [['GBR', 'Bilateral agreement', '2014-03-01', SCRIPT, '']]);
    assert.deepEqual(tables[1]?.rows, [['medical-doctors', 'NGA', '2026', '1500']]);
  });

  it('names a stakeholder report by its organisation, and an empty report answers nothing', () => {
    const doc = reportDocument(
      input({
        report: {
          ...input().report,
          kind: 'stakeholder',
          organisation: `Nurses ${SCRIPT}`,
          area: null,
          areaName: null,
          state: 'draft',
          submittedAt: null,
          acceptedAt: null,
          answers: {},
        },
        comments: [],
      }),
    );
    assert.equal(doc.title, `Nurses ${SCRIPT}`);
    assert.deepEqual(doc.metadata.slice(0, 2), ['State: draft', `Organisation: Nurses ${SCRIPT}`]);
    const asked = questions(doc.blocks);
    assert.ok(asked.every((q) => q.answer.kind === 'none'));
    assert.ok(!asked.some((q) => q.number === '1.2'), 'not asked before 1.1 is answered');
  });
});
