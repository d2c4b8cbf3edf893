import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../db/client.ts';
import { type ImportReport, importFile } from '../imports/import-file.ts';
import { referenceVersion, seedReference } from '../reference/seed-reference.ts';
import { loadSafeguardsList } from '../safeguards/load-list.ts';

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

export function demoPath(file: string): string {
  return fileURLToPath(new URL(file, DEMO_DIR));
}

export interface SeedDemoResult {
  imports: ImportReport[];
  safeguardsList2023: number;
}

export async function seedDemo(
  db: Database,
  opts: { onFile?: (file: string, report: ImportReport) => void } = {},
): Promise<SeedDemoResult> {
  const imports: ImportReport[] = [];
  for (const file of DEMO_FILES) {
    const report = await importFile(db, { input: { fileName: basename(file), path: demoPath(file) } });
    imports.push(report);
    opts.onFile?.(file, report);
  }
  const ssl = await db.transaction((tx) => loadSafeguardsList(tx, 2023, demoPath(SSL_2023_FILE)));
  await db.query(
    `INSERT INTO app_meta (key, value) VALUES ('demo_seeded', $1::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [JSON.stringify({ files: DEMO_FILES.length, at: new Date().toISOString() })],
  );
  return { imports, safeguardsList2023: ssl };
}

const SEED_LOCK_KEY = 7_340_003;

/**
 * On every start: the shipped reference tables when they changed (new version of hwmo) or were never loaded;
 * the demo data once, into a database that has never held an import. Safe when several processes start at once.
 */
export async function ensureSeeded(
  db: Database,
  opts: { demo: boolean; onFile?: (file: string, report: ImportReport) => void },
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
  // The claim is taken in its own transaction so that a second process starting meanwhile does not load it again.
  const claimed = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
    const [seen] = await tx.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM app_meta WHERE key IN ('demo_seeded', 'demo_seeding'))
            + (SELECT count(*) FROM import_batch) AS n`,
    );
    if (Number(seen?.n ?? 0) > 0) return false;
    await tx.query("INSERT INTO app_meta (key, value) VALUES ('demo_seeding', to_jsonb(now()))");
    return true;
  });
  if (!claimed) return { reference, demo: false };
  try {
    await seedDemo(db, opts.onFile ? { onFile: opts.onFile } : {});
  } finally {
    await db.query("DELETE FROM app_meta WHERE key = 'demo_seeding'");
  }
  return { reference, demo: true };
}
