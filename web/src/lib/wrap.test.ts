import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wrapLabel, wrapText } from './wrap.ts';

// A monospaced measure: each character one unit wide.
const mono = (s: string) => s.length;

test('text wraps by words to the width, keeping every word', () => {
  const text = 'Source: World Health Organization; OECD, Health Workforce Migration (2011–2022)';
  const lines = wrapText(text, 30, mono);
  assert.ok(lines.length > 1);
  for (const line of lines) assert.ok(line.length <= 30, line);
  assert.equal(lines.join(' '), text);
  assert.ok(lines.every((l) => !l.startsWith(' ') && !l.endsWith(' ')));
});

test('a word longer than the width is split, never dropped', () => {
  const url = 'https://example.org/a-very-long-path-without-any-space';
  const lines = wrapText(`See ${url} here`, 12, mono);
  for (const line of lines) assert.ok(line.length <= 12, line);
  assert.equal(lines.join('').replace(/\s/g, ''), `See${url}here`);
});

test('short text stays on one line; empty text gives none', () => {
  assert.deepEqual(wrapText('Density, 2020', 80, mono), ['Density, 2020']);
  assert.deepEqual(wrapText('   ', 80, mono), []);
});

test('a long chart label wraps at spaces and keeps every word, the year included', () => {
  const label = 'United Kingdom of Great Britain and Northern Ireland (2020)';
  const lines = wrapLabel(label, 20);
  assert.deepEqual(lines, ['United Kingdom of', 'Great Britain and', 'Northern Ireland', '(2020)']);
  assert.equal(lines.join(' '), label);
});

test('a chart label word longer than a line is split, never dropped; an empty label is one line', () => {
  const lines = wrapLabel('Mecklenburgvorpommern 12', 8);
  for (const line of lines) assert.ok(line.length <= 8, line);
  assert.equal(lines.join('').replace(/\s/g, ''), 'Mecklenburgvorpommern12');
  assert.deepEqual(wrapLabel('Ghana (2020)', 30), ['Ghana (2020)']);
  assert.deepEqual(wrapLabel('', 30), ['']);
});
