import type { Questionnaire } from '../../../../src/modules/questionnaires/schemas.ts';
import type { generateProgress } from '../../../../src/modules/reporting/domain/progress/generate.ts';
import type { Round } from '../../../../src/modules/reporting/schemas.ts';
import { ApiError, send } from '../../lib/api.ts';

export type { Questionnaire, Round };

/** The report's content, as the domain generates it (`ProgressContentSchema`). */
export type ProgressContent = ReturnType<typeof generateProgress>;
export type Editorial = ProgressContent['editorial'];

/**
 * `ProgressReportSchema` of src/modules/reporting/schemas-progress.ts, which the web's import rule (a module's
 * `schemas.ts` only) does not reach: test/browser/progress-report.browser.test.ts checks the two are the same type.
 */
export interface ProgressReport {
  roundId: number;
  state: 'draft' | 'published';
  version: number;
  content: ProgressContent;
  generatedAt: string;
  generatedBy: string;
  updatedAt: string;
  updatedBy: string;
  publishedAt: string | null;
  allowed: { edit: boolean; regenerate: boolean; publish: boolean };
}

/** What the secretariat changes: its own texts and which narrative answers are quoted. */
export interface ProgressEdit {
  editorial: Editorial;
  selectedNarratives: string[];
}

const path = (roundId: number) => `/api/rounds/${roundId}/progress-report`;

export const getRounds = () => send<{ rounds: Round[] }>('GET', '/api/rounds').then((r) => r.rounds);

/** The report; for the public an unpublished one is a 401 (kept from the session's listeners: it is no sign-out). */
export const getProgress = (roundId: number) =>
  send<ProgressReport>('GET', path(roundId), undefined, { quiet401: true });

export const generateProgressReport = (roundId: number) => send<ProgressReport>('POST', path(roundId));

export const editProgress = (roundId: number, version: number, edit: ProgressEdit) =>
  send<ProgressReport>('PUT', path(roundId), { version, ...edit });

export const publishRound = (roundId: number) => send<Round>('POST', `/api/rounds/${roundId}/publish`, {});

export const getQuestionnaire = (id: number) => send<Questionnaire>('GET', `/api/questionnaires/${id}`);

/** The current report a 409 carries beside the refusal of a stale edit, or null. */
export function currentOf(e: unknown): ProgressReport | null {
  if (!(e instanceof ApiError) || e.status !== 409) return null;
  const current = (e.problem as { current?: ProgressReport }).current;
  return current && typeof current.version === 'number' ? current : null;
}
