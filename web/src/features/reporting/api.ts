import type {
  Questionnaire,
  QuestionnaireKind,
  QuestionnaireSummary,
} from '../../../../src/modules/questionnaires/schemas.ts';
import type {
  Authority,
  CreateReport,
  CreateRound,
  Dashboard,
  DesignateAuthority,
  ReportingHistory,
  ReportSummary,
  Round,
  RoundAction,
} from '../../../../src/modules/reporting/schemas.ts';
import { query, send } from '../../lib/api.ts';

export type { Questionnaire, QuestionnaireSummary };

// Never cached: the page changes what it reads.

export const getRounds = () => send<{ rounds: Round[] }>('GET', '/api/rounds').then((r) => r.rounds);

export const getRound = (id: number) => send<Round>('GET', `/api/rounds/${id}`);

export const createRound = (body: CreateRound) => send<Round>('POST', '/api/rounds', body);

export const actOnRound = (id: number, action: RoundAction) =>
  send<Round>('POST', `/api/rounds/${id}/${action}`, {});

export const getDashboard = (id: number) => send<Dashboard>('GET', `/api/rounds/${id}/dashboard`);

export const getAuthorities = (roundId: number) =>
  send<{ authorities: Authority[] }>('GET', `/api/rounds/${roundId}/authorities`).then((r) => r.authorities);

export const designateAuthority = (roundId: number, body: DesignateAuthority) =>
  send<Authority>('POST', `/api/rounds/${roundId}/authorities`, body);

export const getAreaAuthorities = (iso3: string) =>
  send<{ authorities: Authority[] }>('GET', `/api/areas/${encodeURIComponent(iso3)}/authorities`).then(
    (r) => r.authorities,
  );

export const getAreaReporting = (iso3: string) =>
  send<ReportingHistory>('GET', `/api/areas/${encodeURIComponent(iso3)}/reporting`);

export const getRoundReports = (roundId: number, params: { kind?: QuestionnaireKind; area?: string } = {}) =>
  send<{ reports: ReportSummary[] }>('GET', query(`/api/rounds/${roundId}/reports`, params)).then(
    (r) => r.reports,
  );

export const startReport = (roundId: number, body: CreateReport) =>
  send<ReportSummary>('POST', `/api/rounds/${roundId}/reports`, body);

export const getQuestionnaires = (kind: QuestionnaireKind) =>
  send<{ questionnaires: QuestionnaireSummary[] }>('GET', query('/api/questionnaires', { kind })).then(
    (r) => r.questionnaires,
  );

export const getQuestionnaire = (id: number) => send<Questionnaire>('GET', `/api/questionnaires/${id}`);
