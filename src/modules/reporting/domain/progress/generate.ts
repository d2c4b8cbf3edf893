import type {
  Answer,
  LocalText,
  Option,
  Question,
  QuestionnaireDefinition,
  TableAnswer,
} from '../../../questionnaires/schemas.ts';
import type { ReportState, RoundState } from '../../schemas.ts';
import type { ParticipationRow, ProgressContent, QuestionTally, SourceRef } from '../../schemas-progress.ts';
import { roundLabel } from '../report-access.ts';
import { canonicalJson } from './canonical.ts';

/** Everything a progress report is generated from; the same inputs give the same content. */
export interface ProgressInputs {
  round: { id: number; year: number; state: RoundState; questionnaireId: number };
  previous: {
    id: number;
    year: number;
    /** Areas with a designated authority in that round. */
    authorities: readonly string[];
    /** Areas whose national report was received in that round. */
    reports: readonly string[];
  } | null;
  /** The WHO Member States (and any other area that has an authority or a report in the round). */
  countries: ReadonlyArray<{
    code: string;
    name: string;
    member: boolean;
    region: string | null;
    income: string | null;
  }>;
  /** The round's current designations. */
  authorities: ReadonlyArray<{ area: string; organisation: string }>;
  reports: ReadonlyArray<{
    id: number;
    kind: 'national' | 'stakeholder';
    area: string | null;
    state: ReportState;
    questionnaireId: number;
    answers: Readonly<Record<string, Answer>>;
  }>;
  /** The questionnaire versions the round and its reports use, by id. */
  questionnaires: Readonly<Record<number, QuestionnaireDefinition>>;
  /** What the data core holds for the areas that reported figures (current values, all ages and sexes). */
  stored: ReadonlyArray<{
    measure: string;
    area: string;
    partner: string;
    basis: string;
    occupation: string;
    year: number;
    value: number;
    source: string;
  }>;
}

/** What the secretariat chose in the content being regenerated: kept across regenerations. */
export interface ProgressKeep {
  editorial: ProgressContent['editorial'];
  selectedNarratives: readonly string[];
}

/** Reports that count as received: submitted at least once and not sent back. */
export const RECEIVED_STATES: readonly ReportState[] = ['submitted', 'resubmitted', 'accepted', 'published'];

export const WHO_REGIONS = ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR'] as const;
export const INCOME_GROUPS = ['LIC', 'LMC', 'UMC', 'HIC'] as const;
/** The group of countries with no WHO region or no income group. */
export const UNCLASSIFIED = '_U';
export const ALL = '_T';

/** The figure tables: which stored measure and partner basis a table's pre-fill source is. */
export const FIGURE_SOURCES = {
  'foreign-trained-stock': { measure: 'stock', stored: 'foreign-trained-stock', basis: 'training' },
  'foreign-trained-inflow': { measure: 'inflow', stored: 'inflow', basis: 'training' },
  'foreign-born-stock': { measure: 'stock', stored: 'foreign-born-stock', basis: 'birth' },
  'foreign-born-inflow': { measure: 'inflow', stored: 'inflow', basis: 'birth' },
} as const;
type FigureSource = keyof typeof FIGURE_SOURCES;

const YES_NO_PARTLY: ReadonlyArray<{ code: string; text: LocalText }> = [
  {
    code: 'yes',
    text: { en: 'Yes', fr: 'Oui', es: 'Sí', ar: 'نعم', ru: 'Да', zh: '是' },
  },
  {
    code: 'partly',
    text: { en: 'Partly', fr: 'En partie', es: 'En parte', ar: 'جزئيًا', ru: 'Частично', zh: '部分' },
  },
  {
    code: 'no',
    text: { en: 'No', fr: 'Non', es: 'No', ar: 'لا', ru: 'Нет', zh: '否' },
  },
];

const CLOSED = new Set(['yes-no-partly', 'single-choice', 'multiple-choice']);

interface Located {
  section: string;
  question: Question;
}

function questionsOf(def: QuestionnaireDefinition): Located[] {
  return def.sections.flatMap((s) => s.questions.map((question) => ({ section: s.id, question })));
}

function optionsOf(q: Question): ReadonlyArray<{ code: string; text: LocalText }> {
  if (q.type === 'yes-no-partly') return YES_NO_PARTLY;
  if (q.type === 'single-choice' || q.type === 'multiple-choice') return q.options as Option[];
  return [];
}

/** The option codes an answer to a closed question chose, those the question knows only, in its order. */
function chosen(q: Question, answer: Answer | undefined): string[] {
  const codes = optionsOf(q).map((o) => o.code);
  if (answer === undefined || answer === null) return [];
  if (q.type === 'multiple-choice')
    return Array.isArray(answer) ? codes.filter((c) => answer.includes(c)) : [];
  return typeof answer === 'string' && codes.includes(answer) ? [answer] : [];
}

function isTable(answer: Answer | undefined): answer is TableAnswer {
  return typeof answer === 'object' && answer !== null && !Array.isArray(answer) && 'rows' in answer;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const num = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
};

function joinTexts(texts: readonly LocalText[]): LocalText {
  const join = (lang: keyof LocalText, sep: string) => texts.map((t) => t[lang]).join(sep);
  return {
    en: join('en', ', '),
    fr: join('fr', ', '),
    es: join('es', ', '),
    ar: join('ar', '، '),
    ru: join('ru', ', '),
    zh: join('zh', '、'),
  };
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The progress report's content from its inputs: participation by WHO region and income group against the previous
 * round, agreements notified, tallies of the closed questions, narrative answers, reported figures beside the stored
 * ones, and an annex per country. `hash` digests the canonical JSON of the inputs (SHA-256 in the use case).
 */
export function generateProgress(
  given: ProgressInputs,
  hash: (canonical: string) => string,
  keep: ProgressKeep | null = null,
): ProgressContent {
  const inputs = normaliseInputs(given);
  const reports = inputs.reports;
  const countries = new Map(inputs.countries.map((c) => [c.code, c]));
  const nameOf = (area: string | null) => (area === null ? null : (countries.get(area)?.name ?? area));
  const national = reports.filter((r) => r.kind === 'national' && r.area !== null);
  const received = national.filter((r) => RECEIVED_STATES.includes(r.state));
  const authorityOf = new Map(inputs.authorities.map((a) => [a.area, a.organisation]));

  // ---- Participation --------------------------------------------------------------------------------------------
  const prevAuthorities = new Set(inputs.previous?.authorities ?? []);
  const prevReports = new Set(inputs.previous?.reports ?? []);
  const row = (code: string, inGroup: (area: string) => boolean): ParticipationRow => {
    const counted = received.filter((r) => inGroup(r.area as string));
    return {
      code,
      countries: inputs.countries.filter((c) => c.member && inGroup(c.code)).length,
      authorities: [...authorityOf.keys()].filter(inGroup).length,
      reports: counted.length,
      previousAuthorities: inputs.previous ? [...prevAuthorities].filter(inGroup).length : null,
      previousReports: inputs.previous ? [...prevReports].filter(inGroup).length : null,
      reportIds: counted.map((r) => r.id),
    };
  };
  const groupOf = (area: string, key: 'region' | 'income', known: readonly string[]) => {
    const v = countries.get(area)?.[key] ?? null;
    return v !== null && known.includes(v) ? v : UNCLASSIFIED;
  };
  const groups = (key: 'region' | 'income', known: readonly string[]) => {
    const rows = known.map((code) => row(code, (a) => groupOf(a, key, known) === code));
    const rest = row(UNCLASSIFIED, (a) => groupOf(a, key, known) === UNCLASSIFIED);
    const involved =
      rest.authorities + rest.reports + (rest.previousAuthorities ?? 0) + (rest.previousReports ?? 0);
    return involved > 0 ? [...rows, rest] : rows;
  };
  const participation = {
    total: row(ALL, () => true),
    byRegion: groups('region', WHO_REGIONS),
    byIncome: groups('income', INCOME_GROUPS),
  };

  // ---- Answers of received reports --------------------------------------------------------------------------------
  const roundDef = inputs.questionnaires[inputs.round.questionnaireId];
  const defOf = (id: number) => inputs.questionnaires[id] ?? roundDef;
  const frame = roundDef ? questionsOf(roundDef) : [];

  const questions: QuestionTally[] = frame
    .filter(({ question }) => CLOSED.has(question.type))
    .map(({ section, question }) => {
      const options = optionsOf(question);
      const counts = options.map((o) => ({
        option: o.code,
        text: o.text,
        count: 0,
        sources: [] as SourceRef[],
      }));
      let answered = 0;
      for (const r of received) {
        const codes = chosen(question, r.answers[question.id]);
        if (codes.length > 0) answered += 1;
        for (const c of counts)
          if (codes.includes(c.option)) {
            c.count += 1;
            c.sources.push({ reportId: r.id, area: r.area, question: question.id });
          }
      }
      return { question: question.id, section, type: question.type, text: question.text, answered, counts };
    });

  const selected = new Set(keep?.selectedNarratives ?? []);
  const narratives: ProgressContent['narratives'] = [];
  const figures: ProgressContent['figures'] = [];
  const agreements: ProgressContent['agreements']['list'] = [];
  const stored = new Map<string, { value: number; source: string }>();
  for (const s of [...inputs.stored].sort((a, b) => byCode(a.source, b.source))) {
    const key = [s.measure, s.area, s.partner, s.basis, s.occupation, s.year].join('|');
    if (!stored.has(key)) stored.set(key, { value: s.value, source: s.source });
  }

  for (const r of received) {
    const area = r.area as string;
    for (const { question } of questionsOf(defOf(r.questionnaireId) as QuestionnaireDefinition)) {
      const answer = r.answers[question.id];
      if (question.type === 'text') {
        const text = str(answer);
        if (text === null) continue;
        const id = `${r.id}:${question.id}`;
        narratives.push({
          id,
          source: { reportId: r.id, area, question: question.id },
          areaName: nameOf(area),
          questionText: question.text,
          text,
          selected: selected.has(id),
        });
      }
      if (question.type !== 'table' || !question.prefill || !isTable(answer)) continue;
      const src = question.prefill.source;
      answer.rows.forEach((cells, i) => {
        const ref: SourceRef = { reportId: r.id, area, question: question.id, row: i + 1 };
        if (src === 'agreements') {
          if (Object.values(cells).every((v) => v === null || v === '')) return;
          agreements.push({
            area,
            partner: str(cells.partner)?.toUpperCase() ?? null,
            type: str(cells.type),
            signed: str(cells.signed),
            cadres: str(cells.cadres),
            source: ref,
          });
          return;
        }
        const figure = FIGURE_SOURCES[src as FigureSource];
        const occupation = str(cells.occupation);
        const year = num(cells.year);
        const reported = num(cells.count);
        if (!figure || occupation === null || year === null || reported === null) return;
        const partner = str(cells.country)?.toUpperCase() ?? null;
        const key = [figure.stored, area, partner ?? ALL, figure.basis, occupation, year].join('|');
        const hit = stored.get(key);
        figures.push({
          area,
          measure: figure.measure,
          basis: figure.basis,
          occupation,
          partner,
          year: Math.trunc(year),
          reported,
          stored: hit?.value ?? null,
          storedSource: hit?.source ?? null,
          source: ref,
        });
      });
    }
  }

  // ---- Annexes ----------------------------------------------------------------------------------------------------
  const reportOf = new Map(national.map((r) => [r.area as string, r]));
  const annexAreas = [...new Set([...authorityOf.keys(), ...reportOf.keys()])].sort(byCode);
  const annexes = annexAreas.map((area) => {
    const r = reportOf.get(area);
    const isReceived = r !== undefined && RECEIVED_STATES.includes(r.state);
    const answers = isReceived
      ? questionsOf(defOf(r.questionnaireId) as QuestionnaireDefinition).flatMap(({ question }) => {
          const codes = chosen(question, r.answers[question.id]);
          if (codes.length === 0) return [];
          const options = optionsOf(question).filter((o) => codes.includes(o.code));
          return [
            {
              question: question.id,
              text: question.text,
              answer: codes.join(', '),
              answerText: joinTexts(options.map((o) => o.text)),
            },
          ];
        })
      : [];
    return {
      area,
      areaName: nameOf(area),
      reportId: r?.id ?? null,
      state: r?.state ?? 'not-started',
      authority: authorityOf.get(area) ?? null,
      answers,
    };
  });

  const previous = inputs.previous
    ? { id: inputs.previous.id, year: inputs.previous.year, label: roundLabel(inputs.previous.year) }
    : null;
  return {
    round: { id: inputs.round.id, year: inputs.round.year, label: roundLabel(inputs.round.year) },
    previous,
    inputsHash: hash(canonicalJson(inputs)),
    participation,
    agreements: { notified: agreements.length, list: agreements },
    questions,
    narratives,
    figures,
    annexes,
    stakeholderReports: reports.filter((r) => r.kind === 'stakeholder' && RECEIVED_STATES.includes(r.state))
      .length,
    editorial: keep?.editorial ?? { summary: '', sections: {} },
  };
}

const sortedCodes = (codes: readonly string[]) => [...new Set(codes)].sort(byCode);

/**
 * The inputs in one order, with only what the content depends on: the answers of reports not received are left out
 * (a draft's typing changes neither the report nor its hash), and only the questionnaires used.
 */
export function normaliseInputs(inputs: ProgressInputs): ProgressInputs {
  const reports = [...inputs.reports]
    .sort((a, b) => a.id - b.id)
    .map((r) => (RECEIVED_STATES.includes(r.state) ? r : { ...r, answers: {} }));
  const used = new Set([inputs.round.questionnaireId, ...reports.map((r) => r.questionnaireId)]);
  const questionnaires: Record<number, QuestionnaireDefinition> = {};
  for (const id of [...used].sort((a, b) => a - b)) {
    const def = inputs.questionnaires[id];
    if (def) questionnaires[id] = def;
  }
  const storedKey = (s: ProgressInputs['stored'][number]) =>
    [s.measure, s.area, s.partner, s.basis, s.occupation, String(s.year).padStart(6, '0'), s.source].join(
      '|',
    );
  return {
    round: inputs.round,
    previous: inputs.previous
      ? {
          ...inputs.previous,
          authorities: sortedCodes(inputs.previous.authorities),
          reports: sortedCodes(inputs.previous.reports),
        }
      : null,
    countries: [...inputs.countries].sort((a, b) => byCode(a.code, b.code)),
    authorities: [...inputs.authorities].sort((a, b) => byCode(a.area, b.area)),
    reports,
    questionnaires,
    stored: [...inputs.stored].sort((a, b) => byCode(storedKey(a), storedKey(b))),
  };
}

/** The change from a previous count as a fraction (0.37 for +37 %); null without a previous count or from zero. */
export function change(now: number, before: number | null): number | null {
  if (before === null || before === 0) return null;
  return (now - before) / before;
}
