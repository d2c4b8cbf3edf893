/**
 * Moves the k-th smallest of `a[left..right]` to `a[k]`, smaller or equal values before it and greater or equal
 * after (Hoare's selection, median-of-three pivot), in place and in linear expected time.
 */
export function selectInPlace(a: Float64Array, k: number, left: number, right: number): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < (a[lo] as number)) swap(a, mid, lo);
    if ((a[hi] as number) < (a[lo] as number)) swap(a, hi, lo);
    if ((a[hi] as number) < (a[mid] as number)) swap(a, hi, mid);
    const pivot = a[mid] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // a[lo..j] ≤ pivot ≤ a[i..hi], and everything between j and i equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/** Working arrays for `quantiles` over slices of up to `capacity` values, reused between calls. */
export class QuantileScratch {
  readonly buckets: number;
  readonly bucket: Int32Array;
  readonly count: Int32Array;
  /** Per bucket: 1 + the number of its run in `values` when a needed order statistic lies in it, else 0. */
  readonly wanted: Int32Array;
  readonly values: Float64Array;
  rank = new Int32Array(0);
  rankBucket = new Int32Array(0);
  rankBelow = new Int32Array(0);
  runStart = new Int32Array(0);
  fill = new Int32Array(0);
  stat = new Float64Array(0);

  constructor(readonly capacity: number) {
    this.buckets = Math.max(1, capacity >> 1);
    this.bucket = new Int32Array(capacity);
    this.count = new Int32Array(this.buckets);
    this.wanted = new Int32Array(this.buckets);
    this.values = new Float64Array(capacity);
  }

  /** The per-rank arrays, grown to hold `n` ranks. */
  forRanks(n: number): this {
    if (this.rank.length < n) {
      this.rank = new Int32Array(n);
      this.rankBucket = new Int32Array(n);
      this.rankBelow = new Int32Array(n);
      this.runStart = new Int32Array(n);
      this.fill = new Int32Array(n);
      this.stat = new Float64Array(n);
    }
    return this;
  }
}

/**
 * Quantiles of `a[from..from + n)` by linear interpolation between order statistics (Hyndman & Fan type 7, R's and
 * NumPy's default): for probability p, h = (n − 1)p and the value is x(⌊h⌋) + (h − ⌊h⌋)(x(⌊h⌋+1) − x(⌊h⌋)).
 * `probs` must be ascending. The values are counted into equal-width buckets between their minimum and maximum;
 * only the buckets holding a needed order statistic are gathered, and each statistic is selected within its bucket.
 * `a` is not changed.
 */
export function quantiles(
  a: Float64Array,
  from: number,
  n: number,
  probs: readonly number[],
  out: Float64Array,
  scratch: QuantileScratch,
): void {
  const end = from + n;
  let min = a[from] as number;
  let max = min;
  for (let i = from + 1; i < end; i++) {
    const v = a[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  quantilesWithin(a, from, n, min, max, probs, out, scratch);
}

/** `quantiles` of a slice whose minimum and maximum are known. */
export function quantilesWithin(
  a: Float64Array,
  from: number,
  n: number,
  min: number,
  max: number,
  probs: readonly number[],
  out: Float64Array,
  scratch: QuantileScratch,
): void {
  if (n > scratch.capacity) throw new RangeError(`scratch holds ${scratch.capacity} values, not ${n}`);
  const end = from + n;
  if (max === min) {
    out.fill(min, 0, probs.length);
    return;
  }
  const { count, wanted, values } = scratch;
  const nb = scratch.buckets;
  const scale = nb / (max - min);
  if (!Number.isFinite(scale) || n < 16) {
    values.set(a.subarray(from, end));
    typeSeven(values, 0, n, probs, out);
    return;
  }
  count.fill(0);
  const top = nb - 1;
  // Bucket numbers first, then the counts: one loop doing both waits on each count before the next.
  const bucket = scratch.bucket;
  for (let i = 0; i < n; i++) bucket[i] = Math.min(top, ((a[from + i] as number) - min) * scale);
  for (let i = 0; i < n; i++) {
    const b = bucket[i] as number;
    count[b] = (count[b] as number) + 1;
  }
  // The ranks needed, x(⌊h⌋) and x(⌊h⌋+1) for each probability; each one's bucket and the count below that bucket.
  const nr = probs.length * 2;
  const { rank, rankBucket, rankBelow, runStart } = scratch.forRanks(nr);
  wanted.fill(0);
  let runs = 0;
  let next = 0;
  let b = 0;
  let below = 0;
  for (let j = 0; j < nr; j++) {
    const h = (n - 1) * (probs[j >> 1] as number);
    const r = Math.min(n - 1, Math.floor(h) + (j & 1));
    if (r < below) {
      b = 0;
      below = 0;
    }
    while (below + (count[b] as number) <= r) below += count[b++] as number;
    rank[j] = r;
    rankBucket[j] = b;
    rankBelow[j] = below;
    if (wanted[b] === 0) {
      runStart[runs] = next;
      next += count[b] as number;
      wanted[b] = ++runs;
    }
  }
  // Gather the wanted buckets' values, each bucket into its own run.
  const fill = scratch.fill;
  fill.set(runStart.subarray(0, runs));
  for (let i = 0; i < n; i++) {
    const w = wanted[bucket[i] as number] as number;
    if (w !== 0) {
      const pos = fill[w - 1] as number;
      values[pos] = a[from + i] as number;
      fill[w - 1] = pos + 1;
    }
  }
  const stat = scratch.stat;
  for (let j = 0; j < nr; j++) {
    const b = rankBucket[j] as number;
    const s0 = runStart[(wanted[b] as number) - 1] as number;
    const at = s0 + (rank[j] as number) - (rankBelow[j] as number);
    selectInPlace(values, at, s0, s0 + (count[b] as number) - 1);
    stat[j] = values[at] as number;
  }
  for (let q = 0; q < probs.length; q++) {
    const h = (n - 1) * (probs[q] as number);
    const lo = stat[2 * q] as number;
    out[q] = lo + (h - Math.floor(h)) * ((stat[2 * q + 1] as number) - lo);
  }
}

/** Type 7 quantiles by selection over the whole slice, for ranges too narrow to bucket. Reorders the slice. */
function typeSeven(
  a: Float64Array,
  from: number,
  n: number,
  probs: readonly number[],
  out: Float64Array,
): void {
  const last = from + n - 1;
  let start = from;
  for (let q = 0; q < probs.length; q++) {
    const h = (n - 1) * (probs[q] as number);
    const k = Math.floor(h);
    const at = from + k;
    selectInPlace(a, at, start, last);
    let v = a[at] as number;
    const frac = h - k;
    if (frac > 0 && at < last) {
      let next = a[at + 1] as number;
      for (let i = at + 2; i <= last; i++) if ((a[i] as number) < next) next = a[i] as number;
      v += frac * (next - v);
    }
    out[q] = v;
    start = at;
  }
}
