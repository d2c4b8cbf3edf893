import { useEffect, useRef } from 'preact/hooks';
import { findEdition } from '../../../../src/modules/safeguards/domain/editions.ts';
import { type Bar, BarChart, LineChart, type LineSeries } from '../../components/charts.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { Figure } from '../../components/Figure.tsx';
import type { PageProps } from '../../components/lazy.tsx';
import { Load, NotFound } from '../../components/Status.tsx';
import { t } from '../../i18n/i18n.ts';
import {
  ApiError,
  type Area,
  getCountries,
  getJson,
  type IndicatorResult,
  knownCountries,
  type Profile,
  type SafeguardsCriterion,
  type Source,
} from '../../lib/api.ts';
import { getSources, sourceNote } from '../../lib/catalog.ts';
import { slug } from '../../lib/csv.ts';
import {
  areaName,
  digitsFor,
  formatDate,
  formatList,
  formatNumber,
  formatUpTo,
  formatValue,
  incomeName,
  indicatorName,
  labelOf,
  occupationName,
  regionName,
  unitLabel,
  valueForm,
} from '../../lib/format.ts';
import { notePhrase, notesSentence, noteText } from '../../lib/notes.ts';
import { href } from '../../lib/router.ts';
import { useAsync } from '../../lib/use-async.ts';
import { ApprovalLine } from '../approvals/ApprovalLine.tsx';
import { ReportingHistorySection } from './ReportingHistory.tsx';
import {
  destinations,
  foreignTrainedTotal,
  headlineDensity,
  headlineKey,
  originBars,
  safeguardsCard,
  seriesCoverage,
} from './state.ts';

export default function ProfilePage({ code }: PageProps) {
  const state = useAsync(async () => {
    const [countries, sources, loaded] = await Promise.all([
      getCountries(),
      getSources(),
      getJson<Profile>(`/api/areas/${encodeURIComponent(code)}/profile`).then(
        (profile) => ({ profile }),
        (error: unknown) => ({ error }),
      ),
    ]);
    if ('profile' in loaded) return { countries, sources, profile: loaded.profile };
    if (loaded.error instanceof ApiError && loaded.error.status === 404 && !countries.has(code))
      return { countries, sources, profile: null };
    throw loaded.error;
  }, [code]);
  // Printing shows the data tables that are folded away on screen.
  useEffect(() => {
    const open = () => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    };
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
  const known = knownCountries();
  if (state.status === 'loading' && known?.has(code)) {
    return (
      <section class="page">
        <h1>{areaName(code, known)}</h1>
        <p class="status" aria-live="polite">
          {t('common.loading')}
        </p>
      </section>
    );
  }
  return (
    <Load state={state}>
      {(d) =>
        d.profile ? (
          <ProfileView profile={d.profile} countries={d.countries} sources={d.sources} />
        ) : (
          <CountryNotFound code={code} />
        )
      }
    </Load>
  );
}

/** The foreign-trained total, saying when it is the published one and the origins reported add up to less. */
function ftTotalNote(ft: NonNullable<Profile['foreignTrainedByOrigin']>): string {
  const total = foreignTrainedTotal(ft);
  return total.kind === 'published-differs'
    ? `${t('profile.ftPublishedTotal', { total: formatNumber(total.published), sum: formatNumber(total.sum) })} `
    : `${t('profile.foreignTrainedTotal', { total: formatNumber(total.total) })} `;
}

function CountryNotFound({ code }: { code: string }) {
  useEffect(() => {
    document.title = t('title.countryNotFound');
  });
  return <NotFound message={t('notFound.country', { code })} />;
}

function criterion(label: string, c: SafeguardsCriterion, unit: string): string {
  const parts = [c.year, t('profile.sslThreshold', { threshold: formatNumber(c.threshold) })]
    .filter((x) => x !== null)
    .join('; ');
  // As many decimals as the explanation above it gives the same value.
  const value = c.value === null ? t('common.noData') : `${formatUpTo(c.value, 2)} ${unitLabel(unit)}`;
  return `${label}: ${value}${parts ? ` (${parts})` : ''}`;
}

type Src = (codes: Iterable<string>) => string;
type SafeguardsEntry = Profile['safeguards'][number];

/** Why the Safeguards List's density differs from the headline's: the year the edition takes, and the form. */
function densityDifference(
  edition: number,
  d: SafeguardsEntry['assessment']['density'],
  headline: IndicatorResult | undefined,
  by: Src,
): string | null {
  if (!headline || headline.value === null || d.value === null) return null;
  if (formatValue(headline.value, headline.unit) === formatValue(d.value, headline.unit)) return null;
  const reasons: string[] = [];
  const upTo = findEdition(edition)?.defaults.density;
  if (d.year !== headline.year)
    reasons.push(
      upTo?.kind === 'latest' && upTo.upTo !== null
        ? t('form.whyYearUpTo', { upTo: upTo.upTo })
        : t('form.whyYear', { year: d.year ?? '' }),
    );
  if (d.method !== headline.method)
    reasons.push(d.method === 'published' ? t('form.whyPublished') : t('form.whyForm'));
  return t('form.differs', {
    value: formatValue(headline.value, headline.unit),
    year: headline.year ?? '',
    form: valueForm(headline.method, headline.inputs, by) ?? '',
    reasons: reasons.join(t('note.separator')) || t('form.whyInputs'),
  });
}

/**
 * One edition of the Support and Safeguards List: WHO's published membership as the headline where the edition's
 * list is loaded, and hwmo's recomputation beneath it with its agreement or the reason it differs.
 */
function SafeguardsCard(props: {
  entry: SafeguardsEntry;
  headlineDensity: IndicatorResult | undefined;
  countries: Map<string, Area>;
  src: Src;
  by: Src;
}) {
  const { entry: s, countries, src } = props;
  const a = s.assessment;
  const { published, agreement, recomputation, differences } = safeguardsCard(s);
  const density = a.density;
  const densityInputs = a.inputs.filter((i) => i.measure !== 'uhc-sci');
  const densityForm =
    density.method === 'published'
      ? t('profile.sslDensityPublished', { source: src(densityInputs.map((i) => i.source)) })
      : valueForm(density.method, densityInputs, props.by);
  const why = densityDifference(s.edition, density, props.headlineDensity, props.by);
  return (
    <li class={`card ssl-card ssl-${published}`} data-edition={s.edition}>
      <h3>{t('profile.sslEdition', { edition: s.edition })}</h3>
      <p class="big ssl-headline">
        {s.official === null
          ? t('profile.sslNotLoaded')
          : t(`profile.sslStatus.${published as 'on' | 'off'}`)}
      </p>
      <p class="small">
        {s.official === null
          ? t('profile.sslNotLoadedText', { edition: s.edition })
          : t('profile.sslPublishedBy', { reference: findEdition(s.edition)?.reference ?? '' })}
      </p>
      <div class="ssl-recomputed">
        <h4>{t('profile.sslRecomputation')}</h4>
        <p class="ssl-recomputed-status">{t(`profile.sslRecomputed.${a.status}`)}</p>
        <p class="small">{notesSentence(recomputation, countries)}</p>
        <ul class="small muted criteria">
          <li>
            {criterion(t('profile.sslDensity'), a.density, 'per 10 000 population')}
            {densityForm ? ` — ${densityForm}` : ''}
          </li>
          {why && <li class="ssl-why">{why}</li>}
          <li>{criterion(t('profile.sslSci'), a.sci, 'index 0-100')}</li>
        </ul>
        {agreement && (
          <p class="ssl-agreement">
            {agreement.code === 'ssl-official-differs'
              ? t('profile.sslDiffers', {
                  reasons: differences
                    ? differences.map((n) => notePhrase(n, countries)).join(t('note.separator'))
                    : notePhrase(agreement, countries),
                })
              : a.status === 'not-assessable'
                ? t('profile.sslNotCompared')
                : t('profile.sslAgrees')}
          </p>
        )}
      </div>
    </li>
  );
}

function resultLabel(r: IndicatorResult): string {
  return `${indicatorName(r.indicator)} — ${occupationName(r.occupation)}`;
}

function ProfileView({
  profile,
  countries,
  sources,
}: {
  profile: Profile;
  countries: Map<string, Area>;
  sources: Map<string, Source>;
}) {
  const code = profile.area.code;
  const name = areaName(code, countries, profile.area.name);
  useEffect(() => {
    document.title = t('title.country', { name });
  });
  const seriesRef = useRef<SVGSVGElement>(null);
  const originRef = useRef<SVGSVGElement>(null);
  const destRef = useRef<SVGSVGElement>(null);
  const src = (codes: Iterable<string>) => sourceNote(codes, sources);
  // Publishers, for the short "computed from … headcounts and … population" beside a value; the figure's source line
  // names the datasets.
  const by = (codes: Iterable<string>) =>
    formatList(new Set([...codes].map((c) => sources.get(c)?.publisher ?? c)));

  const series: LineSeries[] = profile.series
    .filter((s) => s.points.length > 0)
    .map((s) => ({
      key: s.occupation,
      label: occupationName([s.occupation]),
      points: s.points.map((p) => ({ x: p.year, y: p.value, note: src([p.source]) })),
    }));
  const coverage = seriesCoverage(profile.series);

  const ft = profile.foreignTrainedByOrigin;
  const ftBars: Bar[] = ft
    ? originBars(ft, {
        origin: (partner, publishedName) => areaName(partner, countries, publishedName),
        share: (percent) => `${formatNumber(percent, 1)}%`,
        rest: (partners) => t('flows.others', { count: partners }),
        unknown: t('profile.unknown'),
      })
    : [];
  const ftTitle = ft ? t('profile.foreignTrainedTitle', { name, year: ft.year }) : '';

  const em = profile.emigrantsByDestination;
  const { items: emItems, years: emYears } = destinations(em);

  const headlineColumns: Column<IndicatorResult>[] = [
    { key: 'indicator', label: t('common.indicator'), value: resultLabel },
    {
      key: 'value',
      label: t('common.value'),
      numeric: true,
      value: (r) => r.value,
      render: (r) => formatValue(r.value, r.unit),
    },
    { key: 'year', label: t('common.year'), numeric: true, value: (r) => r.year },
    { key: 'source', label: t('common.source'), value: (r) => src(r.inputs.map((i) => i.source)) },
  ];

  return (
    <article class="page profile">
      <header class="profile-head">
        <p class="muted no-print">
          <a href={href('/', { area: code })}>{t('profile.backToMap')}</a>
        </p>
        <h1>{name}</h1>
        <p class="muted">
          {[regionName(profile.area.whoRegion), incomeName(profile.area.wbIncome)]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <ApprovalLine profile={profile} />
        <button type="button" class="no-print" onClick={() => window.print()}>
          {t('profile.print')}
        </button>
        <p class="print-only small">
          {t('profile.printedFrom', {
            title: t('app.title'),
            url: window.location.href,
            date: formatDate(new Date().toISOString()),
          })}
        </p>
      </header>

      <section aria-labelledby="headline">
        <h2 id="headline">{t('profile.headline')}</h2>
        <ul class="cards">
          {profile.headline.map((r) => (
            <li key={headlineKey(r)} class="card">
              <h3>{resultLabel(r)}</h3>
              <p class="big">{r.value === null ? t('common.noData') : formatValue(r.value, r.unit)}</p>
              {r.value !== null ? (
                <p class="small muted">
                  {r.year} · {valueForm(r.method, r.inputs, by) ?? src(r.inputs.map((i) => i.source))}
                </p>
              ) : (
                r.reason && <p class="small muted">{noteText(r.reason, countries)}</p>
              )}
              {r.warnings.map((w) => (
                <p key={w.message} class="small warn">
                  {t('common.noteLine', { note: notePhrase(w, countries) })}
                </p>
              ))}
            </li>
          ))}
        </ul>
        <Figure
          title={t('profile.headline')}
          note={t('chart.sourceNote', {
            source: src(profile.headline.flatMap((r) => r.inputs.map((i) => i.source))),
          })}
          fileName={slug('hwmo', code, 'headline')}
          csv={() => ({
            header: [
              'area',
              'indicator',
              'occupation',
              'year',
              'value',
              'unit',
              'method',
              'source',
              'reason',
            ],
            rows: profile.headline.map((r) => [
              code,
              r.indicator,
              r.occupation.join('+'),
              r.year,
              r.value,
              r.unit,
              r.method,
              src(r.inputs.map((i) => i.source)),
              r.reason ? noteText(r.reason, countries) : '',
            ]),
          })}
          table={
            <details class="table-alt">
              <summary>{t('chart.showTable')}</summary>
              <DataTable
                caption={t('profile.headline')}
                captionHidden
                columns={headlineColumns}
                rows={profile.headline}
                rowKey={headlineKey}
              />
            </details>
          }
        />
      </section>

      <section aria-labelledby="series">
        <h2 id="series">{t('profile.series')}</h2>
        {series.length ? (
          <Figure
            title={t('profile.seriesTitle', { name })}
            note={`${t('chart.sourceNote', { source: src(coverage.sources) })}${coverage.years ? ` (${coverage.years.from}–${coverage.years.to})` : ''}`}
            fileName={slug('hwmo', code, 'density-series')}
            svgRef={seriesRef}
            csv={() => ({
              header: ['area', 'occupation', 'year', 'value', 'unit', 'method', 'source'],
              rows: profile.series.flatMap((s) =>
                s.points.map((p) => [
                  code,
                  s.occupation,
                  p.year,
                  p.value,
                  'per 10 000 population',
                  p.method,
                  src([p.source]),
                ]),
              ),
            })}
            table={
              <DataTable
                caption={t('profile.seriesTitle', { name })}
                captionHidden
                columns={[
                  { key: 'occupation', label: t('common.occupation'), value: (r) => r.label },
                  { key: 'year', label: t('common.year'), numeric: true, value: (r) => r.year },
                  {
                    key: 'value',
                    label: t('common.value'),
                    numeric: true,
                    value: (r) => r.value,
                    render: (r) => formatNumber(r.value, 1),
                  },
                  { key: 'method', label: t('common.method'), value: (r) => r.method },
                  { key: 'source', label: t('common.source'), value: (r) => r.source },
                ]}
                rows={profile.series.flatMap((s) =>
                  s.points.map((p) => ({
                    key: `${s.occupation}:${p.year}`,
                    label: occupationName([s.occupation]),
                    year: p.year,
                    value: p.value,
                    method: p.method ? labelOf('method', p.method) : '',
                    source: src([p.source]),
                  })),
                )}
                rowKey={(r) => r.key}
              />
            }
          >
            <LineChart
              series={series}
              digits={1}
              svgRef={seriesRef}
              label={t('profile.seriesTitle', { name })}
            />
          </Figure>
        ) : (
          <p>{t('profile.noSeries', { name })}</p>
        )}
      </section>

      <section aria-labelledby="foreign-trained">
        <h2 id="foreign-trained">{t('profile.foreignTrained')}</h2>
        {ft && ftBars.length ? (
          <Figure
            title={ftTitle}
            note={`${ftTotalNote(ft)}${t('chart.sourceNote', { source: src([ft.source]) })} (${ft.year})`}
            fileName={slug('hwmo', code, 'foreign-trained-by-origin', ft.year)}
            svgRef={originRef}
            csv={() => ({
              header: ['area', 'partner', 'partner_name', 'year', 'value', 'share_percent', 'source'],
              rows: [
                ...ft.items.map((i) => [
                  code,
                  i.partner,
                  areaName(i.partner, countries, i.partnerName),
                  ft.year,
                  i.value,
                  i.share,
                  src([ft.source]),
                ]),
                ...(ft.rest.value
                  ? [
                      [
                        code,
                        '_O',
                        t('flows.others', { count: ft.rest.partners }),
                        ft.year,
                        ft.rest.value,
                        null,
                        src([ft.source]),
                      ],
                    ]
                  : []),
                ...(ft.unknown
                  ? [[code, '_U', t('profile.unknown'), ft.year, ft.unknown, null, src([ft.source])]]
                  : []),
              ],
            })}
            table={
              <DataTable
                caption={ftTitle}
                captionHidden
                columns={[
                  { key: 'label', label: t('profile.partner'), value: (r) => r.label },
                  {
                    key: 'value',
                    label: t('common.value'),
                    numeric: true,
                    value: (r) => r.value,
                    render: (r) => formatNumber(r.value),
                  },
                  { key: 'share', label: t('common.share'), numeric: true, value: (r) => r.extra ?? null },
                ]}
                rows={ftBars}
                rowKey={(r) => r.key}
              />
            }
          >
            <BarChart bars={ftBars} digits={0} svgRef={originRef} label={ftTitle} />
          </Figure>
        ) : (
          <p>{t('profile.noForeignTrained', { name })}</p>
        )}
      </section>

      <section aria-labelledby="emigrants">
        <h2 id="emigrants">{t('profile.emigrants')}</h2>
        {em && emItems.length ? (
          <Figure
            title={t('profile.emigrantsTitle', { name })}
            note={`${t('profile.emigrantsBasis', { basis: em.basis === 'training' || em.basis === 'birth' ? t(`profile.basis.${em.basis}`) : em.basis })} ${t(
              'chart.sourceNote',
              {
                source: src(emItems.map((i) => i.source)),
              },
            )} (${formatList(emYears.map((y) => String(y)))})`}
            fileName={slug('hwmo', code, 'emigrants-by-destination')}
            svgRef={destRef}
            csv={() => ({
              header: ['area', 'destination', 'destination_name', 'year', 'value', 'basis', 'source'],
              rows: emItems.map((i) => [
                code,
                i.destination,
                areaName(i.destination, countries, i.destinationName),
                i.year,
                i.value,
                em.basis,
                src([i.source]),
              ]),
            })}
            table={
              <DataTable
                caption={t('profile.emigrantsTitle', { name })}
                captionHidden
                columns={[
                  {
                    key: 'dest',
                    label: t('profile.destination'),
                    value: (r) => areaName(r.destination, countries, r.destinationName),
                  },
                  {
                    key: 'value',
                    label: t('common.value'),
                    numeric: true,
                    value: (r) => r.value,
                    render: (r) => formatNumber(r.value),
                  },
                  { key: 'year', label: t('common.year'), numeric: true, value: (r) => r.year },
                  { key: 'source', label: t('common.source'), value: (r) => src([r.source]) },
                ]}
                rows={emItems}
                rowKey={(r) => r.destination}
              />
            }
          >
            <BarChart
              bars={emItems.slice(0, 15).map((i) => ({
                key: i.destination,
                label: `${areaName(i.destination, countries, i.destinationName)} (${i.year})`,
                value: i.value,
              }))}
              digits={digitsFor('persons')}
              svgRef={destRef}
              label={t('profile.emigrantsTitle', { name })}
            />
          </Figure>
        ) : (
          <p>{t('profile.noEmigrants', { name })}</p>
        )}
      </section>

      <section aria-labelledby="ssl">
        <h2 id="ssl">{t('profile.ssl')}</h2>
        {profile.safeguards.length ? (
          <ul class="cards">
            {profile.safeguards.map((s) => (
              <SafeguardsCard
                key={s.edition}
                entry={s}
                headlineDensity={headlineDensity(profile.headline)}
                countries={countries}
                src={src}
                by={by}
              />
            ))}
          </ul>
        ) : (
          <p>{t('profile.noSsl')}</p>
        )}
      </section>

      <ReportingHistorySection code={code} name={name} />

      <section aria-labelledby="batches">
        <h2 id="batches">{t('profile.batches')}</h2>
        <ul class="batches">
          {profile.batches.map((b) => (
            <li key={b.id}>
              <a href={`/api/batches/${b.id}`}>
                {t('profile.batch')} {b.id}
              </a>{' '}
              — <code>{b.file}</code>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
