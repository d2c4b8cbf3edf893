import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../../platform/errors.ts';
import { compareMirrorFlows, type MirrorReport } from './mirror.ts';

// Three areas, all six streams; A's destinations report 2× what A sends, B reports receiving 0.5× what is sent to it.
const sent: Record<string, number> = { AB: 100, AC: 40, BA: 60, BC: 80, CA: 30, CB: 50 };
const bias = (o: string, d: string): number => (o === 'A' ? 2 : 1) * (d === 'B' ? 0.5 : 1);
const threeAreas: MirrorReport[] = Object.entries(sent).map(([k, s]) => {
  const [o, d] = [k[0] as string, k[1] as string];
  return { origin: o, destination: d, sentByOrigin: s, receivedByDestination: s * bias(o, d) };
});

const isInvalid = (pattern: RegExp) => (e: unknown) =>
  e instanceof AppError && e.code === 'invalid_input' && pattern.test(e.message);

describe('compareMirrorFlows', () => {
  test('pair ratios, log ratios and differences', () => {
    const r = compareMirrorFlows(threeAreas, { reference: 'C' });
    const ac = r.comparisons.find((c) => c.origin === 'A' && c.destination === 'C');
    assert.ok(ac);
    assert.equal(ac.ratio, 2);
    assert.ok(Math.abs(ac.logRatio - Math.log(2)) < 1e-12);
    assert.equal(ac.absDifference, 40);
    assert.ok(Math.abs(ac.relativeDifference - 40 / 60) < 1e-12);
  });

  test('recovers the sender and receiver biases with RSS ≈ 0 (reference C)', () => {
    const r = compareMirrorFlows(threeAreas, { reference: 'C' });
    const f = Object.fromEntries(r.areas.map((a) => [a.area, a]));
    assert.ok(Math.abs((f.A?.sendingFactor as number) - 2) < 1e-9);
    assert.ok(Math.abs((f.B?.sendingFactor as number) - 1) < 1e-9);
    assert.ok(Math.abs((f.A?.receivingFactor as number) - 1) < 1e-9);
    assert.ok(Math.abs((f.B?.receivingFactor as number) - 2) < 1e-9);
    assert.equal(f.C?.sendingFactor, 1);
    assert.equal(f.C?.receivingFactor, 1);
    // Every stream's ratio is s_origin / r_destination.
    for (const c of r.comparisons) {
      const s = f[c.origin]?.sendingFactor as number;
      const rr = f[c.destination]?.receivingFactor as number;
      assert.ok(Math.abs(c.ratio - s / rr) < 1e-9, `${c.origin}→${c.destination}`);
    }
    assert.ok(r.fit);
    assert.ok(r.fit.residualSumOfSquares < 1e-20);
    assert.equal(r.fit.pairsUsed, 6);
    assert.equal(r.fit.parameters, 4);
    assert.equal(r.fit.degreesOfFreedom, 2);
    assert.ok(Math.abs((r.fit.rSquared as number) - 1) < 1e-12);
    assert.deepEqual(r.unidentified, []);
  });

  test('default reference is the area in most usable pairs', () => {
    const r = compareMirrorFlows([
      ...threeAreas,
      { origin: 'C', destination: 'D', sentByOrigin: 10, receivedByDestination: 12 },
    ]);
    assert.equal(r.fit?.reference, 'C');
  });

  test('one-sided pairs are counted', () => {
    const r = compareMirrorFlows([
      { origin: 'A', destination: 'B', sentByOrigin: 10, receivedByDestination: 12 },
      { origin: 'B', destination: 'A', sentByOrigin: 5, receivedByDestination: null },
      { origin: 'A', destination: 'C', sentByOrigin: null, receivedByDestination: 7 },
      { origin: 'C', destination: 'A', sentByOrigin: null, receivedByDestination: 3 },
      { origin: 'B', destination: 'C', sentByOrigin: null, receivedByDestination: null },
    ]);
    assert.deepEqual(
      { ...r.counts },
      { pairs: 5, both: 1, originOnly: 1, destinationOnly: 2, neither: 1, oneSidedShare: 3 / 4 },
    );
    assert.equal(r.comparisons.length, 1);
    assert.deepEqual(
      r.reportedBy.map((p) => p.reportedBy),
      ['both', 'origin_only', 'destination_only', 'destination_only', 'neither'],
    );
  });

  test('a zero side is excluded with a reason and left out of the model', () => {
    const r = compareMirrorFlows(
      [...threeAreas, { origin: 'C', destination: 'D', sentByOrigin: 0, receivedByDestination: 4 }],
      { reference: 'C' },
    );
    assert.deepEqual(r.excluded, [{ origin: 'C', destination: 'D', reason: 'zero_sent' }]);
    assert.equal(r.fit?.pairsUsed, 6);
    assert.ok(!r.comparisons.some((c) => c.destination === 'D'));
    assert.deepEqual(r.unidentified, ['D']);
  });

  test('areas not connected to the reference are reported unidentified with null factors', () => {
    const r = compareMirrorFlows(
      [...threeAreas, { origin: 'D', destination: 'E', sentByOrigin: 10, receivedByDestination: 20 }],
      { reference: 'C' },
    );
    assert.deepEqual(r.unidentified, ['D', 'E']);
    const d = r.areas.find((a) => a.area === 'D');
    const e = r.areas.find((a) => a.area === 'E');
    assert.equal(d?.sendingFactor, null);
    assert.equal(e?.receivingFactor, null);
    assert.equal(r.fit?.pairsUsed, 6);
    assert.equal(r.comparisons.find((c) => c.origin === 'D')?.residual, null);
    assert.ok(r.fit && r.fit.residualSumOfSquares < 1e-20);
  });

  test('NaN, negative, duplicate and unknown-reference inputs are refused', () => {
    assert.throws(
      () =>
        compareMirrorFlows([
          { origin: 'A', destination: 'B', sentByOrigin: Number.NaN, receivedByDestination: 1 },
        ]),
      isInvalid(/A → B.*sentByOrigin/),
    );
    assert.throws(
      () =>
        compareMirrorFlows([{ origin: 'A', destination: 'B', sentByOrigin: 1, receivedByDestination: -3 }]),
      isInvalid(/A → B.*negative/),
    );
    assert.throws(
      () => compareMirrorFlows([...threeAreas, threeAreas[0] as MirrorReport]),
      isInvalid(/more than once/),
    );
    assert.throws(() => compareMirrorFlows(threeAreas, { reference: 'Z' }), isInvalid(/reference Z/));
  });
});
