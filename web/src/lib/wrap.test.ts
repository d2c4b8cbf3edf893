import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wrapLabel } from './wrap.ts';

test('a long label wraps at spaces and keeps every word, the year included', () => {
  const label = 'United Kingdom of Great Britain and Northern Ireland (2020)';
  const lines = wrapLabel(label, 20);
  assert.deepEqual(lines, ['United Kingdom of', 'Great Britain and', 'Northern Ireland', '(2020)']);
  assert.equal(lines.join(' '), label);
  assert.ok(lines.every((l) => l.length <= 20));
});

test('a word longer than a line is cut with a hyphen, never dropped', () => {
  assert.deepEqual(wrapLabel('Mecklenburgvorpommern 12', 8), ['Mecklen-', 'burgvor-', 'pommern', '12']);
});

test('a short label stays on one line', () => {
  assert.deepEqual(wrapLabel('Ghana (2020)', 30), ['Ghana (2020)']);
  assert.deepEqual(wrapLabel('', 30), ['']);
});
