import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importAgreements } from '../../modules/agreements/index.ts';
import { type ImportReport, importFile } from '../../modules/observations/index.ts';
import { loadShippedDestinations } from '../../modules/recruitment/index.ts';
import { referenceVersion, seedReference } from '../../modules/reference/index.ts';
import { loadSafeguardsList } from '../../modules/safeguards/index.ts';
import { operatorContext } from '../../platform/context.ts';
import type { Database, Queryable } from '../../platform/db/client.ts';

const DEMO_DIR = new URL('../../../data/demo/', import.meta.url);

/** The public files hwmo ships as demo data, in load order; data/README.md credits each publisher. */
export const DEMO_FILES: readonly string[] = [
  'who_gho/cghss_medical_doctors_HWF_0001-0005.csv',
  'who_gho/cghss_nursing_midwifery_HWF_0006-0009.csv',
  'who_gho/cghss_dentists_HWF_0010-0013.csv',
  'worldbank/datasets_population_wb_SP.POP.TOTL.csv',
  'uhc/wb_API_SH.UHC.SRVS.CV.XD_DS2_en_csv_v2_15880.csv',
  'uhc/owid_universal-health-coverage-index.csv',
  'uhc/gho_legacy_UHC_INDEX_REPORTED_2015_2017.csv',
  'oecd/sasindu_HEALTH_WFMI_total_doctors_nurses_2010_2022.csv',
  'oecd/protor23_HEALTH_WFMI_FTDS_2018_by_origin.csv',
  'oecd/microm84_HEALTH_WFMI_USA_FTDS_2016_by_origin.csv',
];
export const SSL_2023_FILE = 'ssl/who_ssl_2023_countries.csv';
/** The agreements shipped beside a recruitment configuration, loaded as published agreements of the registry. */
export const AGREEMENT_FILES: readonly string[] = ['gbr-agreements.csv'];
const RECRUITMENT_DIR = new URL('../../../data/recruitment/', import.meta.url);

export function demoPath(file: string): string {
  return fileURLToPath(new URL(file, DEMO_DIR));
}

export interface SeedDemoResult {
  imports: ImportReport[];
  safeguardsList2023: number;
  /** The destinations whose shipped recruitment status configuration was saved by this run. */
  destinations: string[];
  /** Per agreements file: its agreements newly stored, and those already in the registry as the file gives them. */
  agreements: Array<{ file: string; created: number; updated: number; unchanged: number }>;
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
}

/** The demo files not yet loaded: no committed batch holds a file of that name with those very bytes. */
export async function missingDemoFiles(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ file_name: string; sha256: string }>(
    "SELECT file_name, file_sha256 AS sha256 FROM import_batch WHERE status = 'committed' AND file_name = ANY($1::text[])",
    [DEMO_FILES.map((f) => basename(f))],
  );
  const loaded = new Set(rows.map((r) => `${r.file_name} ${r.sha256}`));
  const missing: string[] = [];
  for (const file of DEMO_FILES) {
    if (!loaded.has(`${basename(file)} ${await sha256(demoPath(file))}`)) missing.push(file);
  }
  return missing;
}

/** Loads the demo files not loaded yet and the 2023 Safeguards List, then marks the demo data as complete. */
export async function seedDemo(
  db: Database,
  opts: {
    onFile?: (file: string, report: ImportReport) => void;
    onLoaded?: (file: string) => Promise<void>;
  } = {},
): Promise<SeedDemoResult> {
  const imports: ImportReport[] = [];
  for (const file of await missingDemoFiles(db)) {
    const report = await importFile(operatorContext(db), {
      input: { fileName: basename(file), path: demoPath(file) },
    });
    imports.push(report);
    opts.onFile?.(file, report);
    await opts.onLoaded?.(file);
  }
  const ssl = await loadSafeguardsList(operatorContext(db), { edition: 2023, path: demoPath(SSL_2023_FILE) });
  const destinations = await loadShippedDestinations(operatorContext(db));
  const agreements: SeedDemoResult['agreements'] = [];
  for (const file of AGREEMENT_FILES) {
    const r = await importAgreements(operatorContext(db), {
      fileName: file,
      bytes: await readFile(new URL(file, RECRUITMENT_DIR)),
      publish: true,
    });
    agreements.push({ file, created: r.created, updated: r.updated, unchanged: r.unchanged });
  }
  await db.query(
    `INSERT INTO app_meta (key, value) VALUES ('demo_seeded', $1::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [JSON.stringify({ files: DEMO_FILES.length, at: new Date().toISOString() })],
  );
  return { imports, safeguardsList2023: ssl, destinations, agreements };
}

const SEED_LOCK_KEY = 7_340_003;
/** A claim on another machine whose holder has not loaded a file for this long is taken to be dead. */
const STALE_CLAIM_MS = 10 * 60_000;

interface SeedClaim {
  pid: number;
  host: string;
  at: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a seeding claim left in the database belongs to a process that is still seeding. */
function claimHeld(stored: unknown): boolean {
  let claim = stored;
  if (typeof claim === 'string') {
    try {
      claim = JSON.parse(claim);
    } catch {
      return false;
    }
  }
  if (!claim || typeof claim !== 'object') return false;
  const c = claim as Partial<SeedClaim>;
  if (typeof c.pid !== 'number' || typeof c.host !== 'string') return false;
  if (c.host === hostname()) return c.pid !== process.pid && isAlive(c.pid);
  return Date.now() - Date.parse(c.at ?? '') < STALE_CLAIM_MS;
}

const myClaim = (): string =>
  JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() });

/**
 * On every start: the shipped reference tables when they changed (new version of hwmo) or were never loaded;
 * the demo data once, into a database that has never held an import. A seeding that was cut short (the process
 * killed after some of the files) is resumed on the next start, loading the files still missing.
 * Safe when several processes start at once.
 */
export async function ensureSeeded(
  db: Database,
  opts: {
    demo: boolean;
    onFile?: (file: string, report: ImportReport) => void;
    /** What the seeding decided, for the log: a resumed seeding and the files it still loads. */
    onNotice?: (message: string) => void;
  },
): Promise<{ reference: boolean; demo: boolean }> {
  const version = referenceVersion();
  const reference = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const [row] = await tx.query<{ v: string }>(
      "SELECT value #>> '{}' AS v FROM app_meta WHERE key = 'reference_version'",
    );
    if (row?.v === version) return false;
    await seedReference(tx);
    await tx.query(
      `INSERT INTO app_meta (key, value) VALUES ('reference_version', to_jsonb($1::text))
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [version],
    );
    return true;
  });
  if (!opts.demo) return { reference, demo: false };
  // The claim is taken in its own transaction so that a second process starting meanwhile does not load it again;
  // it stays until the seeding is complete, so that a seeding cut short is seen and resumed.
  const claimed = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const meta = await tx.query<{ key: string; value: unknown }>(
      "SELECT key, value FROM app_meta WHERE key IN ('demo_seeded', 'demo_seeding')",
    );
    if (meta.some((m) => m.key === 'demo_seeded')) return false;
    const claim = meta.find((m) => m.key === 'demo_seeding');
    if (claim) {
      if (claimHeld(claim.value)) {
        opts.onNotice?.('demo data: another process is loading it');
        return false;
      }
      await tx.query("UPDATE app_meta SET value = $1::jsonb, updated_at = now() WHERE key = 'demo_seeding'", [
        myClaim(),
      ]);
      return true;
    }
    const [batches] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM import_batch');
    if (Number(batches?.n ?? 0) > 0) return false;
    await tx.query("INSERT INTO app_meta (key, value) VALUES ('demo_seeding', $1::jsonb)", [myClaim()]);
    return true;
  });
  if (!claimed) return { reference, demo: false };
  const missing = await missingDemoFiles(db);
  if (missing.length < DEMO_FILES.length) {
    opts.onNotice?.(
      `demo data: resuming a seeding cut short; ${missing.length} of ${DEMO_FILES.length} files still to load: ${missing.map((f) => basename(f)).join(', ')}`,
    );
  }
  await seedDemo(db, {
    ...(opts.onFile ? { onFile: opts.onFile } : {}),
    onLoaded: async () => {
      await db.query("UPDATE app_meta SET value = $1::jsonb, updated_at = now() WHERE key = 'demo_seeding'", [
        myClaim(),
      ]);
    },
  });
  await db.query("DELETE FROM app_meta WHERE key = 'demo_seeding'");
  return { reference, demo: true };
}
