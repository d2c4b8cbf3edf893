import type { Database } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { loadAreas } from './load-area-resolver.ts';
import type { NewSubnationalArea } from './schemas.ts';

export interface AddAreasResult {
  added: number;
  updated: number;
  aliases: number;
}

/** Orders new areas so that every parent comes before its children; a cycle is an error. */
function parentsFirst(areas: readonly NewSubnationalArea[]): NewSubnationalArea[] {
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: NewSubnationalArea[] = [];
  const visit = (a: NewSubnationalArea) => {
    if (done.has(a.code)) return;
    if (visiting.has(a.code)) throw new AppError('invalid_input', `Area ${a.code} is its own ancestor`);
    visiting.add(a.code);
    const parent = byCode.get(a.parent);
    if (parent) visit(parent);
    visiting.delete(a.code);
    done.add(a.code);
    out.push(a);
  };
  for (const a of areas) visit(a);
  return out;
}

/**
 * Adds or renames subnational units (provinces, districts, …) under a country or another subnational unit,
 * in one transaction; they then work like countries in imports, queries and exports.
 */
export async function addSubnationalAreas(
  db: Database,
  opts: { areas: readonly NewSubnationalArea[]; source?: string },
): Promise<AddAreasResult> {
  const where = (i: number) => (opts.source ? { file: opts.source, row: i + 2 } : { field: `areas[${i}]` });
  const seen = new Map<string, number>();
  opts.areas.forEach((a, i) => {
    const first = seen.get(a.code);
    if (first !== undefined) {
      throw new AppError('invalid_input', `Area ${a.code} is listed twice`, {
        location: { ...where(i), column: 'code' },
      });
    }
    seen.set(a.code, i);
  });
  return db.transaction(async (tx) => {
    const existing = new Map((await loadAreas(tx)).map((a) => [a.code, a]));
    opts.areas.forEach((a, i) => {
      const old = existing.get(a.code);
      if (old && old.kind !== 'subnational') {
        throw new AppError('conflict', `${a.code} is already the code of ${old.name} (${old.kind})`, {
          location: { ...where(i), column: 'code' },
          hint: 'subnational codes usually follow ISO 3166-2, e.g. KE-30',
        });
      }
      const parent =
        existing.get(a.parent) ?? (seen.has(a.parent) ? { kind: 'subnational' as const } : undefined);
      if (!parent) {
        throw new AppError('unknown_area', `Unknown parent area ${JSON.stringify(a.parent)}`, {
          location: { ...where(i), column: 'parent' },
        });
      }
      if (parent.kind !== 'country' && parent.kind !== 'subnational') {
        throw new AppError(
          'invalid_input',
          `Parent ${a.parent} is a ${parent.kind}, not a country or subnational unit`,
          {
            location: { ...where(i), column: 'parent' },
          },
        );
      }
    });
    const ordered = parentsFirst(opts.areas);
    const newParent = new Map(opts.areas.map((a) => [a.code, a.parent]));
    const countryOf = (code: string) => {
      for (let c: string | null | undefined = code; c; ) {
        const known = existing.get(c);
        if (known?.kind === 'country') return known;
        c = newParent.get(c) ?? known?.parent;
      }
      return undefined;
    };
    let added = 0;
    for (const a of ordered) {
      const c = countryOf(a.parent);
      const [row] = await tx.query<{ inserted: boolean }>(
        `INSERT INTO area (code, kind, name, parent, who_region, who_member, wb_income, wb_region, un_region, un_subregion)
         VALUES ($1, 'subnational', $2, $3, $4, false, $5, $6, $7, $8)
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, parent = EXCLUDED.parent
         RETURNING (xmax = 0) AS inserted`,
        [
          a.code,
          a.name,
          a.parent,
          c?.whoRegion ?? null,
          c?.wbIncome ?? null,
          c?.wbRegion ?? null,
          c?.unRegion ?? null,
          c?.unSubregion ?? null,
        ],
      );
      if (row?.inserted) added++;
    }
    let aliases = 0;
    for (const [i, a] of opts.areas.entries()) {
      for (const alias of [a.name, ...a.aliases]) {
        const [clash] = await tx.query<{ code: string }>('SELECT code FROM area_alias WHERE alias = $1', [
          alias,
        ]);
        if (clash && clash.code !== a.code) {
          // A name shared with an area elsewhere (a district named like a country) stays resolvable by code only.
          if (alias === a.name) continue;
          throw new AppError('conflict', `Alias ${JSON.stringify(alias)} already names ${clash.code}`, {
            location: { ...where(i), column: 'aliases' },
          });
        }
        await tx.query(
          'INSERT INTO area_alias (alias, code) VALUES ($1, $2) ON CONFLICT (alias) DO NOTHING',
          [alias, a.code],
        );
        aliases++;
      }
    }
    return { added, updated: opts.areas.length - added, aliases };
  });
}
