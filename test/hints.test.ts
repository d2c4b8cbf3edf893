import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildProgram } from '../src/main/cli.ts';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every `hwmo …` code span in the messages, hints and notes of src/, with the file it is in. */
function namedCommands(): Array<{ file: string; command: string }> {
  const out: Array<{ file: string; command: string }> = [];
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(\\?)`hwmo ([^`\\]+)\\?`/g)) {
      const before = text.slice(0, m.index).trimEnd().at(-1) ?? '';
      // An unescaped backtick after an operator opens a template literal of code, not a code span in a message.
      if (m[1] === '' && '(,=:?[{+'.includes(before)) continue;
      out.push({ file: file.slice(SRC.length), command: m[2] as string });
    }
  }
  return out;
}

/** Why `hwmo WORDS` is not a command line the CLI accepts, or null when it is. */
function refusal(program: Command, words: string[]): string | null {
  let cmd = program;
  let args = 0;
  let value = false;
  for (const w of words) {
    if (w === '…') return null;
    // A redirection or a pipe ends what hwmo itself is given.
    if (/^(\d?>>?|\||;|&&)$/.test(w)) break;
    if (value) {
      value = false;
      continue;
    }
    if (w.startsWith('--')) {
      const flag = w.split('=')[0] as string;
      if (flag === '--help' || flag === '--version') continue;
      const option = cmd.options.find((o) => o.long === flag);
      if (!option) return `${cmd.name()} has no option ${flag}`;
      value = (option.required || option.optional) && !w.includes('=');
      continue;
    }
    if (w.startsWith('-') || /[A-Z…$|{<[]/.test(w) || /^\d/.test(w) || /[./]/.test(w)) {
      args++;
      continue;
    }
    const sub = cmd.commands.find((c) => c.name() === w || c.aliases().includes(w));
    if (sub && args === 0) {
      cmd = sub;
      continue;
    }
    if (cmd.registeredArguments.length > args) {
      args++;
      continue;
    }
    return `${cmd.name() === 'hwmo' ? 'hwmo' : `hwmo … ${cmd.name()}`} has no command ${JSON.stringify(w)}`;
  }
  // Global options alone (`hwmo --server URL`) are how a message names them.
  if (cmd === program && !words[0]?.startsWith('--')) return 'names no command';
  return null;
}

test('the checker tells existing commands from made-up ones', () => {
  const program = buildProgram();
  assert.equal(refusal(program, ['batches', 'show', 'ID']), null);
  assert.equal(refusal(program, ['ssl', '--edition', '2023', '--load', 'FILE']), null);
  assert.match(refusal(program, ['ssl', 'load', '--edition', '2023', 'FILE']) ?? '', /no command "load"/);
  assert.match(refusal(program, ['query', '--nope']) ?? '', /no option --nope/);
  assert.equal(refusal(program, ['template', '--xlsx', '>', 'template.xlsx']), null);
  assert.match(refusal(program, ['template', '--nope', '>', 'x']) ?? '', /no option --nope/);
});

test('every hint and message names a command and options that exist', () => {
  const program = buildProgram();
  const named = namedCommands();
  assert.ok(named.length >= 10, `${named.length} commands named`);
  const wrong = named
    .map((n) => ({ ...n, why: refusal(program, n.command.trim().split(/\s+/)) }))
    .filter((n) => n.why !== null)
    .map((n) => `${n.file}: \`hwmo ${n.command}\`: ${n.why}`);
  assert.deepEqual(wrong, []);
});
