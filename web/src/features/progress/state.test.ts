import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ProgressReport, Round } from './api.ts';
import {
  changes,
  compared,
  differenceOf,
  differingParts,
  distinctSources,
  editOf,
  exportPath,
  groupRow,
  paragraphs,
  reportRounds,
  roundOf,
  sourceTarget,
  unavailableOf,
  withoutEmpty,
} from './state.ts';

const round = (id: number, year: number, state: Round['state']): Round => ({
  id,
  year,
  label: `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
  opensOn: `${year}-01-01`,
  closesOn: `${year}-12-31`,
  state,
  questionnaireId: 1,
  questionnaireVersion: '2027',
  stakeholderQuestionnaireId: null,
  stakeholderQuestionnaireVersion: null,
  openedAt: null,
  closedAt: null,
  publishedAt: null,
  previousRoundId: null,
});

const narrative = (id: string, selected: boolean) => ({
  id,
  source: { reportId: Number(id.split(':')[0]), area: 'GHA', question: 'lessons.lessons' },
  areaName: 'Ghana',
  questionText: { en: 'Lessons', fr: 'Leçons', es: 'Lecciones', ar: 'الدروس', ru: 'Уроки', zh: '经验' },
  text: 'Words',
  selected,
});

function report(editorial: ProgressReport['content']['editorial'], selected: string[]): ProgressReport {
  const row = {
    code: '_T',
    countries: 194,
    authorities: 2,
    reports: 2,
    previousAuthorities: null,
    previousReports: null,
    reportIds: [1, 2],
  };
  return {
    roundId: 1,
    state: 'draft',
    version: 3,
    content: {
      round: { id: 1, year: 2027, label: '2027/28' },
      previous: null,
      inputsHash: 'x',
      participation: { total: row, byRegion: [], byIncome: [] },
      agreements: { notified: 0, list: [] },
      questions: [],
      narratives: ['1:a', '2:b'].map((id) => narrative(id, selected.includes(id))),
      figures: [],
      annexes: [],
      stakeholderReports: 0,
      editorial,
    },
    generatedAt: '2028-01-01T00:00:00.000Z',
    generatedBy: 'x',
    updatedAt: '2028-01-01T00:00:00.000Z',
    updatedBy: 'x',
    publishedAt: null,
    allowed: { edit: true, regenerate: true, publish: true },
  };
}

describe('the progress page’s derivations', () => {
  test('a round is asked for by its year, else by its id; anything else names none', () => {
    const rounds = [round(1, 2024, 'published'), round(2, 2027, 'closed')];
    assert.equal(roundOf(rounds, '2027')?.id, 2);
    assert.equal(roundOf(rounds, '1')?.year, 2024);
    assert.equal(roundOf(rounds, '2030'), null);
    assert.equal(roundOf(rounds, '2027abc'), null);
    assert.equal(roundOf(rounds, null), null);
  });

  test('the public finds published reports only; the secretariat also closed rounds, newest first', () => {
    const rounds = [round(1, 2024, 'published'), round(2, 2027, 'closed'), round(3, 2030, 'open')];
    assert.deepEqual(
      reportRounds(rounds, false).map((r) => r.year),
      [2024],
    );
    assert.deepEqual(
      reportRounds(rounds, true).map((r) => r.year),
      [2027, 2024],
    );
  });

  test('a count against the previous round: difference, and change only from a non-zero count', () => {
    assert.deepEqual(compared(3, 2), { now: 3, before: 2, diff: 1, ratio: 0.5 });
    assert.deepEqual(compared(3, 0), { now: 3, before: 0, diff: 3, ratio: null });
    assert.deepEqual(compared(3, null), { now: 3, before: null, diff: null, ratio: null });
    const row = groupRow({
      code: 'AFR',
      countries: 47,
      authorities: 2,
      reports: 1,
      previousAuthorities: 1,
      previousReports: 1,
      reportIds: [9],
    });
    assert.deepEqual([row.authorities.diff, row.reports.diff, row.reports.ratio], [1, 0, 0]);
  });

  test('a source is the report page at the question’s anchor; one link per report and question', () => {
    assert.deepEqual(sourceTarget({ reportId: 7, area: 'KEN', question: 'implementation.steps' }), {
      path: '/reporting/report',
      params: { id: 7 },
      hash: 'q-implementation.steps',
    });
    const refs = [
      { reportId: 1, area: 'GHA', question: 'q', row: 1 },
      { reportId: 1, area: 'GHA', question: 'q', row: 2 },
      { reportId: 2, area: 'KEN', question: 'q' },
    ];
    assert.deepEqual(
      distinctSources(refs).map((r) => r.reportId),
      [1, 2],
    );
  });

  test('a reported figure against the data core: none stored, the same, higher or lower', () => {
    assert.deepEqual(differenceOf({ reported: 90, stored: null }), { kind: 'none' });
    assert.deepEqual(differenceOf({ reported: 80, stored: 80 }), { kind: 'same' });
    assert.deepEqual(differenceOf({ reported: 90, stored: 80 }), { kind: 'higher', diff: 10, ratio: 0.125 });
    assert.deepEqual(differenceOf({ reported: 60, stored: 80 }), { kind: 'lower', diff: -20, ratio: -0.25 });
    assert.deepEqual(differenceOf({ reported: 5, stored: 0 }), { kind: 'higher', diff: 5, ratio: null });
  });

  test('two edits differ where their summary, a section or the narratives chosen differ', () => {
    const current = report({ summary: 'Theirs', sections: { figures: 'F' } }, ['1:a']);
    const mine = editOf(current);
    assert.deepEqual(differingParts(mine, editOf(current)), []);
    assert.equal(changes(mine, current), false);
    mine.editorial.summary = 'Mine';
    mine.editorial.sections.participation = 'P';
    mine.selectedNarratives = ['2:b'];
    assert.deepEqual(differingParts(mine, editOf(current)), [
      { kind: 'summary' },
      { kind: 'section', section: 'participation' },
      { kind: 'narratives' },
    ]);
    assert.equal(changes(mine, current), true);
    // An emptied field is no text at all; the order narratives were chosen in is no difference.
    const same = editOf(current);
    same.editorial.sections.agreements = '  ';
    assert.equal(changes(same, current), false);
    assert.deepEqual(withoutEmpty(same).editorial.sections, { figures: 'F' });
    const two = report({ summary: '', sections: {} }, ['1:a', '2:b']);
    assert.deepEqual(differingParts({ ...editOf(two), selectedNarratives: ['2:b', '1:a'] }, editOf(two)), []);
  });

  test('texts are cut into paragraphs at blank lines; hostile text stays text', () => {
    assert.deepEqual(paragraphs('One\nline\n\n  Two  \n\n\n'), ['One\nline', 'Two']);
    assert.deepEqual(paragraphs('   '), []);
    assert.deepEqual(paragraphs('<script>alert(1)</script>'), ['<script>alert(1)</script>']);
  });

  test('what an unreadable report means: unpublished for 401 and 403, not generated for the secretariat', () => {
    assert.equal(unavailableOf(401, false), 'not-published');
    assert.equal(unavailableOf(403, false), 'not-published');
    assert.equal(unavailableOf(404, true), 'not-generated');
    assert.equal(unavailableOf(500, true), null);
  });

  test('downloads name the format and the language', () => {
    assert.equal(exportPath(4, 'pdf', 'ar'), '/api/rounds/4/progress-report/export.pdf?lang=ar');
  });
});
