import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { preview, textCell } from './text.ts';

describe('textCell', () => {
  test('trims, repairs and turns empty cells into null', () => {
    assert.equal(textCell('  SantÃ©  '), 'Santé');
    assert.equal(textCell('   '), null);
    assert.equal(textCell(undefined), null);
  });
});

test('preview shortens long rows for messages', () => {
  assert.equal(preview(['a', 'b']), 'a,b');
  assert.equal(preview(['x'.repeat(100)], 10), `${'x'.repeat(10)}…`);
});
