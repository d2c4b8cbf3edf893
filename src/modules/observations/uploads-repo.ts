import type { Queryable } from '../../platform/db/client.ts';

export interface UploadOwner {
  kind: 'user' | 'operator';
  userId: number | null;
  label: string;
}

export interface StoredUpload {
  id: number;
  owner: UploadOwner;
  fileName: string;
  sha256: string;
  size: number;
  createdAt: Date;
  expiresAt: Date;
}

interface UploadRow extends Record<string, unknown> {
  id: number;
  owner_kind: 'user' | 'operator';
  owner_user_id: number | null;
  owner_label: string;
  file_name: string;
  sha256: string;
  size: number;
  created_at: Date | string;
  expires_at: Date | string;
}

const COLUMNS = 'id, owner_kind, owner_user_id, owner_label, file_name, sha256, size, created_at, expires_at';
const date = (d: Date | string) => (d instanceof Date ? d : new Date(d));

function upload(r: UploadRow): StoredUpload {
  return {
    id: r.id,
    owner: { kind: r.owner_kind, userId: r.owner_user_id, label: r.owner_label },
    fileName: r.file_name,
    sha256: r.sha256,
    size: Number(r.size),
    createdAt: date(r.created_at),
    expiresAt: date(r.expires_at),
  };
}

export async function insertUpload(
  db: Queryable,
  u: Omit<StoredUpload, 'id'> & { bytes: Uint8Array },
): Promise<StoredUpload> {
  const [row] = await db.query<UploadRow>(
    `INSERT INTO import_upload (owner_kind, owner_user_id, owner_label, file_name, bytes, sha256, size, created_at,
       expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
    [
      u.owner.kind,
      u.owner.userId,
      u.owner.label,
      u.fileName,
      u.bytes,
      u.sha256,
      u.size,
      u.createdAt.toISOString(),
      u.expiresAt.toISOString(),
    ],
  );
  if (!row) throw new Error('INSERT … RETURNING gave no row');
  return upload(row);
}

/** The upload, unless it is absent or expired at `now`. */
export async function findUpload(db: Queryable, id: number, now: Date): Promise<StoredUpload | null> {
  const [row] = await db.query<UploadRow>(
    `SELECT ${COLUMNS} FROM import_upload WHERE id = $1 AND expires_at > $2`,
    [id, now.toISOString()],
  );
  return row ? upload(row) : null;
}

export async function uploadBytes(db: Queryable, id: number): Promise<Uint8Array> {
  const [row] = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM import_upload WHERE id = $1', [id]);
  if (!row) throw new Error(`upload ${id} vanished`);
  return row.bytes;
}

export async function deleteUpload(db: Queryable, id: number): Promise<boolean> {
  const rows = await db.query('DELETE FROM import_upload WHERE id = $1 RETURNING id', [id]);
  return rows.length > 0;
}

/** Deletes the uploads expired at `now`; returns how many. */
export async function deleteExpiredUploads(db: Queryable, now: Date): Promise<number> {
  const rows = await db.query('DELETE FROM import_upload WHERE expires_at <= $1 RETURNING id', [
    now.toISOString(),
  ]);
  return rows.length;
}
