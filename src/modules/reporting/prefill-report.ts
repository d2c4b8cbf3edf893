import type { Ctx } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/client.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { render } from '../../platform/i18n/messages.ts';
import type { Answers, QuestionnaireDefinition } from '../questionnaires/schemas.ts';
import { countryNameIn } from '../reference/index.ts';
import { type FigureDifference, figureDifferences } from './domain/differences.ts';
import {
  FIGURE_SOURCES,
  figureRow,
  isFigureSource,
  latestFigures,
  prefilledTables,
  REPORTED_OCCUPATIONS,
  reportedFigures,
  type StoredFigure,
  type TableQuestion,
} from './domain/figures.ts';
import { reportText } from './messages-reports.ts';
import { selectFigures } from './repo-reports.ts';
import { definitionOf, readableReport } from './report-view.ts';
import type { Difference, PrefillResult } from './schemas.ts';

type Cells = Record<string, string | number | null>;

interface TablePrefill {
  table: TableQuestion;
  /** Every current figure of the area for the table's source, up to the round's year. */
  stored: StoredFigure[];
  /** The latest year's figures per occupation: what the table is pre-filled with. */
  latest: StoredFigure[];
}

/** What the data core holds for each pre-filled table of a questionnaire, for an area (none without one). */
export async function storedForTables(
  db: Queryable,
  def: QuestionnaireDefinition,
  area: string | null,
  roundYear: number,
): Promise<TablePrefill[]> {
  const out: TablePrefill[] = [];
  for (const table of prefilledTables(def)) {
    const source = table.prefill?.source;
    // Bilateral agreements are not stored by hwmo yet: the agreements table starts empty.
    if (!area || !source || !isFigureSource(source)) {
      out.push({ table, stored: [], latest: [] });
      continue;
    }
    const { measure, partnerBasis } = FIGURE_SOURCES[source];
    const stored = await selectFigures(db, {
      area,
      measure,
      partnerBasis,
      occupations: REPORTED_OCCUPATIONS,
      upTo: roundYear,
    });
    out.push({ table, stored, latest: latestFigures(stored, roundYear) });
  }
  return out;
}

/** The rows each pre-filled table starts with. */
export function prefillRows(tables: readonly TablePrefill[]): Array<{ question: string; rows: Cells[] }> {
  return tables.map((t) => ({ question: t.table.id, rows: t.latest.map((f) => figureRow(t.table, f)) }));
}

const formatNumber = (lang: Lang, n: number, digits = 0) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);

/** Why a reported and a stored figure differ, in the reader's language. */
export function explain(d: FigureDifference, lang: Lang): string {
  const partner = countryNameIn(d.partner, lang) ?? d.partner;
  const common = {
    occupation: d.occupation,
    partner,
    year: d.year,
    source: d.storedSource ?? '',
    batch: d.storedBatch ?? 0,
  };
  const r = d.reason;
  switch (r.code) {
    case 'different': {
      const params = {
        ...common,
        reported: formatNumber(lang, d.reported ?? 0, 2),
        stored: formatNumber(lang, d.stored ?? 0, 2),
        gap: `${r.gap > 0 ? '+' : '−'}${formatNumber(lang, Math.abs(r.gap), 2)}`,
      };
      return render(
        r.percent === null
          ? reportText('diff_gap_only', params)
          : reportText('diff_different', {
              ...params,
              percent: `${r.percent > 0 ? '+' : '−'}${formatNumber(lang, Math.abs(r.percent), 1)}`,
            }),
        lang,
      );
    }
    case 'year-missing':
      return render(
        r.latestYear === null
          ? reportText('diff_year_none', common)
          : reportText('diff_year_missing', { ...common, latest: r.latestYear }),
        lang,
      );
    case 'partner-missing':
      return render(reportText('diff_partner_missing', common), lang);
    case 'not-reported':
      return render(
        reportText('diff_not_reported', { ...common, stored: formatNumber(lang, d.stored ?? 0, 2) }),
        lang,
      );
  }
}

/** The tables as the data core would fill them, and how the answers differ from it. */
export function prefillResult(tables: readonly TablePrefill[], answers: Answers, lang: Lang): PrefillResult {
  const differences: Difference[] = [];
  for (const t of tables) {
    const source = t.table.prefill?.source;
    if (!source || !isFigureSource(source)) continue;
    const reported = reportedFigures(t.table, answers[t.table.id]);
    for (const d of figureDifferences(t.table.id, reported, t.stored, t.latest)) {
      differences.push({
        question: d.question,
        key: d.key,
        kind: d.kind,
        reported: d.reported,
        stored: d.stored,
        storedSource: d.storedSource,
        storedBatch: d.storedBatch,
        storedYear: d.storedYear,
        explanation: explain(d, lang),
      });
    }
  }
  return {
    tables: tables.map((t) => ({
      question: t.table.id,
      rows: t.latest.map((f) => ({
        cells: figureRow(t.table, f),
        source: f.source,
        batch: f.batch,
        year: f.year,
      })),
    })),
    differences,
  };
}

/**
 * What the data core holds for the report's pre-filled tables (the area's latest figures at or before the round's
 * year) and how the report's figures differ from it, row by row.
 */
export async function prefillReport(ctx: Ctx, id: number): Promise<PrefillResult> {
  const r = await readableReport(ctx, ctx.db, id);
  const def = await definitionOf(ctx.db, r.questionnaireId);
  const tables = await storedForTables(ctx.db, def, r.area, r.roundYear);
  return prefillResult(tables, r.answers, ctx.lang);
}
