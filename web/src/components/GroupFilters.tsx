import { t } from '../i18n/i18n.ts';
import type { Source } from '../lib/api.ts';
import { INCOME_GROUPS, WHO_REGIONS, yearChoices } from '../lib/catalog.ts';
import { incomeName, regionName } from '../lib/format.ts';
import { setParams } from '../lib/router.ts';
import { ChoiceOption } from './ChoiceOption.tsx';

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

const FIRST_YEAR = 2000;

/**
 * The data year, kept in the URL as `year`: "latest" (within 10 years) or a year. With `years` (what the loaded
 * data hold for the current choice) only those from 2000 on are offered; a current year without data stays shown,
 * marked. Without it, the years the loaded sources cover.
 */
export function YearFilter(props: {
  year: string;
  sources: Map<string, Source> | undefined;
  years?: { years: readonly number[]; latest: boolean } | undefined;
  disabled?: boolean;
  onChange?: (year: string) => void;
}) {
  const offered = props.years ? props.years.years.filter((y) => y >= FIRST_YEAR) : yearChoices(props.sources);
  const current = Number(props.year);
  const list =
    props.year !== 'latest' && !offered.includes(current)
      ? [...offered, current].sort((a, b) => b - a)
      : offered;
  const none = (y: number) => props.years !== undefined && !props.years.years.includes(y);
  const noLatest = props.years !== undefined && !props.years.latest;
  return (
    <label>
      {t('common.year')}
      <select
        name="year"
        value={props.year}
        disabled={props.disabled ?? false}
        onChange={(e) =>
          props.onChange ? props.onChange(e.currentTarget.value) : setParams({ year: e.currentTarget.value })
        }
      >
        <ChoiceOption value="latest" label={t('common.latestWithin', { window: 10 })} enabled={!noLatest} />
        {list.map((y) => (
          <ChoiceOption key={y} value={String(y)} label={String(y)} enabled={!none(y)} />
        ))}
      </select>
    </label>
  );
}
