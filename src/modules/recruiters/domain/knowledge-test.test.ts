import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addMonths } from './dates.ts';
import {
  type AttemptRecord,
  DEFAULT_SETTINGS,
  drawQuestions,
  scoreAnswers,
  standing,
} from './knowledge-test.ts';

const at = (s: string) => new Date(`${s}T10:00:00Z`);
const failed = (day: string): AttemptRecord => ({ startedAt: at(day), submittedAt: at(day), passed: false });
const passed = (day: string): AttemptRecord => ({ startedAt: at(day), submittedAt: at(day), passed: true });

describe('knowledge test standing', () => {
  test('no attempt: three allowed', () => {
    assert.deepEqual(standing([], DEFAULT_SETTINGS, at('2025-01-01')), {
      passed: false,
      failures: 0,
      remaining: 3,
      waitUntil: null,
      allowed: true,
    });
  });

  test('two failures leave one attempt', () => {
    const s = standing([failed('2025-01-01'), failed('2025-01-02')], DEFAULT_SETTINGS, at('2025-01-03'));
    assert.equal(s.remaining, 1);
    assert.equal(s.allowed, true);
  });

  test('a third failure waits three months from that failure, then the count starts again', () => {
    const three = [failed('2025-01-01'), failed('2025-01-02'), failed('2025-01-31')];
    const during = standing(three, DEFAULT_SETTINGS, new Date('2025-04-30T09:59:00Z'));
    assert.equal(during.allowed, false);
    assert.equal(during.waitUntil?.toISOString(), '2025-04-30T10:00:00.000Z');
    const after = standing(three, DEFAULT_SETTINGS, at('2025-05-01'));
    assert.deepEqual(after, { passed: false, failures: 0, remaining: 3, waitUntil: null, allowed: true });
    const again = standing([...three, failed('2025-05-02')], DEFAULT_SETTINGS, at('2025-05-03'));
    assert.equal(again.failures, 1);
    assert.equal(again.remaining, 2);
  });

  test('the settings say how many attempts and how long the wait', () => {
    const s = standing(
      [failed('2025-01-01')],
      { ...DEFAULT_SETTINGS, attempts: 1, waitMonths: 6 },
      at('2025-02-01'),
    );
    assert.equal(s.waitUntil?.toISOString().slice(0, 10), '2025-07-01');
  });

  test('passing ends the test; an open attempt is not counted', () => {
    const s = standing(
      [
        failed('2025-01-01'),
        { startedAt: at('2025-01-02'), submittedAt: null, passed: null },
        passed('2025-01-03'),
      ],
      DEFAULT_SETTINGS,
      at('2025-01-04'),
    );
    assert.equal(s.passed, true);
    assert.equal(s.allowed, false);
    assert.equal(s.failures, 1);
  });

  test('months are added on the calendar, clamped to the month’s end', () => {
    assert.equal(addMonths(new Date('2025-11-30T00:00:00Z'), 3).toISOString(), '2026-02-28T00:00:00.000Z');
    assert.equal(addMonths(new Date('2024-11-30T00:00:00Z'), 3).toISOString(), '2025-02-28T00:00:00.000Z');
    assert.equal(addMonths(new Date('2023-11-29T00:00:00Z'), 3).toISOString(), '2024-02-29T00:00:00.000Z');
  });
});

describe('drawing and scoring', () => {
  const ids = Array.from({ length: 30 }, (_, i) => `q${i}`);

  test('draws distinct questions of the bank, as many as asked', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const drawn = drawQuestions(ids, 15, random);
    assert.equal(drawn.length, 15);
    assert.equal(new Set(drawn).size, 15);
    for (const id of drawn) assert.ok(ids.includes(id));
    assert.notDeepEqual(drawQuestions(ids, 15, random), drawn);
  });

  test('refuses to draw more than the bank holds', () => {
    assert.throws(() => drawQuestions(ids.slice(0, 5), 6, Math.random), { code: 'conflict' });
  });

  test('scores the answers given with their correct option', () => {
    const questions = [
      { id: 'a', correct: 0 },
      { id: 'b', correct: 2 },
      { id: 'c', correct: 1 },
    ];
    assert.equal(scoreAnswers(questions, { a: 0, b: 2, c: 0 }), 2);
    assert.equal(scoreAnswers(questions, {}), 0);
  });
});
