/**
 * Name search that works in every script: case-folded in the reader's rules and without diacritics, so that
 * "royaume" finds "Royaume-Uni", "etats" finds "États-Unis", "великобритания" finds "Великобритания" and
 * "المملكة" finds "المملكة المتحدة" whatever its vowel marks. A code matches too ("GBR").
 */
export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a search text is found in any of a country's names or codes (an empty search finds every country). */
export function matchesName(query: string, ...names: readonly (string | null | undefined)[]): boolean {
  const q = foldName(query);
  if (!q) return true;
  return names.some((n) => n && foldName(n).includes(q));
}
