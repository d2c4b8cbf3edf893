import type { AgreementList } from '../../../../src/modules/agreements/schemas.ts';
import type {
  Declaration,
  DeclarationList,
  DeclareResult,
} from '../../../../src/modules/declarations/schemas.ts';
import type {
  ApplicationResult,
  AttemptResult,
  Complaint,
  ComplaintFollow,
  ComplaintReceipt,
  Organisation,
  OrganisationList,
  Queue,
  RegisterList,
  StartedAttempt,
} from '../../../../src/modules/recruiters/schemas.ts';
import { query, send } from '../../lib/api.ts';

export type {
  ApplicationResult,
  AttemptResult,
  Complaint,
  ComplaintFollow,
  ComplaintReceipt,
  Declaration,
  DeclareResult,
  Organisation,
  Queue,
  StartedAttempt,
};

const API = '/api/recruiters';

export const getRegisters = () => send<RegisterList>('GET', `${API}/registers`);
export const getOrganisations = (params: { register?: string; q?: string }) =>
  send<OrganisationList>('GET', query(`${API}/organisations`, params));
export const getMine = () => send<OrganisationList>('GET', `${API}/mine`, undefined, { quiet401: true });
export const getQueue = (register: string) =>
  send<Queue>('GET', `${API}/registers/${encodeURIComponent(register)}/queue`);

export const apply = (body: unknown) => send<ApplicationResult>('POST', `${API}/organisations`, body);
export const startAttempt = (org: number) =>
  send<StartedAttempt>('POST', `${API}/organisations/${org}/attempts`);
export const submitAttempt = (org: number, attempt: number, answers: Record<string, number>) =>
  send<AttemptResult>('POST', `${API}/organisations/${org}/attempts/${attempt}/submit`, { answers });
export const reconfirm = (org: number) =>
  send<Organisation>('POST', `${API}/organisations/${org}/reconfirm`, {
    commitsToCode: true,
    chargesNoFees: true,
  });
export const appeal = (org: number, complaintId: number, statement: string) =>
  send<Organisation>('POST', `${API}/organisations/${org}/appeals`, { complaintId, statement });
export const review = (org: number, decision: 'list' | 'reject', note: string) =>
  send<Organisation>('POST', `${API}/organisations/${org}/review`, { decision, ...(note ? { note } : {}) });

export const complain = (body: unknown) => send<ComplaintReceipt>('POST', `${API}/complaints`, body);
export const follow = (reference: string) =>
  send<ComplaintFollow>('GET', `${API}/complaints/${encodeURIComponent(reference)}`);
export const actOnComplaint = (id: number, action: string, note: string) =>
  send<Complaint>('POST', `${API}/complaints/${id}/actions`, { action, ...(note ? { note } : {}) });
export const decideAppeal = (id: number, decision: 'upheld' | 'dismissed', note: string) =>
  send<Organisation>('POST', `${API}/appeals/${id}/decide`, { decision, note });
export const reinstate = (org: number, note: string) =>
  send<Organisation>('POST', `${API}/organisations/${org}/reinstate`, { note });

export const getDeclarations = (org: number) =>
  send<DeclarationList>('GET', `${API}/organisations/${org}/declarations`);
export const declare = (org: number, body: unknown) =>
  send<DeclareResult>('POST', `${API}/organisations/${org}/declarations`, body);
export const getDestinationDeclarations = (destination: string) =>
  send<DeclarationList>('GET', query('/api/declarations', { destination }));
export const reviewDeclaration = (id: number, decision: 'accepted' | 'queried', note: string) =>
  send<Declaration>('POST', `/api/declarations/${id}/review`, { decision, note });
/** The published agreements a destination is party to, for a declaration to name. */
export const getAgreements = (area: string) => send<AgreementList>('GET', query('/api/agreements', { area }));
