import type { Round } from '../../../../src/modules/reporting/schemas.ts';
import { send } from '../../lib/api.ts';
import { apiPath, type PublishedSearch, type ReportingHistory, type SearchView } from './state.ts';

// Read afresh each time: reports are published while pages are open.

export const searchPublished = (view: SearchView) => send<PublishedSearch>('GET', apiPath(view));

export const getRounds = () => send<{ rounds: Round[] }>('GET', '/api/rounds').then((r) => r.rounds);

export const getReportingHistory = (iso3: string) =>
  send<ReportingHistory>('GET', `/api/areas/${encodeURIComponent(iso3)}/reporting`);
