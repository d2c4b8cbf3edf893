import type { Lang } from '../../platform/i18n/langs.ts';
import { render } from '../../platform/i18n/messages.ts';
import { countryNameIn } from '../reference/index.ts';
import { text } from './messages.ts';
import type { StoredDeclaration } from './repo.ts';
import type { Declaration } from './schemas.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Stored declarations as the API gives them, each flag said in the reader's language. */
export function presentDeclarations(rows: readonly StoredDeclaration[], lang: Lang): Declaration[] {
  return rows.map((d) => {
    const origin = countryNameIn(d.origin, lang) ?? d.origin_name;
    const destination = countryNameIn(d.destination, lang) ?? d.destination;
    return {
      id: d.id,
      organisation: { id: d.organisation_id, name: d.organisation_name },
      destination: d.destination,
      month: d.month,
      origin: { code: d.origin, name: origin },
      occupation: d.occupation,
      placed: d.placed,
      agreement: d.agreement_id,
      originStatus: d.origin_status,
      flag: d.flag,
      flagText:
        d.flag === null
          ? null
          : render(
              text(`flag_${d.flag}`, {
                origin,
                destination,
                month: d.month,
                agreement: d.agreement_id ?? '',
              }),
              lang,
            ),
      review: d.review,
      reviewNote: d.review_note,
      reviewedAt: iso(d.reviewed_at),
      declaredAt: iso(d.declared_at) ?? '',
      batch: d.batch_id,
    };
  });
}
