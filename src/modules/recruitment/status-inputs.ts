import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { agreementsForRecruitment } from '../agreements/index.ts';
import { countryNameIn, findOccupation, occupationNameIn } from '../reference/index.ts';
import { officialSafeguardsList, recomputeSafeguardsList } from '../safeguards/index.ts';
import type { AgreementForRecruitment } from './domain/agreement.ts';
import { type DestinationConfig, defaultDestinationConfig } from './domain/destination-config.ts';
import type { ListMembership } from './domain/status.ts';
import { serviceText as text } from './messages-service.ts';
import { currentConfig, type StoredConfig } from './repo.ts';

export interface CountryRef {
  code: string;
  name: string;
}

/** A country known to the database, named in the reader's language; refused (naming the field) otherwise. */
export async function requireCountry(
  { db, lang }: { db: Queryable; lang: Lang },
  code: string,
  field: string,
): Promise<CountryRef> {
  const [row] = await db.query<{ name: string; kind: string }>(
    'SELECT name, kind FROM area WHERE code = $1',
    [code],
  );
  if (row?.kind !== 'country')
    throw new AppError('not_found', text('unknown_country', { code }), {
      errors: [{ field, message: text(row ? 'not_a_country_field' : 'unknown_country_field', { code }) }],
      hint: text('countries_hint'),
    });
  return { code, name: countryNameIn(code, lang) ?? row.name };
}

export function requireOccupation(code: string, lang: Lang): CountryRef {
  const o = findOccupation(code);
  if (!o)
    throw new AppError('invalid_input', text('unknown_occupation', { code }), {
      errors: [{ field: 'occupation', message: text('unknown_occupation_field', { code }) }],
      hint: text('occupations_hint'),
    });
  return { code: o.code, name: occupationNameIn(o.code, lang) ?? o.name };
}

export const parentOf = (code: string): string | null => findOccupation(code)?.parent ?? null;

/** The destination's configuration in force: its newest saved version, or the WHO list as published. */
export async function configOf(
  ctx: Ctx,
  destination: CountryRef,
): Promise<{ config: DestinationConfig; stored: StoredConfig | null }> {
  const stored = await currentConfig(ctx.db, destination.code);
  return {
    config: stored?.config ?? defaultDestinationConfig(destination.code, destination.name),
    stored,
  };
}

/**
 * The members of each edition the configuration follows: WHO's published members when the configuration follows
 * them and they are loaded, else the recomputation from the data loaded (and the verdict says so).
 */
export async function membershipOf(
  ctx: Ctx,
  config: DestinationConfig,
): Promise<Map<number, ListMembership>> {
  const out = new Map<number, ListMembership>();
  for (const edition of new Set(config.listPolicy.map((p) => p.edition))) {
    const wantsOfficial = config.listPolicy.some((p) => p.edition === edition && p.membership === 'official');
    if (wantsOfficial) {
      const official = await officialSafeguardsList(ctx, edition);
      if (official.loaded) {
        out.set(edition, {
          edition,
          membership: 'official',
          members: new Set(official.members.map((m) => m.area)),
        });
        continue;
      }
    }
    const recomputed = await recomputeSafeguardsList(ctx, { edition, query: {} });
    out.set(edition, { edition, membership: 'recomputed', members: new Set(recomputed.listed) });
  }
  return out;
}

/** The agreements of the registry that the reader may see and to which the destination is party. */
export function agreementsOf(ctx: Ctx, destination: string): Promise<AgreementForRecruitment[]> {
  return agreementsForRecruitment(ctx, [destination]);
}

export function configRef(config: DestinationConfig, stored: StoredConfig | null) {
  return {
    version: stored?.id ?? null,
    savedAt: stored?.savedAt ?? null,
    code: config.code,
    sources: config.sources,
  };
}

export const today = (ctx: Ctx): string => ctx.now().toISOString().slice(0, 10);
