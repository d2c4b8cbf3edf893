import { t } from '../../i18n/i18n.ts';
import { seriesColour } from './FanChart.tsx';
import { LEVER_BOUNDS, LEVERS, type Lever, PERCENT_LEVERS, type ScenarioView } from './state.ts';

/** A number field that commits on change (Enter or leaving it), empty meaning none. */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  min: number;
  max: number;
  step?: number | 'any';
  onCommit: (v: number | undefined) => void;
  placeholder?: string | undefined;
  /** Named by `aria-label` alone, as in a table cell (a hidden label would escape the table's scrolling box). */
  inline?: boolean;
}) {
  const attrs = {
    type: 'number',
    inputMode: 'decimal',
    min: props.min,
    max: props.max,
    step: props.step ?? 'any',
    placeholder: props.placeholder,
    value: props.value === undefined ? '' : String(props.value),
    onChange: (e: Event & { currentTarget: HTMLInputElement }) => {
      const raw = e.currentTarget.value.trim();
      if (raw === '') return props.onCommit(undefined);
      const n = Number(raw);
      if (Number.isFinite(n) && n >= props.min && n <= props.max) props.onCommit(n);
      else e.currentTarget.value = props.value === undefined ? '' : String(props.value);
    },
  } as const;
  if (props.inline) return <input {...attrs} aria-label={props.label} />;
  return (
    <label>
      {props.label}
      <input {...attrs} />
    </label>
  );
}

/** A scenario's name and levers; shares are entered as percentages. */
export function ScenarioForm(props: {
  scenario: ScenarioView;
  index: number;
  onChange: (s: ScenarioView) => void;
  onRemove: () => void;
}) {
  const s = props.scenario;
  const setLever = (lever: Lever, v: number | undefined) => {
    const levers = { ...s.levers };
    if (v === undefined) delete levers[lever];
    else levers[lever] = v;
    props.onChange({ ...s, levers });
  };
  return (
    <fieldset class="controls planning-scenario" style={`--series:${seriesColour(props.index + 1)}`}>
      <legend>{t('planning.leversOf', { name: s.name })}</legend>
      <label>
        {t('planning.name')}
        <input
          type="text"
          value={s.name}
          maxLength={200}
          onChange={(e) => {
            const name = e.currentTarget.value.trim();
            if (name) props.onChange({ ...s, name });
          }}
        />
      </label>
      {LEVERS.map((lever) => {
        const bounds = LEVER_BOUNDS[lever];
        const percent = PERCENT_LEVERS.has(lever);
        const v = s.levers[lever];
        return (
          <NumberField
            key={lever}
            label={t(`planning.lever.${lever}`)}
            value={v === undefined ? undefined : percent ? Math.round(v * 1000) / 10 : v}
            min={percent ? bounds.min * 100 : bounds.min}
            max={percent ? bounds.max * 100 : bounds.max}
            onCommit={(n) => setLever(lever, n === undefined ? undefined : percent ? n / 100 : n)}
          />
        );
      })}
      <button type="button" onClick={props.onRemove}>
        {t('planning.remove', { name: s.name })}
      </button>
    </fieldset>
  );
}
