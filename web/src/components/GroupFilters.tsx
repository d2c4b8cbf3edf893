import { t } from '../i18n/i18n.ts';
import type { Source } from '../lib/api.ts';
import { INCOME_GROUPS, WHO_REGIONS, yearChoices } from '../lib/catalog.ts';
import { incomeName, regionName } from '../lib/format.ts';
import { setParams } from '../lib/router.ts';

/** WHO-region and income-group choices, kept in the URL as `region` and `income` (empty: all). */
export function GroupFilters(props: { region: string; income: string }) {
  const set = (k: 'region' | 'income', v: string) => setParams({ [k]: v || null });
  return (
    <>
      <label>
        {t('common.region')}
        <select name="region" value={props.region} onChange={(e) => set('region', e.currentTarget.value)}>
          <option value="">{t('common.allRegions')}</option>
          {WHO_REGIONS.map((r) => (
            <option key={r} value={r}>
              {regionName(r)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('common.income')}
        <select name="income" value={props.income} onChange={(e) => set('income', e.currentTarget.value)}>
          <option value="">{t('common.allIncomes')}</option>
          {INCOME_GROUPS.map((r) => (
            <option key={r} value={r}>
              {incomeName(r)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

/** The data year, kept in the URL as `year`: "latest" (within 10 years) or a year the loaded sources cover. */
export function YearFilter(props: {
  year: string;
  sources: Map<string, Source> | undefined;
  disabled?: boolean;
}) {
  return (
    <label>
      {t('common.year')}
      <select
        name="year"
        value={props.year}
        disabled={props.disabled ?? false}
        onChange={(e) => setParams({ year: e.currentTarget.value })}
      >
        <option value="latest">{t('common.latestWithin', { window: 10 })}</option>
        {yearChoices(props.sources).map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
