import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LANGS } from '../../../../platform/i18n/langs.ts';
import type { ProgressContent } from '../../schemas-progress.ts';
import { formatChange, progressWords } from './messages.ts';

const row = (authorities: number, reports: number, prevA: number | null, prevR: number | null) => ({
  code: '_T',
  countries: 194,
  authorities,
  reports,
  previousAuthorities: prevA,
  previousReports: prevR,
  reportIds: [],
});

function content(total: ReturnType<typeof row>, previous = true): ProgressContent {
  return {
    round: { id: 2, year: 2015, label: '2015/16' },
    previous: previous ? { id: 1, year: 2012, label: '2012/13' } : null,
    inputsHash: 'x',
    participation: { total, byRegion: [], byIncome: [] },
    agreements: { notified: 65, list: [] },
    questions: [],
    narratives: [],
    figures: [],
    annexes: [],
    stakeholderReports: 2,
    editorial: { summary: '', sections: {} },
  };
}

describe('progress report words', () => {
  test('the participation summary against the previous round, as the WHA documents put it', () => {
    const w = progressWords(content(row(117, 74, 85, 56)), 'en');
    assert.equal(w.summary.authorities, '117 designated national authorities (+38% on the 2012/13 round)');
    assert.equal(w.summary.reports, '74 national reports received (+32% on the 2012/13 round)');
    assert.equal(w.summary.agreements, '65 bilateral agreements notified');
    assert.equal(w.summary.stakeholders, '2 independent stakeholder reports');
    assert.equal(w.title, 'Global progress report of the 2015/16 round of national reporting');
    assert.equal(w.groups.AFR, 'African Region');
    assert.equal(w.columns.previous_reports, 'Reports, 2012/13 round');
    assert.equal(w.reportStates['not-started'], 'not started');
  });

  test('singular, plural forms of each language, a first round and a previous count of zero', () => {
    assert.equal(
      progressWords(content(row(1, 0, null, null), false), 'en').summary.authorities,
      '1 designated national authority',
    );
    assert.equal(
      progressWords(content(row(3, 2, 0, 2)), 'en').summary.authorities,
      '3 designated national authorities (0 in the 2012/13 round)',
    );
    assert.equal(
      progressWords(content(row(3, 2, 0, 2)), 'en').summary.reports,
      '2 national reports received (0% on the 2012/13 round)',
    );
    assert.equal(
      progressWords(content(row(2, 1, null, null), false), 'ar').summary.authorities,
      'سلطتان وطنيتان معيّنتان',
    );
    assert.equal(
      progressWords(content(row(3, 1, null, null), false), 'ru').summary.authorities,
      '3 назначенных национальных органа',
    );
    assert.equal(
      progressWords(content(row(5, 1, null, null), false), 'ru').summary.authorities,
      '5 назначенных национальных органов',
    );
    assert.equal(
      progressWords(content(row(1, 1, null, null), false), 'fr').summary.reports,
      '1 rapport national reçu',
    );
  });

  test('every language has every word, and none is left in English where a translation is due', () => {
    const en = progressWords(content(row(117, 74, 85, 56)), 'en');
    for (const lang of LANGS) {
      const w = progressWords(content(row(117, 74, 85, 56)), lang);
      for (const value of [
        w.title,
        ...Object.values(w.headings),
        ...Object.values(w.summary),
        ...Object.values(w.groups),
      ])
        assert.ok(value.length > 0, `${lang}: empty`);
      if (lang !== 'en') assert.notEqual(w.headings.participation, en.headings.participation, lang);
      assert.match(w.summary.authorities, /117/, lang);
    }
  });

  test('changes are signed percentages in the language', () => {
    assert.equal(formatChange(0.37, 'en'), '+37%');
    assert.equal(formatChange(-0.05, 'en'), '-5%');
    assert.equal(formatChange(0, 'en'), '0%');
    assert.match(formatChange(0.37, 'fr'), /^\+37\s?%$/u);
  });
});
