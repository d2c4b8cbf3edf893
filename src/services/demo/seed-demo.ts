import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import type { Database, Queryable } from '../../db/client.ts';
import { AppError } from '../../domain/errors.ts';
import { type ImportReport, importFile } from '../imports/import-file.ts';
import { loadAreaResolver } from '../reference/load-area-resolver.ts';
import { seedReference } from '../reference/seed-reference.ts';

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

const SslRowSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  who_name: z.string().min(1),
  who_region_2023: z.enum(['AFR', 'AMR', 'EMR', 'EUR', 'SEAR', 'WPR']),
  name_source: z.string().min(1),
});

export function demoPath(file: string): string {
  return fileURLToPath(new URL(file, DEMO_DIR));
}

/** Loads a published Support and Safeguards List edition from its CSV (iso3, who_name, who_region_2023, name_source). */
export async function loadSafeguardsList(db: Queryable, edition: number, path: string): Promise<number> {
  const records = parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true }) as unknown[];
  const resolver = await loadAreaResolver(db);
  const rows = records.map((record, i) => {
    const parsed = SslRowSchema.safeParse(record);
    const row = i + 2;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('invalid_file', `Invalid Safeguards List row: ${issue?.message ?? 'invalid'}`, {
        location: { file: basename(path), row, column: String(issue?.path[0] ?? '') },
      });
    }
    const area = resolver.resolve(parsed.data.iso3);
    if (!area || area.kind !== 'country') {
      throw new AppError('unknown_area', `Unknown country ${parsed.data.iso3}`, {
        location: { file: basename(path), row, column: 'iso3' },
      });
    }
    return { ...parsed.data, area: area.code };
  });
  await db.query('DELETE FROM safeguards_list_member WHERE edition = $1', [edition]);
  await db.query(
    `INSERT INTO safeguards_list_member (edition, area, published_name, who_region, reference)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])`,
    [
      edition,
      rows.map((r) => r.area),
      rows.map((r) => r.who_name),
      rows.map((r) => r.who_region_2023),
      rows.map((r) => r.name_source),
    ],
  );
  return rows.length;
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

/** First start: reference data always; the demo data once, into a database that has never been seeded. */
export async function ensureSeeded(
  db: Database,
  opts: { demo: boolean; onFile?: (file: string, report: ImportReport) => void },
): Promise<{ reference: boolean; demo: boolean }> {
  const [areas] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM area');
  let reference = false;
  if ((areas?.n ?? 0) === 0) {
    await db.transaction((tx) => seedReference(tx));
    reference = true;
  }
  if (!opts.demo) return { reference, demo: false };
  const [seeded] = await db.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM app_meta WHERE key = 'demo_seeded') + (SELECT count(*) FROM import_batch) AS n`,
  );
  if (Number(seeded?.n ?? 0) > 0) return { reference, demo: false };
  await seedDemo(db, opts.onFile ? { onFile: opts.onFile } : {});
  return { reference, demo: true };
}
