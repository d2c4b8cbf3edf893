import { type CldrLocale, cldrName } from '../../../src/platform/i18n/page-text.ts';
import { has, type Lang, lang, locale, t } from '../i18n/i18n.ts';
import type { Area } from './api.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(digits: number, minimum = digits, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const key = `${lang()}:${minimum}:${digits}:${style}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(), {
      style,
      minimumFractionDigits: minimum,
      maximumFractionDigits: digits,
    });
    numberFormats.set(key, f);
  }
  return f;
}

export function isPercent(unit: string): boolean {
  return /%|percent/i.test(unit);
}

/** Decimals shown for a unit: counts whole, rates and densities to one decimal. */
export function digitsFor(unit: string): number {
  return /^(persons|requests|health workers)/i.test(unit) ? 0 : 1;
}

export function formatNumber(value: number, digits = 0): string {
  return nf(digits).format(value);
}

/** Up to `digits` decimals, none shown when not needed (2, 55.02). */
export function formatUpTo(value: number, digits: number): string {
  return nf(digits, 0).format(value);
}

/** A value with its unit, e.g. "23.4 per 10 000 population", "12.1 %". */
export function formatValue(value: number | null | undefined, unit: string, withUnit = true): string {
  if (value === null || value === undefined) return t('common.noData');
  const n = formatNumber(value, digitsFor(unit));
  if (!withUnit) return n;
  if (isPercent(unit)) return formatPercent(value, digitsFor(unit));
  return `${n} ${unitLabel(unit)}`;
}

/** A value given in percent (12.1 for 12.1 %) as the language writes percentages: "12,1 %", "12.1%", "‎%‎12.1"… */
export function formatPercent(value: number, digits = 1): string {
  return nf(digits, digits, 'percent').format(value / 100);
}

/** A list joined as the language joins them ("A, B and C", "A, B et C", "A、B和C"). */
export function formatList(items: Iterable<string>, type: Intl.ListFormatType = 'conjunction'): string {
  const key = `${lang()}:${type}`;
  let f = listFormats.get(key);
  if (!f) {
    f = new Intl.ListFormat(locale(), { style: type === 'unit' ? 'narrow' : 'long', type });
    listFormats.set(key, f);
  }
  return f.format([...items]);
}
const listFormats = new Map<string, Intl.ListFormat>();

const UNIT_KEYS: Record<string, Parameters<typeof t>[0]> = {
  'per 10 000 population': 'unit.per10k',
  persons: 'unit.persons',
  'persons per year': 'unit.personsPerYear',
  '%': 'unit.percent',
  percent: 'unit.percent',
  '% per year': 'unit.percentPerYear',
  'percent per year': 'unit.percentPerYear',
  'index 0-100': 'unit.index',
  'health workers': 'unit.healthWorkers',
  'persons per period': 'unit.personsPerPeriod',
  'requests per year': 'unit.requestsPerYear',
};

export function unitLabel(unit: string): string {
  const key = UNIT_KEYS[unit];
  return key ? t(key) : unit;
}

/**
 * Country names by language, from i18n-iso-countries (CLDR), the source the importer resolves names with, so that a
 * name the pages show is a name a file may use. English keeps the API's names (WHO's); each other language's file is
 * fetched when that language is first shown.
 */
type NamesFile = Promise<{ default: CldrLocale }>;
const NAME_FILES: Partial<Record<Lang, () => NamesFile>> = {
  ar: () => import('i18n-iso-countries/langs/ar.json') as NamesFile,
  zh: () => import('i18n-iso-countries/langs/zh.json') as NamesFile,
  fr: () => import('i18n-iso-countries/langs/fr.json') as NamesFile,
  ru: () => import('i18n-iso-countries/langs/ru.json') as NamesFile,
  es: () => import('i18n-iso-countries/langs/es.json') as NamesFile,
};
const countryNames = new Map<Lang, CldrLocale>();

/** Whether the country names of a language are at hand (always so for English). */
export function countryNamesReady(l: Lang): boolean {
  return !NAME_FILES[l] || countryNames.has(l);
}

export async function loadCountryNames(l: Lang): Promise<void> {
  const load = NAME_FILES[l];
  if (!load || countryNames.has(l)) return;
  // Without the file, the API's names are shown.
  const names = await load().then(
    (m) => m.default,
    () => ({ locale: l, countries: {} }),
  );
  countryNames.set(l, names);
}

/** Areas CLDR does not name (the Channel Islands, a World Bank economy), named by the catalogues. */
const UNNAMED = { CHI: 'area.CHI' } as const;

/** A country's name in the current language: the API's (WHO) name in English, CLDR's otherwise, else the API's. */
export function areaName(code: string, countries: Map<string, Area> | undefined, fallback?: string): string {
  const area = countries?.get(code);
  const names = countryNames.get(lang());
  const name = names && area?.iso2 ? cldrName(names, area.iso2) : null;
  return (
    name ??
    (code in UNNAMED ? t(UNNAMED[code as keyof typeof UNNAMED]) : null) ??
    area?.name ??
    fallback ??
    code
  );
}

/** A label from the catalogue by key prefix and code, else the fallback (the API's name, or the code). */
export function labelOf(
  prefix: 'region' | 'income' | 'occupation' | 'indicator' | 'measure' | 'batchStatus' | 'method',
  code: string,
  fallback = code,
): string {
  const key = `${prefix}.${code}`;
  return has(key) ? t(key) : fallback;
}

export function regionName(code: string | null | undefined): string {
  return code ? labelOf('region', code) : '';
}

export function incomeName(code: string | null | undefined): string {
  return code ? labelOf('income', code) : '';
}

export function occupationName(codes: readonly string[]): string {
  const joined = codes.join(',');
  if (joined === 'medical-doctors,nursing-and-midwifery') return t('occupation.dnm');
  if (codes.length === 0) return t('occupation.all');
  return formatList(codes.map((c) => labelOf('occupation', c)));
}

export function indicatorName(slug: string): string {
  return labelOf('indicator', slug);
}

export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(iso));
}

/** A date and time, in the reader's language. */
export function formatDateTime(iso: string | Date, opts: Intl.DateTimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', ...opts }).format(
    typeof iso === 'string' ? new Date(iso) : iso,
  );
}

/** How long ago or ahead a moment is ("3 days ago", "il y a 3 jours", "قبل ٣ أيام"). */
export function formatRelative(iso: string | Date, now: Date = new Date()): string {
  const seconds = ((typeof iso === 'string' ? new Date(iso) : iso).getTime() - now.getTime()) / 1000;
  const f = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31536000],
    ['month', 2592000],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps)
    if (Math.abs(seconds) >= size) return f.format(Math.round(seconds / size), unit);
  return f.format(Math.round(seconds), 'second');
}

/**
 * Which form a value with a computed and a published form shows: computed from headcounts and population (with
 * their datasets), as published, or a mix; null for values that have one form only.
 */
export function valueForm(
  method: string | null,
  inputs: readonly { measure: string; source: string }[],
  src: (codes: Iterable<string>) => string,
): string | null {
  const of = (keep: (m: string) => boolean) =>
    src(inputs.filter((i) => keep(i.measure)).map((i) => i.source));
  if (method === 'computed')
    return t('form.computed', {
      stock: of((m) => m === 'stock'),
      population: of((m) => m === 'population'),
    });
  if (method === 'published') return t('form.published', { source: of((m) => m === 'density') });
  if (method === 'mixed') return t('form.mixed', { sources: of(() => true) });
  return null;
}
