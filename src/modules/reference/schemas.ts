import { z } from 'zod';
import { quoteValue } from '../../platform/errors.ts';
import { closest } from '../../platform/suggest.ts';
import { AREA_KINDS } from './domain/areas.ts';
import { findOccupation, OCCUPATIONS } from './domain/occupations.ts';

export { AGE_PATTERN, SEXES } from './domain/dimensions.ts';

export const AreaSchema = z.object({
  code: z.string(),
  kind: z.enum(AREA_KINDS),
  name: z.string(),
  iso2: z.string().nullable(),
  m49: z.string().nullable(),
  parent: z.string().nullable(),
  whoRegion: z.string().nullable(),
  whoMember: z.boolean(),
  wbIncome: z.string().nullable(),
  wbRegion: z.string().nullable(),
  unRegion: z.string().nullable(),
  unSubregion: z.string().nullable(),
});
export const AreaListSchema = z.object({ items: z.array(AreaSchema) });
export const AreaQuerySchema = z.object({
  kind: z.enum(AREA_KINDS).optional().describe('Only areas of this kind, e.g. country or who-region.'),
  parent: z.string().optional().describe('Only the children of this area (subnational units).'),
});

export const OccupationSchema = z.object({
  code: z.string(),
  name: z.string(),
  isco08: z.array(z.string()),
  parent: z.string().nullable(),
});
export const OccupationListSchema = z.object({ items: z.array(OccupationSchema) });

export const MeasureSchema = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  aggregation: z.enum(['sum', 'none']),
  byOccupation: z.boolean(),
  bilateral: z.boolean(),
  description: z.string(),
  observations: z.number().int().describe('Current values stored for this measure.'),
});
export const MeasureListSchema = z.object({ items: z.array(MeasureSchema) });

export const SourceSchema = z.object({
  code: z.string(),
  name: z.string(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  licence: z.string().nullable(),
  observations: z.number().int(),
  years: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
});
export const SourceListSchema = z.object({ items: z.array(SourceSchema) });

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
  schemaVersion: z.number().int(),
  observations: z.number().int(),
});

const areaCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/, 'letters, digits, ".", "_" or "-", 2 to 40 characters')
  .transform((s) => s.toUpperCase());

export const NewSubnationalAreaSchema = z.object({
  code: areaCode.describe('Code of the unit, e.g. ISO 3166-2 KE-30.'),
  name: z.string().trim().min(1).max(200).describe('Name of the unit.'),
  parent: areaCode.describe('The country or subnational unit it belongs to.'),
  aliases: z
    .union([z.array(z.string().trim().min(1)), z.string()])
    .default([])
    .transform((v) =>
      typeof v === 'string'
        ? v
            .split('|')
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    )
    .describe('Other names files use for it; in CSV separated by "|".'),
});
export type NewSubnationalArea = z.infer<typeof NewSubnationalAreaSchema>;
export const NewAreasBodySchema = z.object({
  areas: z.array(NewSubnationalAreaSchema).min(1).max(10_000),
  dryRun: z.boolean().default(false).describe('Check everything and report, storing nothing.'),
});
export const AddAreasResultSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  aliases: z.number().int(),
});
export type AddAreasResult = z.infer<typeof AddAreasResultSchema>;

/** An occupation slug of /api/occupations, with a suggestion when it is mistyped. */
export const occupationSlug = z.string().superRefine((o, ctx) => {
  if (findOccupation(o)) return;
  const hit = closest(
    o,
    OCCUPATIONS.filter((x) => x.code !== '_Z').map((x) => ({ code: x.code, names: [x.name] })),
  );
  ctx.addIssue({
    code: 'custom',
    message: `unknown occupation ${quoteValue(o)}${hit ? `; did you mean "${hit}"?` : ''} (see /api/occupations)`,
  });
});
