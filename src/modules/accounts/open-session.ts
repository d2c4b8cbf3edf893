import type { Tx } from '../../platform/db/unit-of-work.ts';
import { newSecret, secretHash } from './domain/secrets.ts';
import { insertSession, revokeSessions, type SessionRow, sessionIdByHash, type UserRow } from './repo.ts';
import { accountSettings } from './settings.ts';

/** Who is on the other end of a request, as sessions record it. */
export interface ClientInfo {
  address: string | null;
  userAgent: string | null;
  /** The session cookie the request came with, if any: never kept, so that no one can fix a session's id. */
  presentedSession?: string | null;
}

export interface OpenedSession {
  /** The value of the session cookie; only its hash is stored. */
  cookie: string;
  session: SessionRow;
}

/** A new session with a new random id, in the transaction that signs the user in; ends the presented one. */
export async function openSession(tx: Tx, user: UserRow, client: ClientInfo): Promise<OpenedSession> {
  const now = tx.ctx.now();
  if (client.presentedSession) {
    const old = await sessionIdByHash(tx, secretHash(client.presentedSession));
    if (old !== null) await revokeSessions(tx, now, { id: old });
  }
  const { sessionIdleMinutes, sessionMaxHours } = accountSettings();
  const cookie = newSecret(32);
  const session = await insertSession(tx, {
    idHash: secretHash(cookie),
    userId: user.id,
    csrfToken: newSecret(32),
    at: now,
    idleSeconds: sessionIdleMinutes * 60,
    expiresAt: new Date(now.getTime() + sessionMaxHours * 3_600_000),
    userAgent: client.userAgent?.slice(0, 300) ?? null,
    address: client.address,
  });
  await tx.audit({
    action: 'session.open',
    objectType: 'user',
    objectId: String(user.id),
    after: { sessionId: session.id, address: client.address },
  });
  return { cookie, session };
}
