import { z } from 'zod';
import type { AgreementForRecruitment } from './domain/agreement.ts';
import { ACTIVITY_CODES, type DestinationConfig, RECRUITMENT_STATUSES } from './domain/destination-config.ts';
import { REASON_CODES } from './domain/status.ts';

const Iso3 = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 3166 alpha-3 code in capitals')
  .describe('Country ISO3 code');
const IsoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD');
const Url = z.url().max(2000);
const Note = z.string().min(1).max(2000);

const ListPolicyPeriodSchema = z
  .object({
    from: IsoDate.describe('From this date (inclusive) until the next period, the red list is this edition'),
    edition: z
      .number()
      .int()
      .min(2020)
      .max(2200)
      .describe('Edition (year) of the WHO Support and Safeguards List'),
    membership: z
      .enum(['official', 'recomputed'])
      .describe(
        "How the edition's members are known: WHO's published list, or its recomputation from the data",
      ),
    fromApproximate: z.boolean().describe('True when the date is known only approximately'),
    note: Note.nullable().describe('Why this period, in the words of its source'),
    source: Note.nullable().describe('Where the date and the edition come from'),
  })
  .strict();

const OverrideSchema = z
  .object({
    origin: Iso3.describe('The country of origin the exception is for'),
    from: IsoDate.describe('First day of the exception'),
    until: IsoDate.nullable().describe('Day the exception ends (exclusive); null while it lasts'),
    status: z.enum(RECRUITMENT_STATUSES).describe('The status the destination gives the origin'),
    reason: Note.describe('Why, as the destination states it'),
    agreement: z
      .object({
        title: z.string().min(1).max(500).describe('Title of the agreement the exception rests on'),
        url: Url.nullable().describe('Where its text or its announcement is published'),
      })
      .strict()
      .nullable()
      .describe('The agreement behind the exception; its terms come from the agreements registry'),
    note: Note.nullable().describe('What is not known about it, or anything else a reader should know'),
    source: Note.nullable().describe('Where the exception is published'),
  })
  .strict();

const RuleSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9_.-]+$/, 'lower-case letters, digits, _ . -')
      .max(64)
      .describe('Stable identifier'),
    title: z.string().min(1).max(500).describe('The rule in a few words'),
    citation: z
      .string()
      .min(1)
      .max(500)
      .describe('How it is cited, e.g. "Employment Agencies Act 1973 s6(1)"'),
    url: Url.nullable().describe('Where its text is published'),
    appliesTo: z.array(z.enum(REASON_CODES)).describe('The reasons of a verdict this rule stands behind'),
  })
  .strict();

/** The configuration of one destination's recruitment status, as a file (data/recruitment/<iso3>.json). */
export const DestinationConfigSchema = z
  .object({
    destination: Iso3.describe('The destination country'),
    name: z.string().min(1).max(200).describe("The destination's name"),
    code: z
      .object({
        title: z.string().min(1).max(500).describe('Title of the national code of practice'),
        url: Url.describe('Where it is published'),
        publisher: z.string().min(1).max(200).describe('Who publishes it'),
        inForceFrom: IsoDate.nullable().describe('From when it applies; null when the day is not known'),
        note: Note.nullable().describe('Its editions and updates, or what is not known'),
      })
      .strict()
      .nullable()
      .describe('The national code the destination applies; null: the WHO Global Code alone'),
    covers: z
      .object({
        cadres: z
          .array(z.string().min(1).max(100))
          .describe('Occupation codes covered; [] = all health personnel'),
        description: z.string().min(1).max(500).describe('Who the code covers, in its own words'),
      })
      .strict(),
    listPolicy: z
      .array(ListPolicyPeriodSchema)
      .min(1)
      .describe('The editions of the Support and Safeguards List the destination follows, each from a date'),
    overrides: z.array(OverrideSchema).describe("The destination's dated exceptions for given origins"),
    agreements: z
      .object({
        levels: z
          .array(z.enum(['government', 'institution']))
          .min(1)
          .describe('Which agreements count: between governments, between institutions'),
        scope: z
          .enum(['listed_origins', 'all_origins'])
          .describe('Whether agreements make only listed origins amber, or any origin'),
      })
      .strict(),
    activeRecruitment: z
      .array(z.enum(ACTIVITY_CODES))
      .min(1)
      .describe('What the destination names as active recruitment'),
    candidateFees: z
      .object({
        rule: z.string().max(64).nullable().describe('Id of the national rule forbidding candidate fees'),
      })
      .strict(),
    rules: z.array(RuleSchema).describe('National rules cited by the verdicts'),
    sources: z
      .array(z.object({ title: z.string().min(1).max(500), url: Url }).strict())
      .describe('Where the configuration comes from'),
  })
  .strict()
  .superRefine((c, ctx) => {
    const ids = new Set(c.rules.map((r) => r.id));
    if (c.candidateFees.rule !== null && !ids.has(c.candidateFees.rule))
      ctx.addIssue({
        code: 'custom',
        path: ['candidateFees', 'rule'],
        message: 'not the id of a rule in "rules"',
      });
    const froms = c.listPolicy.map((p) => p.from);
    if (new Set(froms).size !== froms.length)
      ctx.addIssue({ code: 'custom', path: ['listPolicy'], message: 'two periods start on the same date' });
    c.overrides.forEach((o, i) => {
      if (o.until !== null && o.until <= o.from)
        ctx.addIssue({ code: 'custom', path: ['overrides', i, 'until'], message: 'not after "from"' });
    });
  })
  .describe("A destination's recruitment status configuration");

const configMatchesDomain = (c: z.infer<typeof DestinationConfigSchema>): DestinationConfig => c;
void configMatchesDomain;

const csvDate = z
  .string()
  .transform((s) => (s === '' ? null : s))
  .pipe(IsoDate.nullable());
const csvList = z.string().transform((s) =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== ''),
);

/**
 * One row of an agreements file shipped beside a configuration (data/recruitment/<iso3>-agreements.csv): parties as
 * `GBR:destination;KEN:origin`, lists `;`-separated, empty cells for what is not known.
 */
export const AgreementRowSchema = z
  .object({
    id: z.coerce.number().int().min(1).max(2_147_483_647).describe('Row identifier within the file'),
    title: z.string().min(1).max(500).describe('Title of the agreement'),
    type: z.enum(['bilateral_mou', 'bilateral_agreement', 'multilateral', 'regional_framework', 'twinning']),
    level: z.enum(['government', 'institution']),
    parties: z
      .string()
      .transform((s, ctx) =>
        s.split(';').map((p) => {
          const m = /^([A-Z]{3}):(origin|destination|both)$/.exec(p.trim());
          if (!m) ctx.addIssue({ code: 'custom', message: `"${p}" is not ISO3:origin|destination|both` });
          return {
            area: m?.[1] ?? '',
            organisation: null,
            side: (m?.[2] ?? 'both') as 'origin' | 'destination' | 'both',
          };
        }),
      )
      .describe('Parties, e.g. GBR:destination;KEN:origin'),
    signed_on: csvDate.describe('Date signed; empty when not known'),
    in_force_on: csvDate.describe('Date in force; empty when not known'),
    expires_on: csvDate.describe('Date it expires; empty when not known or open-ended'),
    status: z.enum(['draft', 'signed', 'in_force', 'suspended', 'expired', 'terminated']),
    cadres: csvList.describe('Occupation codes; empty = all health personnel'),
    recruitment_allowed: z.enum(['yes', 'no']).transform((s) => s === 'yes'),
    employers: csvList.describe('Employers allowed to recruit; empty = any'),
    recruitment_from: csvDate.describe('Start of the recruitment window, when narrower than the agreement'),
    recruitment_until: csvDate.describe('End of the recruitment window (exclusive)'),
    channel: z.string().transform((s) => (s === '' ? null : s)),
    text_url: z.string().transform((s) => (s === '' ? null : s)),
    source: z.string().min(1).describe('Where the facts of the row come from'),
    note: z.string().describe('What is not known, and anything else a reader should know'),
  })
  .strict();
export type AgreementRow = z.infer<typeof AgreementRowSchema>;

/** An agreements file row as the recruitment rules see an agreement. */
export function agreementFromRow(r: AgreementRow): AgreementForRecruitment {
  return {
    id: r.id,
    title: r.title,
    type: r.type,
    level: r.level,
    parties: r.parties,
    signedOn: r.signed_on,
    inForceOn: r.in_force_on,
    expiresOn: r.expires_on,
    suspensions: [],
    status: r.status,
    cadres: r.cadres,
    recruitment: {
      allowed: r.recruitment_allowed,
      employers: r.employers,
      caps: [],
      from: r.recruitment_from,
      until: r.recruitment_until,
      channel: r.channel,
    },
    textUrl: r.text_url,
  };
}
