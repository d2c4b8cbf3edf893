import type {
  ApprovalActionBody,
  ApprovalList,
  ApprovalUnit,
} from '../../../../src/modules/approvals/schemas.ts';
import { ApiError, apiHeaders } from '../../lib/api.ts';
import type { ApprovalAction } from './state.ts';

async function problem(r: Response): Promise<ApiError> {
  let detail = `${r.status} ${r.statusText}`;
  try {
    const p = (await r.json()) as { detail?: string; title?: string };
    detail = p.title && p.detail ? `${p.title}: ${p.detail}` : (p.detail ?? p.title ?? detail);
  } catch {
    // not problem+json
  }
  return new ApiError(r.status, detail);
}

/** Every approval unit, with what the reader may do to each; never cached, since the reader acts on it. */
export async function getApprovals(): Promise<ApprovalList> {
  const r = await fetch('/api/approvals', {
    headers: apiHeaders(),
    credentials: 'same-origin',
  });
  if (!r.ok) throw await problem(r);
  return (await r.json()) as ApprovalList;
}

/** The session's CSRF token, which every write made with the session cookie carries; null without a session. */
async function csrfToken(): Promise<string | null> {
  const r = await fetch('/api/session', {
    headers: apiHeaders(),
    credentials: 'same-origin',
  });
  if (!r.ok) return null;
  const s = (await r.json()) as { csrfToken?: string | null };
  return s.csrfToken ?? null;
}

export async function actOn(
  unit: Pick<ApprovalUnit, 'area' | 'year' | 'source'>,
  action: ApprovalAction,
  comment: string,
): Promise<ApprovalUnit> {
  const body: ApprovalActionBody = {
    ...(unit.source ? { source: unit.source } : {}),
    ...(comment.trim() ? { comment: comment.trim() } : {}),
  };
  const token = await csrfToken();
  const r = await fetch(`/api/approvals/${encodeURIComponent(unit.area)}/${unit.year}/${action}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: apiHeaders({
      'content-type': 'application/json',
      ...(token ? { 'x-csrf-token': token } : {}),
    }),
    body: JSON.stringify(body),
  });
  if (!r.ok) throw await problem(r);
  return (await r.json()) as ApprovalUnit;
}
