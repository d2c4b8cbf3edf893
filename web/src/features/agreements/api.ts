import type {
  Agreement,
  AgreementFieldsInput,
  AgreementList,
  Evaluation,
  ImportResult,
  Publish,
  RecordEvent,
} from '../../../../src/modules/agreements/schemas.ts';
import { ApiError, type Problem, query, send } from '../../lib/api.ts';
import { currentSession, refreshSession } from '../../lib/session.ts';
import { sendFile } from '../imports/send-file.ts';

export type { Agreement, AgreementFieldsInput, AgreementList, ImportResult };

/** The list filters the page keeps in its URL. */
export interface ListFilter {
  area: string;
  cadre: string;
  status: string;
}

/** The registry as the reader may read it; never cached, since managers change it from this page. */
export function getAgreements(f: ListFilter): Promise<AgreementList> {
  return send<AgreementList>(
    'GET',
    query('/api/agreements', {
      area: f.area || undefined,
      cadre: f.cadre || undefined,
      status: f.status || undefined,
    }),
  );
}

export function getAgreement(id: number): Promise<Agreement> {
  return send<Agreement>('GET', `/api/agreements/${id}`);
}

/** Writes carry the session's CSRF token: the session is read first when the page has not loaded it yet. */
async function ready(): Promise<void> {
  if (!currentSession()) await refreshSession();
}

export async function createAgreement(body: AgreementFieldsInput): Promise<Agreement> {
  await ready();
  return send<Agreement>('POST', '/api/agreements', body);
}

/** The whole agreement as it should be, made on the version the reader saw. */
export async function updateAgreement(
  id: number,
  body: AgreementFieldsInput & { version: number },
): Promise<Agreement> {
  await ready();
  return send<Agreement>('PUT', `/api/agreements/${id}`, body);
}

export async function publishAgreement(id: number, body: Publish): Promise<Agreement> {
  await ready();
  return send<Agreement>('POST', `/api/agreements/${id}/publish`, body);
}

export async function recordEvent(id: number, body: RecordEvent): Promise<Agreement> {
  await ready();
  return send<Agreement>('POST', `/api/agreements/${id}/events`, body);
}

export { FileRefused as ImportRefused } from '../imports/send-file.ts';

/** Sends a CSV file to the import, all or nothing; a refusal comes back as the API's problem. */
export const importCsv = (file: File, publish: boolean): Promise<ImportResult> =>
  sendFile(query('/api/agreements/import', { publish: publish ? 'true' : undefined }), file);

/** What the evaluation answered: its JSON, or the problem it answered with. */
export type EvaluationAnswer =
  | { ok: true; body: Evaluation }
  | { ok: false; status: number; problem: Problem };

/** The evaluation of an agreement's effect on the flows, or the problem it answered with. */
export async function getEvaluation(id: number): Promise<EvaluationAnswer> {
  try {
    return { ok: true, body: await send<Evaluation>('GET', `/api/agreements/${id}/evaluation`) };
  } catch (e) {
    if (e instanceof ApiError) return { ok: false, status: e.status, problem: e.problem };
    return { ok: false, status: 0, problem: { detail: e instanceof Error ? e.message : String(e) } };
  }
}
