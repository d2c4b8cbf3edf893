import bidiModule from 'bidi-js';

/** bidi-js is a CommonJS module whose export is its factory; its types declare it as an ES default export. */
const bidiFactory = bidiModule as unknown as typeof bidiModule.default;
const bidi = bidiFactory();

/** A piece of a line drawn in one font at one embedding level, in logical order. */
export interface Piece<F> {
  text: string;
  face: F;
  level: number;
}

/**
 * The pieces of one line in visual order (Unicode bidirectional algorithm, rule L2, applied to pieces), each with
 * its characters still in logical order: a piece at an odd level is drawn right to left.
 */
export function visualPieces<F>(
  line: string,
  base: 'ltr' | 'rtl',
  faceOf: (codePoint: number) => F,
): Piece<F>[] {
  const { levels } = bidi.getEmbeddingLevels(line, base);
  const pieces: Piece<F>[] = [];
  let i = 0;
  while (i < line.length) {
    const cp = line.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const level = levels[i] ?? 0;
    const face = faceOf(cp);
    const last = pieces.at(-1);
    const ch = line.slice(i, i + width);
    if (last && last.level === level && last.face === face) last.text += ch;
    else pieces.push({ text: ch, face, level });
    i += width;
  }
  const highest = Math.max(0, ...pieces.map((p) => p.level));
  const lowestOdd = Math.min(...pieces.map((p) => (p.level % 2 === 1 ? p.level : Number.POSITIVE_INFINITY)));
  for (let level = highest; level >= lowestOdd; level--) {
    let start = 0;
    while (start < pieces.length) {
      if ((pieces[start] as Piece<F>).level < level) {
        start++;
        continue;
      }
      let end = start;
      while (end < pieces.length && (pieces[end] as Piece<F>).level >= level) end++;
      const reversed = pieces.slice(start, end).reverse();
      pieces.splice(start, end - start, ...reversed);
      start = end;
    }
  }
  return pieces;
}

/** A text's characters in reverse order, brackets and other mirrored characters swapped. */
export function mirrorReverse(text: string): string {
  return [...text]
    .reverse()
    .map((ch) => bidi.getMirroredCharacter(ch) ?? ch)
    .join('');
}

/** Whether a text's first strong character is right to left (Arabic, Hebrew). */
export function firstStrongRtl(text: string): boolean | null {
  for (const ch of text) {
    const type = bidi.getBidiCharTypeName(ch);
    if (type === 'L') return false;
    if (type === 'R' || type === 'AL') return true;
  }
  return null;
}
