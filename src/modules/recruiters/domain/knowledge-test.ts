import { AppError } from '../../../platform/errors.ts';
import { addMonths } from './dates.ts';
import { recruiterText } from './messages.ts';

export interface TestSettings {
  questionsPerTest: number;
  passMark: number;
  attempts: number;
  waitMonths: number;
}

export const DEFAULT_SETTINGS: TestSettings & { reconfirmMonths: number } = {
  questionsPerTest: 15,
  passMark: 13,
  attempts: 3,
  waitMonths: 3,
  reconfirmMonths: 12,
};

export interface AttemptRecord {
  startedAt: Date;
  submittedAt: Date | null;
  passed: boolean | null;
}

export interface Standing {
  passed: boolean;
  /** Failures counted against the current allowance (reset once a wait is over). */
  failures: number;
  /** Attempts left before the wait. */
  remaining: number;
  /** While waiting after the last allowed failure: when an attempt is allowed again. */
  waitUntil: Date | null;
  /** Whether a new attempt may start now (an attempt already open may always be finished). */
  allowed: boolean;
}

/**
 * Where an organisation stands in the knowledge test: `attempts` failures in a row, and the next attempt waits
 * `waitMonths` after the last of them; once the wait is over the count starts again.
 */
export function standing(attempts: readonly AttemptRecord[], settings: TestSettings, now: Date): Standing {
  const done = attempts
    .filter((a) => a.submittedAt !== null)
    .sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0));
  let failures = 0;
  let waitUntil: Date | null = null;
  let passed = false;
  for (const a of done) {
    if (waitUntil && a.startedAt.getTime() >= waitUntil.getTime()) {
      failures = 0;
      waitUntil = null;
    }
    if (a.passed) {
      passed = true;
      continue;
    }
    failures += 1;
    if (failures >= settings.attempts && a.submittedAt)
      waitUntil = addMonths(a.submittedAt, settings.waitMonths);
  }
  if (waitUntil && now.getTime() >= waitUntil.getTime()) {
    failures = 0;
    waitUntil = null;
  }
  return {
    passed,
    failures,
    remaining: Math.max(0, settings.attempts - failures),
    waitUntil,
    allowed: !passed && waitUntil === null,
  };
}

/** `count` distinct ids of the bank in a random order; `random` returns numbers in [0, 1). */
export function drawQuestions(ids: readonly string[], count: number, random: () => number): string[] {
  if (count > ids.length)
    throw new AppError('conflict', recruiterText('bank_too_small', { count, size: ids.length }), {
      hint: recruiterText('bank_too_small_hint'),
    });
  const pool = [...ids];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    const picked = pool[j] as string;
    pool[j] = pool[i] as string;
    pool[i] = picked;
  }
  return pool.slice(0, count);
}

/** The number of questions answered with their correct option (an unanswered question scores nothing). */
export function scoreAnswers(
  questions: readonly { id: string; correct: number }[],
  answers: Readonly<Record<string, number>>,
): number {
  return questions.filter((q) => answers[q.id] === q.correct).length;
}
