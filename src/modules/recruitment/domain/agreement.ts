/** An agreement as the recruitment rules see it (the shape the agreements registry gives for given areas). */

export type AgreementType =
  | 'bilateral_mou'
  | 'bilateral_agreement'
  | 'multilateral'
  | 'regional_framework'
  | 'twinning';
export type AgreementLevel = 'government' | 'institution';

export interface AgreementParty {
  area: string;
  organisation: string | null;
  side: 'origin' | 'destination' | 'both';
}

export interface AgreementForRecruitment {
  id: number;
  title: string;
  type: AgreementType;
  level: AgreementLevel;
  parties: AgreementParty[];
  signedOn: string | null;
  inForceOn: string | null;
  expiresOn: string | null;
  /** From inclusive, until exclusive (null: not yet resumed). */
  suspensions: { from: string; until: string | null; reason: string | null }[];
  status: 'draft' | 'signed' | 'in_force' | 'suspended' | 'expired' | 'terminated';
  /** Occupation codes; [] = all health personnel. */
  cadres: string[];
  recruitment: {
    allowed: boolean;
    /** [] = any employer of the destination. */
    employers: string[];
    caps: { occupation: string | null; max: number; per: 'year' | 'total' | 'month' }[];
    from: string | null;
    until: string | null;
    channel: string | null;
  };
  textUrl: string | null;
}

export type AgreementStanding =
  | { kind: 'in_force' }
  | { kind: 'suspended'; from: string; until: string | null }
  | { kind: 'not_yet'; from: string }
  | { kind: 'expired'; on: string }
  | { kind: 'terminated' }
  | { kind: 'dates_unknown' };

/**
 * Whether an agreement is in force on a date: in force (or signed, when the date of entry into force is not known)
 * on or before it, not expired, not terminated, not inside a suspension. A terminated agreement whose end date is
 * not recorded is taken as ended at its expiry date if one is given, otherwise as ended for every date.
 */
export function agreementStanding(a: AgreementForRecruitment, on: string): AgreementStanding {
  const start = a.inForceOn ?? a.signedOn;
  if (start === null) return { kind: 'dates_unknown' };
  if (on < start) return { kind: 'not_yet', from: start };
  if (a.expiresOn !== null && on >= a.expiresOn) return { kind: 'expired', on: a.expiresOn };
  if (a.status === 'terminated' && a.expiresOn === null) return { kind: 'terminated' };
  const s = a.suspensions.find((x) => x.from <= on && (x.until === null || on < x.until));
  if (s) return { kind: 'suspended', from: s.from, until: s.until };
  return { kind: 'in_force' };
}

const sameArea = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/** Whether the agreement binds the destination as receiving and the origin as sending country. */
export function joins(a: AgreementForRecruitment, destination: string, origin: string): boolean {
  const receives = a.parties.some((p) => sameArea(p.area, destination) && p.side !== 'origin');
  const sends = a.parties.some((p) => sameArea(p.area, origin) && p.side !== 'destination');
  return receives && sends;
}

export const normaliseName = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** The occupation and its ancestors, nearest first. */
export function lineage(occupation: string, parentOf: (code: string) => string | null): string[] {
  const out: string[] = [];
  for (let c: string | null = occupation; c !== null && !out.includes(c); c = parentOf(c)) out.push(c);
  return out;
}

/** Whether a list of cadres ([] = all) covers an occupation, through the occupation hierarchy. */
export function coversCadre(
  cadres: readonly string[],
  occupation: string,
  parentOf: (code: string) => string | null,
): boolean {
  return cadres.length === 0 || lineage(occupation, parentOf).some((c) => cadres.includes(c));
}
