import type { Queryable } from '../../platform/db/client.ts';
import type { PlanningPoint } from './domain/starting.ts';
import type { Run, RunRequest, RunRow, ScenarioSpec } from './schemas.ts';

interface PointRow extends Record<string, unknown> {
  measure: string;
  area: string;
  year: number;
  occupation: string;
  partner: string;
  value: number;
  source: string;
  file_name: string | null;
  source_row: number | null;
}

const PLANNING_MEASURES = [
  'stock',
  'density',
  'population',
  'graduates',
  'inflow',
  'outflow',
  'foreign-trained-stock',
  'foreign-born-stock',
];

/**
 * The current values (all sexes and ages) planning reads for these areas: their own stocks, densities, population
 * and flows, and the stocks destinations report of workers from them.
 */
export async function loadPlanningPoints(db: Queryable, areas: readonly string[]): Promise<PlanningPoint[]> {
  const rows = await db.query<PointRow>(
    `SELECT o.measure, o.area, o.year, o.occupation, o.partner, o.value, o.source, b.file_name, o.source_row
       FROM observation o JOIN import_batch b ON b.id = o.batch_id
      WHERE o.superseded_by IS NULL AND o.sex = '_T' AND o.age = '_T' AND o.measure = ANY($1::text[])
        AND ((o.area = ANY($2::text[]) AND o.partner = '_Z')
          OR (o.partner = ANY($2::text[]) AND o.measure IN ('foreign-trained-stock', 'foreign-born-stock')))`,
    [PLANNING_MEASURES, areas],
  );
  return rows.map((r) => ({
    measure: r.measure,
    area: r.area,
    year: r.year,
    occupation: r.occupation,
    partner: r.partner,
    value: Number(r.value),
    dataset: r.source,
    file: r.file_name,
    row: r.source_row,
  }));
}

/** Country codes of the WHO Member States, in order. */
export async function memberStates(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    "SELECT code FROM area WHERE kind = 'country' AND who_member ORDER BY code",
  );
  return rows.map((r) => r.code);
}

export async function countryExists(db: Queryable, code: string): Promise<boolean> {
  const rows = await db.query("SELECT 1 FROM area WHERE code = $1 AND kind = 'country'", [code]);
  return rows.length > 0;
}

// Scenarios

export interface StoredScenario {
  id: number;
  area: string;
  name: string;
  owner: string;
  ownerLabel: string;
  shared: boolean;
  parent: number | null;
  spec: ScenarioSpec;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  deleted: boolean;
}

interface ScenarioRow extends Record<string, unknown> {
  id: number;
  area: string;
  name: string;
  owner: string;
  owner_label: string;
  shared: boolean;
  parent_id: number | null;
  spec: ScenarioSpec | string;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
  deleted: boolean;
}

const SCENARIO_COLUMNS =
  'id, area, name, owner, owner_label, shared, parent_id, spec, version, created_at, updated_at, deleted_at IS NOT NULL AS deleted';

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

function mapScenario(r: ScenarioRow): StoredScenario {
  return {
    id: r.id,
    area: r.area,
    name: r.name,
    owner: r.owner,
    ownerLabel: r.owner_label,
    shared: r.shared,
    parent: r.parent_id,
    spec: json(r.spec),
    version: r.version,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    deleted: r.deleted,
  };
}

export async function loadScenario(db: Queryable, id: number, lock = false): Promise<StoredScenario | null> {
  const [row] = await db.query<ScenarioRow>(
    `SELECT ${SCENARIO_COLUMNS} FROM planning_scenario WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row ? mapScenario(row) : null;
}

/** An owner's scenarios that are not deleted, of one area or all, newest change first. */
export async function listScenarios(
  db: Queryable,
  owner: string,
  area: string | undefined,
): Promise<StoredScenario[]> {
  const rows = await db.query<ScenarioRow>(
    `SELECT ${SCENARIO_COLUMNS} FROM planning_scenario
      WHERE deleted_at IS NULL AND owner = $1 AND ($2::text IS NULL OR area = $2)
      ORDER BY updated_at DESC, id DESC`,
    [owner, area ?? null],
  );
  return rows.map(mapScenario);
}

export async function insertScenario(
  db: Queryable,
  s: {
    name: string;
    owner: string;
    ownerLabel: string;
    shared: boolean;
    parent: number | null;
    spec: ScenarioSpec;
  },
  at: Date,
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO planning_scenario (area, name, owner, owner_label, shared, parent_id, spec, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $8) RETURNING id`,
    [
      s.spec.area,
      s.name,
      s.owner,
      s.ownerLabel,
      s.shared,
      s.parent,
      JSON.stringify(s.spec),
      at.toISOString(),
    ],
  );
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row.id;
}

export async function updateScenario(
  db: Queryable,
  id: number,
  s: { name: string; shared: boolean; spec: ScenarioSpec },
  at: Date,
): Promise<void> {
  await db.query(
    `UPDATE planning_scenario SET area = $2, name = $3, shared = $4, spec = $5::text::jsonb, version = version + 1,
       updated_at = $6
     WHERE id = $1`,
    [id, s.spec.area, s.name, s.shared, JSON.stringify(s.spec), at.toISOString()],
  );
}

export async function deleteScenario(db: Queryable, id: number, at: Date): Promise<void> {
  await db.query('UPDATE planning_scenario SET deleted_at = $2 WHERE id = $1', [id, at.toISOString()]);
}

// Runs

interface RunDbRow extends Record<string, unknown> {
  id: number;
  owner: string;
  request: RunRequest | string;
  state: Run['state'];
  done: number;
  total: number;
  created_by: string;
  created_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
  error: string | null;
  provenance: Run['provenance'] | string | null;
  rows?: RunRow[] | string | null;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

function mapRun(r: RunDbRow): Run {
  return {
    id: r.id,
    state: r.state,
    done: r.done,
    total: r.total,
    request: json(r.request),
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
    error: r.error,
    provenance: r.provenance === null ? null : json(r.provenance),
    rows: r.rows === undefined || r.rows === null ? null : json(r.rows),
  };
}

const RUN_COLUMNS =
  'id, owner, request, state, done, total, created_by, created_at, started_at, finished_at, error, provenance';

export async function insertRun(
  db: Queryable,
  request: RunRequest,
  who: { owner: string; ownerLabel: string },
  at: Date,
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO planning_run (request, owner, created_by, created_at, heartbeat_at)
     VALUES ($1::text::jsonb, $2, $3, $4, $4) RETURNING id`,
    [JSON.stringify(request), who.owner, who.ownerLabel, at.toISOString()],
  );
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return row.id;
}

/** The run with its owner's key. */
export async function loadOwnedRun(
  db: Queryable,
  id: number,
  withRows = true,
): Promise<{ owner: string; run: Run } | null> {
  const [row] = await db.query<RunDbRow>(
    `SELECT ${RUN_COLUMNS}${withRows ? ', rows' : ''} FROM planning_run WHERE id = $1`,
    [id],
  );
  return row ? { owner: row.owner, run: mapRun(row) } : null;
}

/** An owner's newest runs. */
export async function listRuns(db: Queryable, owner: string): Promise<Run[]> {
  const rows = await db.query<RunDbRow>(
    `SELECT ${RUN_COLUMNS} FROM planning_run WHERE owner = $1 ORDER BY id DESC LIMIT 100`,
    [owner],
  );
  return rows.map(mapRun);
}

export async function startRun(db: Queryable, id: number, total: number, at: Date): Promise<void> {
  await db.query(
    "UPDATE planning_run SET state = 'running', total = $2, started_at = $3, heartbeat_at = $3 WHERE id = $1",
    [id, total, at.toISOString()],
  );
}

export async function runProgress(db: Queryable, id: number, done: number): Promise<void> {
  await db.query('UPDATE planning_run SET done = $2, heartbeat_at = now() WHERE id = $1', [id, done]);
}

export async function finishRun(
  db: Queryable,
  id: number,
  result: { rows: RunRow[]; provenance: NonNullable<Run['provenance']> },
  at: Date,
): Promise<void> {
  await db.query(
    `UPDATE planning_run SET state = 'done', done = total, rows = $2::text::jsonb, provenance = $3::text::jsonb,
       finished_at = $4 WHERE id = $1`,
    [id, JSON.stringify(result.rows), JSON.stringify(result.provenance), at.toISOString()],
  );
}

export async function failRun(db: Queryable, id: number, error: string, at: Date): Promise<void> {
  await db.query("UPDATE planning_run SET state = 'failed', error = $2, finished_at = $3 WHERE id = $1", [
    id,
    error,
    at.toISOString(),
  ]);
}

/** Runs left queued or running without a sign of life since `before`: the server that ran them stopped. */
export async function failInterruptedRuns(db: Queryable, error: string, before: Date): Promise<number> {
  const rows = await db.query(
    `UPDATE planning_run SET state = 'failed', error = $1, finished_at = now()
      WHERE state IN ('queued', 'running') AND heartbeat_at < $2 RETURNING id`,
    [error, before.toISOString()],
  );
  return rows.length;
}
