/** The import page's requests: the upload with its progress, the steps on it, the batches and their rollback. */

import { apiHeaders, type Batch } from '../../lib/api.ts';
import type { ImportReport, Problem, Upload, UploadPreview, UploadRead } from './state.ts';

export interface Rollback {
  batchId: number;
  removed: number;
  restored: number;
}

let csrf: Promise<string | null> | null = null;

/** The session's CSRF token (GET /api/session), sent on every unsafe request; none without a session. */
function csrfToken(): Promise<string | null> {
  csrf ??= fetch('/api/session', { headers: apiHeaders(), credentials: 'same-origin' })
    .then(async (r) => (r.ok ? (((await r.json()) as { csrfToken?: string }).csrfToken ?? null) : null))
    .catch(() => null);
  return csrf;
}

/** A problem from an answer's body, whatever it holds. */
export function toProblem(status: number, body: unknown, fallback: string): Problem {
  if (body && typeof body === 'object' && typeof (body as Problem).title === 'string') {
    const p = body as Problem;
    return { ...p, status: typeof p.status === 'number' ? p.status : status };
  }
  return { title: fallback, status };
}

async function answer<T>(r: Response): Promise<T> {
  const body: unknown = await r.json().catch(() => null);
  if (!r.ok) throw toProblem(r.status, body, `${r.status} ${r.statusText}`);
  return body as T;
}

async function send<T>(method: 'POST' | 'DELETE' | 'GET', url: string, body?: unknown): Promise<T> {
  const headers = apiHeaders();
  if (method !== 'GET') {
    const token = await csrfToken();
    if (token) headers['x-csrf-token'] = token;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  let r: Response;
  try {
    r = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (e) {
    throw { title: e instanceof Error ? e.message : String(e), status: 0 } satisfies Problem;
  }
  return answer<T>(r);
}

/** Sends a file as multipart/form-data, reporting the bytes sent as they go. */
export async function uploadFile(
  file: File,
  onProgress: (loaded: number, total: number) => void,
): Promise<Upload> {
  const token = await csrfToken();
  return new Promise<Upload>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/uploads');
    xhr.setRequestHeader('accept', 'application/json');
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total);
    });
    xhr.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as Upload);
      else reject(toProblem(xhr.status, body, `${xhr.status} ${xhr.statusText}`));
    });
    const failed = () => reject({ title: 'network', status: 0 } satisfies Problem);
    xhr.addEventListener('error', failed);
    xhr.addEventListener('abort', failed);
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export const describeUpload = (id: number, sheet: string) =>
  send<Upload>('GET', `/api/uploads/${id}?sheet=${encodeURIComponent(sheet)}`);
export const previewUpload = (id: number, read: UploadRead) =>
  send<UploadPreview>('POST', `/api/uploads/${id}/preview`, read);
export const commitUpload = (id: number, read: UploadRead) =>
  send<ImportReport>('POST', `/api/uploads/${id}/commit`, read);
export const discardUpload = (id: number) => send<{ id: number }>('DELETE', `/api/uploads/${id}`);
export const listBatches = () => send<{ items: Batch[] }>('GET', '/api/batches?limit=50');
export const rollbackBatch = (id: number) => send<Rollback>('POST', `/api/batches/${id}/rollback`);
