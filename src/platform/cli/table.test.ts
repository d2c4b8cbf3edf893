import assert from 'node:assert/strict';
import { test } from 'node:test';
import Table from 'cli-table3';
import { renderAsciiTable } from './table.ts';

test('the fast drawing of ASCII tables is the one cli-table3 draws', () => {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const cell = () =>
    rand() < 0.15 ? '' : Math.round(rand() * 10 ** Math.floor(rand() * 7)).toLocaleString('en');
  for (let k = 0; k < 30; k++) {
    const cols = 1 + Math.floor(rand() * 8);
    const rows = Math.floor(rand() * 6);
    const head = Array.from({ length: cols }, (_, j) =>
      j === 0 ? '' : `c${'x'.repeat(Math.floor(rand() * 5))}`,
    );
    const body = Array.from({ length: rows }, () => Array.from({ length: cols }, cell));
    const right = new Set(head.map((_, j) => j).filter(() => rand() < 0.6));
    const expected = new Table({
      head,
      style: { head: [], border: [] },
      colAligns: head.map((_, j) => (right.has(j) ? 'right' : 'left')),
    });
    for (const r of body) expected.push(r);
    assert.equal(renderAsciiTable(head, body, right), expected.toString());
  }
});
