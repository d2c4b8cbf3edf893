/** Failed sign-ins allowed in the window, per account and per client address, before attempts are refused. */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

export interface ThrottleDecision {
  allowed: boolean;
  /** Seconds until an attempt is allowed again. */
  retryAfter: number;
}

/**
 * Whether another attempt may be made, given the times of the failures of the window (in any order): once there are
 * MAX_FAILURES of them, until the oldest that keeps the count at the limit leaves the window.
 */
export function throttle(failures: readonly Date[], now: Date): ThrottleDecision {
  const since = now.getTime() - WINDOW_MS;
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > since)
    .sort((a, b) => b - a);
  if (recent.length < MAX_FAILURES) return { allowed: true, retryAfter: 0 };
  const freeing = recent[MAX_FAILURES - 1] ?? now.getTime();
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((freeing + WINDOW_MS - now.getTime()) / 1000)) };
}
