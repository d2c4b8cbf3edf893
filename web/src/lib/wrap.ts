/** Splits a label into lines of at most `max` characters at spaces (a longer word is cut); nothing is dropped. */
export function wrapLabel(label: string, max: number): string[] {
  const width = Math.max(4, Math.floor(max));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(`${rest.slice(0, width - 1)}-`);
      rest = rest.slice(width - 1);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
