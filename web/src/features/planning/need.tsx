import { useEffect } from 'preact/hooks';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Load } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import { formatNumber, occupationName } from '../../lib/format.ts';
import { useAsync } from '../../lib/use-async.ts';
import { listWisnStudies, type Projection, wisnResults } from './api.ts';
import { NumberField } from './fields.tsx';
import {
  CADRES,
  DEFAULT_HOURS_PER_FTE,
  guessCadre,
  MAX_SERVICE_TARGETS,
  type NeedView,
  type PlanningCadre,
  type ServiceNeed,
  type ServiceTarget,
} from './state.ts';

const cadreName = (c: PlanningCadre) => occupationName([c]);
const percent = (v: number) => Math.round(v * 100_000) / 1000;

interface CadreNeedRow {
  cadre: PlanningCadre;
  need: number | null;
  method: Projection['cadres'][number]['needMethod'] | undefined;
}

/** The need every scenario is set against: the threshold, a ratio per cadre, a WISN study and service targets. */
export function NeedSection(props: {
  need: NeedView;
  area: string;
  baseYear: number;
  base: Projection | null;
  managesWisn: boolean;
  onChange: (need: NeedView) => void;
}) {
  const need = props.need;
  const set = (patch: Partial<NeedView>) => props.onChange({ ...need, ...patch });
  const rows: CadreNeedRow[] = CADRES.map((cadre) => {
    const c = props.base?.cadres.find((x) => x.cadre === cadre);
    return { cadre, need: c?.need?.[0] ?? null, method: c?.needMethod };
  });
  const columns: Column<CadreNeedRow>[] = [
    { key: 'cadre', label: t('planning.col.group'), value: (r) => cadreName(r.cadre) },
    {
      key: 'ratio',
      label: t('planning.col.ratio'),
      numeric: true,
      value: (r) => need.ratios[r.cadre] ?? null,
      render: (r) => (
        <NumberField
          inline
          label={t('planning.ratioOf', { cadre: cadreName(r.cadre) })}
          value={need.ratios[r.cadre]}
          min={0.01}
          max={1000}
          onCommit={(v) => {
            const ratios = { ...need.ratios };
            if (v === undefined) delete ratios[r.cadre];
            else ratios[r.cadre] = v;
            set({ ratios });
          }}
        />
      ),
    },
    {
      key: 'method',
      label: t('planning.col.method'),
      value: (r) => methodText(r.method),
    },
    {
      key: 'need',
      label: t('planning.col.needIn', { year: props.baseYear }),
      numeric: true,
      value: (r) => r.need,
      render: (r) => (r.need === null ? '' : formatNumber(r.need)),
    },
  ];
  const caption = t('planning.needOfCadres');
  const free = CADRES.filter((c) => !need.services.some((s) => s.cadre === c));
  return (
    <section aria-labelledby="planning-need" class="planning-need">
      <h2 id="planning-need">{t('planning.needTitle')}</h2>
      <p class="small">{t('planning.needIntro')}</p>
      <fieldset class="controls">
        <legend>{t('planning.thresholdLegend')}</legend>
        <NumberField
          label={t('planning.thresholdField')}
          value={need.threshold ?? undefined}
          placeholder={t('planning.none')}
          min={0}
          max={1000}
          onCommit={(v) => set({ threshold: v ?? null })}
        />
      </fieldset>
      <h3>{caption}</h3>
      <DataTable caption={caption} captionHidden columns={columns} rows={rows} rowKey={(r) => r.cadre} />
      {props.managesWisn && (
        <WisnNeed need={need} area={props.area} baseYear={props.baseYear} onChange={props.onChange} />
      )}
      {need.services.map((s) => (
        <ServiceTargets
          key={s.cadre}
          services={s}
          onChange={(next) =>
            set({
              services: next
                ? need.services.map((x) => (x.cadre === s.cadre ? next : x))
                : need.services.filter((x) => x.cadre !== s.cadre),
            })
          }
        />
      ))}
      {free.length > 0 && (
        <p class="planning-add">
          <label>
            {t('planning.addTargetsFor')}
            <select
              value=""
              onChange={(e) => {
                const cadre = free.find((c) => c === e.currentTarget.value);
                if (!cadre) return;
                set({
                  services: [
                    ...need.services,
                    { cadre, availableHoursPerFte: DEFAULT_HOURS_PER_FTE, targets: [emptyTarget()] },
                  ],
                });
              }}
            >
              <option value="">{t('planning.chooseCadre')}</option>
              {free.map((c) => (
                <option key={c} value={c}>
                  {cadreName(c)}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
    </section>
  );
}

export const methodText = (m: Projection['cadres'][number]['needMethod'] | undefined) =>
  m ? t(`planning.need.${m}`) : t('planning.need.none');

const emptyTarget = (): ServiceTarget => ({
  name: t('planning.targetName'),
  populationShare: 1,
  coverage: 0.8,
  servicesPerPersonPerYear: 1,
  minutesPerService: 15,
});

interface TargetRow {
  i: number;
  target: ServiceTarget;
}

function ServiceTargets(props: { services: ServiceNeed; onChange: (s: ServiceNeed | null) => void }) {
  const s = props.services;
  const name = cadreName(s.cadre);
  const setTarget = (i: number, patch: Partial<ServiceTarget>) =>
    props.onChange({ ...s, targets: s.targets.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const num = (
    key: 'populationShare' | 'coverage' | 'servicesPerPersonPerYear' | 'minutesPerService',
    label: string,
    share: boolean,
    max: number,
  ): Column<TargetRow> => ({
    key,
    label,
    numeric: true,
    value: (r) => r.target[key],
    render: (r) => (
      <NumberField
        inline
        label={t('planning.targetField', { field: label, target: r.target.name })}
        value={share ? percent(r.target[key]) : r.target[key]}
        min={0}
        max={share ? 100 : max}
        onCommit={(v) => v !== undefined && setTarget(r.i, { [key]: share ? v / 100 : v })}
      />
    ),
  });
  const columns: Column<TargetRow>[] = [
    {
      key: 'name',
      label: t('planning.col.target'),
      value: (r) => r.target.name,
      render: (r) => (
        <input
          type="text"
          maxLength={200}
          value={r.target.name}
          aria-label={t('planning.targetNameOf', { n: r.i + 1 })}
          onChange={(e) => {
            const v = e.currentTarget.value.trim();
            if (v) setTarget(r.i, { name: v });
          }}
        />
      ),
    },
    num('populationShare', t('planning.col.share'), true, 1),
    num('coverage', t('planning.col.coverage'), true, 1),
    num('servicesPerPersonPerYear', t('planning.col.services'), false, 1000),
    num('minutesPerService', t('planning.col.minutes'), false, 10_000),
    {
      key: 'remove',
      label: '',
      value: () => null,
      render: (r) => (
        <button
          type="button"
          onClick={() => props.onChange({ ...s, targets: s.targets.filter((_, j) => j !== r.i) })}
        >
          {t('planning.remove', { name: r.target.name })}
        </button>
      ),
    },
  ];
  const caption = t('planning.targetsOf', { cadre: name });
  return (
    <fieldset class="controls planning-targets">
      <legend>{caption}</legend>
      <NumberField
        label={t('planning.hoursPerFte', { cadre: name })}
        value={s.availableHoursPerFte}
        min={1}
        max={8784}
        onCommit={(v) => v !== undefined && v > 0 && props.onChange({ ...s, availableHoursPerFte: v })}
      />
      <DataTable
        caption={caption}
        captionHidden
        columns={columns}
        rows={s.targets.map((target, i) => ({ i, target }))}
        rowKey={(r) => String(r.i)}
      />
      <p class="planning-add">
        {s.targets.length < MAX_SERVICE_TARGETS && (
          <button
            type="button"
            onClick={() => props.onChange({ ...s, targets: [...s.targets, emptyTarget()] })}
          >
            {t('planning.addTarget')}
          </button>
        )}
        <button type="button" onClick={() => props.onChange(null)}>
          {t('planning.removeTargets', { cadre: name })}
        </button>
      </p>
    </fieldset>
  );
}

interface WisnRow {
  code: string;
  name: string;
  required: number;
}

/** A WISN study of the country: its cadres each counted as a planning cadre, scaled to the country's facilities. */
function WisnNeed(props: {
  need: NeedView;
  area: string;
  baseYear: number;
  onChange: (need: NeedView) => void;
}) {
  const need = props.need;
  const studies = useAsync(() => listWisnStudies(props.area), [props.area]);
  const id = need.wisnStudy;
  const results = useAsync(() => (id === null ? Promise.resolve(null) : wisnResults(id)), [id]);
  const cadres: WisnRow[] =
    results.status === 'ok' && results.data
      ? results.data.inputs.cadres.map((c) => ({
          code: c.code,
          name: c.name,
          required: results.data?.results.totals.find((x) => x.cadre === c.code)?.required ?? 0,
        }))
      : [];
  // A study picked from the list maps its cadres by name until the reader says otherwise.
  useEffect(() => {
    if (cadres.length === 0 || Object.keys(need.wisnCadres).length > 0) return;
    const wisnCadres: Record<string, PlanningCadre> = {};
    for (const c of cadres) {
      const guess = guessCadre(c.code, c.name);
      if (guess) wisnCadres[c.code] = guess;
    }
    if (Object.keys(wisnCadres).length) props.onChange({ ...need, wisnCadres });
  }, [results.status, id]);

  const columns: Column<WisnRow>[] = [
    { key: 'code', label: t('planning.col.code'), value: (r) => r.code, render: (r) => <bdi>{r.code}</bdi> },
    { key: 'name', label: t('planning.col.category'), value: (r) => r.name },
    {
      key: 'required',
      label: t('planning.col.required'),
      numeric: true,
      value: (r) => r.required,
      render: (r) => formatNumber(r.required, 2),
    },
    {
      key: 'as',
      label: t('planning.col.countsAs'),
      value: (r) => need.wisnCadres[r.code] ?? null,
      render: (r) => (
        <select
          aria-label={t('planning.countsAsOf', { code: r.code, name: r.name })}
          value={need.wisnCadres[r.code] ?? ''}
          onChange={(e) => {
            const wisnCadres = { ...need.wisnCadres };
            const v = CADRES.find((c) => c === e.currentTarget.value);
            if (v) wisnCadres[r.code] = v;
            else delete wisnCadres[r.code];
            props.onChange({ ...need, wisnCadres });
          }}
        >
          <option value="">{t('planning.notCounted')}</option>
          {CADRES.map((c) => (
            <option key={c} value={c}>
              {cadreName(c)}
            </option>
          ))}
        </select>
      ),
    },
    {
      key: 'scaled',
      label: t('planning.col.wisnNeed', { year: props.baseYear }),
      numeric: true,
      value: (r) => r.required * need.wisnScale,
      render: (r) => formatNumber(r.required * need.wisnScale),
    },
  ];
  return (
    <fieldset class="controls planning-wisn">
      <legend>{t('planning.wisn')}</legend>
      <Load state={studies}>
        {(list) =>
          list.length === 0 ? (
            <p class="small muted">{t('planning.wisnNone')}</p>
          ) : (
            <label>
              {t('planning.wisnStudy')}
              <select
                value={id === null ? '' : String(id)}
                onChange={(e) => {
                  const v = Number(e.currentTarget.value);
                  props.onChange({ ...need, wisnStudy: v > 0 ? v : null, wisnCadres: {}, wisnScale: 1 });
                }}
              >
                <option value="">{t('planning.wisnNoStudy')}</option>
                {list.map((s) => (
                  <option key={s.id} value={String(s.id)}>
                    {t('planning.wisnOption', { name: s.name, facilities: s.facilities })}
                  </option>
                ))}
              </select>
            </label>
          )
        }
      </Load>
      {id !== null && (
        <>
          <NumberField
            label={t('planning.wisnScale')}
            value={need.wisnScale}
            min={0.001}
            max={1e6}
            onCommit={(v) => v !== undefined && v > 0 && props.onChange({ ...need, wisnScale: v })}
          />
          <p class="small">{t('planning.wisnScaleText')}</p>
          {results.status === 'ok' ? (
            <DataTable
              caption={t('planning.wisnCadres')}
              captionHidden
              columns={columns}
              rows={cadres}
              rowKey={(r) => r.code}
            />
          ) : (
            <Load state={results}>{() => null}</Load>
          )}
        </>
      )}
    </fieldset>
  );
}
