import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { loadAreaResolver, parseCsvRecords } from '../reference/index.ts';
import { replaceMembers } from './repo.ts';

/** One published member: iso3, the name WHO printed, its WHO region, and where the name was checked. */
const SslRowSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  who_name: z.string().min(1),
  who_region_2023: z.enum(['AFR', 'AMR', 'EMR', 'EUR', 'SEAR', 'WPR']),
  name_source: z.string().min(1),
});

/** Loads a published Support and Safeguards List edition from its CSV (iso3, who_name, who_region_2023, name_source). */
export async function loadSafeguardsList(db: Queryable, edition: number, path: string): Promise<number> {
  const records = parseCsvRecords(readFileSync(path), SslRowSchema, basename(path));
  const resolver = await loadAreaResolver(db);
  const rows = records.map((record, i) => {
    const area = resolver.resolve(record.iso3);
    if (area?.kind !== 'country') {
      throw new AppError('unknown_area', `Unknown country ${record.iso3}`, {
        location: { file: basename(path), row: i + 2, column: 'iso3' },
      });
    }
    return { ...record, area: area.code };
  });
  await replaceMembers(
    db,
    edition,
    rows.map((r) => ({
      area: r.area,
      publishedName: r.who_name,
      whoRegion: r.who_region_2023,
      reference: r.name_source,
    })),
  );
  return rows.length;
}
