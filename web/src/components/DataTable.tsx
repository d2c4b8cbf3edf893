import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.ts';
import type { Area } from '../lib/api.ts';
import { collator } from '../lib/collate.ts';
import { incomeName, regionName } from '../lib/format.ts';
import { href } from '../lib/router.ts';

export interface Column<R> {
  key: string;
  label: string;
  numeric?: boolean;
  /** What the column sorts by; null sorts last whichever the direction. */
  value: (row: R) => string | number | null;
  render?: (row: R) => ComponentChildren;
}

/** A country's name (linked to its profile), WHO region and income group: the first columns of a table of countries. */
export function countryColumns<R extends { area: Area; name: string }>(): Column<R>[] {
  return [
    {
      key: 'name',
      label: t('common.country'),
      value: (r) => r.name,
      render: (r) => <a href={href(`/country/${r.area.code}`)}>{r.name}</a>,
    },
    { key: 'region', label: t('common.region'), value: (r) => regionName(r.area.whoRegion) },
    { key: 'income', label: t('common.income'), value: (r) => incomeName(r.area.wbIncome) },
  ];
}

export type SortDir = 'asc' | 'desc';

interface Props<R> {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  sort?: { key: string; dir: SortDir } | undefined;
  onSort?: (key: string, dir: SortDir) => void;
  captionHidden?: boolean;
}

export function sortRows<R>(rows: R[], column: Column<R> | undefined, dir: SortDir): R[] {
  if (!column) return rows;
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    if (x === null || x === '') return y === null || y === '' ? 0 : 1;
    if (y === null || y === '') return -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * collator().compare(String(x), String(y));
  });
}

/** Which sides of a scrolling box have more content beyond them, following scrolls and resizes. */
function useOverflow(deps: readonly unknown[]) {
  const ref = useRef<HTMLElement>(null);
  const [more, setMore] = useState({ start: false, end: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Right to left, scrollLeft runs from 0 down to minus the overflow: its size is the distance from the start.
    const update = () => {
      const scrolled = Math.abs(el.scrollLeft);
      const start = scrolled > 1;
      const end = scrolled + el.clientWidth < el.scrollWidth - 1;
      setMore((m) => (m.start === start && m.end === end ? m : { start, end }));
    };
    update();
    el.addEventListener('scroll', update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => {
      el.removeEventListener('scroll', update);
      observer.disconnect();
    };
  }, deps);
  return { ref, more };
}

/**
 * A table whose columns sort on click (or Enter/Space on the heading button). Its first column stays in view when
 * it scrolls sideways, and a shadow and a hint say that more columns lie beyond the edge.
 */
export function DataTable<R>(props: Props<R>) {
  const [local, setLocal] = useState<{ key: string; dir: SortDir } | undefined>(undefined);
  const { ref, more } = useOverflow([props.columns.length, props.rows.length]);
  const sort = props.onSort ? props.sort : local;
  const column = props.columns.find((c) => c.key === sort?.key);
  const rows = sortRows(props.rows, column, sort?.dir ?? 'asc');
  const onSort = (key: string) => {
    const col = props.columns.find((c) => c.key === key);
    const dir: SortDir =
      sort?.key === key ? (sort.dir === 'asc' ? 'desc' : 'asc') : col?.numeric ? 'desc' : 'asc';
    if (props.onSort) props.onSort(key, dir);
    else setLocal({ key, dir });
  };
  const scrolls = more.start || more.end;
  return (
    <div class="table">
      {scrolls && (
        <p class="scroll-hint muted small" aria-hidden="true">
          {t('table.scrollHint')}
        </p>
      )}
      <div class={`table-scroll${more.start ? ' more-start' : ''}${more.end ? ' more-end' : ''}`}>
        <section
          class="table-wrap"
          ref={ref}
          tabIndex={scrolls ? 0 : undefined}
          aria-label={scrolls ? t('table.scrollRegion', { caption: props.caption }) : props.caption}
        >
          <table>
            <caption class={props.captionHidden ? 'visually-hidden' : undefined}>{props.caption}</caption>
            <thead>
              <tr>
                {props.columns.map((c) => {
                  const active = sort?.key === c.key;
                  return (
                    <th
                      key={c.key}
                      scope="col"
                      class={c.numeric ? 'n' : undefined}
                      aria-sort={active ? (sort?.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      <button
                        type="button"
                        class="sort"
                        onClick={() => onSort(c.key)}
                        title={t('table.sortBy', { column: c.label })}
                      >
                        {c.label}
                        <span aria-hidden="true" class="sort-mark">
                          {active ? (sort?.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr>
                  <td colSpan={props.columns.length}>{t('table.empty')}</td>
                </tr>
              ) : (
                rows.map((r) => (
                  <tr key={props.rowKey(r)}>
                    {props.columns.map((c, i) =>
                      i === 0 ? (
                        <th key={c.key} scope="row">
                          {c.render ? c.render(r) : c.value(r)}
                        </th>
                      ) : (
                        <td key={c.key} class={c.numeric ? 'n' : undefined}>
                          {c.render ? c.render(r) : c.value(r)}
                        </td>
                      ),
                    )}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </section>
      </div>
      <p class="muted small">{t('table.rows', { count: rows.length })}</p>
    </div>
  );
}
