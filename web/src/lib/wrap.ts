/** The width a text takes, in the unit of the width it must fit. */
export type Measure = (text: string) => number;

/** A word too long for a line on its own, in pieces that fit. */
function splitWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && measure(piece + ch) > width) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Text broken into lines of at most `width` by words; nothing is dropped. */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (measure(word) <= width) line = word;
    else {
      const pieces = splitWord(word, width, measure);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A chart label in lines of at most `max` characters (at least 4); an empty label is one empty line. */
export function wrapLabel(label: string, max: number): string[] {
  const lines = wrapText(label, Math.max(4, Math.floor(max)), (t) => t.length);
  return lines.length ? lines : [''];
}
