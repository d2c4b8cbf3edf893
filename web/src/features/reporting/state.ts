import type {
  QuestionChange,
  QuestionnaireDefinition,
  QuestionnaireKind,
} from '../../../../src/modules/questionnaires/schemas.ts';
import type {
  Authority,
  CreateReport,
  CreateRound,
  Dashboard,
  DesignateAuthority,
  ReportingHistory,
  ReportSummary,
  Round,
  RoundAction,
  RoundState,
  Tally,
} from '../../../../src/modules/reporting/schemas.ts';
import type { Lang } from '../../../../src/platform/i18n/langs.ts';
import type { FormErrors } from '../accounts/state.ts';

export type { Authority, Dashboard, ReportingHistory, ReportSummary, Round, RoundAction, RoundState };

/** The part of the session the page reads: what the user may do, and the areas of their roles. */
export interface ReportingSession {
  actor: 'public' | 'user' | 'operator';
  permissions: readonly string[];
  user: { grants: readonly { role: string; area: string | null }[] } | null;
}

/** Which page the reader gets: the secretariat's, a national authority's, a stakeholder's, or none of them. */
export type ReportingView = 'secretariat' | 'authority' | 'stakeholder' | 'signed-in' | 'public';

export function viewOf(session: ReportingSession): ReportingView {
  const held = new Set(session.permissions);
  if (held.has('reporting.manage') || held.has('reporting.review')) return 'secretariat';
  if (held.has('reporting.report')) return 'authority';
  if (held.has('reporting.stakeholder')) return 'stakeholder';
  return session.actor === 'public' ? 'public' : 'signed-in';
}

/** Whether the reader may change rounds and designate authorities, not only look at them. */
export function canManage(session: ReportingSession): boolean {
  return session.permissions.includes('reporting.manage');
}

/** The countries a national authority reports for: the areas of its national_authority grants. */
export function authorityAreas(session: ReportingSession): string[] {
  const out = new Set<string>();
  for (const g of session.user?.grants ?? []) if (g.role === 'national_authority' && g.area) out.add(g.area);
  return [...out].sort();
}

// ---- Rounds ------------------------------------------------------------------------------------------------------

const ROUND_NEXT: Record<RoundAction, { from: RoundState; to: RoundState }> = {
  open: { from: 'planned', to: 'open' },
  close: { from: 'open', to: 'closed' },
  publish: { from: 'closed', to: 'published' },
};

/** The actions a round's state offers: open a planned round, close an open one, publish a closed one. */
export function roundActions(state: RoundState): RoundAction[] {
  return (Object.keys(ROUND_NEXT) as RoundAction[]).filter((a) => ROUND_NEXT[a].from === state);
}

/** The state an action leads a round to. */
export function roundActionResult(action: RoundAction): RoundState {
  return ROUND_NEXT[action].to;
}

/** Newest round first. */
export function roundsNewestFirst(rounds: readonly Round[]): Round[] {
  return [...rounds].sort((a, b) => b.year - a.year || b.id - a.id);
}

/** The round open for reports now (the latest, should there be more than one), or null. */
export function openRound(rounds: readonly Round[]): Round | null {
  return roundsNewestFirst(rounds).find((r) => r.state === 'open') ?? null;
}

/** A round as WHO names it: 2027 → "2027/28". */
export function roundLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** Whole days from one date (YYYY-MM-DD) to another; negative when the second is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's date (YYYY-MM-DD) in UTC, the time the API's dates are in. */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type Request<T> = { ok: true; body: T } | { ok: false; errors: FormErrors };

function result<T>(fields: Record<string, string>, body: T): Request<T> {
  return Object.keys(fields).length > 0
    ? { ok: false, errors: { fields, general: null } }
    : { ok: true, body };
}

/**
 * The body of `POST /api/rounds` from the form's fields, or what is wrong with them by field. Error values are
 * message codes (`required`, `year`, `date`, `order`) the page words.
 */
export function roundRequest(input: {
  year: string;
  opensOn: string;
  closesOn: string;
  questionnaireId: string;
  stakeholderQuestionnaireId: string;
}): Request<CreateRound> {
  const fields: Record<string, string> = {};
  const year = Number(input.year.trim());
  if (input.year.trim() === '') fields.year = 'required';
  else if (!Number.isInteger(year) || year < 2010 || year > 2100) fields.year = 'year';
  for (const k of ['opensOn', 'closesOn'] as const) {
    if (input[k] === '') fields[k] = 'required';
    else if (!ISO_DATE.test(input[k]) || Number.isNaN(Date.parse(input[k]))) fields[k] = 'date';
  }
  if (!fields.opensOn && !fields.closesOn && daysBetween(input.opensOn, input.closesOn) <= 0)
    fields.closesOn = 'order';
  const questionnaireId = Number(input.questionnaireId);
  if (!input.questionnaireId || !Number.isInteger(questionnaireId)) fields.questionnaireId = 'required';
  const stakeholder = input.stakeholderQuestionnaireId ? Number(input.stakeholderQuestionnaireId) : null;
  return result(fields, {
    year,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
    questionnaireId,
    stakeholderQuestionnaireId: stakeholder,
  });
}

/** The body of `POST /api/rounds/:id/authorities` from the form, or what is wrong with it by field. */
export function designateRequest(input: {
  area: string;
  organisation: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  invite: boolean;
}): Request<DesignateAuthority> {
  const fields: Record<string, string> = {};
  if (!/^[A-Z]{3}$/.test(input.area)) fields.area = 'required';
  if (input.organisation.trim() === '') fields.organisation = 'required';
  if (input.contactName.trim() === '') fields.contactName = 'required';
  const email = input.contactEmail.trim();
  if (email === '') fields.contactEmail = 'required';
  else if (!EMAIL.test(email)) fields.contactEmail = 'email';
  const phone = input.contactPhone.trim();
  return result(fields, {
    area: input.area,
    organisation: input.organisation.trim(),
    contactName: input.contactName.trim(),
    contactEmail: email,
    contactPhone: phone === '' ? null : phone,
    invite: input.invite,
  });
}

export type OrganisationType = NonNullable<ReportSummary['organisationType']>;

/** The kinds of organisation a stakeholder report comes from, in the order the form offers them. */
export const ORGANISATION_TYPES = [
  'professional-association',
  'trade-union',
  'recruitment-agency',
  'employer',
  'ngo',
  'academic',
  'other',
] as const satisfies readonly OrganisationType[];

/** The body that starts a stakeholder report, or what is wrong with the form by field. */
export function stakeholderRequest(input: {
  organisation: string;
  organisationType: string;
  area: string;
}): Request<Extract<CreateReport, { kind: 'stakeholder' }>> {
  const fields: Record<string, string> = {};
  if (input.organisation.trim() === '') fields.organisation = 'required';
  const type = ORGANISATION_TYPES.find((o) => o === input.organisationType);
  if (!type) fields.organisationType = 'required';
  return result(fields, {
    kind: 'stakeholder',
    organisation: input.organisation.trim(),
    organisationType: type ?? 'other',
    area: input.area === '' ? null : input.area,
  });
}

// ---- The dashboard -----------------------------------------------------------------------------------------------

export const TALLY_KEYS = [
  'countries',
  'authorities',
  'notStarted',
  'draft',
  'submitted',
  'accepted',
  'stakeholder',
] as const;
export type TallyKey = (typeof TALLY_KEYS)[number];

export interface TallyCell {
  key: TallyKey;
  current: number;
  /** The previous round's figure; null when there was no previous round (or it does not count this). */
  previous: number | null;
  /** current − previous, when there is a previous figure. */
  change: number | null;
}

type Counted = Tally & { countries: number; previous: (Tally & { countries?: number }) | null };

/** Each count of a group (or the whole round) beside the previous round's and the change. */
export function tallyCells(group: Counted): TallyCell[] {
  return TALLY_KEYS.map((key) => {
    const current = group[key];
    const before = group.previous?.[key];
    const previous = typeof before === 'number' ? before : null;
    return { key, current, previous, change: previous === null ? null : current - previous };
  });
}

/** Whether any group of the dashboard has the previous round's figures, so the tables show those columns. */
export function hasPrevious(dashboard: Pick<Dashboard, 'total'>): boolean {
  return dashboard.total.previous !== null;
}

export type AreaRow = Dashboard['areas'][number];

/** Where each area's report is, in the dashboard's terms: returned counts as draft, resubmitted as submitted. */
export function progressOf(state: AreaRow['state']): 'not-started' | 'draft' | 'submitted' | 'accepted' {
  if (state === 'returned' || state === 'draft') return 'draft';
  if (state === 'resubmitted' || state === 'submitted') return 'submitted';
  if (state === 'published' || state === 'accepted') return 'accepted';
  return 'not-started';
}

/** The dashboard's areas filtered by progress (all when null), in the order of their names. */
export function areasFor(
  areas: readonly AreaRow[],
  progress: ReturnType<typeof progressOf> | null,
  compare: (a: string, b: string) => number,
): AreaRow[] {
  return areas
    .filter((a) => progress === null || progressOf(a.state) === progress)
    .sort((a, b) => compare(a.areaName, b.areaName) || a.area.localeCompare(b.area));
}

// ---- Authorities -------------------------------------------------------------------------------------------------

export interface AuthorityGroup {
  area: string;
  areaName: string;
  /** The designation in force, or null when every one was superseded. */
  current: Authority | null;
  /** Earlier designations, newest first. */
  superseded: Authority[];
}

/** A round's designations by country: the one in force and those it replaced. */
export function groupAuthorities(
  authorities: readonly Authority[],
  compare: (a: string, b: string) => number,
): AuthorityGroup[] {
  const byArea = new Map<string, Authority[]>();
  for (const a of authorities) byArea.set(a.area, [...(byArea.get(a.area) ?? []), a]);
  return [...byArea.entries()]
    .map(([area, list]) => {
      const sorted = [...list].sort((a, b) => b.designatedAt.localeCompare(a.designatedAt) || b.id - a.id);
      const current = sorted.find((a) => a.supersededAt === null) ?? null;
      return {
        area,
        areaName: sorted[0]?.areaName ?? area,
        current,
        superseded: sorted.filter((a) => a !== current),
      };
    })
    .sort((a, b) => compare(a.areaName, b.areaName) || a.area.localeCompare(b.area));
}

/** A country's designations across rounds, newest round first and, within one, newest designation first. */
export function authorityHistory(authorities: readonly Authority[]): Authority[] {
  return [...authorities].sort(
    (a, b) => b.roundYear - a.roundYear || b.designatedAt.localeCompare(a.designatedAt) || b.id - a.id,
  );
}

// ---- A national authority's page ------------------------------------------------------------------------------

export interface AreaPlan {
  /** The open round's entry for the area: its report, if one was started. */
  current: ReportingHistory['rounds'][number] | null;
  /** Earlier rounds that have a report, newest first. */
  earlier: ReportingHistory['rounds'];
}

/** What a national authority sees of its country: the open round's report (or none yet) and earlier reports. */
export function areaPlan(history: ReportingHistory, open: Round | null): AreaPlan {
  const rounds = [...history.rounds].sort((a, b) => b.round.year - a.round.year);
  const current = open ? (rounds.find((r) => r.round.id === open.id) ?? null) : null;
  return {
    current,
    earlier: rounds.filter((r) => r.round.id !== open?.id && r.report !== null),
  };
}

/** Reports newest round first, then by country or organisation. */
export function reportsNewestFirst(
  reports: readonly ReportSummary[],
  compare: (a: string, b: string) => number,
): ReportSummary[] {
  return [...reports].sort(
    (a, b) =>
      b.roundYear - a.roundYear ||
      compare(a.areaName ?? a.organisation ?? '', b.areaName ?? b.organisation ?? '') ||
      a.id - b.id,
  );
}

// ---- Questionnaires ------------------------------------------------------------------------------------------

/** The questionnaire versions of a kind that a round can use, newest first. */
export function versionsOf<Q extends { id: number; kind: QuestionnaireKind; createdAt: string }>(
  list: readonly Q[],
  kind: QuestionnaireKind,
): Q[] {
  return list
    .filter((q) => q.kind === kind)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

export interface ChangeLine {
  change: QuestionChange;
  /** The question's text in the reader's language, from the version that has it. */
  text: string | null;
}

function textOf(def: QuestionnaireDefinition | null, id: string, lang: Lang): string | null {
  for (const s of def?.sections ?? [])
    for (const q of s.questions) if (q.id === id) return q.text[lang] ?? q.text.en;
  return null;
}

/**
 * The changes from the previous version with each question's text: from the new version, or from the previous one
 * for a question it removed.
 */
export function changeLines(
  changes: readonly QuestionChange[],
  next: QuestionnaireDefinition,
  prev: QuestionnaireDefinition | null,
  lang: Lang,
): ChangeLine[] {
  return changes.map((change) => ({
    change,
    text:
      change.kind === 'removed'
        ? textOf(prev, change.question, lang)
        : (textOf(next, change.question, lang) ?? textOf(prev, change.previous ?? change.question, lang)),
  }));
}
