const ROLE_WORDS: Record<string, string> = {
  admin: 'administrator',
  secretariat: 'secretariat',
  national_authority: 'national authority',
  data_manager: 'data manager',
  data_approver: 'data approver',
  stakeholder: 'stakeholder',
  operator: 'operator',
};

export function roleWords(role: string): string {
  return ROLE_WORDS[role] ?? role.replaceAll('_', ' ');
}

/** "Ghana 2020 (all datasets)", "Ghana 2020 (dataset WHO-NHWA)". */
export function unitLabel(areaName: string, year: number, source: string | null): string {
  return `${areaName} ${year} (${source ? `dataset ${source}` : 'all datasets'})`;
}

/** "2 Dec 2026", in UTC. */
export function shortDate(at: Date): string {
  return at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export interface LockHolder {
  areaName: string;
  year: number;
  source: string | null;
  approvedByName: string | null;
  approvedByRole: string | null;
  approvedAt: Date | null;
}

/** "Ghana 2020 (all datasets) was approved by Ama Mensah, data approver, on 2 Dec 2026". */
export function lockSentence(u: LockHolder): string {
  const who = u.approvedByName ?? 'someone';
  const role = u.approvedByRole && u.approvedByRole !== 'operator' ? `, ${roleWords(u.approvedByRole)},` : '';
  const when = u.approvedAt ? ` on ${shortDate(u.approvedAt)}` : '';
  return `${unitLabel(u.areaName, u.year, u.source)} was approved by ${who}${role}${when}`;
}
