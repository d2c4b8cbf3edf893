import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError, cutQuoted, quoteValue } from './errors.ts';

test('a quoted value is cut to a readable length, saying how long it was', () => {
  assert.equal(quoteValue('stoc'), '"stoc"');
  const big = 'x'.repeat(16 * 1024 * 1024);
  const q = quoteValue(big);
  assert.ok(q.length < 120, q);
  assert.match(q, /^"x{80}"…\(16777216 characters\)$/);
});

test('every message, detail and listed error of an AppError quotes values cut short', () => {
  const cell = '9'.repeat(16 * 1024 * 1024);
  const message = `value ${JSON.stringify(cell)} is not a number`;
  const e = new AppError('invalid_file', message, {
    detail: message,
    location: { file: 'a.csv', row: 2, column: cell },
    errors: [{ row: 2, column: 'value', message }],
  });
  for (const text of [e.message, e.detail ?? '', e.errors[0]?.message ?? '', e.location?.column ?? '']) {
    assert.ok(text.length < 500, `${text.length} characters`);
    assert.match(text, /16777216 characters/);
  }
  assert.equal(cutQuoted('unknown measure "stoc"'), 'unknown measure "stoc"');
  assert.equal(cutQuoted('a'.repeat(5000)).length < 2100, true);
});
