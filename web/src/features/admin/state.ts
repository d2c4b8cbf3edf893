import type {
  CreateInvitation,
  GrantView,
  Invitation,
  RoleName,
  User,
} from '../../../../src/modules/accounts/schemas.ts';
import type { FormErrors } from '../accounts/state.ts';

/** Every role, in the order the selects list them (a unit test keeps it equal to the platform's ROLES). */
export const ROLE_ORDER = [
  'admin',
  'secretariat',
  'national_authority',
  'data_manager',
  'data_approver',
  'stakeholder',
] as const satisfies readonly RoleName[];

/** The roles bound to one area (the platform's AREA_ROLES; a unit test keeps them equal). */
const AREA_BOUND: ReadonlySet<RoleName> = new Set<RoleName>([
  'national_authority',
  'data_manager',
  'data_approver',
]);

export const needsArea = (role: RoleName): boolean => AREA_BOUND.has(role);

/** A grant being edited: the area is '' until chosen, and ignored for roles bound to no area. */
export interface GrantDraft {
  role: RoleName;
  area: string;
}

export const draftsOf = (grants: readonly GrantView[]): GrantDraft[] =>
  grants.map((g) => ({ role: g.role, area: g.area ?? '' }));

export function addDraft(drafts: readonly GrantDraft[]): GrantDraft[] {
  return [...drafts, { role: 'data_manager', area: '' }];
}

export function updateDraft(
  drafts: readonly GrantDraft[],
  index: number,
  change: Partial<GrantDraft>,
): GrantDraft[] {
  return drafts.map((d, i) => {
    if (i !== index) return d;
    const next = { ...d, ...change };
    return needsArea(next.role) ? next : { ...next, area: '' };
  });
}

export const removeDraft = (drafts: readonly GrantDraft[], index: number): GrantDraft[] =>
  drafts.filter((_, i) => i !== index);

export type GrantProblem = 'areaRequired' | 'duplicate';

/** The grants to PUT, or the problem of each draft by index. */
export function grantsRequest(
  drafts: readonly GrantDraft[],
): { ok: true; grants: GrantView[] } | { ok: false; problems: Record<number, GrantProblem> } {
  const problems: Record<number, GrantProblem> = {};
  const seen = new Set<string>();
  const grants: GrantView[] = [];
  drafts.forEach((d, i) => {
    const area = needsArea(d.role) ? d.area.trim().toUpperCase() : '';
    if (needsArea(d.role) && !area) {
      problems[i] = 'areaRequired';
      return;
    }
    const key = `${d.role}:${area}`;
    if (seen.has(key)) {
      problems[i] = 'duplicate';
      return;
    }
    seen.add(key);
    grants.push({ role: d.role, area: area || null });
  });
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, grants };
}

/** Whether the list of a user shows them: their name, e-mail, a role or an area contains every word typed. */
export function matchesUser(user: User, filter: string): boolean {
  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [user.name, user.email, ...user.grants.flatMap((g) => [g.role, g.area ?? ''])]
    .join(' ')
    .toLowerCase();
  return words.every((w) => text.includes(w));
}

/** Users by name, the disabled last. */
export function sortUsers(users: readonly User[]): User[] {
  return [...users].sort(
    (a, b) => Number(a.disabled) - Number(b.disabled) || a.name.localeCompare(b.name) || a.id - b.id,
  );
}

export interface InviteForm {
  email: string;
  role: RoleName;
  area: string;
}

/** The invitation to POST, or the fields to correct first. */
export function inviteRequest(
  form: InviteForm,
): { ok: true; body: CreateInvitation } | { ok: false; errors: FormErrors } {
  const fields: Record<string, string> = {};
  const email = form.email.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fields.email = 'email';
  const area = form.area.trim().toUpperCase();
  if (needsArea(form.role) && !area) fields.area = 'required';
  if (Object.keys(fields).length > 0) return { ok: false, errors: { fields, general: null } };
  return { ok: true, body: { email, role: form.role, area: needsArea(form.role) ? area : null } };
}

/** The invitations still waiting for an answer (pending and not expired), the soonest to expire first. */
export function pendingInvitations(list: readonly Invitation[], now: Date): Invitation[] {
  return list
    .filter((i) => i.status === 'pending' && Date.parse(i.expiresAt) > now.getTime())
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
}
