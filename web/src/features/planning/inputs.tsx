import { type Column, DataTable } from '../../components/DataTable.tsx';
import { t } from '../../i18n/i18n.ts';
import { occupationName } from '../../lib/format.ts';
import { NumberField } from './fields.tsx';
import {
  PARAMETERS,
  type Parameter,
  type PlanningCadre,
  type PlanningView,
  RATE_PARAMETERS,
} from './state.ts';
import { type CadreProjection, noteText, type Resolved, sourceText, valueText } from './words.ts';

/** Beyond this many sources, a parameter's list is folded. */
const MANY_SOURCES = 3;

interface InputRow {
  key: Parameter;
  label: string;
  resolved: Resolved;
}

export function InputsTable(props: {
  cadre: CadreProjection;
  view: PlanningView;
  onSet: (cadre: PlanningCadre, p: Parameter, v: number | undefined) => void;
}) {
  const c = props.cadre;
  const cadreName = occupationName([c.cadre]);
  const rows: InputRow[] = PARAMETERS.map((p) => ({
    key: p,
    label: t(`planning.param.${p}`),
    resolved: c.inputs.parameters[p],
  }));
  const columns: Column<InputRow>[] = [
    { key: 'parameter', label: t('planning.col.parameter'), value: (r) => r.label },
    {
      key: 'value',
      label: t('planning.col.value'),
      numeric: true,
      value: (r) => r.resolved.value,
      render: (r) => valueText(r.key, r.resolved.value),
    },
    {
      key: 'basis',
      label: t('planning.col.basis'),
      value: (r) => r.resolved.basis,
      render: (r) => (
        <span class={`basis basis-${r.resolved.basis}`}>{t(`planning.basis.${r.resolved.basis}`)}</span>
      ),
    },
    {
      key: 'note',
      label: t('planning.col.note'),
      value: (r) => noteText(r.resolved.note),
      render: (r) => <span class="cell-note">{noteText(r.resolved.note)}</span>,
    },
    {
      key: 'sources',
      label: t('planning.col.sources'),
      value: (r) => r.resolved.sources.length,
      render: (r) => {
        const list = (
          <ul class="planning-sources">
            {r.resolved.sources.map((s, i) => (
              <li key={i}>{sourceText(s)}</li>
            ))}
          </ul>
        );
        if (r.resolved.sources.length <= MANY_SOURCES) return r.resolved.sources.length ? list : '';
        return (
          <details>
            <summary>{t('planning.allSources', { n: r.resolved.sources.length })}</summary>
            {list}
          </details>
        );
      },
    },
    {
      key: 'yours',
      label: t('planning.col.yours'),
      value: (r) => props.view.inputs[c.cadre]?.[r.key] ?? null,
      render: (r) => {
        const rate = RATE_PARAMETERS.has(r.key);
        const set = props.view.inputs[c.cadre]?.[r.key];
        const data = r.resolved.basis === 'user' ? null : r.resolved.value;
        return (
          <NumberField
            inline
            label={t('planning.yourValue', { parameter: r.label, cadre: cadreName })}
            value={set === undefined ? undefined : rate ? Math.round(set * 100_000) / 1000 : set}
            placeholder={
              data === null
                ? undefined
                : String(rate ? Math.round(data * 100_000) / 1000 : Math.round(data * 100) / 100)
            }
            min={0}
            max={rate ? 100 : r.key === 'fteRatio' ? 1.5 : 1e9}
            onCommit={(v) => props.onSet(c.cadre, r.key, v === undefined ? undefined : rate ? v / 100 : v)}
          />
        );
      },
    },
  ];
  const caption = t('planning.inputsOf', { cadre: cadreName });
  return (
    <section class="planning-inputs" aria-labelledby={`inputs-${c.cadre}`}>
      <h3 id={`inputs-${c.cadre}`}>{caption}</h3>
      {!c.projected && c.reason && (
        <p class="warn">{t('planning.notProjected', { cadre: cadreName, why: noteText(c.reason) })}</p>
      )}
      <DataTable caption={caption} captionHidden columns={columns} rows={rows} rowKey={(r) => r.key} />
    </section>
  );
}
