/** Collects garbage where node runs with --expose-gc, so that each run starts from the same heap. */
export function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface Measure<T> {
  medianMs: number;
  minMs: number;
  /** What the last run returned. */
  last: T;
  /** Largest growth over one run. */
  heapDeltaMb: number;
  externalDeltaMb: number;
  rssBeforeMb: number;
  rssPeakMb: number;
}

/** Times `run` `runs` times after one warm-up run, with its memory growth and the process's peak RSS. */
export function measure<T>(run: () => T, runs: number): Measure<T> {
  let last = run();
  const times: number[] = [];
  let heap = 0;
  let external = 0;
  gc();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  for (let r = 0; r < runs; r++) {
    gc();
    const m0 = process.memoryUsage();
    const t0 = performance.now();
    last = run();
    times.push(performance.now() - t0);
    const m1 = process.memoryUsage();
    heap = Math.max(heap, m1.heapUsed - m0.heapUsed);
    external = Math.max(external, m1.arrayBuffers - m0.arrayBuffers);
    rssPeak = Math.max(rssPeak, m1.rss);
  }
  times.sort((a, b) => a - b);
  const mb = (x: number) => x / 2 ** 20;
  return {
    medianMs: times[Math.floor(times.length / 2)] as number,
    minMs: times[0] as number,
    last,
    heapDeltaMb: mb(heap),
    externalDeltaMb: mb(external),
    rssBeforeMb: mb(rssBefore),
    rssPeakMb: mb(rssPeak),
  };
}
