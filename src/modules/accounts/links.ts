import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { secretHash } from './domain/secrets.ts';
import { findOneTimeToken, type OneTimeKind, type OneTimeTokenRow } from './repo.ts';

const WHAT: Record<OneTimeKind, string> = {
  setup: 'setup link',
  invitation: 'invitation link',
  password_reset: 'password-reset link',
};

const HINT: Record<OneTimeKind, string> = {
  setup: 'print a new one with `hwmo users setup-link`, or restart `hwmo serve`',
  invitation: 'ask the person who invited you for a new invitation',
  password_reset: 'ask for a new password-reset link',
};

/**
 * The live single-use token of a link, locked for the change that uses it when `lock`; a token unknown, of another
 * kind, already used, withdrawn or expired is refused with a message saying which.
 */
export async function liveLink(
  q: Queryable,
  token: string,
  kind: OneTimeKind,
  now: Date,
  opts: { lock?: boolean } = {},
): Promise<OneTimeTokenRow> {
  const row = await findOneTimeToken(q, secretHash(token), opts);
  const what = WHAT[kind];
  if (!row || row.kind !== kind) {
    throw new AppError('not_found', `This ${what} is not valid`, {
      detail: 'No such link was ever issued; check that it was copied whole.',
      hint: HINT[kind],
    });
  }
  if (row.usedAt) {
    throw new AppError('conflict', `This ${what} was already used`, {
      detail: `It was used on ${row.usedAt}; a link works once.`,
      hint: kind === 'invitation' ? 'sign in with the account it created' : HINT[kind],
    });
  }
  if (row.revokedAt) {
    throw new AppError('conflict', `This ${what} was withdrawn`, {
      detail: `It was withdrawn on ${row.revokedAt}${kind === 'invitation' ? '' : ', when a newer one was issued'}.`,
      hint: HINT[kind],
    });
  }
  if (new Date(row.expiresAt) <= now) {
    throw new AppError('conflict', `This ${what} expired`, {
      detail: `It was valid until ${row.expiresAt}.`,
      hint: HINT[kind],
    });
  }
  return row;
}
