import type { YearSelection } from './types.ts';

/**
 * What a parameter holds, so that each language can render it: an occupation or area code by its name, a
 * selection in words, a number in the reader's number format, a year as written.
 */
export const PARAM_KINDS = {
  occupation: 'occupation',
  area: 'area',
  origin: 'area',
  areas: 'areas',
  selection: 'selection',
  year: 'year',
  stockYear: 'year',
  abroadYear: 'year',
  densityYear: 'year',
  sciYear: 'year',
  from: 'year',
  to: 'year',
  years: 'years',
  count: 'count',
  members: 'count',
  span: 'count',
  value: 'number',
  computed: 'number',
  published: 'number',
  abroad: 'number',
  home: 'number',
  total: 'number',
  parts: 'number',
  foreign: 'number',
  rate: 'number',
  margin: 'number',
  threshold: 'number',
  density: 'number',
  densityThreshold: 'number',
  sci: 'number',
  sciThreshold: 'number',
  source: 'source',
  startSource: 'source',
  endSource: 'source',
  numerator: 'source',
  denominator: 'source',
  method: 'method',
  note: 'note',
  notes: 'notes',
} as const;
export type ParamName = keyof typeof PARAM_KINDS;
export type ParamKind = (typeof PARAM_KINDS)[ParamName];

/** A template with `{{name}}` placeholders; a plural one chooses its form by the `count` parameter. */
export type Template = string | { one: string; other: string };

/**
 * The English text of every note. Keys are stable codes that clients translate; placeholders name
 * PARAM_KINDS entries.
 */
export const NOTE_TEMPLATES = {
  'no-headcount': 'no headcount of {{occupation}} {{selection}}',
  'no-population-for-headcount': 'no population for {{year}}, the year of the headcount',
  'population-not-positive': 'population for {{year}} is {{value}}, so density is undefined',
  'density-computed-disagrees':
    'headcount / population gives {{computed}} but {{source}} publishes {{published}} for {{year}}: the two use different population figures or headcount concepts',
  'density-published-later':
    '{{source}} publishes a density for {{year}}, later than the headcount of {{stockYear}}',
  'density-published-disagrees':
    'the published {{published}} differs from headcount / population, {{computed}}, for {{year}}',
  'no-published-density': 'no published density of {{occupation}} {{selection}}',
  'for-cadre': '{{occupation}}: {{note}}',
  'all-of': '{{notes}}',
  'cadre-year': '{{occupation}} {{year}}',
  'cadres-different-years': 'cadres come from different years: {{notes}}',

  'mixed-origin-bases':
    'destinations count by different bases (country of training for some, of birth for others): the sum mixes two concepts',
  'no-destination-trained': 'no destination reports {{occupation}} trained in {{origin}} {{selection}}',
  'no-destination-born': 'no destination reports {{occupation}} born in {{origin}} {{selection}}',
  'no-destination-trained-or-born':
    'no destination reports {{occupation}} trained or born in {{origin}} {{selection}}',
  'destinations-different-years': 'destinations report different years: {{years}}',
  'abroad-lower-bound': {
    one: 'abroad counts only the {{count}} destination that reports ({{areas}}): the rate is a lower bound',
    other: 'abroad counts only the {{count}} destinations that report ({{areas}}): the rate is a lower bound',
  },
  'no-home-headcount': 'no headcount of {{occupation}} working in {{origin}} up to {{year}}',
  'home-year-differs': 'home stock is for {{year}}, abroad for {{abroadYear}}',
  'abroad-plus-home-zero': 'abroad plus home is zero',
  'abroad-exceeds-home-training':
    'abroad ({{abroad}}) is more than twice the home stock ({{home}}): a country of training is not a country of origin, or the counts use different concepts',
  'abroad-exceeds-home-birth':
    'abroad ({{abroad}}) is more than twice the home stock ({{home}}): a country of birth is not a country of origin, or the counts use different concepts',

  'no-inflow': 'no inflow of {{occupation}} for {{area}} {{selection}}',
  'no-outflow': 'no outflow of {{occupation}} for {{area}} {{selection}}',
  'sum-over-partners': {
    one: 'sum over {{count}} reported partner; no published total',
    other: 'sum over {{count}} reported partners; no published total',
  },
  'no-net-migration-year':
    'no year with both inflow and outflow of {{occupation}} for {{area}} ({{selection}})',
  'flow-without-partners': 'inflow or outflow of {{year}} has no partner countries',
  'no-turnover': 'no turnover among the areas with data',
  'no-earlier-headcount': 'no earlier headcount within {{span}} years of {{year}}',
  'source-changed': 'start from {{startSource}}, end from {{endSource}}: a change of source is not growth',
  'start-headcount-not-positive': 'the {{year}} headcount is {{value}}',
  'growth-jump':
    '{{rate}}% a year usually means the count changed (coverage or definition), not the workforce',

  'no-foreign-trained': 'no foreign-trained {{occupation}} counted in {{area}} {{selection}}',
  'no-foreign-born': 'no foreign-born {{occupation}} counted in {{area}} {{selection}}',
  'foreign-sum-used': {
    one: 'no published total of foreign {{occupation}}: the sum of {{count}} origin is used',
    other: 'no published total of foreign {{occupation}}: the sum of {{count}} origins is used',
  },
  'foreign-sum-used-with-unknown': {
    one: 'no published total of foreign {{occupation}}: the sum of {{count}} origin and the unknown origin is used',
    other:
      'no published total of foreign {{occupation}}: the sum of {{count}} origins and the unknown origin is used',
  },
  'foreign-total-mismatch': {
    one: 'the published total {{total}} differs from the sum of {{count}} origin ({{parts}}); the published total is used',
    other:
      'the published total {{total}} differs from the sum of {{count}} origins ({{parts}}); the published total is used',
  },
  'foreign-total-mismatch-with-unknown': {
    one: 'the published total {{total}} differs from the sum of {{count}} origin and the unknown origin ({{parts}}); the published total is used',
    other:
      'the published total {{total}} differs from the sum of {{count}} origins and the unknown origin ({{parts}}); the published total is used',
  },
  'aggregate-partners-ignored': 'regional or aggregate partners left out of the breakdown: {{areas}}',
  'no-headcount-for-share':
    'no headcount of all {{occupation}} in {{area}} for {{year}} to divide the {{foreign}} foreign ones by',
  'headcount-not-positive': 'the headcount of {{occupation}} for {{year}} is {{value}}',
  'share-sources-differ':
    'numerator from {{numerator}}, denominator from {{denominator}}: concepts may differ',
  'share-over-100': 'the share exceeds 100%: numerator and denominator count different things',

  'no-population-for-density': 'no population for {{year}}, the year of the density',

  'members-without-value': {
    one: '{{count}} of {{members}} members has no value',
    other: '{{count}} of {{members}} members have no value',
  },
  'members-without-population': {
    one: '{{count}} member has no population and is left out',
    other: '{{count}} members have no population and are left out',
  },
  'population-unknown': {
    one: 'the population is unknown for {{count}} member without a value, so the population coverage counts only members whose population is known',
    other:
      'the population is unknown for {{count}} members without a value, so the population coverage counts only members whose population is known',
  },
  'members-years': "members' values come from {{from}}–{{to}}",
  'no-member-value': 'no member has both a value and a population',
  'partial-sum': 'a sum over part of the members understates the group total',

  'no-value': 'no value {{selection}}',
  'no-sci': 'no UHC service coverage index',
  'ssl-density-missing': 'density of doctors, nurses and midwives cannot be computed: {{note}}',
  'ssl-density-below':
    'density of doctors, nurses and midwives {{value}} per 10 000 ({{notes}}) is below {{threshold}}',
  'ssl-density-not-below':
    'density of doctors, nurses and midwives {{value}} per 10 000 ({{notes}}) is not below {{threshold}}',
  'ssl-cadre-basis': '{{occupation}} {{year}}, {{method}} {{source}}',
  'ssl-sci-missing': 'UHC service coverage index is missing: {{note}}',
  'ssl-sci-below': 'UHC service coverage index {{value}} ({{year}}, {{source}}) is below {{threshold}}',
  'ssl-sci-not-below':
    'UHC service coverage index {{value}} ({{year}}, {{source}}) is not below {{threshold}}',
  'ssl-on': 'both criteria hold: on the list',
  'ssl-off': 'a criterion fails: not on the list',
  'ssl-not-assessable': 'not assessable with the data loaded',
  'ssl-official-includes': "WHO's published list includes it too",
  'ssl-official-excludes': "WHO's published list does not include it either",
  'ssl-official-differs': "differs from WHO's published list: {{notes}}",
  'ssl-listed-but-fails': 'WHO lists it, but with the data loaded it fails a criterion',
  'ssl-listed-density-not-below': 'density {{value}} per 10 000 ({{year}}) is not below {{threshold}}',
  'ssl-listed-sci-not-below':
    'UHC service coverage index {{value}} ({{year}}, {{source}}) is not below {{threshold}}',
  'ssl-listed-but-missing': 'WHO lists it, but an input is missing here',
  'ssl-density-reason': 'density: {{note}}',
  'ssl-sci-reason': 'UHC service coverage index: {{note}}',
  'ssl-unlisted-but-holds':
    "not on WHO's list, but with the data loaded both criteria hold: density {{density}} ({{densityYear}}) below {{densityThreshold}} and UHC service coverage index {{sci}} ({{sciYear}}, {{source}}) below {{sciThreshold}}",
  'ssl-density-near-threshold':
    'density {{value}} is within {{margin}} of the threshold {{threshold}}, so a different data vintage can change the result',
  'ssl-sci-near-threshold':
    'the index {{value}} is within {{margin}} of the threshold {{threshold}}, so a different data vintage can change the result',
} as const satisfies Record<string, Template>;

export type NoteCode = keyof typeof NOTE_TEMPLATES;
export const NOTE_CODES = Object.keys(NOTE_TEMPLATES) as NoteCode[];

export type ParamValue =
  | string
  | number
  | YearSelection
  | readonly string[]
  | readonly number[]
  | Note
  | readonly Note[];
export type NoteParams = Partial<Record<ParamName, ParamValue>>;

/** A remark with a stable code and its parameters, so that a client can say it in its own language; `message` is the English. */
export interface Note {
  code: NoteCode;
  params: NoteParams;
  message: string;
}

type TemplateOf<C extends NoteCode> = (typeof NOTE_TEMPLATES)[C];
type Placeholders<S> = S extends `${string}{{${infer P}}}${infer Rest}` ? P | Placeholders<Rest> : never;
type PlaceholdersOf<T> = T extends { one: infer O; other: infer X }
  ? Placeholders<O> | Placeholders<X>
  : Placeholders<T>;
type ParamsOf<C extends NoteCode> = {
  [K in PlaceholdersOf<TemplateOf<C>> & ParamName]: ValueFor<(typeof PARAM_KINDS)[K]>;
};
type ValueFor<K extends ParamKind> = K extends 'selection'
  ? YearSelection
  : K extends 'areas'
    ? readonly string[]
    : K extends 'years'
      ? readonly number[]
      : K extends 'year' | 'count' | 'number'
        ? number
        : K extends 'note'
          ? Note
          : K extends 'notes'
            ? readonly Note[]
            : string;

/** A year selection in words, by its shape; clients translate these like the notes. */
export const SELECTION_TEMPLATES = {
  exact: 'in {{year}}',
  any: 'in any year',
  window: 'within {{window}} years of the latest',
  upTo: 'up to {{year}}',
  range: 'in {{from}}–{{to}}',
} as const;

/** Which template says a selection, with its values. */
export function selectionParts(selection: YearSelection): {
  form: keyof typeof SELECTION_TEMPLATES;
  values: Record<string, number>;
} {
  if (selection.kind === 'exact') return { form: 'exact', values: { year: selection.year } };
  if (selection.upTo === null)
    return selection.window === null
      ? { form: 'any', values: {} }
      : { form: 'window', values: { window: selection.window } };
  if (selection.window === null) return { form: 'upTo', values: { year: selection.upTo } };
  return { form: 'range', values: { from: selection.upTo - selection.window, to: selection.upTo } };
}

export function describeSelection(selection: YearSelection): string {
  const { form, values } = selectionParts(selection);
  return interpolate(SELECTION_TEMPLATES[form], (k) => String(values[k]));
}

const round = (v: number) => (Math.round(v * 100) / 100).toString();

function englishParam(name: ParamName, value: ParamValue): string {
  switch (PARAM_KINDS[name]) {
    case 'selection':
      return describeSelection(value as YearSelection);
    case 'number':
      return round(value as number);
    case 'note':
      return (value as Note).message;
    case 'notes':
      return (value as readonly Note[]).map((n) => n.message).join('; ');
    case 'areas':
    case 'years':
      return (value as readonly (string | number)[]).join(', ');
    default:
      return String(value);
  }
}

/** Replaces each `{{name}}` of a text by `value(name)`. */
function interpolate(text: string, value: (name: string) => string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => value(name));
}

export function note<C extends NoteCode>(
  code: C,
  ...args: keyof ParamsOf<C> extends never ? [] : [ParamsOf<C>]
): Note {
  const params = (args[0] ?? {}) as NoteParams;
  const template: Template = NOTE_TEMPLATES[code];
  const text = typeof template === 'string' ? template : params.count === 1 ? template.one : template.other;
  const message = interpolate(text, (name) => {
    const value = params[name as ParamName];
    return value === undefined ? '' : englishParam(name as ParamName, value);
  });
  return { code, params, message };
}

/** One note standing for several: the note itself when there is only one. */
export function allOf(notes: readonly Note[]): Note {
  return notes.length === 1 ? (notes[0] as Note) : note('all-of', { notes });
}

/** Notes as one English sentence: capitalised, joined by semicolons, with a full stop. */
export function sentence(notes: readonly Note[]): string {
  const text = notes.map((n) => n.message).join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
