import { useRef } from 'preact/hooks';
import { LineChart, type LineSeries } from '../../components/charts.tsx';
import { t } from '../../i18n/i18n.ts';
import { formatNumber } from '../../lib/format.ts';
import { useAsync } from '../../lib/use-async.ts';
import { getEvaluation } from './api.ts';
import { type Interval, readEvaluation } from './evaluation.ts';
import { day } from './labels.ts';

const yearText = (x: number) => String(Math.floor(x));

function intervalText(i: Interval, digits: number): string {
  const estimate = formatNumber(i.estimate, digits);
  if (i.lower === null || i.upper === null) return estimate;
  return t('agreements.eval.interval', {
    estimate,
    lower: formatNumber(i.lower, digits),
    upper: formatNumber(i.upper, digits),
  });
}

/**
 * "Did it change the flows?": the interrupted time series of the flows the agreement covers, as the evaluation
 * answers it. An answer that is a refusal, or that the page cannot read, is said in words.
 */
export function EvaluationSection({ id }: { id: number }) {
  const state = useAsync(() => getEvaluation(id), [id]);
  const svgRef = useRef<SVGSVGElement>(null);
  let body = (
    <p class="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
  if (state.status === 'error') body = <p class="muted">{state.error.message}</p>;
  if (state.status === 'ok') {
    const answer = state.data;
    if (!answer.ok) {
      const { title, detail } = answer.problem;
      body = (
        <div class="agreement-eval-none">
          <p>
            <strong>{t('agreements.eval.unavailable')}</strong>
          </p>
          {(title || detail) && (
            <p class="muted">
              {[title, detail].filter((x, i, all) => x && all.indexOf(x) === i).join(' — ')}
            </p>
          )}
        </div>
      );
    } else {
      const ev = readEvaluation(answer.body);
      if (!ev) body = <p class="muted">{t('agreements.eval.noSeries')}</p>;
      else {
        const note = t('agreements.eval.source');
        const series: LineSeries[] = (
          [
            ['observed', ev.series.observed],
            ['fitted', ev.series.fitted],
            ['counterfactual', ev.series.counterfactual],
          ] as const
        )
          .filter(([, pts]) => pts.length > 0)
          .map(([key, pts]) => ({
            key,
            label: t(`agreements.eval.${key}`),
            points: pts.map((p) => ({ x: p.x, y: p.y, note })),
          }));
        const markers = ev.markers.map((m, i) => {
          const date = /^\d{4}-\d{2}-\d{2}$/.test(m.date) ? day(m.date) : m.date;
          return {
            key: `${m.kind}-${i}`,
            x: m.x,
            label:
              m.kind === 'entry-into-force'
                ? t('agreements.eval.markerInForce', { date })
                : t('agreements.eval.markerEnd', { date }),
          };
        });
        const level = formatNumber(ev.confidence * 100);
        body = (
          <>
            {series.length > 0 && (
              <figure class="agreement-eval-chart">
                <LineChart
                  series={series}
                  digits={0}
                  svgRef={svgRef}
                  label={t('agreements.eval.chartLabel', {
                    from: yearText(Math.min(...series.flatMap((s) => s.points.map((p) => p.x)))),
                    until: yearText(Math.max(...series.flatMap((s) => s.points.map((p) => p.x)))),
                  })}
                  markers={markers}
                />
                <figcaption class="muted small">{t('agreements.eval.caption')}</figcaption>
              </figure>
            )}
            {series.length > 0 && (
              <details>
                <summary>{t('agreements.eval.table')}</summary>
                <table class="agreement-eval-table">
                  <caption class="visually-hidden">{t('agreements.eval.table')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('agreements.eval.year')}</th>
                      {series.map((s) => (
                        <th key={s.key} scope="col">
                          {s.label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {[...new Set(series.flatMap((s) => s.points.map((p) => p.x)))]
                      .sort((a, b) => a - b)
                      .map((x) => (
                        <tr key={x}>
                          <th scope="row">{yearText(x)}</th>
                          {series.map((s) => {
                            const p = s.points.find((q) => q.x === x);
                            return <td key={s.key}>{p ? formatNumber(p.y) : '—'}</td>;
                          })}
                        </tr>
                      ))}
                  </tbody>
                </table>
              </details>
            )}
            <dl class="agreement-facts wide">
              {ev.level && (
                <div>
                  <dt>{t('agreements.eval.level')}</dt>
                  <dd>{intervalText(ev.level, 0)}</dd>
                </div>
              )}
              {ev.slope && (
                <div>
                  <dt>{t('agreements.eval.slope')}</dt>
                  <dd>{intervalText(ev.slope, 1)}</dd>
                </div>
              )}
              {ev.beforeAfter && (
                <div>
                  <dt>{t('agreements.eval.beforeAfter')}</dt>
                  <dd>
                    {t('agreements.eval.means', {
                      before: formatNumber(ev.beforeAfter.meanBefore),
                      after: formatNumber(ev.beforeAfter.meanAfter),
                    })}
                  </dd>
                </div>
              )}
            </dl>
            {level && <p class="muted small">{t('agreements.eval.confidence', { level })}</p>}
            {ev.placebo.length > 0 && (
              <>
                <h3>{t('agreements.eval.placebo')}</h3>
                {ev.placebo.map((p) => (
                  <p key={p.term}>
                    {t(p.term === 'level' ? 'agreements.eval.placeboLevel' : 'agreements.eval.placeboSlope', {
                      n: p.count,
                      compared: p.compared,
                      p: p.permutationP === null ? '—' : formatNumber(p.permutationP, 2),
                    })}
                  </p>
                ))}
              </>
            )}
            {ev.failure && <p class="muted">{ev.failure}</p>}
            {ev.caveats.length > 0 && (
              <>
                <h3>{t('agreements.eval.caveats')}</h3>
                <ul>
                  {ev.caveats.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        );
      }
    }
  }
  return (
    <section class="agreement-eval" aria-labelledby="agreement-eval">
      <h2 id="agreement-eval">{t('agreements.eval.title')}</h2>
      {body}
    </section>
  );
}
