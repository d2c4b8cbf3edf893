import { useState } from 'preact/hooks';
import type { PageProps } from '../../components/lazy.tsx';
import { Load } from '../../components/Status.tsx';
import { type Message, t } from '../../i18n/i18n.ts';
import { getCountries } from '../../lib/api.ts';
import { areaName, occupationName } from '../../lib/format.ts';
import { href } from '../../lib/router.ts';
import { useSession } from '../../lib/session.ts';
import { useAsync } from '../../lib/use-async.ts';
import {
  deleteScenario,
  downloadProjection,
  listScenarios,
  type Projection,
  project,
  type Scenario,
} from './api.ts';
import { seriesColour } from './FanChart.tsx';
import { NumberField, ScenarioForm } from './fields.tsx';
import { InputsTable } from './inputs.tsx';
import { NeedSection } from './need.tsx';
import { Comparison, GroupFigure, groupsOf } from './results.tsx';
import { MemberStatesRun } from './runs.tsx';
import { OpenScenario, SavedScenarios, SaveScenario } from './saving.tsx';
import { show } from './show.ts';
import {
  MAX_DRAWS,
  MAX_HORIZON,
  MAX_SCENARIOS,
  type Parameter,
  type PlanningCadre,
  PRESET_LEVERS,
  type ScenarioView,
  specOf,
  viewFromQuery,
} from './state.ts';
import { noteText } from './words.ts';
import './planning.css';

export default function PlanningPage({ url }: PageProps) {
  const view = viewFromQuery(url.searchParams);
  const { session } = useSession();
  const signedIn = Boolean(session?.user);
  const countries = useAsync(getCountries, []);
  const countryMap = countries.status === 'ok' ? countries.data : undefined;
  const [savedTick, setSavedTick] = useState(0);
  const mine = useAsync(() => (signedIn ? listScenarios() : Promise.resolve(null)), [signedIn, savedTick]);
  const mineList = mine.status === 'ok' ? mine.data : null;

  const opening = view.open !== null && view.scenarios.length === 0;
  const names = [t('planning.baseline'), ...view.scenarios.map((s) => s.name)];
  const specs = [specOf(view), ...view.scenarios.map((s) => specOf(view, s.levers))];
  // A signed-in reader's requests carry the session's CSRF token, known once the session has been read.
  const waiting = opening || session === null;
  const projections = useAsync(
    () => (waiting ? new Promise<Projection[]>(() => {}) : Promise.all(specs.map(project))),
    [JSON.stringify(specs), waiting],
  );
  const [downloadError, setDownloadError] = useState<string | null>(null);

  const setScenario = (i: number, s: ScenarioView) =>
    show({ ...view, scenarios: view.scenarios.map((x, j) => (j === i ? s : x)) });
  const addScenario = (s: ScenarioView) => show({ ...view, scenarios: [...view.scenarios, s] });
  const setInput = (cadre: PlanningCadre, p: Parameter, v: number | undefined) => {
    const values = { ...view.inputs[cadre] };
    if (v === undefined) delete values[p];
    else values[p] = v;
    show({ ...view, inputs: { ...view.inputs, [cadre]: values } }, { replace: false });
  };
  const onSaved = (i: number, saved: Scenario) => {
    setSavedTick((n) => n + 1);
    show(
      {
        ...view,
        open: saved.id,
        scenarios: view.scenarios.map((x, j) => (j === i ? { ...x, id: saved.id } : x)),
      },
      { replace: true },
    );
  };
  const onDelete = (s: Scenario) =>
    void deleteScenario(s.id).then(() => {
      setSavedTick((n) => n + 1);
      if (view.scenarios.some((x) => x.id === s.id) || view.open === s.id)
        show({
          ...view,
          open: view.open === s.id ? null : view.open,
          scenarios: view.scenarios.map((x) => (x.id === s.id ? { ...x, id: null } : x)),
        });
    });

  const countryOptions = countryMap
    ? [...countryMap.values()].sort((a, b) =>
        areaName(a.code, countryMap).localeCompare(areaName(b.code, countryMap)),
      )
    : [];
  const horizonYear = view.baseYear + view.horizon;
  const base = projections.status === 'ok' ? (projections.data[0] ?? null) : null;
  const managesWisn = session?.permissions.includes('wisn.manage') ?? false;

  return (
    <section class="page planning">
      <h1>{t('planning.title')}</h1>
      <p>{t('planning.intro')}</p>

      <fieldset class="controls">
        <legend>{t('planning.settings')}</legend>
        <label>
          {t('planning.country')}
          <select
            value={view.area}
            onChange={(e) =>
              show({
                ...view,
                area: e.currentTarget.value,
                inputs: {},
                open: null,
                need: { ...view.need, wisnStudy: null, wisnScale: 1, wisnCadres: {} },
                scenarios: view.scenarios.map((s) => ({ ...s, id: null })),
              })
            }
          >
            {countryOptions.length === 0 && <option value={view.area}>{view.area}</option>}
            {countryOptions.map((a) => (
              <option key={a.code} value={a.code}>
                {areaName(a.code, countryMap)}
              </option>
            ))}
          </select>
        </label>
        <NumberField
          label={t('planning.baseYear')}
          value={view.baseYear}
          min={1990}
          max={2035}
          step={1}
          onCommit={(v) => v !== undefined && Number.isInteger(v) && show({ ...view, baseYear: v })}
        />
        <NumberField
          label={t('planning.horizon')}
          value={view.horizon}
          min={1}
          max={MAX_HORIZON}
          step={1}
          onCommit={(v) => v !== undefined && Number.isInteger(v) && show({ ...view, horizon: v })}
        />
      </fieldset>
      <fieldset class="controls">
        <legend>{t('planning.uncertainty')}</legend>
        <NumberField
          label={t('planning.draws')}
          value={view.draws}
          min={0}
          max={MAX_DRAWS}
          step={1}
          onCommit={(v) => v !== undefined && Number.isInteger(v) && show({ ...view, draws: v })}
        />
        <NumberField
          label={t('planning.seed')}
          value={view.seed}
          min={0}
          max={4_294_967_295}
          step={1}
          onCommit={(v) => v !== undefined && Number.isInteger(v) && show({ ...view, seed: v })}
        />
      </fieldset>

      {opening && view.open !== null ? (
        <OpenScenario view={view} id={view.open} />
      ) : (
        <>
          <section aria-labelledby="planning-scenarios">
            <h2 id="planning-scenarios">{t('planning.scenarios')}</h2>
            <div class="planning-cards">
              <div class="planning-card" style={`--series:${seriesColour(0)}`}>
                <h3>{t('planning.baseline')}</h3>
                <p class="small">{t('planning.baselineText')}</p>
              </div>
              {view.scenarios.map((s, i) => (
                <div class="planning-card" key={i} style={`--series:${seriesColour(i + 1)}`}>
                  <ScenarioForm
                    scenario={s}
                    index={i}
                    onChange={(next) => setScenario(i, next)}
                    onRemove={() => show({ ...view, scenarios: view.scenarios.filter((_, j) => j !== i) })}
                  />
                  {signedIn ? (
                    <SaveScenario
                      view={view}
                      index={i}
                      mine={mineList}
                      onSaved={(saved) => onSaved(i, saved)}
                    />
                  ) : (
                    <p class="small muted">
                      <a href={href('/sign-in', { next: location.pathname + location.search })}>
                        {t('planning.signInToSave')}
                      </a>
                    </p>
                  )}
                </div>
              ))}
            </div>
            {view.scenarios.length < MAX_SCENARIOS ? (
              <p class="planning-add">
                <button
                  type="button"
                  class="button"
                  onClick={() =>
                    addScenario({ name: t('planning.presetName'), levers: { ...PRESET_LEVERS }, id: null })
                  }
                >
                  {t('planning.addPreset')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    addScenario({
                      name: t('planning.newName', { n: view.scenarios.length + 1 }),
                      levers: {},
                      id: null,
                    })
                  }
                >
                  {t('planning.addBlank')}
                </button>
              </p>
            ) : (
              <p class="small muted">{t('planning.maxScenarios')}</p>
            )}
          </section>

          <NeedSection
            need={view.need}
            area={view.area}
            baseYear={view.baseYear}
            base={base}
            managesWisn={managesWisn}
            onChange={(need) => show({ ...view, need })}
          />

          <Load state={projections}>
            {(ps) => {
              const groups = groupsOf(names, ps);
              const base = ps[0];
              return (
                <>
                  <Comparison groups={groups} horizonYear={horizonYear} />
                  <section aria-labelledby="planning-results">
                    <h2 id="planning-results">{t('planning.results')}</h2>
                    {base?.cadres
                      .filter((c) => !c.projected)
                      .map((c) => (
                        <p key={c.cadre} class="small warn">
                          {t('planning.notProjected', {
                            cadre: occupationName([c.cadre]),
                            why: c.reason ? noteText(c.reason) : '',
                          })}
                        </p>
                      ))}
                    {groups.map((g) => (
                      <GroupFigure key={g.key} group={g} area={view.area} />
                    ))}
                  </section>
                  <section aria-labelledby="planning-downloads">
                    <h2 id="planning-downloads">{t('planning.downloads')}</h2>
                    <p class="small">{t('planning.downloadsText')}</p>
                    <ul class="planning-downloads">
                      {specs.map((spec, i) => (
                        <li key={i}>
                          {(['csv', 'xlsx'] as const).map((format) => (
                            <button
                              key={format}
                              type="button"
                              onClick={() => {
                                setDownloadError(null);
                                downloadProjection(spec, format).catch((e: unknown) =>
                                  setDownloadError(e instanceof Error ? e.message : String(e)),
                                );
                              }}
                            >
                              {t(format === 'csv' ? 'planning.csvOf' : 'planning.xlsxOf', {
                                name: names[i] ?? '',
                              })}
                            </button>
                          ))}
                        </li>
                      ))}
                    </ul>
                    {downloadError && (
                      <p role="alert" class="warn">
                        {downloadError}
                      </p>
                    )}
                  </section>
                  <section aria-labelledby="planning-inputs">
                    <h2 id="planning-inputs">{t('planning.inputs')}</h2>
                    <p class="small">{t('planning.inputsIntro')}</p>
                    {base?.population && (
                      <p class="small">
                        {t('planning.population', {
                          method: t(`planning.method.${base.population.method}` as Message),
                        })}
                      </p>
                    )}
                    {base?.cadres.map((c) => (
                      <InputsTable key={c.cadre} cadre={c} view={view} onSet={setInput} />
                    ))}
                  </section>
                </>
              );
            }}
          </Load>
        </>
      )}

      {signedIn && !opening && (
        <MemberStatesRun
          choices={[
            { name: t('planning.baseline'), levers: {} },
            ...view.scenarios.map((s) => ({ name: s.name, levers: s.levers })),
          ]}
          baseYear={view.baseYear}
          horizon={view.horizon}
          draws={view.draws}
          seed={view.seed}
          threshold={view.need.threshold}
          countries={countryMap}
          run={view.run}
          onRun={(run) => show({ ...view, run })}
        />
      )}
      {signedIn && mineList && <SavedScenarios mine={mineList} countries={countryMap} onDelete={onDelete} />}
    </section>
  );
}
