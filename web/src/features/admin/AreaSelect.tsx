import { t } from '../../i18n/i18n.ts';
import type { Area } from '../../lib/api.ts';
import { collator } from '../../lib/collate.ts';
import { areaName } from '../../lib/format.ts';

/** The countries by name in the reader's language, for an area select. */
export function countryOptions(countries: Map<string, Area>): Array<{ code: string; name: string }> {
  return [...countries.keys()]
    .map((code) => ({ code, name: areaName(code, countries) }))
    .sort((a, b) => collator().compare(a.name, b.name));
}

export function AreaOptions(props: { options: Array<{ code: string; name: string }> }) {
  return (
    <>
      <option value="">{t('accounts.admin.chooseArea')}</option>
      {props.options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ))}
    </>
  );
}
