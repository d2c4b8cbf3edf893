import type { DataPoint, IndicatorResult, InputRef, YearSelection } from '../../indicators/index.ts';
import { inputRef, type Note, note, sentence } from '../../indicators/index.ts';

import type { SslEdition } from './editions.ts';

export { findEdition, SSL_EDITIONS, type SslEdition } from './editions.ts';

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
