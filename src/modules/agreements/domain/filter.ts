/** An occupation's parent code, or null at the top of the hierarchy. */
export type ParentOf = (code: string) => string | null;

function lineage(code: string, parentOf: ParentOf): string[] {
  const out: string[] = [];
  for (let c: string | null = code; c !== null && !out.includes(c); c = parentOf(c)) out.push(c);
  return out;
}

/**
 * Whether an agreement on `cadres` concerns the occupation: one covering all health personnel (no cadres) does, and
 * one on the occupation, a broader group holding it, or a narrower one within it.
 */
export function concernsCadre(cadres: readonly string[], occupation: string, parentOf: ParentOf): boolean {
  if (cadres.length === 0) return true;
  const up = lineage(occupation, parentOf);
  return cadres.some((c) => up.includes(c) || lineage(c, parentOf).includes(occupation));
}

/** Text folded for searching: lower case, without accents. */
export function folded(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** Whether every word of the query is found in one of the texts. */
export function matchesWords(texts: readonly string[], q: string): boolean {
  const hay = texts.map(folded).join('\n');
  return folded(q)
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((w) => hay.includes(w));
}
