import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_FAILURES, throttle, WINDOW_MS } from './throttle.ts';

const now = new Date('2026-01-01T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

test('fewer failures than the limit in the window: allowed', () => {
  const failures = Array.from({ length: MAX_FAILURES - 1 }, (_, i) => ago(i * 1000));
  assert.deepEqual(throttle(failures, now), { allowed: true, retryAfter: 0 });
});

test('the limit reached: refused until the oldest counted failure leaves the window', () => {
  const failures = Array.from({ length: MAX_FAILURES }, (_, i) => ago(i * 60_000));
  const d = throttle(failures, now);
  assert.equal(d.allowed, false);
  assert.equal(d.retryAfter, (WINDOW_MS - (MAX_FAILURES - 1) * 60_000) / 1000);
});

test('twenty failures in a row keep it refused; failures older than the window do not count', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => ago(i * 1000));
  assert.equal(throttle(twenty, now).allowed, false);
  const old = Array.from({ length: 20 }, (_, i) => ago(WINDOW_MS + i * 1000));
  assert.equal(throttle(old, now).allowed, true);
});
