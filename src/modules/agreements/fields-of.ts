import type { StoredAgreement } from './repo.ts';
import type { AgreementFields } from './schemas.ts';

/** The fields of a stored agreement as a user writes them, in their normalized form (compared on re-import). */
export function fieldsOf(a: StoredAgreement): AgreementFields {
  const dated = (kind: 'signed' | 'in_force', fallback: string | null) =>
    a.events.find((e) => e.kind === kind)?.on ?? fallback;
  return {
    title: a.title,
    type: a.type,
    level: a.level,
    parties: a.parties.map((p) => ({ area: p.area, organisation: p.organisation, side: p.side })),
    signedOn: dated('signed', a.signedOn),
    inForceOn: dated('in_force', a.inForceOn),
    expiresOn: a.expiresOn,
    statusGiven: a.statusGiven,
    cadres: [...a.cadres].sort(),
    provisions: a.provisions,
    recruitment: a.recruitment,
    textUrl: a.textUrl,
    sourceUrl: a.sourceUrl,
    notes: a.notes,
    externalRef: a.externalRef,
  };
}
