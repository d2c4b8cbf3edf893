import { AppError } from '../../../platform/errors.ts';
import { text } from '../messages.ts';
import {
  type AgreementForRecruitment,
  type AgreementStanding,
  agreementStanding,
  coversCadre,
  joins,
  normaliseName,
} from './agreement.ts';
import type {
  ActivityCode,
  DestinationConfig,
  ListMembershipKind,
  ListPolicyPeriod,
  OriginOverride,
  RecruitmentStatus,
} from './destination-config.ts';

/** The members of one edition of the Support and Safeguards List, and how they are known. */
export interface ListMembership {
  edition: number;
  members: ReadonlySet<string>;
  membership: ListMembershipKind;
}
export type MembershipByEdition =
  | ReadonlyMap<number, ListMembership>
  | ((edition: number) => ListMembership | undefined);

export type Activity = { kind: 'active'; code?: ActivityCode } | { kind: 'direct_application' };
export type MayRecruit = 'yes' | 'no' | 'only_on_terms';

export const REASON_CODES = [
  'list_in_force',
  'list_date_approximate',
  'list_membership_recomputed',
  'no_list_in_force',
  'on_list',
  'not_on_list',
  'override',
  'agreement_governs',
  'agreement_for_information',
  'agreement_dated_by_override',
  'agreement_not_in_force',
  'agreement_suspended',
  'agreement_no_recruitment',
  'agreement_outside_window',
  'agreement_cadre_not_covered',
  'agreement_level_excluded',
  'agreement_employer_not_named',
  'agreement_employers_restricted',
  'agreement_terms',
  'agreement_terms_not_loaded',
  'no_agreement',
  'cadre_not_covered_by_code',
  'active_recruitment',
  'active_recruitment_not_allowed',
  'active_recruitment_on_terms_only',
  'active_recruitment_allowed',
  'direct_application_allowed',
  'candidate_fees_forbidden',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
export type ReasonParams = Readonly<Record<string, string | number>>;

/**
 * One step of a verdict's reasoning, as a code and its parameters (worded in the reader's language by
 * `reasonText`), with the articles of the WHO Global Code and the national rules behind it.
 */
export interface Reason {
  code: ReasonCode;
  params: ReasonParams;
  /** Articles of the WHO Global Code of Practice on the International Recruitment of Health Personnel. */
  articles: string[];
  /** Citations of the destination's national rules. */
  rules: string[];
}

/**
 * The articles of the WHO Global Code each reason rests on: 3.4 (health personnel remain free to migrate), 4.1
 * (fair recruitment practices of recruiters and employers), 5.1 (discouraging active recruitment from countries
 * facing critical shortages, the basis of the Support and Safeguards List), 5.2 (bilateral and multilateral
 * arrangements guided by the Code).
 */
const ARTICLES: Partial<Record<ReasonCode, readonly string[]>> = {
  list_in_force: ['5.1'],
  on_list: ['5.1'],
  override: ['5.2'],
  agreement_governs: ['5.2'],
  agreement_for_information: ['5.2'],
  agreement_terms: ['5.2'],
  agreement_suspended: ['5.2'],
  active_recruitment_not_allowed: ['5.1'],
  active_recruitment_on_terms_only: ['5.1', '5.2'],
  active_recruitment_allowed: ['4.1'],
  direct_application_allowed: ['3.4'],
  candidate_fees_forbidden: ['4.1'],
};

export interface AppliedList {
  edition: number;
  from: string;
  fromApproximate: boolean;
  /** How this answer knows the edition's members (from the membership given). */
  membership: ListMembershipKind;
  /** How the destination's configuration says it follows the edition. */
  configured: ListMembershipKind;
  onList: boolean;
  note: string | null;
}

export interface AgreementTerms {
  cadres: string[];
  employers: string[];
  caps: AgreementForRecruitment['recruitment']['caps'];
  from: string | null;
  until: string | null;
  channel: string | null;
}

export interface AppliedAgreement {
  id: number;
  title: string;
  type: AgreementForRecruitment['type'];
  level: AgreementForRecruitment['level'];
  /** in_force, suspended (recruitment paused), or why it does not govern recruitment on the date. */
  standing: AgreementStanding['kind'] | 'outside_window';
  /** Whether it governs recruitment of the occupation from the origin on the date (in force or paused). */
  governs: boolean;
  /** Whether the recruitment asked about fits its terms (null: not asked, or it does not govern). */
  fits: boolean | null;
  terms: AgreementTerms;
  textUrl: string | null;
}

export interface Verdict {
  destination: string;
  origin: string;
  occupation: string;
  employer: string | null;
  on: string;
  activity: Activity;
  status: RecruitmentStatus;
  mayRecruit: MayRecruit;
  list: AppliedList | null;
  override: OriginOverride | null;
  agreements: AppliedAgreement[];
  reasons: Reason[];
}

export interface StatusQuery {
  config: DestinationConfig;
  membership: MembershipByEdition;
  agreements: readonly AgreementForRecruitment[];
  origin: string;
  occupation: string;
  /** The parent of an occupation in the occupation hierarchy (null at the top). */
  parentOf: (occupation: string) => string | null;
}

export interface VerdictInput extends StatusQuery {
  on: string;
  employer?: string | null;
  activity: Activity;
}

interface Situation {
  status: RecruitmentStatus;
  list: AppliedList | null;
  override: OriginOverride | null;
  agreements: Array<AppliedAgreement & { source: AgreementForRecruitment }>;
  reasons: Reason[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function requireDate(value: string, field: string): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new AppError('invalid_input', text('bad_date', { value }), {
      errors: [{ field, message: text('bad_date', { value }) }],
    });
}

function membershipOf(source: MembershipByEdition, edition: number): ListMembership | undefined {
  return typeof source === 'function' ? source(edition) : source.get(edition);
}

/** The period of the list policy in force on a date: the last one starting on or before it. */
export function listPeriodOn(config: DestinationConfig, on: string): ListPolicyPeriod | null {
  let found: ListPolicyPeriod | null = null;
  for (const p of config.listPolicy) if (p.from <= on && (found === null || p.from >= found.from)) found = p;
  return found;
}

function overrideOn(config: DestinationConfig, origin: string, on: string): OriginOverride | null {
  const o = origin.toUpperCase();
  return (
    config.overrides.find(
      (x) => x.origin.toUpperCase() === o && x.from <= on && (x.until === null || on < x.until),
    ) ?? null
  );
}

function makeReason(config: DestinationConfig, code: ReasonCode, params: ReasonParams = {}): Reason {
  const rules = config.rules.filter((r) => r.appliesTo.includes(code)).map((r) => r.citation);
  if (code === 'candidate_fees_forbidden' && config.candidateFees.rule !== null) {
    const rule = config.rules.find((r) => r.id === config.candidateFees.rule);
    if (rule && !rules.includes(rule.citation)) rules.push(rule.citation);
  }
  return { code, params, articles: [...(ARTICLES[code] ?? [])], rules };
}

const termsOf = (a: AgreementForRecruitment): AgreementTerms => ({
  cadres: [...a.cadres],
  employers: [...a.recruitment.employers],
  caps: a.recruitment.caps.map((c) => ({ ...c })),
  from: a.recruitment.from,
  until: a.recruitment.until,
  channel: a.recruitment.channel,
});

const outsideWindow = (a: AgreementForRecruitment, on: string) =>
  (a.recruitment.from !== null && on < a.recruitment.from) ||
  (a.recruitment.until !== null && on >= a.recruitment.until);

const namesOverride = (o: OriginOverride | null, a: AgreementForRecruitment) =>
  o?.agreement != null && normaliseName(o.agreement.title) === normaliseName(a.title);

/** Where an origin stands for a destination and an occupation on a date, whoever recruits and however. */
function situation(q: StatusQuery, on: string): Situation {
  const { config } = q;
  const origin = q.origin.toUpperCase();
  const reason = (code: ReasonCode, params: ReasonParams = {}) => makeReason(config, code, params);
  const reasons: Reason[] = [];

  if (!coversCadre(config.covers.cadres, q.occupation, q.parentOf))
    reasons.push(reason('cadre_not_covered_by_code', { occupation: q.occupation }));

  const period = listPeriodOn(config, on);
  let list: AppliedList | null = null;
  if (period === null) reasons.push(reason('no_list_in_force', { on }));
  else {
    const m = membershipOf(q.membership, period.edition);
    if (m === undefined)
      throw new AppError('unavailable', text('no_membership', { edition: period.edition }), {
        detail: text('no_membership_detail', { edition: period.edition, on }),
      });
    list = {
      edition: period.edition,
      from: period.from,
      fromApproximate: period.fromApproximate,
      membership: m.membership,
      configured: period.membership,
      onList: m.members.has(origin),
      note: period.note,
    };
    reasons.push(reason('list_in_force', { edition: period.edition, from: period.from }));
    if (period.fromApproximate) reasons.push(reason('list_date_approximate', { edition: period.edition }));
    if (m.membership === 'recomputed')
      reasons.push(reason('list_membership_recomputed', { edition: period.edition }));
    reasons.push(reason(list.onList ? 'on_list' : 'not_on_list', { edition: period.edition, origin }));
  }

  const override = overrideOn(config, origin, on);
  const applied: Situation['agreements'] = [];
  const notes: Reason[] = [];
  for (const a of q.agreements) {
    if (!joins(a, config.destination, origin)) continue;
    const named = { agreement: a.title, id: a.id };
    if (!config.agreements.levels.includes(a.level)) {
      notes.push(reason('agreement_level_excluded', { ...named, level: a.level }));
      continue;
    }
    let standing: AppliedAgreement['standing'] = agreementStanding(a, on).kind;
    if (standing === 'dates_unknown' && namesOverride(override, a)) {
      standing = 'in_force';
      notes.push(reason('agreement_dated_by_override', { ...named, from: override?.from ?? on }));
    }
    if ((standing === 'in_force' || standing === 'suspended') && outsideWindow(a, on))
      standing = 'outside_window';
    const cadre = coversCadre(a.cadres, q.occupation, q.parentOf);
    const governs = (standing === 'in_force' || standing === 'suspended') && a.recruitment.allowed && cadre;
    if (standing === 'outside_window')
      notes.push(
        reason('agreement_outside_window', {
          ...named,
          from: a.recruitment.from ?? '',
          until: a.recruitment.until ?? '',
        }),
      );
    else if (standing === 'suspended') {
      const s = agreementStanding(a, on);
      notes.push(
        reason('agreement_suspended', {
          ...named,
          from: s.kind === 'suspended' ? s.from : on,
          until: s.kind === 'suspended' ? (s.until ?? '') : '',
        }),
      );
    } else if (standing !== 'in_force')
      notes.push(reason('agreement_not_in_force', { ...named, why: standing }));
    else if (!a.recruitment.allowed) notes.push(reason('agreement_no_recruitment', named));
    else if (!cadre)
      notes.push(reason('agreement_cadre_not_covered', { ...named, occupation: q.occupation }));
    applied.push({
      id: a.id,
      title: a.title,
      type: a.type,
      level: a.level,
      standing,
      governs,
      fits: null,
      terms: termsOf(a),
      textUrl: a.textUrl,
      source: a,
    });
  }

  const governing = applied.filter((a) => a.governs);
  const onList = list?.onList ?? false;
  let status: RecruitmentStatus;
  if (override !== null) {
    status = override.status;
    reasons.push(
      reason('override', {
        origin,
        status: override.status,
        from: override.from,
        until: override.until ?? '',
        reason: override.reason,
        agreement: override.agreement?.title ?? '',
      }),
    );
  } else if (governing.length > 0 && (onList || config.agreements.scope === 'all_origins')) status = 'amber';
  else if (onList) status = 'red';
  else status = 'green';

  reasons.push(...notes);
  for (const a of governing) {
    const named = { agreement: a.title, id: a.id };
    if (override === null && status === 'amber') reasons.push(reason('agreement_governs', named));
    else if (override === null) reasons.push(reason('agreement_for_information', named));
  }
  if (governing.length === 0 && status === 'amber' && override?.agreement != null && applied.length === 0)
    reasons.push(reason('agreement_terms_not_loaded', { agreement: override.agreement.title }));
  if (status === 'red' && override === null) reasons.push(reason('no_agreement', { origin }));

  return { status, list, override, agreements: applied, reasons };
}

/**
 * May employer E (or any employer) of a destination recruit this occupation from this origin on this date, in
 * this way? The status of the origin (red, amber, green), whether the recruitment asked about is allowed, and why.
 */
export function recruitmentVerdict(input: VerdictInput): Verdict {
  requireDate(input.on, 'on');
  const s = situation(input, input.on);
  const { config } = input;
  const reason = (code: ReasonCode, params: ReasonParams = {}) => makeReason(config, code, params);
  const employer = input.employer?.trim() ? input.employer.trim() : null;
  const reasons = [...s.reasons];
  let mayRecruit: MayRecruit;

  if (input.activity.kind === 'direct_application') {
    mayRecruit = 'yes';
    reasons.push(reason('direct_application_allowed', { status: s.status }));
  } else {
    const activity = input.activity.code ?? 'unspecified';
    const named = input.activity.code !== undefined && config.activeRecruitment.includes(input.activity.code);
    reasons.push(reason('active_recruitment', { activity, named: named ? 'yes' : 'no' }));
    if (s.status === 'green') {
      mayRecruit = 'yes';
      reasons.push(reason('active_recruitment_allowed', {}));
    } else if (s.status === 'red') {
      mayRecruit = 'no';
      reasons.push(reason('active_recruitment_not_allowed', { status: s.status }));
    } else {
      mayRecruit = amberVerdict(s, employer, reasons, reason);
    }
    if (s.status !== 'green') reasons.push(reason('direct_application_allowed', { status: s.status }));
  }
  reasons.push(reason('candidate_fees_forbidden', {}));

  return {
    destination: config.destination,
    origin: input.origin.toUpperCase(),
    occupation: input.occupation,
    employer,
    on: input.on,
    activity: input.activity,
    status: s.status,
    mayRecruit,
    list: s.list,
    override: s.override,
    agreements: s.agreements.map(({ source: _, ...a }) => a),
    reasons,
  };
}

function amberVerdict(
  s: Situation,
  employer: string | null,
  reasons: Reason[],
  reason: (code: ReasonCode, params?: ReasonParams) => Reason,
): MayRecruit {
  const governing = s.agreements.filter((a) => a.governs);
  if (governing.length === 0) {
    if (s.agreements.length > 0) {
      reasons.push(reason('active_recruitment_not_allowed', { status: s.status }));
      return 'no';
    }
    reasons.push(
      reason('active_recruitment_on_terms_only', { agreement: s.override?.agreement?.title ?? '' }),
    );
    return 'only_on_terms';
  }
  let fitting: (typeof governing)[number] | null = null;
  for (const a of governing) {
    const named = { agreement: a.title, id: a.id };
    const employers = a.terms.employers;
    let fits = a.standing === 'in_force';
    if (fits && employers.length > 0) {
      if (employer === null)
        reasons.push(reason('agreement_employers_restricted', { ...named, employers: employers.join('; ') }));
      else if (!employers.some((e) => normaliseName(e) === normaliseName(employer))) {
        fits = false;
        reasons.push(
          reason('agreement_employer_not_named', { ...named, employer, employers: employers.join('; ') }),
        );
      }
    }
    a.fits = fits;
    if (fits && fitting === null) fitting = a;
  }
  if (fitting === null) {
    reasons.push(reason('active_recruitment_not_allowed', { status: s.status }));
    return 'no';
  }
  reasons.push(
    reason('agreement_terms', {
      agreement: fitting.title,
      id: fitting.id,
      employers: fitting.terms.employers.join('; '),
      caps: fitting.terms.caps.length,
      from: fitting.terms.from ?? '',
      until: fitting.terms.until ?? '',
      channel: fitting.terms.channel ?? '',
    }),
  );
  reasons.push(reason('active_recruitment_on_terms_only', { agreement: fitting.title }));
  return 'only_on_terms';
}

export const CHANGE_CODES = [
  'start',
  'list_edition_changed',
  'list_membership_changed',
  'added_to_list',
  'removed_from_list',
  'override_started',
  'override_ended',
  'agreement_in_force',
  'agreement_suspended',
  'agreement_resumed',
  'agreement_expired',
  'agreement_terminated',
  'agreement_window_opened',
  'agreement_window_closed',
] as const;
export type ChangeCode = (typeof CHANGE_CODES)[number];

export interface StatusChange {
  code: ChangeCode;
  params: ReasonParams;
}

/** From `from` (inclusive) the status is `status`, for the reasons given by `changes`. */
export interface TimelineEntry {
  from: string;
  status: RecruitmentStatus;
  previous: RecruitmentStatus | null;
  list: AppliedList | null;
  override: OriginOverride | null;
  changes: StatusChange[];
}

export interface TimelineInput extends StatusQuery {
  from: string;
  to: string;
}

function agreementDates(a: AgreementForRecruitment): string[] {
  return [
    a.inForceOn ?? a.signedOn,
    a.expiresOn,
    a.recruitment.from,
    a.recruitment.until,
    ...a.suspensions.flatMap((s) => [s.from, s.until]),
  ].filter((d): d is string => d !== null);
}

/**
 * The dated changes of an origin's status for a destination and an occupation between two dates: each entry says
 * from when and why (a list edition in force, an origin added to or removed from the list, an exception of the
 * destination, an agreement in force, suspended, resumed, expired). A new list edition always makes an entry,
 * even when the colour stays the same.
 */
export function statusTimeline(input: TimelineInput): TimelineEntry[] {
  requireDate(input.from, 'from');
  requireDate(input.to, 'to');
  if (input.to < input.from)
    throw new AppError('invalid_input', text('bad_range', { from: input.from, to: input.to }), {
      errors: [{ field: 'to', message: text('bad_range', { from: input.from, to: input.to }) }],
    });
  const origin = input.origin.toUpperCase();
  const dates = new Set<string>([input.from]);
  const add = (d: string | null) => {
    if (d !== null && d > input.from && d <= input.to) dates.add(d);
  };
  for (const p of input.config.listPolicy) add(p.from);
  for (const o of input.config.overrides)
    if (o.origin.toUpperCase() === origin) [o.from, o.until].forEach(add);
  for (const a of input.agreements)
    if (joins(a, input.config.destination, origin)) agreementDates(a).forEach(add);

  const out: TimelineEntry[] = [];
  let prev: Situation | null = null;
  for (const on of [...dates].sort()) {
    const cur = situation(input, on);
    const changes = prev === null ? [{ code: 'start' as const, params: {} }] : changesBetween(prev, cur);
    if (prev === null || changes.length > 0 || cur.status !== prev.status)
      out.push({
        from: on,
        status: cur.status,
        previous: prev?.status ?? null,
        list: cur.list,
        override: cur.override,
        changes,
      });
    prev = cur;
  }
  return out;
}

function changesBetween(prev: Situation, cur: Situation): StatusChange[] {
  const out: StatusChange[] = [];
  const p = prev.list;
  const c = cur.list;
  if (p?.edition !== c?.edition)
    out.push({
      code: 'list_edition_changed',
      params: {
        before: p?.edition ?? '',
        after: c?.edition ?? '',
        membership: c?.membership ?? '',
        onListBefore: p?.onList ? 'yes' : 'no',
        onListAfter: c?.onList ? 'yes' : 'no',
      },
    });
  else if (p !== null && c !== null && p.membership !== c.membership)
    out.push({ code: 'list_membership_changed', params: { edition: c.edition, membership: c.membership } });
  if (c !== null && (p?.onList ?? false) !== c.onList)
    out.push({ code: c.onList ? 'added_to_list' : 'removed_from_list', params: { edition: c.edition } });

  if (prev.override !== cur.override) {
    if (prev.override !== null && (cur.override === null || prev.override.from !== cur.override.from))
      out.push({
        code: 'override_ended',
        params: { status: prev.override.status, reason: prev.override.reason },
      });
    if (cur.override !== null)
      out.push({
        code: 'override_started',
        params: {
          status: cur.override.status,
          reason: cur.override.reason,
          agreement: cur.override.agreement?.title ?? '',
        },
      });
  }

  for (const a of cur.agreements) {
    const before = prev.agreements.find((x) => x.id === a.id)?.standing ?? null;
    if (before === a.standing) continue;
    const params = { agreement: a.title, id: a.id };
    if (a.standing === 'in_force')
      out.push({
        code:
          before === 'suspended'
            ? 'agreement_resumed'
            : before === 'outside_window'
              ? 'agreement_window_opened'
              : 'agreement_in_force',
        params,
      });
    else if (a.standing === 'suspended') out.push({ code: 'agreement_suspended', params });
    else if (a.standing === 'expired') out.push({ code: 'agreement_expired', params });
    else if (a.standing === 'terminated') out.push({ code: 'agreement_terminated', params });
    else if (a.standing === 'outside_window' && before !== null && before !== 'not_yet')
      out.push({ code: 'agreement_window_closed', params });
  }
  return out;
}
