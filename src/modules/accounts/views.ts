import type { ApiTokenRow, OneTimeTokenRow, SessionRow, UserRow } from './repo.ts';
import type { ApiToken, Invitation, SessionInfo, User } from './schemas.ts';

export function userView(u: UserRow): User {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    disabled: u.disabled,
    createdAt: u.createdAt,
    grants: u.grants.map((g) => ({ role: g.role, area: g.area })),
    lang: u.lang,
  };
}

export function apiTokenView(t: ApiTokenRow): ApiToken {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    scopes: [...t.scopes],
    createdAt: t.createdAt,
    expiresAt: t.expiresAt,
    lastUsedAt: t.lastUsedAt,
    revokedAt: t.revokedAt,
  };
}

export function invitationView(t: OneTimeTokenRow, now: Date): Invitation {
  const status = t.usedAt
    ? 'accepted'
    : t.revokedAt
      ? 'revoked'
      : new Date(t.expiresAt) <= now
        ? 'expired'
        : 'pending';
  return {
    id: t.id,
    email: t.email ?? '',
    role: t.role ?? 'stakeholder',
    area: t.area,
    invitedBy: t.createdByLabel,
    createdAt: t.createdAt,
    expiresAt: t.expiresAt,
    status,
  };
}

export function sessionView(s: SessionRow, currentId: number | undefined): SessionInfo {
  const idleEnd = new Date(s.lastSeenAt).getTime() + s.idleSeconds * 1000;
  return {
    id: s.id,
    current: s.id === currentId,
    createdAt: s.createdAt,
    lastSeenAt: s.lastSeenAt,
    expiresAt: new Date(Math.min(idleEnd, new Date(s.expiresAt).getTime())).toISOString(),
    userAgent: s.userAgent,
    address: s.address,
  };
}
