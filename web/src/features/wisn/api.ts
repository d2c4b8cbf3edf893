import type {
  Study,
  StudyInputs,
  StudyInputsSent,
  StudyList,
  StudyResults,
} from '../../../../src/modules/wisn/schemas.ts';
import { ApiError, apiHeaders, type Problem, send } from '../../lib/api.ts';
import { currentSession, refreshSession } from '../../lib/session.ts';
import type { Problem as ImportProblem } from '../imports/state.ts';

export type { Study, StudyInputs, StudyList, StudyResults };

export const TEMPLATE_URL = '/api/wisn/template.xlsx';
export const workbookUrl = (id: number): string => `/api/wisn/studies/${id}/export.xlsx`;
export const resultsCsvUrl = (id: number): string => `/api/wisn/studies/${id}/results.csv`;

/** Writes carry the session's CSRF token: the session is read first when the page has not loaded it yet. */
async function ready(): Promise<void> {
  if (!currentSession()) await refreshSession();
}

/** The results of a study; nothing is stored. */
export async function compute(inputs: StudyInputsSent): Promise<StudyResults> {
  await ready();
  return send<StudyResults>('POST', '/api/wisn/compute', inputs);
}

export function listStudies(): Promise<StudyList> {
  return send<StudyList>('GET', '/api/wisn/studies');
}

export function getStudy(id: number): Promise<Study> {
  return send<Study>('GET', `/api/wisn/studies/${id}`);
}

export async function createStudy(inputs: StudyInputsSent): Promise<Study> {
  await ready();
  return send<Study>('POST', '/api/wisn/studies', inputs);
}

export async function updateStudy(id: number, version: number, inputs: StudyInputsSent): Promise<Study> {
  await ready();
  return send<Study>('PUT', `/api/wisn/studies/${id}`, { version, inputs });
}

export async function deleteStudy(id: number): Promise<void> {
  await ready();
  await send('DELETE', `/api/wisn/studies/${id}`);
}

/** The study a stale save would have overwritten, as the API's 409 carries it. */
export function currentOf(e: unknown): Study | null {
  if (!(e instanceof ApiError) || e.status !== 409) return null;
  const current = (e.problem as Problem & { current?: Study }).current;
  return current ?? null;
}

/** A workbook refused: the API's problem, with the file, row and column of each error. */
export class WorkbookRefused extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.detail ?? problem.title);
  }
}

async function sendWorkbook<T>(url: string, file: File): Promise<T> {
  await ready();
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
    throw new WorkbookRefused({ ...problem, status: r.status, title } as WorkbookRefused['problem']);
  }
  return (await r.json()) as T;
}

/** A workbook read into a study's inputs, stored nowhere. */
export const readWorkbook = (file: File): Promise<StudyInputs> => sendWorkbook('/api/wisn/read', file);

/** A workbook saved as a new study. */
export const importWorkbook = (file: File): Promise<Study> => sendWorkbook('/api/wisn/studies/import', file);
