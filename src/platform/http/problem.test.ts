import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../errors.ts';
import { toProblem } from './problem.ts';

const noLog = () => {};

test('an error’s extensions are members of its problem, beside the standard ones', () => {
  const current = { id: 7, version: 4, answers: { 'code.known': 'yes' } };
  const problem = toProblem(
    new AppError('conflict', 'saved by someone else', { extensions: { current } }),
    '/api/reports/7/answers',
    noLog,
    'en',
  ) as unknown as Record<string, unknown>;
  assert.equal(problem.status, 409);
  assert.equal(problem.code, 'conflict');
  assert.deepEqual(problem.current, current);
});

test('an extension cannot replace a standard member of the problem', () => {
  const problem = toProblem(
    new AppError('conflict', 'stale', {
      extensions: { status: 200, type: 'about:blank', code: 'ok', detail: 'fine', extra: 1 },
    }),
    '/x',
    noLog,
    'en',
  ) as unknown as Record<string, unknown>;
  assert.equal(problem.status, 409);
  assert.equal(problem.type, '/problems/conflict');
  assert.equal(problem.code, 'conflict');
  assert.match(String(problem.detail), /stale/);
  assert.equal(problem.extra, 1);
});

test('an error without extensions has only the standard members', () => {
  const problem = toProblem(new AppError('not_found', 'no such report'), '/x', noLog, 'fr');
  assert.deepEqual(Object.keys(problem).sort(), ['code', 'detail', 'instance', 'status', 'title', 'type']);
});
