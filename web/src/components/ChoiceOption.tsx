import { t } from '../i18n/i18n.ts';

/** A menu choice; one the loaded data cannot serve stays in the list, disabled and marked "no data loaded". */
export function ChoiceOption(props: { value: string; label: string; enabled: boolean }) {
  return (
    <option value={props.value} disabled={!props.enabled}>
      {props.enabled ? props.label : t('menu.noDataLoaded', { choice: props.label })}
    </option>
  );
}
