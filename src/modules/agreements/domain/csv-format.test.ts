import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileRowRef, isCalendarDate, parseCaps, parseParties, sniffSeparator } from './csv-format.ts';

describe('agreements CSV cells', () => {
  test('the separator is read from the header line, not from lists inside cells', () => {
    assert.equal(sniffSeparator('id,title,parties\n1,A,GBR:destination;KEN:origin'), ',');
    assert.equal(sniffSeparator('id;title;parties\r\n1;A;"GBR:destination;KEN:origin"'), ';');
    assert.equal(sniffSeparator('id\ttitle\tparties\n'), '\t');
    assert.equal(sniffSeparator('"a;b",c\n'), ',');
  });

  test('dates must exist', () => {
    assert.deepEqual(
      ['2024-02-29', '2023-02-29', '2021-13-01', '2021-1-01', '11/11/2021'].map(isCalendarDate),
      [true, false, false, false, false],
    );
  });

  test('parties, with an organisation after a second colon', () => {
    assert.deepEqual(parseParties('gbr:destination:Hampshire Hospitals NHS FT; KEN:origin'), {
      ok: true,
      value: [
        { area: 'GBR', side: 'destination', organisation: 'Hampshire Hospitals NHS FT' },
        { area: 'KEN', side: 'origin', organisation: null },
      ],
    });
    assert.deepEqual(parseParties('GBR:receiving'), {
      ok: false,
      problem: { code: 'party_side', params: { item: 'GBR:receiving', side: 'receiving' } },
    });
    assert.equal(parseParties('GBR;KEN').ok, false);
  });

  test('caps, and the reference of a numbered row', () => {
    assert.deepEqual(parseCaps('nursing-personnel:500/year;*:1000/total'), {
      ok: true,
      value: [
        { occupation: 'nursing-personnel', max: 500, per: 'year' },
        { occupation: null, max: 1000, per: 'total' },
      ],
    });
    assert.equal(parseCaps('nurses:500/week').ok, false);
    assert.equal(fileRowRef('data/recruitment/gbr-agreements.csv', '2'), 'gbr-agreements#2');
  });
});
