import { apiHeaders } from '../../lib/api.ts';
import { currentSession, refreshSession } from '../../lib/session.ts';
import type { Problem } from './state.ts';

/** A file refused: the API's problem, with the file, sheet, row and column of each error. */
export class FileRefused extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/** Posts a file in the multipart field "file" with the session's CSRF token; a refusal throws FileRefused. */
export async function sendFile<T>(url: string, file: File): Promise<T> {
  if (!currentSession()) await refreshSession();
  const form = new FormData();
  form.append('file', file, file.name);
  const token = currentSession()?.csrfToken ?? null;
  const r = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: apiHeaders(token ? { 'x-csrf-token': token } : {}),
    body: form,
  });
  if (!r.ok) {
    let problem: Record<string, unknown> = {};
    try {
      problem = (await r.json()) as Record<string, unknown>;
    } catch {
      // not problem+json
    }
    const title = typeof problem.title === 'string' ? problem.title : `${r.status} ${r.statusText}`;
    throw new FileRefused({ ...problem, status: r.status, title } as Problem);
  }
  return (await r.json()) as T;
}
