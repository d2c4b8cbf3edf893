import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import { loadAreaResolver, parseCsvRecords } from '../reference/index.ts';
import { requireEdition } from './assess.ts';
import { text } from './messages.ts';
import { officialMembers, replaceMembers } from './repo.ts';

/** One published member: iso3, the name WHO printed, its WHO region, and where the name was checked. */
const SslRowSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  who_name: z.string().min(1),
  who_region_2023: z.enum(['AFR', 'AMR', 'EMR', 'EUR', 'SEAR', 'WPR']),
  name_source: z.string().min(1),
});

/**
 * Loads a published Support and Safeguards List edition from its CSV (iso3, who_name, who_region_2023, name_source),
 * replacing the members loaded before, in one mutation with its audit record. Needs `safeguards.load`.
 */
export async function loadSafeguardsList(
  ctx: Ctx,
  input: { edition: number; path: string },
): Promise<number> {
  const { edition, path } = input;
  assertCan(ctx.actor, 'safeguards.load');
  requireEdition(edition);
  const file = basename(path);
  const records = parseCsvRecords(readFileSync(path), SslRowSchema, file);
  return mutation(ctx, 'safeguards.load', async (tx) => {
    const resolver = await loadAreaResolver(tx);
    const rows = records.map((record, i) => {
      const area = resolver.resolve(record.iso3);
      if (area?.kind !== 'country') {
        throw new AppError('unknown_area', text('unknown_country', { code: record.iso3 }), {
          location: { file, row: i + 2, column: 'iso3' },
        });
      }
      return {
        area: area.code,
        publishedName: record.who_name,
        whoRegion: record.who_region_2023,
        reference: record.name_source,
      };
    });
    const before = (await officialMembers(tx, edition)).map((m) => m.area);
    await replaceMembers(tx, edition, rows);
    await tx.audit({
      action: 'safeguards.load',
      objectType: 'safeguards_edition',
      objectId: String(edition),
      before: { count: before.length, areas: before },
      after: { count: rows.length, areas: rows.map((r) => r.area), file },
    });
    return rows.length;
  });
}
