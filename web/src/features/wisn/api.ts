import type {
  Study,
  StudyInputs,
  StudyInputsSent,
  StudyList,
  StudyResults,
} from '../../../../src/modules/wisn/schemas.ts';
import { ApiError, type Problem, send } from '../../lib/api.ts';
import { currentSession, refreshSession } from '../../lib/session.ts';
import { sendFile } from '../imports/send-file.ts';

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

export { FileRefused as WorkbookRefused } from '../imports/send-file.ts';

/** A workbook read into a study's inputs, stored nowhere. */
export const readWorkbook = (file: File): Promise<StudyInputs> => sendFile('/api/wisn/read', file);

/** A workbook saved as a new study. */
export const importWorkbook = (file: File): Promise<Study> => sendFile('/api/wisn/studies/import', file);
