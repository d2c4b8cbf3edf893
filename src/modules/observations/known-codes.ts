import type { Queryable } from '../../platform/db/client.ts';
import { AppError, quoteValue } from '../../platform/errors.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { render, type Text } from '../../platform/i18n/messages.ts';
import { type Candidate, closest } from '../../platform/suggest.ts';
import { MEASURES, OCCUPATIONS } from '../reference/index.ts';
import { text as msg } from './messages.ts';
import { anyObservation, selectAreaNames, selectKnownAreaCodes, selectSources } from './repo.ts';

/** The coded dimensions a request may filter or choose by, checked against the reference tables. */
export interface CodeChoice {
  measure?: readonly string[] | undefined;
  area?: readonly string[] | undefined;
  partner?: readonly string[] | undefined;
  occupation?: readonly string[] | undefined;
  source?: readonly string[] | undefined;
}

type Dimension = keyof CodeChoice;

const LISTS = {
  measure: 'listMeasures',
  area: 'listAreas',
  partner: 'listAreas',
  occupation: 'listOccupations',
  source: 'listSources',
} as const satisfies Record<Dimension, string>;

/** The message of an unknown code, without and with the code most likely meant. */
const UNKNOWN = {
  measure: ['unknownMeasure', 'unknownMeasureMeant'],
  area: ['unknownAreaCode', 'unknownAreaCodeMeant'],
  partner: ['unknownPartner', 'unknownPartnerMeant'],
  occupation: ['unknownOccupation', 'unknownOccupationMeant'],
  source: ['unknownSource', 'unknownSourceMeant'],
} as const satisfies Record<Dimension, readonly [string, string]>;

async function candidates(db: Queryable, dimension: Dimension): Promise<Candidate[]> {
  switch (dimension) {
    case 'measure':
      return MEASURES.map((m) => ({ code: m.code, names: [m.name] }));
    case 'occupation':
      return OCCUPATIONS.filter((o) => o.code !== '_Z').map((o) => ({ code: o.code, names: [o.name] }));
    case 'source':
      return (await selectSources(db)).map((s) => ({ code: s.code, names: [s.name] }));
    default: {
      return (await selectAreaNames(db)).map((r) => ({
        code: r.code,
        names: [r.name, ...(r.aliases ?? [])],
      }));
    }
  }
}

const areaLike = (d: Dimension) => d === 'area' || d === 'partner';

/**
 * Refuses codes the reference tables do not hold, each with the likeliest code meant: unknown areas (and partners)
 * as unknown_area, other unknown codes as invalid_input, so that every edge answers one failure with one code.
 */
export async function checkCodes(
  db: Queryable,
  choice: CodeChoice,
  /** The request's own name of a dimension, where it differs (`areas` for a list of areas in a body). */
  names: Partial<Record<Dimension, string>> = {},
): Promise<void> {
  const problems: Array<{ field: Dimension; code: string; message: Text }> = [];
  for (const field of Object.keys(LISTS) as Dimension[]) {
    const given = choice[field];
    if (!given || given.length === 0) continue;
    const wanted = areaLike(field) ? given.map((c) => c.toUpperCase()) : [...given];
    if (areaLike(field)) {
      const found = await selectKnownAreaCodes(db, wanted);
      if (found.length === new Set(wanted).size) continue;
    }
    const known = await candidates(db, field);
    const codes = new Set(known.map((k) => (areaLike(field) ? k.code.toUpperCase() : k.code)));
    for (const code of given) {
      if (codes.has(areaLike(field) ? code.toUpperCase() : code)) continue;
      const hit = closest(code, known);
      problems.push({
        field,
        code,
        message: hit
          ? msg(UNKNOWN[field][1], { code: quoteValue(code), meant: hit })
          : msg(UNKNOWN[field][0], { code: quoteValue(code) }),
      });
    }
  }
  const first = problems[0];
  if (!first) return;
  const kind = problems.some((p) => areaLike(p.field)) && problems.every((p) => areaLike(p.field));
  throw new AppError(kind ? 'unknown_area' : 'invalid_input', first.message, {
    ...(problems.length > 1
      ? {
          detail: msg('alsoUnknown', {
            codes: problems
              .slice(1)
              .map((p) => quoteValue(p.code))
              .join(', '),
          }),
        }
      : {}),
    hint: msg(LISTS[first.field]),
    location: { field: names[first.field] ?? first.field },
    errors: problems.map((p) => ({ field: names[p.field] ?? p.field, message: p.message })),
  });
}

/** Why a query found nothing, when the cause is that nothing has been imported; null when data is there. */
export async function emptyDatabaseHint(db: Queryable, lang: Lang = 'en'): Promise<string | null> {
  if (await anyObservation(db)) return null;
  return render(msg('emptyDatabase'), lang);
}
