import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The folders whose errors must be data: no `new AppError(code, 'English…')`, no English `detail:` or `hint:`
 * literal in its options: all of the server.
 */
export const SCANNED_FOLDERS: readonly string[] = ['src'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The index just past a string or template literal starting at `i` (templates with `${…}` nested). */
function skipLiteral(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== quote) {
    if (text[j] === '\\') j += 2;
    else if (quote === '`' && text[j] === '$' && text[j + 1] === '{') j = skipCode(text, j + 2, '}');
    else j++;
  }
  return j + 1;
}

/** The index just past the bracket closing code that starts at `i`, literals skipped. */
function skipCode(text: string, i: number, close: string): number {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const ch = text[j] as string;
    if (ch === "'" || ch === '"' || ch === '`') {
      j = skipLiteral(text, j);
      continue;
    }
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) {
      if (depth === 0 && ch === close) return j + 1;
      depth--;
    }
    j++;
  }
  return j;
}

/** The top-level arguments of a call whose argument list starts at `i` (just after its opening parenthesis). */
function argumentsAt(text: string, i: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = i;
  let j = i;
  while (j < text.length) {
    const ch = text[j] as string;
    if (ch === "'" || ch === '"' || ch === '`') {
      j = skipLiteral(text, j);
      continue;
    }
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) {
      if (depth === 0) break;
      depth--;
    } else if (ch === ',' && depth === 0) {
      args.push(text.slice(start, j).trim());
      start = j + 1;
    }
    j++;
  }
  args.push(text.slice(start, j).trim());
  return args.filter((a) => a !== '');
}

const isLiteral = (code: string) => /^['"`]/.test(code);

/** Every AppError built from English words, as `file:line: what`. */
export function englishAppErrors(folders: readonly string[] = SCANNED_FOLDERS): string[] {
  const found: string[] = [];
  for (const folder of folders) {
    for (const file of sources(join(ROOT, folder))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/new AppError\(/g)) {
        const at = (m.index ?? 0) + m[0].length;
        const where = `${relative(ROOT, file)}:${text.slice(0, at).split('\n').length}`;
        const [, message = '', options = ''] = argumentsAt(text, at);
        if (isLiteral(message)) found.push(`${where}: message ${message.split('\n')[0]}`);
        for (const key of ['detail', 'hint']) {
          const literal = new RegExp(`(^|[{,\\s])${key}:\\s*(['"\`][^\\n]*)`).exec(options);
          if (literal) found.push(`${where}: ${key} ${literal[2]}`);
        }
      }
    }
  }
  return found;
}

test('every AppError of the scanned folders is built from Texts, not English strings', () => {
  assert.deepEqual(englishAppErrors(), []);
});

test('the scan finds a message, a detail and a hint written as literals', () => {
  const text = `throw new AppError('x', \`No \${a(1, 2)}\`, { detail: 'why', hint: t('ok') });`;
  const at = text.indexOf('(') + 1;
  const [, message, options] = argumentsAt(text, at);
  assert.ok(isLiteral(message ?? ''));
  assert.match(options ?? '', /detail: 'why'/);
});
