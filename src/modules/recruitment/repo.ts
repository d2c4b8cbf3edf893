import type { Queryable } from '../../platform/db/client.ts';
import type { DestinationConfig } from './domain/destination-config.ts';

export interface StoredConfig {
  id: number;
  destination: string;
  config: DestinationConfig;
  note: string | null;
  savedAt: string;
  savedBy: string;
}

type Row = {
  id: number;
  destination: string;
  config: DestinationConfig | string;
  note: string | null;
  saved_at: Date | string;
  saved_by: string;
};

const toStored = (r: Row): StoredConfig => ({
  id: r.id,
  destination: r.destination,
  config: typeof r.config === 'string' ? (JSON.parse(r.config) as DestinationConfig) : r.config,
  note: r.note,
  savedAt: new Date(r.saved_at).toISOString(),
  savedBy: r.saved_by,
});

const COLUMNS = 'id, destination, config, note, saved_at, saved_by';

/** The configuration in force for a destination: its newest saved version. */
export async function currentConfig(db: Queryable, destination: string): Promise<StoredConfig | null> {
  const [row] = await db.query<Row>(
    `SELECT ${COLUMNS} FROM recruitment_config WHERE destination = $1 ORDER BY id DESC LIMIT 1`,
    [destination],
  );
  return row ? toStored(row) : null;
}

/** Every saved version of a destination's configuration, newest first. */
export async function configHistory(db: Queryable, destination: string): Promise<StoredConfig[]> {
  const rows = await db.query<Row>(
    `SELECT ${COLUMNS} FROM recruitment_config WHERE destination = $1 ORDER BY id DESC`,
    [destination],
  );
  return rows.map(toStored);
}

/** The configuration in force of every destination that has one. */
export async function currentConfigs(db: Queryable): Promise<StoredConfig[]> {
  const rows = await db.query<Row>(
    `SELECT DISTINCT ON (destination) ${COLUMNS} FROM recruitment_config ORDER BY destination, id DESC`,
  );
  return rows.map(toStored);
}

export async function insertConfig(
  db: Queryable,
  v: { destination: string; config: DestinationConfig; note: string | null; savedAt: Date; savedBy: string },
): Promise<StoredConfig> {
  const [row] = await db.query<Row>(
    `INSERT INTO recruitment_config (destination, config, note, saved_at, saved_by)
     VALUES ($1, $2::text::jsonb, $3, $4, $5) RETURNING ${COLUMNS}`,
    [v.destination, JSON.stringify(v.config), v.note, v.savedAt.toISOString(), v.savedBy],
  );
  if (!row) throw new Error('recruitment_config: INSERT returned no row');
  return toStored(row);
}
