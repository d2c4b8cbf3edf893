import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AppError } from '../../../platform/errors.ts';
import { array3Get } from './array3.ts';
import { ffsDemo } from './ffs-demo.ts';
import { assertMatchesPrinted } from './printed-digits.test-helper.ts';

// Inputs and printed outputs: migest reference page ffs_demo.html (2.0.4; the examples and the function are unchanged
// in 2.0.5). `sum_od()` prints the origin-destination table with margins; the Sum row and column are checked against
// the summary's in- and out-migration.
const areas = ['A', 'B', 'C', 'D'];
const byRow = (v: number[]): number[][] => [0, 1, 2, 3].map((i) => v.slice(i * 4, i * 4 + 4));
/** `s1[,] <- c(...)` fills by column. */
const byCol = (v: number[]): number[][] =>
  [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => v[j * 4 + i] as number));

function checkOd(result: ReturnType<typeof ffsDemo>, printed: string): number {
  const rows = printed.trim().split('\n');
  const body = rows
    .slice(0, 4)
    .map((r) => r.trim().split(/\s+/).slice(0, 4).join(' '))
    .join('\n');
  const outSums = rows
    .slice(0, 4)
    .map((r) => r.trim().split(/\s+/)[4])
    .join(' ');
  const inSums = (rows[4] as string).trim().split(/\s+/).slice(0, 5).join(' ');
  let worst = assertMatchesPrinted(result.od, { printed: body, label: 'od' });
  worst = Math.max(
    worst,
    assertMatchesPrinted([result.summary.regions.map((r) => r.out)], {
      printed: outSums,
      label: 'out (Sum column)',
    }),
  );
  const inRow = [...result.summary.regions.map((r) => r.in), result.summary.totalFlows];
  worst = Math.max(worst, assertMatchesPrinted([inRow], { printed: inSums, label: 'in (Sum row)' }));
  return worst;
}

const abelStart = byRow([1000, 100, 10, 0, 55, 555, 50, 5, 80, 40, 800, 40, 20, 25, 20, 200]);
const abelEnd = byRow([950, 100, 60, 0, 80, 505, 75, 5, 90, 30, 800, 40, 40, 45, 0, 180]);

describe('ffs_demo: Abel (2013) Demographic Research / Abel & Sander (2014) Science example', () => {
  test('reproduces the published origin-destination flows exactly', (t) => {
    const r = ffsDemo({ areas, stockStart: abelStart, stockEnd: abelEnd });
    const expected = [
      [0, 0, 50, 0],
      [35, 0, 25, 0],
      [10, 10, 0, 0],
      [10, 10, 0, 0],
    ];
    let worst = 0;
    r.od.forEach((row, i) => {
      row.forEach((v, j) => {
        worst = Math.max(worst, Math.abs(v - (expected[i]?.[j] as number)));
      });
    });
    assert.ok(worst < 1e-9, `max |diff| ${worst}`);
    assert.ok(Math.abs(r.summary.totalFlows - 150) < 1e-9);
    assert.deepEqual(r.warnings, []);
    assert.ok(r.fits.every((f) => f.converged && f.rule === 'max-cell-change' && f.tol === 1e-3));
    t.diagnostic(`max |diff| ${worst}`);
  });

  test('the flow array by place of birth, stayers on the diagonal', (t) => {
    const r = ffsDemo({ areas, stockStart: abelStart, stockEnd: abelEnd });
    const printed = [
      '950 0 50 0\n0 100 0 0\n0 0 10 0\n0 0 0 0',
      '55 0 0 0\n25 505 25 0\n0 0 50 0\n0 0 0 5',
      '80 0 0 0\n10 30 0 0\n0 0 800 0\n0 0 0 40',
      '20 0 0 0\n0 25 0 0\n10 10 0 0\n10 10 0 180',
    ];
    let worst = 0;
    for (let k = 0; k < 4; k++) {
      const layer = [0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => array3Get(r.flows, [i, j, k])));
      worst = Math.max(
        worst,
        assertMatchesPrinted(layer, { printed: printed[k] as string, label: `pob ${areas[k]}` }),
      );
    }
    t.diagnostic(`max |diff| ${worst}`);
  });
});

describe('ffs_demo: migest examples without births and deaths', () => {
  const s1 = byCol([100, 20, 10, 20, 10, 55, 40, 25, 10, 25, 140, 20, 0, 10, 65, 200]);
  const s2 = byCol([70, 25, 10, 40, 30, 60, 55, 45, 10, 10, 140, 0, 10, 15, 50, 180]);
  const e1Printed = `
    0 20 0 10  30
    0  0 0  0   0
   15 15 0  5  35
   10 25 0  0  35
   25 60 0 15 100`;

  test('e1: International Migration Review example', (t) => {
    const r = ffsDemo({ areas, stockStart: s1, stockEnd: s2, births: [0, 0, 0, 0], deaths: [0, 0, 0, 0] });
    t.diagnostic(`max |diff| ${checkOd(r, e1Printed)}`);
  });

  test('e2: a distance seed is ignored under the stayer assumption (same output as e1), with a warning', (t) => {
    const dd = byRow([0, 5, 50, 500, 5, 0, 45, 495, 50, 45, 0, 450, 500, 495, 450, 0]);
    const r = ffsDemo({ areas, stockStart: s1, stockEnd: s2 }, { seed: dd });
    t.diagnostic(`max |diff| ${checkOd(r, e1Printed)}`);
    assert.deepEqual(
      r.warnings.map((w) => w.code),
      ['seed_ignored'],
    );
    const used = ffsDemo({ areas, stockStart: s1, stockEnd: s2 }, { seed: dd, seedWithStayers: true });
    assert.equal(used.warnings.length, 0);
    assert.ok(used.fits.every((f) => f.converged));
  });

  test('e7: Scientific Data 2019 example', (t) => {
    const a = byCol([100, 80, 30, 60, 10, 180, 10, 70, 10, 10, 140, 10, 0, 90, 40, 160]);
    const b = byCol([95, 75, 55, 35, 5, 225, 0, 25, 15, 5, 115, 25, 5, 55, 50, 215]);
    const r = ffsDemo({ areas, stockStart: a, stockEnd: b });
    const printed = `
     0.000000  5  7.857143 22.142857  35
     7.142857  0 12.142857 40.714286  60
    17.857143  5  0.000000  7.142857  30
     0.000000 35  0.000000  0.000000  35
    25.000000 45 20.000000 70.000000 160`;
    t.diagnostic(`max |diff| ${checkOd(r, printed)}`);
  });
});

describe('ffs_demo: migest examples with births and deaths', () => {
  const s1 = byCol([1000, 55, 80, 20, 100, 555, 40, 25, 10, 50, 800, 20, 0, 5, 40, 200]);
  const s2 = byCol([1060, 45, 70, 30, 60, 540, 75, 30, 10, 40, 770, 20, 10, 0, 70, 230]);
  const deaths = [70, 30, 50, 10];

  test('e3: Demographic Research example, open-dr', (t) => {
    const r = ffsDemo(
      { areas, stockStart: s1, stockEnd: s2, births: [80, 20, 40, 60], deaths },
      { birthplaceTotals: 'open-dr' },
    );
    const printed = `
     0.00000  8.502866 0.0000000  3.695332  12.19820
    26.42296  0.000000 0.4234563  9.855274  36.70169
     0.00000 34.183358 0.0000000 25.077888  59.26125
    11.46761 10.933241 1.3928875  0.000000  23.79374
    37.89057 53.619464 1.8163437 38.628494 131.95487`;
    t.diagnostic(`max |diff| ${checkOd(r, printed)}`);
  });

  test('e4: Demographic Research example, open', (t) => {
    const r = ffsDemo(
      { areas, stockStart: s1, stockEnd: s2, births: [80, 20, 40, 60], deaths },
      { birthplaceTotals: 'open' },
    );
    const printed = `
     0.00000  8.897732 0.0000000  3.852711  12.75044
    26.81098  0.000000 0.4296748 10.000000  37.24065
     0.00000 35.677466 0.0000000 26.145924  61.82339
    11.62571 11.251175 1.4120903  0.000000  24.28898
    38.43669 55.826373 1.8417650 39.998635 136.10346`;
    t.diagnostic(`max |diff| ${checkOd(r, printed)}`);
  });

  test('e5: Science supplementary example, rescale with before-demo-adjust (defaults)', (t) => {
    const r = ffsDemo({ areas, stockStart: s1, stockEnd: s2, births: [80, 20, 60, 60], deaths });
    const printed = `
    0.000000000  3.328563 0.0000000  3.242990   6.571552
    34.120952437  0.000000 0.5838738  9.809336  44.514162
    0.004365738 27.127753 0.0000000 25.711331  52.843450
    12.446119999  9.058478 2.2595262  0.000000  23.764124
    46.571438174 39.514794 2.8434001 38.763657 127.693289`;
    t.diagnostic(`max |diff| ${checkOd(r, printed)}`);
    assert.deepEqual(
      r.fits.map((f) => [f.step, f.converged]),
      [
        ['rescale start stocks', true],
        ['rescale end stocks', true],
        ['flows', true],
      ],
    );
    assert.equal(r.globalGap, 0);
  });

  test('e6: International Migration Review supplementary example, too many births in B', (t) => {
    const a = byCol([100, 20, 10, 20, 10, 55, 40, 25, 10, 25, 140, 20, 0, 10, 65, 200]);
    const b = byCol([75, 20, 30, 30, 25, 45, 40, 30, 5, 30, 150, 20, 0, 15, 60, 230]);
    const r = ffsDemo({
      areas,
      stockStart: a,
      stockEnd: b,
      births: [10, 50, 25, 60],
      deaths: [30, 10, 40, 10],
    });
    const printed = `
     0.00000 8.126216  0.000000 0.000000  8.126216
    15.45535 0.000000 18.081832 5.712864 39.250050
     0.00000 1.125679  0.000000 0.000000  1.125679
    17.66941 0.000000  8.043363 0.000000 25.712770
    33.12476 9.251895 26.125195 5.712864 74.214715`;
    t.diagnostic(`max |diff| ${checkOd(r, printed)}`);
    assert.deepEqual(
      r.warnings.map((w) => [w.code, w.area]),
      [['too_many_births', 'B']],
    );
  });
});

describe('ffs_demo: variants without a documented migest output', () => {
  // migest documents no example with stayer_assumption = FALSE or a non-default match_global, so these check the
  // accounting identities instead of printed digits.
  const s1 = byCol([1000, 55, 80, 20, 100, 555, 40, 25, 10, 50, 800, 20, 0, 5, 40, 200]);
  const s2 = byCol([1060, 45, 70, 30, 60, 540, 75, 30, 10, 40, 770, 20, 10, 0, 70, 230]);
  const input = { areas, stockStart: s1, stockEnd: s2, births: [80, 20, 60, 60], deaths: [70, 30, 50, 10] };

  function margins(r: ReturnType<typeof ffsDemo>): { orig: number[][]; dest: number[][] } {
    const orig = [0, 1, 2, 3].map((k) =>
      [0, 1, 2, 3].map((i) => [0, 1, 2, 3].reduce((s, j) => s + array3Get(r.flows, [i, j, k]), 0)),
    );
    const dest = [0, 1, 2, 3].map((k) =>
      [0, 1, 2, 3].map((j) => [0, 1, 2, 3].reduce((s, i) => s + array3Get(r.flows, [i, j, k]), 0)),
    );
    return { orig, dest };
  }

  test('stayer assumption off: the flow table has the matched stocks as margins and more movers', () => {
    const on = ffsDemo(input);
    const off = ffsDemo(input, { stayerAssumption: false });
    assert.ok(off.fits.every((f) => f.converged));
    const a = margins(on);
    const b = margins(off);
    for (let k = 0; k < 4; k++) {
      for (let i = 0; i < 4; i++) {
        // both fit the same rescaled stocks, whose row totals agree to the rescale residual (about 3e-3 here)
        assert.ok(Math.abs((a.orig[k]?.[i] as number) - (b.orig[k]?.[i] as number)) < 1e-2);
        assert.ok(Math.abs((a.dest[k]?.[i] as number) - (b.dest[k]?.[i] as number)) < 1e-2);
      }
    }
    assert.ok(off.summary.totalFlows > on.summary.totalFlows);
  });

  test('after-demo-adjust and none also balance the accounts when the stocks already agree with births − deaths', () => {
    const base = ffsDemo(input);
    for (const matchGlobal of ['after-demo-adjust', 'none'] as const) {
      const r = ffsDemo(input, { matchGlobal });
      assert.ok(r.fits.every((f) => f.converged));
      r.od.forEach((row, i) => {
        row.forEach((v, j) => {
          assert.ok(Math.abs(v - (base.od[i]?.[j] as number)) < 1e-9, `${matchGlobal} ${i},${j}`);
        });
      });
    }
  });

  test('before-demo-adjust puts the gap between stock change and births − deaths on the native-born', () => {
    const r = ffsDemo({ ...input, births: [90, 20, 60, 60] });
    assert.equal(r.globalGap, 10);
    assert.ok(r.fits.every((f) => f.converged));
    const after = ffsDemo({ ...input, births: [90, 20, 60, 60] }, { matchGlobal: 'after-demo-adjust' });
    assert.equal(after.globalGap, 0);
    assert.ok(after.fits.every((f) => f.converged));
    assert.throws(
      () => ffsDemo({ ...input, births: [90, 20, 60, 60] }, { matchGlobal: 'none' }),
      (e: unknown) => e instanceof AppError && /row targets sum to/.test(e.message),
    );
  });
});

describe('ffs_demo: failures', () => {
  test('non-convergence is reported as a warning with the residual', () => {
    // a tolerance the 30 iterations allowed cannot reach: the rescale fits stop unconverged but close enough for the
    // flow fit to go ahead
    const s1 = byCol([1000, 55, 80, 20, 100, 555, 40, 25, 10, 50, 800, 20, 0, 5, 40, 200]);
    const s2 = byCol([1060, 45, 70, 30, 60, 540, 75, 30, 10, 40, 770, 20, 10, 0, 70, 230]);
    const r = ffsDemo(
      { areas, stockStart: s1, stockEnd: s2, births: [80, 20, 60, 60], deaths: [70, 30, 50, 10] },
      { tol: 1e-14, maxIterations: 30 },
    );
    const rescale = r.fits.filter((f) => f.step.startsWith('rescale'));
    assert.ok(
      rescale.every((f) => !f.converged && f.iterations === 30 && f.residual > 0 && f.criterion >= 1e-14),
    );
    assert.deepEqual(
      r.warnings.filter((w) => w.code === 'not_converged').map((w) => w.step),
      ['rescale start stocks', 'rescale end stocks'],
    );
    assert.throws(
      () =>
        ffsDemo(
          { areas, stockStart: s1, stockEnd: s2, births: [80, 20, 60, 60], deaths: [70, 30, 50, 10] },
          { maxIterations: 2 },
        ),
      (e: unknown) => e instanceof AppError && /did not converge/.test(e.hint ?? ''),
    );
  });

  test('negative foreign-born stocks, NaN and mismatched sizes are refused; a negative native-born cell is repaired', () => {
    const bad = abelStart.map((row) => [...row]);
    (bad[0] as number[])[1] = -1;
    assert.throws(
      () => ffsDemo({ areas, stockStart: bad, stockEnd: abelEnd }),
      /stockStart\[0\]\[1\] is negative/,
    );
    const nan = abelStart.map((row) => [...row]);
    (nan[2] as number[])[2] = Number.NaN;
    assert.throws(() => ffsDemo({ areas, stockStart: nan, stockEnd: abelEnd }), /not a finite number/);
    assert.throws(
      () => ffsDemo({ areas: ['A', 'B', 'C'], stockStart: abelStart, stockEnd: abelEnd }),
      /must be 3 × 3/,
    );
    assert.throws(
      () => ffsDemo({ areas: ['A', 'B', 'B', 'D'], stockStart: abelStart, stockEnd: abelEnd }),
      /appears twice/,
    );
    const negativeNative = abelEnd.map((row) => [...row]);
    (negativeNative[3] as number[])[3] = -20;
    const r = ffsDemo(
      { areas, stockStart: abelStart, stockEnd: negativeNative },
      { matchGlobal: 'after-demo-adjust' },
    );
    assert.deepEqual(
      r.warnings.filter((w) => w.code === 'negative_native_born').map((w) => w.area),
      ['D'],
    );
    for (let i = 0; i < 4; i++) for (let k = 0; k < 4; k++) assert.ok(array3Get(r.flows, [i, 3, k]) >= 0);
  });

  test('an all-zero seed row under the independence model is reported for every birthplace that needs it', () => {
    const seed = [
      [0, 0, 0, 0],
      [1, 1, 1, 1],
      [1, 1, 1, 1],
      [1, 1, 1, 1],
    ];
    const r = ffsDemo({ areas, stockStart: abelStart, stockEnd: abelEnd }, { stayerAssumption: false, seed });
    const unreachable = r.warnings.filter((w) => w.code === 'unreachable_margin');
    assert.ok(unreachable.length > 0);
    assert.ok(unreachable.every((w) => w.step === 'flows' && w.area === 'A'));
    for (let j = 0; j < 4; j++) for (let k = 0; k < 4; k++) assert.equal(array3Get(r.flows, [0, j, k]), 0);
  });

  test('deaths larger than the start population of a region are refused', () => {
    assert.throws(
      () => ffsDemo({ areas, stockStart: abelStart, stockEnd: abelEnd, deaths: [0, 0, 0, 300] }),
      (e: unknown) => e instanceof AppError && e.code === 'invalid_input' && /living in D/.test(e.message),
    );
  });
});
