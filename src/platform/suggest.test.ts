import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closest, didYouMean, editDistance } from './suggest.ts';

test('edit distance counts insertions, deletions, substitutions and adjacent swaps', () => {
  assert.equal(editDistance('stoc', 'stock'), 1);
  assert.equal(editDistance('GBR', 'gbr'), 0);
  assert.equal(editDistance('GRB', 'GBR'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('the closest code by spelling or by name, or none when nothing is near', () => {
  const areas = [
    { code: 'GBR', names: ['United Kingdom'] },
    { code: 'DEU', names: ['Germany', 'Allemagne'] },
    { code: 'KEN', names: ['Kenya'] },
  ];
  assert.equal(closest('GBRR', areas), 'GBR');
  assert.equal(closest('Germny', areas), 'DEU');
  assert.equal(closest('allemagne', areas), 'DEU');
  assert.equal(closest('United', areas), 'GBR');
  assert.equal(closest('ZZZZZZ', areas), undefined);
  assert.equal(closest('x'.repeat(10_000), areas), undefined);
  assert.equal(didYouMean('stoc', [{ code: 'stock' }, { code: 'density' }]), ' Did you mean "stock"?');
  assert.equal(didYouMean('qqqq', [{ code: 'stock' }]), '');
});
