import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { render } from '../../../platform/i18n/messages.ts';
import { isOutOfRange, notANumber, parseNumber, parseYear, scale } from './numbers.ts';

describe('parseNumber', () => {
  test('gives NaN for numbers no float holds, so none is stored as Infinity or 0', () => {
    for (const raw of ['1e309', '-1e309', '9'.repeat(400), `${'9'.repeat(400)}.5`, '1e-400']) {
      assert.ok(Number.isNaN(parseNumber(raw)), raw);
      assert.ok(isOutOfRange(raw), raw);
    }
    assert.equal(parseNumber('0e-400'), 0);
    assert.equal(parseNumber('1.7e308'), 1.7e308);
    assert.equal(isOutOfRange('abc'), false);
    assert.match(render(notANumber('1e309')), /beyond the range/);
    assert.match(render(notANumber('abc')), /is not a number/);
    assert.match(render(notANumber('abc'), 'fr'), /n'est pas un nombre/);
  });

  test('reads plain, negative, signed and exponent numbers', () => {
    assert.equal(parseNumber('203907'), 203907);
    assert.equal(parseNumber('12.41'), 12.41);
    assert.equal(parseNumber('-3.5'), -3.5);
    assert.equal(parseNumber('+7'), 7);
    assert.equal(parseNumber('\u22124'), -4);
    assert.equal(parseNumber('1.5e3'), 1500);
    assert.equal(parseNumber('2E-2'), 0.02);
    assert.equal(parseNumber('.5'), 0.5);
    assert.equal(parseNumber('  42 '), 42);
  });

  test('reads thousands separated by no-break, narrow no-break and plain spaces', () => {
    assert.equal(parseNumber('1\u00a0014\u00a0538'), 1014538);
    assert.equal(parseNumber('1\u202f014\u202f538'), 1014538);
    assert.equal(parseNumber('1 014 538'), 1014538);
    assert.equal(parseNumber('16\u00a0587.5'), 16587.5);
    assert.equal(parseNumber('1,014,538'), 1014538);
  });

  test('treats .., empty, - and NA as missing', () => {
    for (const missing of ['', '  ', '..', '-', ':', 'NA', 'n/a'])
      assert.equal(parseNumber(missing), null, missing);
  });

  test('returns NaN for text that is not a number', () => {
    for (const bad of ['abc', '12a', '1 2', '12,4', '1.2.3', '12%', '1,2,3']) {
      assert.ok(Number.isNaN(parseNumber(bad)), bad);
    }
  });

  test('reads a decimal comma only when the file uses one', () => {
    assert.equal(parseNumber('12,4', true), 12.4);
    assert.equal(parseNumber('-0,5', true), -0.5);
    assert.equal(parseNumber('1.234,5', true), 1234.5);
    assert.equal(parseNumber('1\u00a0234,5', true), 1234.5);
    assert.equal(parseNumber('10', true), 10);
    assert.ok(Number.isNaN(parseNumber('12,4')));
    assert.ok(Number.isNaN(parseNumber('1,2,3', true)));
  });
});

describe('parseYear', () => {
  test('reads four-digit years, years typed as numbers and dates from spreadsheets', () => {
    assert.equal(parseYear('2020'), 2020);
    assert.equal(parseYear(' 2020 '), 2020);
    assert.equal(parseYear('2020.0'), 2020);
    assert.equal(parseYear('2020-01-01'), 2020);
    assert.equal(parseYear('2020-01-01T00:00:00.000Z'), 2020);
  });

  test('refuses what is not a year', () => {
    for (const bad of ['20', '2020-2021', '2020-01', 'FY2020', '2e03', '', 'Year'])
      assert.equal(parseYear(bad), null, bad);
  });
});

test('scale multiplies without binary noise', () => {
  assert.equal(scale(0.123, 10), 1.23);
  assert.equal(scale(0.44412, 100), 44.412);
  assert.equal(scale(1.5, 1000), 1500);
});

describe('scale', () => {
  test('gives NaN when the product is not finite or a non-zero value vanishes', () => {
    assert.ok(Number.isNaN(scale(5, 10 ** 400)));
    assert.ok(Number.isNaN(scale(5, 10 ** -400)));
    assert.ok(Number.isNaN(scale(1.7e308, 10)));
    assert.equal(scale(0, 10 ** -400), 0);
    assert.equal(scale(0.123, 10), 1.23);
  });
});
