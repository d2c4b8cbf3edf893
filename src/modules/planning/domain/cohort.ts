import type { CohortInputs, CohortPath } from './model.ts';

function checkLength(name: string, a: Float64Array, length: number): void {
  if (a.length !== length) throw new RangeError(`${name} must have ${length} entries, got ${a.length}`);
}

/** Width of each age group in years; the last ends at the retirement age, or is open (Infinity). */
export function groupWidths(ageStarts: readonly number[], retirementAge?: number): Float64Array {
  const n = ageStarts.length;
  if (n === 0) throw new RangeError('ageStarts is empty');
  const widths = new Float64Array(n);
  for (let g = 0; g < n; g++) {
    const start = ageStarts[g] as number;
    const end = g + 1 < n ? (ageStarts[g + 1] as number) : (retirementAge ?? Number.POSITIVE_INFINITY);
    if (!(Number.isFinite(start) && end - start >= 1)) {
      throw new RangeError(
        g + 1 < n
          ? `ageStarts must rise by at least one year, got ${start} then ${end}`
          : `retirementAge must be at least one year above the last age group (${start}), got ${end}`,
      );
    }
    widths[g] = end - start;
  }
  return widths;
}

/**
 * The cohort-component projection: each year, every age group loses its exit rate, a group of width w passes 1/w
 * of its remaining members up to the next group (everyone, for single years), and the year's entrants join their
 * groups. For single years this is S[a+1, t+1] = S[a, t](1 − q_a) + entrants[a+1, t]. Those passing up out of the
 * last group retire at the retirement age; without one the last group keeps them.
 */
export function projectCohort(inputs: CohortInputs): CohortPath {
  const { cells, years, stock, exitRate, entrants, fteRatio } = inputs;
  if (!(Number.isInteger(cells) && cells >= 0))
    throw new RangeError(`cells must be a non-negative integer, got ${cells}`);
  if (!(Number.isInteger(years) && years >= 0))
    throw new RangeError(`years must be a non-negative integer, got ${years}`);
  const widths = groupWidths(inputs.ageStarts, inputs.retirementAge);
  const groups = widths.length;
  checkLength('stock', stock, cells * groups);
  checkLength('exitRate', exitRate, cells * groups);
  checkLength('entrants', entrants, cells * groups * years);
  if (fteRatio.length !== cells && fteRatio.length !== cells * groups) {
    throw new RangeError(
      `fteRatio must have ${cells} entries (per cell) or ${cells * groups} (per cell and age group), got ${fteRatio.length}`,
    );
  }
  for (let i = 0; i < exitRate.length; i++) {
    const q = exitRate[i] as number;
    if (!(q >= 0 && q <= 1)) throw new RangeError(`exitRate[${i}] must be between 0 and 1, got ${q}`);
  }
  const ftePerCell = fteRatio.length === cells;
  const width = years + 1;
  const byAge = new Float64Array(cells * groups * width);
  const headcount = new Float64Array(cells * width);
  const fte = new Float64Array(cells * width);
  const retirements = new Float64Array(cells * years);
  const passUp = widths.map((w) => 1 / w);
  for (let c = 0; c < cells; c++) {
    const row = (g: number) => (c * groups + g) * width;
    for (let g = 0; g < groups; g++) byAge[row(g)] = stock[c * groups + g] as number;
    for (let t = 0; t < years; t++) {
      let fromBelow = 0;
      for (let g = 0; g < groups; g++) {
        const i = row(g) + t;
        const remaining = (byAge[i] as number) * (1 - (exitRate[c * groups + g] as number));
        const moving = remaining * (passUp[g] as number);
        byAge[i + 1] = remaining - moving + fromBelow + (entrants[(c * groups + g) * years + t] as number);
        fromBelow = moving;
      }
      retirements[c * years + t] = fromBelow;
    }
    for (let t = 0; t < width; t++) {
      let h = 0;
      let f = 0;
      for (let g = 0; g < groups; g++) {
        const s = byAge[row(g) + t] as number;
        h += s;
        f += s * (fteRatio[ftePerCell ? c : c * groups + g] as number);
      }
      headcount[c * width + t] = h;
      fte[c * width + t] = f;
    }
  }
  return { cells, years, groups, byAge, headcount, fte, retirements };
}
