import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { closingYear, closingYears, gapPath } from './gap.ts';

describe('gapPath', () => {
  it('is need minus supply, positive for a shortage', () => {
    assert.deepEqual(
      Array.from(gapPath(Float64Array.from([100, 110]), Float64Array.from([80, 120]))),
      [20, -10],
    );
    assert.throws(() => gapPath(new Float64Array(2), new Float64Array(3)), RangeError);
  });
});

describe('closingYear', () => {
  it('is the first year from which the gap stays closed to the end', () => {
    // Closed in 2027, open again in 2028, closed from 2029 on.
    assert.equal(closingYear(Float64Array.from([30, 10, -5, 2, 0, -8]), 2025), 2029);
    assert.equal(closingYear(Float64Array.from([-1, -2]), 2025), 2025);
  });

  it('is null when the last year still has a shortage', () => {
    assert.equal(closingYear(Float64Array.from([-10, -5, 1]), 2025), null);
    assert.equal(closingYear(new Float64Array(0), 2025), null);
  });

  it('is found for each cell of many', () => {
    assert.deepEqual(closingYears(Float64Array.from([5, -1, -1, 5, 5, 5]), 2, 2030), [2031, null]);
    assert.throws(() => closingYears(new Float64Array(5), 2, 2030), /not 2 equal paths/);
  });
});
