import type { DataPoint, IndicatorResult, InputRef, YearSelection } from './types.ts';
import { inputRef } from './types.ts';

/** A published edition of the WHO Health Workforce Support and Safeguards List and the rule behind it. */
export interface SslEdition {
  edition: number;
  title: string;
  reference: string;
  /** A country is on the list when its UHC service coverage index is below this… */
  sciBelow: number;
  /** …and its density of doctors, nurses and midwives per 10 000 is below this (the global median). */
  densityBelow: number;
  cadres: readonly string[];
  publishedCount: number;
  /** The data vintages a recomputation uses unless the user chooses others. */
  defaults: {
    sci: YearSelection;
    sciSources: readonly string[];
    density: YearSelection;
  };
  notes: string;
}

export const SSL_EDITIONS: readonly SslEdition[] = [
  {
    edition: 2020,
    title: 'WHO Health Workforce Support and Safeguards List 2020',
    reference: 'World Health Organization, 2020',
    sciBelow: 50,
    densityBelow: 49,
    cadres: ['medical-doctors', 'nursing-and-midwifery'],
    publishedCount: 47,
    defaults: {
      sci: { kind: 'latest', upTo: 2017, window: 2 },
      sciSources: ['WHO.GHO', 'OWID', 'WB.WDI'],
      density: { kind: 'latest', upTo: 2018, window: 10 },
    },
    notes:
      'UHC service coverage index below 50 and density of medical doctors, nursing and midwifery personnel below the global median of 49 per 10 000.',
  },
  {
    edition: 2023,
    title: 'WHO Health Workforce Support and Safeguards List 2023',
    reference: 'World Health Organization, 2023, ISBN 9789240069787',
    sciBelow: 55,
    densityBelow: 49,
    cadres: ['medical-doctors', 'nursing-and-midwifery'],
    publishedCount: 55,
    defaults: {
      sci: { kind: 'latest', upTo: 2019, window: 2 },
      sciSources: ['OWID', 'WB.WDI', 'WHO.GHO'],
      density: { kind: 'latest', upTo: 2021, window: 10 },
    },
    notes:
      'The same indicators as 2020; the UHC service coverage index threshold was raised from 50 to 55 to allow for COVID-19 disruption of services. Both inequalities are strict: a value exactly at the threshold is not below it.',
  },
];

export function findEdition(edition: number): SslEdition | undefined {
  return SSL_EDITIONS.find((e) => e.edition === edition);
}

export type SslStatus = 'on' | 'off' | 'not-assessable';

export interface SslCriterion {
  value: number | null;
  threshold: number;
  /** Whether the value is below the threshold; null when there is no value. */
  met: boolean | null;
  year: number | null;
  source: string | null;
  reason: string | null;
}

export interface SslAssessment {
  edition: number;
  area: string;
  status: SslStatus;
  density: SslCriterion & { method: string | null; warnings: string[] };
  sci: SslCriterion;
  explanation: string;
  inputs: InputRef[];
}

const fmt = (v: number) => (Math.round(v * 100) / 100).toString();

function describeDensity(d: IndicatorResult): string {
  const cadres =
    (d.detail?.cadres as { occupation: string; year: number | null; method: string | null }[] | undefined) ??
    [];
  const sources = new Map(d.inputs.map((i) => [`${i.occupation}:${i.year}`, i.source]));
  const parts = cadres
    .filter((c) => c.year !== null)
    .map(
      (c) =>
        `${c.occupation} ${c.year}, ${c.method}${sources.get(`${c.occupation}:${c.year}`) ? ` ${sources.get(`${c.occupation}:${c.year}`)}` : ''}`,
    );
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/**
 * Whether a country meets an edition's rule with the values given: both strict inequalities must hold;
 * a missing value makes it not assessable rather than off the list.
 */
export function assessSsl(
  edition: SslEdition,
  area: string,
  density: IndicatorResult,
  sci: DataPoint | undefined,
  sciReason?: string,
): SslAssessment {
  const densityMet = density.value === null ? null : density.value < edition.densityBelow;
  const sciMet = sci === undefined ? null : sci.value < edition.sciBelow;
  const status: SslStatus =
    densityMet === false || sciMet === false
      ? 'off'
      : densityMet === null || sciMet === null
        ? 'not-assessable'
        : 'on';
  const densityText =
    density.value === null
      ? `density of doctors, nurses and midwives cannot be computed: ${density.reason}`
      : `density of doctors, nurses and midwives ${fmt(density.value)} per 10 000${describeDensity(density)} is ${densityMet ? '' : 'not '}below ${edition.densityBelow}`;
  const sciText =
    sci === undefined
      ? `UHC service coverage index is missing${sciReason ? `: ${sciReason}` : ''}`
      : `UHC service coverage index ${fmt(sci.value)} (${sci.year}, ${sci.source}) is ${sciMet ? '' : 'not '}below ${edition.sciBelow}`;
  const verdict =
    status === 'on'
      ? 'both criteria hold: on the list'
      : status === 'off'
        ? 'a criterion fails: not on the list'
        : 'not assessable with the data loaded';
  return {
    edition: edition.edition,
    area,
    status,
    density: {
      value: density.value,
      threshold: edition.densityBelow,
      met: densityMet,
      year: density.year,
      source: [...new Set(density.inputs.map((i) => i.source))].join(', ') || null,
      reason: density.reason,
      method: density.method,
      warnings: density.warnings,
    },
    sci: {
      value: sci?.value ?? null,
      threshold: edition.sciBelow,
      met: sciMet,
      year: sci?.year ?? null,
      source: sci?.source ?? null,
      reason: sci ? null : (sciReason ?? 'no UHC service coverage index'),
    },
    explanation: `${capitalise(densityText)}; ${sciText}; ${verdict}.`,
    inputs: [...density.inputs, ...(sci ? [inputRef(sci)] : [])],
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface SslDifference {
  area: string;
  official: boolean;
  recomputed: SslStatus;
  explanation: string;
}

function nearMiss(c: SslCriterion, name: string): string | null {
  if (c.value === null) return null;
  const margin = c.value - c.threshold;
  if (Math.abs(margin) < 2)
    return `${name} ${fmt(c.value)} is within ${fmt(Math.abs(margin))} of the threshold ${c.threshold}, so a different data vintage can change the result`;
  return null;
}

/** Countries where the official list and the recomputation disagree, each with the inputs that explain why. */
export function diffSsl(
  official: ReadonlySet<string>,
  assessments: readonly SslAssessment[],
): SslDifference[] {
  const out: SslDifference[] = [];
  for (const a of assessments) {
    const listed = official.has(a.area);
    if (listed === (a.status === 'on')) continue;
    const notes: string[] = [];
    if (listed && a.status === 'off') {
      notes.push('WHO lists it, but with the data loaded it fails a criterion');
      if (a.density.met === false)
        notes.push(
          `density ${fmt(a.density.value as number)} per 10 000 (${a.density.year}) is not below ${a.density.threshold}`,
        );
      if (a.sci.met === false)
        notes.push(
          `UHC service coverage index ${fmt(a.sci.value as number)} (${a.sci.year}, ${a.sci.source}) is not below ${a.sci.threshold}`,
        );
    } else if (listed) {
      notes.push('WHO lists it, but an input is missing here');
      if (a.density.value === null) notes.push(`density: ${a.density.reason}`);
      if (a.sci.value === null) notes.push(`UHC service coverage index: ${a.sci.reason}`);
    } else {
      notes.push(
        `not on WHO's list, but with the data loaded both criteria hold: density ${fmt(a.density.value as number)} (${a.density.year}) below ${a.density.threshold} and UHC service coverage index ${fmt(a.sci.value as number)} (${a.sci.year}, ${a.sci.source}) below ${a.sci.threshold}`,
      );
    }
    for (const n of [nearMiss(a.density, 'density'), nearMiss(a.sci, 'the index')]) if (n) notes.push(n);
    out.push({ area: a.area, official: listed, recomputed: a.status, explanation: `${notes.join('; ')}.` });
  }
  return out.sort((x, y) => x.area.localeCompare(y.area));
}
