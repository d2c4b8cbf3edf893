/** Optimal-string-alignment distance (Levenshtein with adjacent transpositions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++)
    rows.push(Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : 0)));
  for (let i = 1; i <= s.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    row[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + cost);
      }
      row[j] = d;
    }
  }
  return (rows[s.length] as number[])[t.length] as number;
}

export interface Candidate {
  code: string;
  /** Names the code is known by (a country's name, a measure's title); matched as well as the code. */
  names?: readonly string[];
}

const normal = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The candidate a mistyped code most likely meant: the code within a small edit distance, or the one whose name
 * starts with or equals what was typed. Undefined when nothing is close enough to be a useful suggestion.
 */
export function closest(input: string, candidates: readonly Candidate[]): string | undefined {
  const typed = normal(input);
  if (typed === '' || input.length > 200) return undefined;
  let best: { code: string; score: number } | undefined;
  const consider = (code: string, score: number) => {
    if (!best || score < best.score) best = { code, score };
  };
  const limit = Math.max(1, Math.min(3, Math.floor(input.length / 3)));
  for (const c of candidates) {
    const d = editDistance(input, c.code);
    if (d <= limit) consider(c.code, d);
    for (const name of c.names ?? []) {
      const n = normal(name);
      if (n === typed) consider(c.code, 0);
      else if (typed.length >= 3 && n.startsWith(typed)) consider(c.code, 0.5);
      else if (typed.length >= 4 && editDistance(typed, n) <= Math.min(3, Math.floor(typed.length / 4)))
        consider(c.code, 1);
    }
  }
  return best?.code;
}

/** ` Did you mean "X"?` for an unknown code, or the empty string when nothing is close. */
export function didYouMean(input: string, candidates: readonly Candidate[]): string {
  const hit = closest(input, candidates);
  return hit === undefined ? '' : ` Did you mean "${hit}"?`;
}
