import { assertCan } from '../../platform/auth/permissions.ts';
import type { Ctx } from '../../platform/context.ts';
import { mutation } from '../../platform/db/unit-of-work.ts';
import { AppError } from '../../platform/errors.ts';
import type { Area } from './domain/areas.ts';
import { text } from './messages.ts';
import { aliasesOf, aliasOwner, insertAlias, loadAreas, upsertSubnationalArea } from './repo.ts';
import type { AddAreasResult, NewSubnationalArea } from './schemas.ts';

/** Orders new areas so that every parent comes before its children; a cycle is an error. */
function parentsFirst(areas: readonly NewSubnationalArea[]): NewSubnationalArea[] {
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: NewSubnationalArea[] = [];
  const visit = (a: NewSubnationalArea) => {
    if (done.has(a.code)) return;
    if (visiting.has(a.code)) throw new AppError('invalid_input', text('own_ancestor', { code: a.code }));
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
 * in one transaction; they then work like countries in imports, queries and exports. Each unit is a change of
 * its country's reference data: the actor must hold reference.edit for that country (and for the country it
 * leaves, when it moves).
 */
export async function addSubnationalAreas(
  ctx: Ctx,
  opts: { areas: readonly NewSubnationalArea[]; source?: string; dryRun?: boolean },
): Promise<AddAreasResult> {
  const where = (i: number) => (opts.source ? { file: opts.source, row: i + 2 } : { field: `areas[${i}]` });
  const seen = new Map<string, number>();
  opts.areas.forEach((a, i) => {
    const first = seen.get(a.code);
    if (first !== undefined) {
      throw new AppError('invalid_input', text('area_listed_twice', { code: a.code }), {
        location: { ...where(i), column: 'code' },
      });
    }
    seen.set(a.code, i);
  });
  return mutation(
    ctx,
    'areas.add',
    async (tx) => {
      const existing = new Map((await loadAreas(tx)).map((a) => [a.code, a]));
      opts.areas.forEach((a, i) => {
        const old = existing.get(a.code);
        if (old && old.kind !== 'subnational') {
          throw new AppError(
            'conflict',
            text('code_taken', { code: a.code, name: old.name, kind: old.kind }),
            {
              location: { ...where(i), column: 'code' },
              hint: text('code_taken_hint'),
            },
          );
        }
        const parent =
          existing.get(a.parent) ?? (seen.has(a.parent) ? { kind: 'subnational' as const } : undefined);
        if (!parent) {
          throw new AppError('unknown_area', text('unknown_parent', { code: JSON.stringify(a.parent) }), {
            location: { ...where(i), column: 'parent' },
          });
        }
        if (parent.kind !== 'country' && parent.kind !== 'subnational') {
          throw new AppError('invalid_input', text('parent_kind', { code: a.parent, kind: parent.kind }), {
            location: { ...where(i), column: 'parent' },
          });
        }
      });
      const newParent = new Map(opts.areas.map((a) => [a.code, a.parent]));
      const countryOf = (code: string, moved = true): Area | undefined => {
        const hops = new Set<string>();
        for (let c: string | null | undefined = code; c && !hops.has(c); ) {
          hops.add(c);
          const known = existing.get(c);
          if (known?.kind === 'country') return known;
          c = (moved ? newParent.get(c) : undefined) ?? known?.parent;
        }
        return undefined;
      };
      opts.areas.forEach((a) => {
        const into = countryOf(a.parent);
        assertCan(ctx.actor, 'reference.edit', into ? { area: into.code } : {});
        const from = existing.has(a.code) ? countryOf(a.code, false) : undefined;
        if (from && from.code !== into?.code) assertCan(ctx.actor, 'reference.edit', { area: from.code });
      });
      let added = 0;
      for (const a of parentsFirst(opts.areas)) {
        const old = existing.get(a.code);
        const country = countryOf(a.parent);
        const { inserted } = await upsertSubnationalArea(tx, a, country);
        if (inserted) added++;
        await tx.audit({
          action: inserted ? 'area.add' : 'area.update',
          objectType: 'area',
          objectId: a.code,
          area: country?.code ?? null,
          ...(old
            ? { before: { name: old.name, parent: old.parent, aliases: await aliasesOf(tx, a.code) } }
            : {}),
          after: { name: a.name, parent: a.parent, aliases: a.aliases },
          ...(opts.source ? { comment: `from ${opts.source}` } : {}),
        });
      }
      let aliases = 0;
      for (const [i, a] of opts.areas.entries()) {
        for (const alias of [a.name, ...a.aliases]) {
          const owner = await aliasOwner(tx, alias);
          if (owner && owner !== a.code) {
            // A name shared with an area elsewhere (a district named like a country) stays resolvable by code only.
            if (alias === a.name) continue;
            throw new AppError(
              'conflict',
              text('alias_taken', { alias: JSON.stringify(alias), code: owner }),
              {
                location: { ...where(i), column: 'aliases' },
              },
            );
          }
          await insertAlias(tx, alias, a.code);
          aliases++;
        }
      }
      return { added, updated: opts.areas.length - added, aliases };
    },
    { dryRun: opts.dryRun ?? false },
  );
}
