import type { DestinationList, Overview, VerdictOut } from '../../../../src/modules/recruitment/schemas.ts';
import { lang } from '../../i18n/i18n.ts';
import { getJson, query } from '../../lib/api.ts';

export type { DestinationList, Overview };

// The API words every text in the language asked for; the language is in the address so that each has its own answer.

export const getVerdict = (q: Record<string, string>) =>
  getJson<VerdictOut>(query('/api/recruitment/status', { ...q, lang: lang() }));

export const getOverview = (destination: string, occupation: string, date: string | null) =>
  getJson<Overview>(
    query(`/api/recruitment/destinations/${encodeURIComponent(destination)}/statuses`, {
      occupation,
      date: date ?? undefined,
      lang: lang(),
    }),
  );

export const getDestinations = () => getJson<DestinationList>('/api/recruitment/destinations');
