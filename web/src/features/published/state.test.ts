import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  apiPath,
  exportPaths,
  filtered,
  highlight,
  historyRows,
  hitTarget,
  PAGE_SIZE,
  pageCount,
  paramsOf,
  type ReportingHistory,
  resolveCountry,
  searchedWords,
  viewFromQuery,
} from './state.ts';

const view = (q: string) => viewFromQuery(new URLSearchParams(q));

test('a URL gives the view; malformed filters are left out rather than sent to the API', () => {
  assert.deepEqual(view('q=%20recruitment%20agencies%20&area=gha&round=2024&kind=national&page=3&lang=fr'), {
    q: 'recruitment agencies',
    area: 'GHA',
    round: 2024,
    kind: 'national',
    page: 3,
  });
  assert.deepEqual(view('area=Ghana&round=20x4&kind=draft&page=-2'), {
    q: '',
    area: null,
    round: null,
    kind: null,
    page: 1,
  });
  assert.equal(view(`q=${'a'.repeat(300)}`).q.length, 200);
});

test('the view goes back into the URL and to the API, the page as an offset', () => {
  const v = view('q=nurses&area=KEN&round=2021&kind=stakeholder&page=2');
  assert.deepEqual(paramsOf(v), { q: 'nurses', area: 'KEN', round: 2021, kind: 'stakeholder', page: 2 });
  assert.equal(
    apiPath(v),
    `/api/published?q=nurses&area=KEN&round=2021&kind=stakeholder&limit=${PAGE_SIZE}&offset=${PAGE_SIZE}`,
  );
  assert.deepEqual(paramsOf(view('')), { q: null, area: null, round: null, kind: null, page: null });
  assert.equal(apiPath(view('')), `/api/published?limit=${PAGE_SIZE}`);
  assert.equal(apiPath(view('q=a%26b%3Dc')), `/api/published?q=a%26b%3Dc&limit=${PAGE_SIZE}`);
  assert.equal(filtered(view('')), false);
  assert.equal(filtered(view('kind=progress')), true);
});

test('pages of results', () => {
  assert.equal(pageCount(0), 1);
  assert.equal(pageCount(PAGE_SIZE), 1);
  assert.equal(pageCount(PAGE_SIZE + 1), 2);
});

test('the searched words as websearch reads them: phrases split, excluded words and "or" left out', () => {
  assert.deepEqual(searchedWords('Bilateral "mutual recognition" -nurses or Agreements'), [
    'bilateral',
    'mutual',
    'recognition',
    'agreements',
  ]);
  assert.deepEqual(searchedWords('-"not this" "unclosed phrase'), ['unclosed', 'phrase']);
  assert.deepEqual(searchedWords('  '), []);
  assert.deepEqual(searchedWords('Émigration, médecins'), ['émigration', 'médecins']);
});

test('an excerpt is cut into found words and the rest, whole words in any case, markup kept as text', () => {
  assert.deepEqual(highlight('Twinning with Ghana; twinning programmes', 'twinning'), [
    { text: 'Twinning', mark: true },
    { text: ' with Ghana; ', mark: false },
    { text: 'twinning', mark: true },
    { text: ' programmes', mark: false },
  ]);
  // Part of a longer word is not a found word (the simple configuration matches whole words).
  assert.deepEqual(highlight('retraining', 'training'), [{ text: 'retraining', mark: false }]);
  const hostile = '<script>alert(1)</script> zebra';
  const parts = highlight(hostile, 'zebra script');
  assert.equal(parts.map((p) => p.text).join(''), hostile);
  assert.deepEqual(
    parts.filter((p) => p.mark).map((p) => p.text),
    ['script', 'script', 'zebra'],
  );
  // Characters that mean something in a regular expression are searched as themselves.
  assert.deepEqual(highlight('a (b) c', '(b)'), [
    { text: 'a (', mark: false },
    { text: 'b', mark: true },
    { text: ') c', mark: false },
  ]);
  assert.deepEqual(highlight('متطلبات الترخيص', 'الترخيص'), [
    { text: 'متطلبات ', mark: false },
    { text: 'الترخيص', mark: true },
  ]);
  assert.deepEqual(highlight('nothing here', ''), [{ text: 'nothing here', mark: false }]);
  assert.deepEqual(highlight('', 'word'), []);
});

test('where a hit is read and downloaded', () => {
  assert.deepEqual(hitTarget({ kind: 'national', id: 7, roundYear: 2024 }), {
    path: '/reporting/report',
    params: { id: 7 },
  });
  assert.deepEqual(hitTarget({ kind: 'progress', id: 3, roundYear: 2024 }), {
    path: '/reporting/progress',
    params: { round: 2024 },
  });
  assert.deepEqual(
    exportPaths({ kind: 'stakeholder', id: 9 }).map((e) => e.path),
    ['/api/reports/9/export.pdf', '/api/reports/9/export.docx', '/api/reports/9/export.csv'],
  );
  assert.deepEqual(exportPaths({ kind: 'progress', id: 3 }), []);
});

const NAMES = [
  { code: 'CIV', name: 'Côte d’Ivoire' },
  { code: 'GHA', name: 'Ghana' },
  { code: 'GBR', name: 'Royaume-Uni' },
  { code: 'DOM', name: 'République dominicaine' },
  { code: 'CZE', name: 'Tchéquie' },
  { code: 'AFG', name: 'Afghanistan' },
];

test('a typed country: its whole name in any case or accents, its code, or the one name holding the text', () => {
  assert.equal(resolveCountry('ghana', NAMES), 'GHA');
  assert.equal(resolveCountry('cote d’ivoire', NAMES), 'CIV');
  assert.equal(resolveCountry('royaume uni', NAMES), 'GBR');
  assert.equal(resolveCountry('gbr', NAMES), 'GBR');
  assert.equal(resolveCountry('tchéq', NAMES), 'CZE');
  assert.equal(resolveCountry('gha', NAMES), 'GHA');
  assert.equal(resolveCountry('istan', NAMES), 'AFG');
  // "r" is in several names, and "r" starts two: no guess.
  assert.equal(resolveCountry('r', NAMES), null);
  assert.equal(resolveCountry('ré', NAMES), 'DOM');
  assert.equal(resolveCountry('Atlantis', NAMES), null);
  assert.equal(resolveCountry('  ', NAMES), null);
});

test('a reporting history, the latest round first, reports as the API let the reader see them', () => {
  const summary = {
    id: 11,
    roundId: 2,
    roundYear: 2024,
    roundLabel: '2024/25',
    kind: 'national' as const,
    area: 'GHA',
    areaName: 'Ghana',
    organisation: null,
    organisationType: null,
    state: 'published' as const,
    version: 4,
    updatedAt: '2025-01-02T00:00:00.000Z',
    submittedAt: '2024-12-01T00:00:00.000Z',
    acceptedAt: '2024-12-15T00:00:00.000Z',
    publishedAt: '2025-01-02T00:00:00.000Z',
  };
  const h: ReportingHistory = {
    area: 'GHA',
    areaName: 'Ghana',
    rounds: [
      { round: { id: 1, year: 2021, label: '2021/22', state: 'published' }, authority: null, report: null },
      {
        round: { id: 2, year: 2024, label: '2024/25', state: 'open' },
        authority: 'Ghana Health Service',
        report: summary,
      },
    ],
  };
  assert.deepEqual(historyRows(h), [
    {
      roundId: 2,
      year: 2024,
      label: '2024/25',
      roundState: 'open',
      authority: 'Ghana Health Service',
      report: { id: 11, state: 'published', publishedAt: '2025-01-02T00:00:00.000Z' },
    },
    { roundId: 1, year: 2021, label: '2021/22', roundState: 'published', authority: null, report: null },
  ]);
});
