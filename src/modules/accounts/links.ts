import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { secretHash } from './domain/secrets.ts';
import { text } from './messages.ts';
import { findOneTimeToken, type OneTimeKind, type OneTimeTokenRow } from './repo.ts';

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
  const hint = text(`link_hint_${kind}`);
  if (!row || row.kind !== kind) {
    throw new AppError('not_found', text('link_invalid', { kind }), {
      detail: text('link_invalid_detail'),
      hint,
    });
  }
  if (row.usedAt) {
    throw new AppError('conflict', text('link_used', { kind }), {
      detail: text('link_used_detail', { at: row.usedAt }),
      hint: kind === 'invitation' ? text('link_used_hint') : hint,
    });
  }
  if (row.revokedAt) {
    throw new AppError('conflict', text('link_withdrawn', { kind }), {
      detail: text(kind === 'invitation' ? 'link_withdrawn_detail' : 'link_withdrawn_newer_detail', {
        at: row.revokedAt,
      }),
      hint,
    });
  }
  if (new Date(row.expiresAt) <= now) {
    throw new AppError('conflict', text('link_expired', { kind }), {
      detail: text('link_expired_detail', { at: row.expiresAt }),
      hint,
    });
  }
  return row;
}
