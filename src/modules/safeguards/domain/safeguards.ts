import type { DataPoint, IndicatorResult, InputRef, YearSelection } from '../../indicators/index.ts';
import { inputRef, type Note, note, sentence } from '../../indicators/index.ts';

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
  reason: Note | null;
}

export interface SslAssessment {
  edition: number;
  area: string;
  status: SslStatus;
  density: SslCriterion & { method: string | null; warnings: Note[] };
  sci: SslCriterion;
  /** The explanation in English; `explanationNotes` holds its parts for translation. */
  explanation: string;
  explanationNotes: Note[];
  inputs: InputRef[];
}

function densityBasis(d: IndicatorResult): Note[] {
  const cadres =
    (d.detail?.cadres as { occupation: string; year: number | null; method: string | null }[] | undefined) ??
    [];
  const sources = new Map(d.inputs.map((i) => [`${i.occupation}:${i.year}`, i.source]));
  return cadres
    .filter((c) => c.year !== null)
    .map((c) =>
      note('ssl-cadre-basis', {
        occupation: c.occupation,
        year: c.year as number,
        method: c.method ?? '',
        source: sources.get(`${c.occupation}:${c.year}`) ?? '',
      }),
    );
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
  sciReason?: Note,
): SslAssessment {
  const densityMet = density.value === null ? null : density.value < edition.densityBelow;
  const sciMet = sci === undefined ? null : sci.value < edition.sciBelow;
  const status: SslStatus =
    densityMet === false || sciMet === false
      ? 'off'
      : densityMet === null || sciMet === null
        ? 'not-assessable'
        : 'on';
  const sciMissing = sciReason ?? note('no-sci');
  const densityNote =
    density.value === null
      ? note('ssl-density-missing', { note: density.reason ?? note('no-value', { selection: anyYear }) })
      : note(densityMet ? 'ssl-density-below' : 'ssl-density-not-below', {
          value: density.value,
          notes: densityBasis(density),
          threshold: edition.densityBelow,
        });
  const sciNote =
    sci === undefined
      ? note('ssl-sci-missing', { note: sciMissing })
      : note(sciMet ? 'ssl-sci-below' : 'ssl-sci-not-below', {
          value: sci.value,
          year: sci.year,
          source: sci.source,
          threshold: edition.sciBelow,
        });
  const verdict = note(status === 'on' ? 'ssl-on' : status === 'off' ? 'ssl-off' : 'ssl-not-assessable');
  const notes = [densityNote, sciNote, verdict];
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
      reason: sci ? null : sciMissing,
    },
    explanation: sentence(notes),
    explanationNotes: notes,
    inputs: [...density.inputs, ...(sci ? [inputRef(sci)] : [])],
  };
}

const anyYear: YearSelection = { kind: 'latest', upTo: null, window: null };

export interface SslDifference {
  area: string;
  official: boolean;
  recomputed: SslStatus;
  explanation: string;
  explanationNotes: Note[];
}

function nearMiss(
  c: SslCriterion,
  code: 'ssl-density-near-threshold' | 'ssl-sci-near-threshold',
): Note | null {
  if (c.value === null) return null;
  const margin = Math.abs(c.value - c.threshold);
  return margin < 2 ? note(code, { value: c.value, margin, threshold: c.threshold }) : null;
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
    const notes: Note[] = [];
    if (listed && a.status === 'off') {
      notes.push(note('ssl-listed-but-fails'));
      if (a.density.met === false)
        notes.push(
          note('ssl-listed-density-not-below', {
            value: a.density.value as number,
            year: a.density.year as number,
            threshold: a.density.threshold,
          }),
        );
      if (a.sci.met === false)
        notes.push(
          note('ssl-listed-sci-not-below', {
            value: a.sci.value as number,
            year: a.sci.year as number,
            source: a.sci.source ?? '',
            threshold: a.sci.threshold,
          }),
        );
    } else if (listed) {
      notes.push(note('ssl-listed-but-missing'));
      if (a.density.value === null && a.density.reason)
        notes.push(note('ssl-density-reason', { note: a.density.reason }));
      if (a.sci.value === null && a.sci.reason) notes.push(note('ssl-sci-reason', { note: a.sci.reason }));
    } else {
      notes.push(
        note('ssl-unlisted-but-holds', {
          density: a.density.value as number,
          densityYear: a.density.year as number,
          densityThreshold: a.density.threshold,
          sci: a.sci.value as number,
          sciYear: a.sci.year as number,
          source: a.sci.source ?? '',
          sciThreshold: a.sci.threshold,
        }),
      );
    }
    for (const n of [
      nearMiss(a.density, 'ssl-density-near-threshold'),
      nearMiss(a.sci, 'ssl-sci-near-threshold'),
    ])
      if (n) notes.push(n);
    out.push({
      area: a.area,
      official: listed,
      recomputed: a.status,
      explanation: sentence(notes),
      explanationNotes: notes,
    });
  }
  return out.sort((x, y) => x.area.localeCompare(y.area));
}
