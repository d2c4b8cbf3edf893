import type {
  LeversInput,
  ParameterValues,
  PlanningCadre,
  Projection,
  Run,
  RunRequest,
  RunRow,
  Scenario,
  ScenarioSpecInput,
} from '../../../../src/modules/planning/schemas.ts';
import type { StudyInputs, StudyList, StudyResults } from '../../../../src/modules/wisn/schemas.ts';
import { apiHeaders, getJson, query, send } from '../../lib/api.ts';
import { saveBlob } from '../../lib/csv.ts';
import { currentSession } from '../../lib/session.ts';

export type {
  LeversInput,
  ParameterValues,
  PlanningCadre,
  Projection,
  Run,
  RunRequest,
  RunRow,
  Scenario,
  ScenarioSpecInput,
};
export type WisnStudySummary = StudyList['studies'][number];
export type RunSummary = Omit<Run, 'rows'>;

const projections = new Map<string, Promise<Projection>>();

/** A scenario's projection; the same specification is projected once per page load. */
export function project(spec: ScenarioSpecInput): Promise<Projection> {
  const key = JSON.stringify(spec);
  let p = projections.get(key);
  if (!p) {
    p = send<Projection>('POST', '/api/planning/project', spec);
    projections.set(key, p);
    p.catch(() => projections.delete(key));
  }
  return p;
}

/** Downloads a scenario's projection as the API writes it (CSV or workbook), under the name the API gives it. */
export async function downloadProjection(spec: ScenarioSpecInput, format: 'csv' | 'xlsx'): Promise<void> {
  const csrf = currentSession()?.csrfToken;
  const r = await fetch(`/api/planning/project.${format}`, {
    method: 'POST',
    headers: apiHeaders({
      'content-type': 'application/json',
      accept: '*/*',
      ...(csrf ? { 'x-csrf-token': csrf } : {}),
    }),
    credentials: 'same-origin',
    body: JSON.stringify(spec),
  });
  if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
  const name = /filename="([^"]+)"/.exec(r.headers.get('content-disposition') ?? '')?.[1];
  saveBlob(await r.blob(), name ?? `hwmo-projection-${spec.area}.${format}`);
}

export const getScenario = (id: number) => send<Scenario>('GET', `/api/planning/scenarios/${id}`);

export const listScenarios = () =>
  send<{ scenarios: Scenario[] }>('GET', query('/api/planning/scenarios', {})).then((r) => r.scenarios);

export const createScenario = (body: {
  name: string;
  spec: ScenarioSpecInput;
  shared: boolean;
  parent: number | null;
}) => send<Scenario>('POST', '/api/planning/scenarios', body);

export const updateScenario = (
  id: number,
  body: { version: number; name: string; spec: ScenarioSpecInput; shared: boolean },
) => send<Scenario>('PUT', `/api/planning/scenarios/${id}`, body);

export const deleteScenario = (id: number) => send<{ id: number }>('DELETE', `/api/planning/scenarios/${id}`);

/** The WISN studies of a country the reader manages. */
export const listWisnStudies = (area: string) =>
  send<StudyList>('GET', query('/api/wisn/studies', { area })).then((r) => r.studies);

export const wisnResults = (id: number) =>
  send<{ inputs: StudyInputs; results: StudyResults }>('GET', `/api/wisn/studies/${id}/results`);

export type RunRequestSent = Omit<Partial<RunRequest>, 'uncertainty'> &
  Pick<RunRequest, 'areas'> & { uncertainty?: { draws: number; seed: number } };

export const startRun = (request: RunRequestSent) => send<Run>('POST', '/api/planning/runs', request);

export const getRun = (id: number) => send<Run>('GET', `/api/planning/runs/${id}`);

export const listRuns = () => send<{ runs: RunSummary[] }>('GET', '/api/planning/runs').then((r) => r.runs);

export const runCsvUrl = (id: number) => `/api/planning/runs/${id}/rows.csv`;

export { getJson };
