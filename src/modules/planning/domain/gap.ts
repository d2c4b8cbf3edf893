/** Need minus supply, year by year (any shape, element by element): positive is a shortage, negative a surplus. */
export function gapPath(need: Float64Array, supply: Float64Array): Float64Array {
  if (need.length !== supply.length) {
    throw new RangeError(
      `need and supply must have the same length, got ${need.length} and ${supply.length}`,
    );
  }
  return need.map((n, i) => n - (supply[i] as number));
}

/**
 * The first year from which the gap stays at or below zero to the end of the horizon (`gap[t]` is year
 * `baseYear + t`), or null if there is a shortage in the last year.
 */
export function closingYear(gap: Float64Array, baseYear: number): number | null {
  let t = gap.length;
  while (t > 0 && (gap[t - 1] as number) <= 0) t--;
  return t === gap.length ? null : baseYear + t;
}

/** `closingYear` of each cell of a cells × (years + 1) gap. */
export function closingYears(gap: Float64Array, cells: number, baseYear: number): Array<number | null> {
  if (cells <= 0 || gap.length % cells !== 0) {
    throw new RangeError(`a gap of ${gap.length} values is not ${cells} equal paths`);
  }
  const width = gap.length / cells;
  return Array.from({ length: cells }, (_, c) =>
    closingYear(gap.subarray(c * width, (c + 1) * width), baseYear),
  );
}
