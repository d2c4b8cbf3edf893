import { useEffect, useState } from 'preact/hooks';
import type { SessionState, SignIn } from '../../../src/modules/accounts/schemas.ts';
import { ApiError, onUnauthenticated, send, setCsrfToken } from './api.ts';

export type { SessionState };

/** Anyone without a session: what the page shows until GET /api/session answers, or when it cannot. */
export const PUBLIC_SESSION: SessionState = {
  actor: 'public',
  user: null,
  csrfToken: null,
  permissions: [],
  expiresAt: null,
  setupRequired: false,
};

interface SessionView {
  /** null until the first answer of GET /api/session. */
  session: SessionState | null;
  /** A request of the page was answered 401: the session ended (or there never was one). */
  expired: boolean;
}

let view: SessionView = { session: null, expired: false };
let loading: Promise<SessionState> | null = null;
const listeners = new Set<() => void>();

function publish(next: SessionView): void {
  view = next;
  setCsrfToken(next.session?.csrfToken ?? null);
  for (const l of listeners) l();
}

onUnauthenticated(() => {
  publish({ session: view.session?.user ? PUBLIC_SESSION : view.session, expired: true });
});

/** Asks the server who the browser is signed in as; an API without accounts counts as a public session. */
export function refreshSession(): Promise<SessionState> {
  loading ??= send<SessionState>('GET', '/api/session', undefined, { quiet401: true })
    .catch((e: unknown) => {
      if (e instanceof ApiError && e.status < 500) return PUBLIC_SESSION;
      throw e;
    })
    .then((session) => {
      publish({ session, expired: false });
      return session;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

export function currentSession(): SessionState | null {
  return view.session;
}

/** The session, loaded on first use; re-renders the caller when it changes. */
export function useSession(): SessionView {
  const [, setTick] = useState(0);
  useEffect(() => {
    const l = () => setTick((n) => n + 1);
    listeners.add(l);
    if (view.session === null) void refreshSession().catch(() => {});
    return () => {
      listeners.delete(l);
    };
  }, []);
  return view;
}

/** Signs in (the server issues a new session id) and loads the new session with its CSRF token. */
export async function signIn(credentials: SignIn): Promise<SessionState> {
  await send('POST', '/api/session', credentials, { quiet401: true });
  return refreshSession();
}

export async function signOut(): Promise<void> {
  try {
    await send('DELETE', '/api/session', undefined, { quiet401: true });
  } finally {
    await refreshSession();
  }
}

/** Whether the session may administer users (the administrator). */
export function canManageUsers(session: SessionState | null): boolean {
  return session?.permissions.includes('users.manage') ?? false;
}

/** Whether the signed-in user takes part in Code reporting (the secretariat, a national authority, a stakeholder). */
export function takesPartInReporting(session: SessionState | null): boolean {
  const held = session?.permissions ?? [];
  return (
    ['reporting.manage', 'reporting.review', 'reporting.report', 'reporting.stakeholder'] as const
  ).some((p) => held.includes(p));
}
