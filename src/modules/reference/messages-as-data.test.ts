import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/** The modules whose messages are data (the observations and observatory modules have their own check). */
const MODULES = [
  'accounts',
  'approvals',
  'audit',
  'flows',
  'indicators',
  'reference',
  'safeguards',
  'profiles',
];
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * The second argument of the call whose `(` is at `open`, and whether a string or template literal stands in it
 * outside any nested call, array or object (words written in place, rather than a `Text`).
 */
export function messageIsEnglish(code: string, open: number): boolean {
  let depth = 0;
  let arg = 0;
  let english = false;
  const closers: string[] = [];
  for (let i = open + 1; i < code.length; i++) {
    const c = code[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      // A literal compared with (`l === ''`) is no message; one standing as a branch or a whole one is.
      if (arg === 1 && depth === 0 && !/[=!<>]=?\s*$/.test(code.slice(Math.max(open, i - 4), i)))
        english = true;
      i = skipString(code, i);
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      depth++;
      closers.push(c);
    } else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return english;
      depth--;
      closers.pop();
    } else if (c === ',' && depth === 0) {
      if (arg === 1) return english;
      arg++;
    }
  }
  return english;
}

/** The index of the quote closing the string or template opened at `at` (templates' `${…}` included). */
function skipString(code: string, at: number): number {
  const quote = code[at];
  for (let i = at + 1; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') i++;
    else if (c === quote) return i;
    else if (quote === '`' && c === '$' && code[i + 1] === '{') {
      let depth = 1;
      for (i += 2; i < code.length && depth > 0; i++) {
        const d = code[i];
        if (d === "'" || d === '"' || d === '`') i = skipString(code, i);
        else if (d === '{') depth++;
        else if (d === '}') depth--;
      }
      i--;
    }
  }
  return code.length;
}

/** Every `new AppError(code, message)` (and `super(code, message)` in a subclass) whose message is a string. */
function englishErrors(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const subclass = /extends AppError\b/.test(code);
  const found: string[] = [];
  for (const m of code.matchAll(subclass ? /new AppError\(|super\(/g : /new AppError\(/g)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    if (messageIsEnglish(code, open)) {
      const line = code.slice(0, m.index).split('\n').length;
      found.push(`${relative(ROOT, file)}:${line}: ${code.slice(m.index, code.indexOf('\n', open)).trim()}`);
    }
  }
  return found;
}

test('no AppError of these modules is built from a string: every message is a Text of a catalogue', () => {
  const files = MODULES.flatMap((m) => sources(join(ROOT, 'src/modules', m)));
  assert.ok(files.length > 100, `${files.length} files scanned`);
  const english = files.flatMap(englishErrors);
  assert.deepEqual(english, [], `AppErrors built from English strings:\n${english.join('\n')}`);
});

test('the scan tells a message written in place from a Text', () => {
  const cases: Array<[string, boolean]> = [
    ["new AppError('conflict', `No user \u0024{id}`, { hint: 'x' })", true],
    ["new AppError('conflict', 'No user', {})", true],
    ["new AppError('conflict', cond ? 'a' : text('b'))", true],
    ["new AppError('conflict', l === '' ? text('a') : text('b'))", false],
    ["new AppError('conflict', text('no_user', { id: `\u0024{id}` }), { hint: 'list them' })", false],
    ["new AppError(\n  'conflict',\n  cond ? text('a', { x: 'y' }) : text('b'),\n)", false],
  ];
  for (const [code, english] of cases) assert.equal(messageIsEnglish(code, code.indexOf('(')), english, code);
});
