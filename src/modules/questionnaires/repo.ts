import type { Queryable } from '../../platform/db/client.ts';
import type {
  QuestionChange,
  Questionnaire,
  QuestionnaireDefinition,
  QuestionnaireKind,
  QuestionnaireSummary,
} from './schemas.ts';

type Row = {
  id: number;
  code: string;
  version: string;
  kind: QuestionnaireKind;
  definition: unknown;
  derived_from: number | null;
  changes: unknown;
  created_at: Date | string;
};

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
const iso = (v: Date | string) => (v instanceof Date ? v : new Date(v)).toISOString();

function toQuestionnaire(r: Row): Questionnaire {
  const definition = json<QuestionnaireDefinition>(r.definition);
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    kind: r.kind,
    title: definition.title,
    derivedFrom: r.derived_from,
    sections: definition.sections.length,
    questions: definition.sections.reduce((n, s) => n + s.questions.length, 0),
    createdAt: iso(r.created_at),
    definition,
    changes: json<QuestionChange[]>(r.changes),
  };
}

function toSummary(r: Row): QuestionnaireSummary {
  const { definition: _d, changes: _c, ...summary } = toQuestionnaire(r);
  return summary;
}

const COLUMNS = 'id, code, version, kind, definition, derived_from, changes, created_at';

/**
 * Natural order of versions: "2027" < "2028", "2027.2" < "2027.10"; numeric parts compare as numbers.
 */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The stored versions, by code and then version order. */
export async function listStored(
  db: Queryable,
  filter: { kind?: QuestionnaireKind | undefined } = {},
): Promise<QuestionnaireSummary[]> {
  const rows = await db.query<Row>(
    `SELECT ${COLUMNS} FROM questionnaire WHERE ($1::text IS NULL OR kind = $1) ORDER BY code, id`,
    [filter.kind ?? null],
  );
  return rows
    .map(toSummary)
    .sort((x, y) => x.code.localeCompare(y.code) || compareVersions(x.version, y.version));
}

export async function findById(db: Queryable, id: number): Promise<Questionnaire | undefined> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM questionnaire WHERE id = $1`, [id]);
  return row ? toQuestionnaire(row) : undefined;
}

export async function findByVersion(
  db: Queryable,
  code: string,
  version: string,
): Promise<Questionnaire | undefined> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM questionnaire WHERE code = $1 AND version = $2`, [
    code,
    version,
  ]);
  return row ? toQuestionnaire(row) : undefined;
}

/** The (code, version) pairs stored. */
export async function storedVersions(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ code: string; version: string }>('SELECT code, version FROM questionnaire');
  return new Set(rows.map((r) => `${r.code}@${r.version}`));
}

/** The stored version of a code that a new version derives from: the latest one before it in version order. */
export async function previousVersion(
  db: Queryable,
  code: string,
  version: string,
): Promise<Questionnaire | undefined> {
  const rows = await db.query<{ id: number; version: string }>(
    'SELECT id, version FROM questionnaire WHERE code = $1',
    [code],
  );
  const before = rows.filter((r) => compareVersions(r.version, version) < 0);
  before.sort((x, y) => compareVersions(x.version, y.version));
  const last = before.at(-1);
  return last ? findById(db, last.id) : undefined;
}

/** Stores a version; undefined when that (code, version) is already stored. */
export async function insertQuestionnaire(
  db: Queryable,
  q: {
    definition: QuestionnaireDefinition;
    derivedFrom: number | null;
    changes: readonly QuestionChange[];
    at: Date;
    by: string;
  },
): Promise<Questionnaire | undefined> {
  const [row] = await db.query<Row>(
    `INSERT INTO questionnaire (code, version, kind, definition, derived_from, changes, created_at, created_by)
     VALUES ($1, $2, $3, $4::text::jsonb, $5, $6::text::jsonb, $7, $8)
     ON CONFLICT (code, version) DO NOTHING
     RETURNING ${COLUMNS}`,
    [
      q.definition.code,
      q.definition.version,
      q.definition.kind,
      JSON.stringify(q.definition),
      q.derivedFrom,
      JSON.stringify(q.changes),
      q.at.toISOString(),
      q.by,
    ],
  );
  return row ? toQuestionnaire(row) : undefined;
}

/** The id of the latest version of a kind: the latest version of the code stored last. */
export async function latestOfKind(db: Queryable, kind: QuestionnaireKind): Promise<number | undefined> {
  const rows = await db.query<{ id: number; code: string; version: string }>(
    'SELECT id, code, version FROM questionnaire WHERE kind = $1 ORDER BY id',
    [kind],
  );
  const newestCode = rows.at(-1)?.code;
  const ofCode = rows.filter((r) => r.code === newestCode);
  ofCode.sort((x, y) => compareVersions(x.version, y.version));
  return ofCode.at(-1)?.id;
}

export async function readMeta(db: Queryable, key: string): Promise<unknown> {
  const [row] = await db.query<{ value: unknown }>('SELECT value FROM app_meta WHERE key = $1', [key]);
  return row === undefined ? undefined : json(row.value);
}

export async function writeMeta(db: Queryable, key: string, value: unknown): Promise<void> {
  await db.query(
    `INSERT INTO app_meta (key, value) VALUES ($1, $2::text::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [key, JSON.stringify(value)],
  );
}
