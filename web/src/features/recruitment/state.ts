import type { How, VerdictOut } from '../../../../src/modules/recruitment/schemas.ts';

export type { How, VerdictOut };
export type RecruitmentStatus = VerdictOut['status'];
export type Agreement = VerdictOut['agreements'][number];

export const STATUSES = ['red', 'amber', 'green'] as const satisfies readonly RecruitmentStatus[];

/** The ways of recruiting the form offers, any active recruitment first and the health worker's own application last. */
export const HOWS = [
  'active',
  'advertising',
  'referral_bonus',
  'agency',
  'asking_staff_to_share_vacancies',
  'fee_based_referral',
  'direct_approach',
  'direct_application',
] as const satisfies readonly How[];
// Every way the API knows is offered: a new one fails to compile here until the form lists it.
const everyHow: Exclude<How, (typeof HOWS)[number]> extends never ? true : never = true;
void everyHow;

/** The occupations the pages offer (codes of the API's occupations, named by the `occupation.*` messages). */
export const OCCUPATIONS = [
  'nursing-personnel',
  'midwifery-personnel',
  'medical-doctors',
  'dentists',
  'pharmacists',
] as const;
export const DEFAULT_OCCUPATION = 'nursing-personnel';

/** What the recruitment status page shows, all of it in its URL so that a verdict can be shared. */
export interface RecruitmentView {
  destination: string | null;
  origin: string | null;
  occupation: string;
  /** null: today. */
  date: string | null;
  how: How;
  employer: string | null;
  /** The overview shows only the origins of this status. */
  status: RecruitmentStatus | null;
}

const iso3 = (v: string | null) => {
  const s = v?.trim().toUpperCase() ?? '';
  return /^[A-Z]{3}$/.test(s) ? s : null;
};

/** A calendar date that exists, as YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The view a URL asks for; a malformed parameter is left out (its default stands) rather than sent to the API. */
export function viewFromQuery(params: URLSearchParams): RecruitmentView {
  const occupation = params.get('occupation')?.trim() ?? '';
  const date = params.get('date')?.trim() ?? '';
  const how = params.get('how')?.trim() ?? '';
  const employer = params.get('employer')?.trim().slice(0, 300) ?? '';
  const status = params.get('status')?.trim() ?? '';
  return {
    destination: iso3(params.get('destination')),
    origin: iso3(params.get('origin')),
    occupation: /^[a-z0-9.-]{1,100}$/.test(occupation) ? occupation : DEFAULT_OCCUPATION,
    date: isIsoDate(date) ? date : null,
    how: (HOWS as readonly string[]).includes(how) ? (how as How) : 'active',
    employer: employer || null,
    status: (STATUSES as readonly string[]).includes(status) ? (status as RecruitmentStatus) : null,
  };
}

/** The URL parameters of a view, defaults left out so that links stay short; for `href` and `setParams`. */
export function paramsOf(v: RecruitmentView): Record<string, string | null> {
  return {
    destination: v.destination,
    origin: v.origin,
    occupation: v.occupation === DEFAULT_OCCUPATION ? null : v.occupation,
    date: v.date,
    how: v.how === 'active' ? null : v.how,
    employer: v.employer,
    status: v.status,
  };
}

/** The query of `GET /api/recruitment/status` for a view, or null while the view lacks a destination or an origin. */
export function statusQuery(v: RecruitmentView): Record<string, string> | null {
  if (!v.destination || !v.origin) return null;
  return {
    destination: v.destination,
    origin: v.origin,
    occupation: v.occupation,
    how: v.how,
    ...(v.date ? { date: v.date } : {}),
    ...(v.employer ? { employer: v.employer } : {}),
  };
}

/** The origins of an overview the filter keeps, in the order given. */
export function filterOrigins<T extends { status: RecruitmentStatus }>(
  origins: readonly T[],
  status: RecruitmentStatus | null,
): T[] {
  return status === null ? [...origins] : origins.filter((o) => o.status === status);
}

/** An agreement's terms cover the occupation when they name no cadre or name it (or the group it belongs to). */
export function coversCadre(agreement: Agreement, occupation: string): boolean {
  const cadres = agreement.terms.cadres;
  if (cadres.length === 0) return true;
  return cadres.some(
    (c) =>
      c === occupation ||
      (c === 'nursing-and-midwifery' &&
        (occupation === 'nursing-personnel' || occupation === 'midwifery-personnel')),
  );
}

/** What a health worker's page says about an agreement that opens recruitment: its title, terms and text. */
export interface WorkerAgreement {
  title: string;
  url: string | null;
  /** null: the terms are not loaded; the agreement itself says them. */
  agreement: Agreement | null;
}

/**
 * The agreements that let employers recruit the reader's cadre, for an amber status: those in force whose terms cover
 * it, else the agreement the destination named when it classed the country amber.
 */
export function workerAgreements(v: VerdictOut): WorkerAgreement[] {
  const loaded = v.agreements
    .filter((a) => a.governs && a.standing === 'in_force' && coversCadre(a, v.occupation.code))
    .map((a) => ({ title: a.title, url: a.textUrl, agreement: a }));
  if (loaded.length > 0) return loaded;
  const named = v.override?.agreement;
  return named ? [{ title: named.title, url: named.url, agreement: null }] : [];
}
