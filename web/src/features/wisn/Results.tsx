import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StudyInputsSent, StudyResults } from '../../../../src/modules/wisn/schemas.ts';
import { t } from '../../i18n/i18n.ts';
import { formatNumber } from '../../lib/format.ts';

/** A table that scrolls inside its frame when wider than the page (on a phone), then reachable from the keyboard. */
function Scroll(props: { label: string; children: ComponentChildren }) {
  const ref = useRef<HTMLElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {scrolls && (
        <p class="scroll-hint muted small" aria-hidden="true">
          {t('table.scrollHint')}
        </p>
      )}
      <section
        class="table-wrap wisn-table"
        ref={ref}
        tabIndex={scrolls ? 0 : undefined}
        aria-label={scrolls ? t('table.scrollRegion', { caption: props.label }) : props.label}
      >
        {props.children}
      </section>
    </>
  );
}

const staff = (n: number) => formatNumber(n, 2);
const ratio = (r: number | null) => (r === null ? t('wisn.noRatio') : formatNumber(r, 2));

/** The results of a study, facility by facility: each cadre's AWT, standard workloads, allowances and staffing. */
export function Results(props: { inputs: StudyInputsSent; results: StudyResults }) {
  const { inputs, results } = props;
  const cadreName = (code: string) => inputs.cadres.find((c) => c.code === code)?.name ?? code;
  return (
    <section class="wisn-results" aria-labelledby="wisn-results">
      <h2 id="wisn-results">{t('wisn.results')}</h2>
      <p class="muted">{t('wisn.results.intro')}</p>
      {results.results.length === 0 && <p>{t('wisn.results.none')}</p>}
      {inputs.facilities.map((f) => {
        const rows = results.results.filter((r) => r.facility === f.code);
        if (rows.length === 0) return null;
        const caption = t('wisn.results.of', { facility: f.name });
        return (
          <section key={f.code} class="wisn-facility-results" aria-label={caption}>
            <h3 dir="auto">{f.name}</h3>
            <ul class="wisn-summary">
              {rows.map((r) => (
                <li key={r.cadre}>
                  <strong dir="auto">{cadreName(r.cadre)}</strong>
                  {t('common.colon')}{' '}
                  {t('wisn.summary', {
                    required: staff(r.required),
                    existing: formatNumber(r.existing, 1),
                    ratio: ratio(r.ratio),
                  })}{' '}
                  <span class={`wisn-level level-${r.level}`}>{t(`wisn.level.${r.level}`)}</span>
                </li>
              ))}
            </ul>
            <Scroll label={caption}>
              <table>
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('wisn.col.cadre')}</th>
                    <th scope="col" class="n">
                      {t('wisn.col.awtDays')}
                    </th>
                    <th scope="col" class="n">
                      {t('wisn.col.awtHours')}
                    </th>
                    <th scope="col" class="n">
                      {t('wisn.col.serviceStaff')}
                    </th>
                    <th scope="col" class="n">
                      {t('wisn.col.casPercent')}
                    </th>
                    <th scope="col" class="n">
                      {t('wisn.col.caf')}
                    </th>
                    <th scope="col" class="n">
                      {t('wisn.col.iaf')}
                    </th>
                    <th scope="col" class="n">
                      {t('wisn.col.required')}
                    </th>
                    <th scope="col" class="n">
                      {t('wisn.col.existing')}
                    </th>
                    <th scope="col" class="n">
                      {t('wisn.col.difference')}
                    </th>
                    <th scope="col" class="n">
                      {t('wisn.col.ratio')}
                    </th>
                    <th scope="col">{t('wisn.col.level')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.cadre} data-cadre={r.cadre}>
                      <th scope="row" dir="auto">
                        {cadreName(r.cadre)}
                      </th>
                      <td class="n">{formatNumber(r.awtDays, 1)}</td>
                      <td class="n">{formatNumber(r.awtHours, 0)}</td>
                      <td class="n">{staff(r.serviceStaff)}</td>
                      <td class="n">{formatNumber(r.casPercent, 2)}</td>
                      <td class="n">{formatNumber(r.caf, 3)}</td>
                      <td class="n">{staff(r.iaf)}</td>
                      <td class="n wisn-required">{staff(r.required)}</td>
                      <td class="n">{formatNumber(r.existing, 1)}</td>
                      <td class="n">{staff(r.difference)}</td>
                      <td class="n wisn-ratio">{ratio(r.ratio)}</td>
                      <td>
                        <span class={`wisn-level level-${r.level}`}>{t(`wisn.level.${r.level}`)}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Scroll>
            <Scroll label={t('wisn.sw.of', { facility: f.name })}>
              <table>
                <caption>{t('wisn.sw')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('wisn.col.activity')}</th>
                    <th scope="col">{t('wisn.col.cadre')}</th>
                    <th scope="col" class="n">
                      {t('wisn.col.annual')}
                    </th>
                    <th scope="col" class="n">
                      {t('wisn.col.sw')}
                    </th>
                    <th scope="col" class="n">
                      {t('wisn.col.staffNeeded')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.flatMap((r) =>
                    r.activities.map((a) => (
                      <tr key={`${r.cadre}-${a.name}`}>
                        <th scope="row" dir="auto">
                          {a.name}
                        </th>
                        <td dir="auto">{cadreName(r.cadre)}</td>
                        <td class="n">{formatNumber(a.annualWorkload, 0)}</td>
                        <td class="n">{formatNumber(a.standardWorkload, 1)}</td>
                        <td class="n">{staff(a.staffNeeded)}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </Scroll>
          </section>
        );
      })}
      {inputs.facilities.length > 1 && results.totals.length > 0 && (
        <section aria-labelledby="wisn-totals">
          <h3 id="wisn-totals">{t('wisn.totals')}</h3>
          <Scroll label={t('wisn.totals')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('wisn.col.cadre')}</th>
                  <th scope="col" class="n">
                    {t('wisn.col.required')}
                  </th>
                  <th scope="col" class="n">
                    {t('wisn.col.existing')}
                  </th>
                  <th scope="col" class="n">
                    {t('wisn.col.difference')}
                  </th>
                  <th scope="col" class="n">
                    {t('wisn.col.ratio')}
                  </th>
                  <th scope="col">{t('wisn.col.level')}</th>
                </tr>
              </thead>
              <tbody>
                {results.totals.map((r) => (
                  <tr key={r.cadre}>
                    <th scope="row" dir="auto">
                      {cadreName(r.cadre)}
                    </th>
                    <td class="n">{staff(r.required)}</td>
                    <td class="n">{formatNumber(r.existing, 1)}</td>
                    <td class="n">{staff(r.difference)}</td>
                    <td class="n">{ratio(r.ratio)}</td>
                    <td>
                      <span class={`wisn-level level-${r.level}`}>{t(`wisn.level.${r.level}`)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        </section>
      )}
      <details class="wisn-levels">
        <summary>{t('wisn.levels')}</summary>
        <dl>
          {(['very_high_pressure', 'high_pressure', 'some_pressure', 'balanced', 'surplus'] as const).map(
            (l) => (
              <div key={l}>
                <dt>{t(`wisn.level.${l}`)}</dt>
                <dd>{t(`wisn.levelMeans.${l}`)}</dd>
              </div>
            ),
          )}
        </dl>
      </details>
    </section>
  );
}
