import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actorLabel } from '../../platform/auth/actor.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { mutation, type Tx } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { PARSE_OPTIONS, issueText as zodIssueText } from '../../platform/zod-text.ts';
import { definitionErrors } from './definition-errors.ts';
import { diffQuestionnaires } from './domain/versions.ts';
import { questionnaireText as text } from './messages.ts';
import {
  compareVersions,
  findByVersion,
  insertQuestionnaire,
  latestOfKind,
  previousVersion,
  readMeta,
  writeMeta,
} from './repo.ts';
import {
  type QuestionnaireDefinition,
  QuestionnaireDefinitionSchema,
  type QuestionnaireKind,
} from './schemas.ts';

/** The questionnaires shipped with hwmo: data/questionnaires/*.json. */
export const SHIPPED_DIR = fileURLToPath(new URL('../../../data/questionnaires/', import.meta.url));

/** The files of a folder already checked, by their SHA-256, so that an unchanged folder is not parsed again. */
const META_KEY = 'questionnaire_files';

interface ShippedFile {
  file: string;
  sha256: string;
  bytes: Buffer;
}

export interface LoadedQuestionnaire {
  file: string;
  id: number;
  code: string;
  version: string;
  kind: QuestionnaireKind;
}

function readFolder(dir: string): ShippedFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { file: f, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
    });
}

/** A file's definition, or an error naming the file and each JSON path that is wrong. */
function parseFile(f: ShippedFile): QuestionnaireDefinition {
  let raw: unknown;
  try {
    raw = JSON.parse(f.bytes.toString('utf8'));
  } catch (err) {
    throw new AppError('invalid_file', text('file_json', { file: f.file, reason: (err as Error).message }), {
      location: { file: f.file },
      hint: text('file_hint'),
    });
  }
  const parsed = QuestionnaireDefinitionSchema.safeParse(raw, PARSE_OPTIONS);
  const errors = parsed.success
    ? definitionErrors(parsed.data, '')
    : parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(file)', message: zodIssueText(i) }));
  if (!parsed.success || errors.length)
    throw new AppError('invalid_file', text('file_invalid', { file: f.file }), {
      location: { file: f.file, field: errors[0]?.field ?? '' },
      errors: errors.map((e) => ({ ...e, file: f.file })),
      hint: text('file_hint'),
    });
  return parsed.data;
}

const key = (d: { code: string; version: string }) => `${d.code}@${d.version}`;

/**
 * Loads the questionnaire files of a folder that are not stored yet, in version order per code, each later version
 * derived from the one before it (its changes listed), each load audited. A folder whose files were all seen before
 * costs one read of them and one query. Two processes starting at once load each version once (the write lock).
 * A broken file is refused naming the file and its JSON paths, and nothing is loaded.
 */
export async function loadShippedQuestionnaires(
  db: Database | Tx,
  dir: string = SHIPPED_DIR,
): Promise<LoadedQuestionnaire[]> {
  const files = readFolder(dir);
  const seen = ((await readMeta(db, META_KEY)) ?? {}) as Record<string, string>;
  const fresh = files.filter((f) => seen[f.sha256] === undefined);
  if (fresh.length === 0) return [];
  const parsed = fresh.map((f) => ({ file: f.file, sha256: f.sha256, definition: parseFile(f) }));
  parsed.sort(
    (a, b) =>
      a.definition.code.localeCompare(b.definition.code) ||
      compareVersions(a.definition.version, b.definition.version),
  );
  const load = async (tx: Tx): Promise<LoadedQuestionnaire[]> => {
    const ctx = tx.ctx;
    const out: LoadedQuestionnaire[] = [];
    for (const p of parsed) {
      const def = p.definition;
      const stored = await findByVersion(tx, def.code, def.version);
      if (stored) {
        if (JSON.stringify(stored.definition) !== JSON.stringify(def))
          ctx.log.warn(
            `${p.file}: ${key(def)} is stored with another definition; a stored version is never changed (derive a new version)`,
          );
        continue;
      }
      const parent = await previousVersion(tx, def.code, def.version);
      if (parent && parent.kind !== def.kind)
        throw new AppError(
          'invalid_file',
          text('kind_differs', { kind: def.kind, parentKind: parent.kind, from: parent.id }),
          { location: { file: p.file, field: 'kind' }, hint: text('file_hint') },
        );
      const renames = parent ? definitionErrors(def, '', parent) : [];
      if (renames.length)
        throw new AppError('invalid_file', text('file_invalid', { file: p.file }), {
          location: { file: p.file, field: renames[0]?.field ?? '' },
          errors: renames.map((e) => ({ ...e, file: p.file })),
          hint: text('file_hint'),
        });
      const changes = parent ? diffQuestionnaires(parent.definition, def) : [];
      const row = await insertQuestionnaire(tx, {
        definition: def,
        derivedFrom: parent?.id ?? null,
        changes,
        at: ctx.now(),
        by: actorLabel(ctx.actor),
      });
      if (!row) continue;
      await tx.audit({
        action: 'questionnaire.load',
        objectType: 'questionnaire',
        objectId: String(row.id),
        after: {
          file: p.file,
          code: row.code,
          version: row.version,
          kind: row.kind,
          derivedFrom: row.derivedFrom,
          changes: changes.length,
        },
      });
      out.push({ file: p.file, id: row.id, code: row.code, version: row.version, kind: row.kind });
    }
    const now = ((await readMeta(tx, META_KEY)) ?? {}) as Record<string, string>;
    for (const p of parsed) now[p.sha256] = `${basename(p.file)} ${key(p.definition)}`;
    await writeMeta(tx, META_KEY, now);
    return out;
  };
  // Inside a unit of work already (its lock held), or in one of its own as the operator.
  if ('audit' in db) return load(db);
  return mutation(operatorContext(db, { readOnly: false }), 'questionnaire.load', load);
}

/**
 * Makes sure the shipped questionnaires are stored (loading those that are not) and returns the ids of the latest
 * national and stakeholder versions: the folder's latest of each kind, else the latest stored.
 */
export async function ensureShippedQuestionnaires(
  db: Database | Tx,
  dir: string = SHIPPED_DIR,
): Promise<{ national: number; stakeholder: number }> {
  await loadShippedQuestionnaires(db, dir);
  const inFolder = readFolder(dir).flatMap((f) => {
    try {
      return [QuestionnaireDefinitionSchema.parse(JSON.parse(f.bytes.toString('utf8')))];
    } catch {
      return [];
    }
  });
  const latest = async (kind: QuestionnaireKind): Promise<number> => {
    const mine = inFolder.filter((d) => d.kind === kind);
    mine.sort((a, b) => compareVersions(a.version, b.version) || a.code.localeCompare(b.code));
    const newest = mine.at(-1);
    const id = newest
      ? (await findByVersion(db, newest.code, newest.version))?.id
      : await latestOfKind(db, kind);
    if (id === undefined)
      throw new AppError('not_found', text('none_stored', { kind }), { hint: text('none_stored_hint') });
    return id;
  };
  return { national: await latest('national'), stakeholder: await latest('stakeholder') };
}
