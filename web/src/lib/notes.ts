import {
  type Note,
  PARAM_KINDS,
  type ParamName,
  type ParamValue,
  selectionParts,
} from '../../../src/modules/indicators/domain/notes.ts';
import type { YearSelection } from '../../../src/modules/indicators/domain/types.ts';
import { has, t } from '../i18n/i18n.ts';
import type { Area } from './api.ts';
import { areaName, formatList, formatNumber, formatUpTo, labelOf, occupationName } from './format.ts';

export type { Note };

const lowerFirst = (s: string) => (s ? s.charAt(0).toLocaleLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => (s ? s.charAt(0).toLocaleUpperCase() + s.slice(1) : s);

export function selectionText(s: YearSelection): string {
  const { form, values } = selectionParts(s);
  return t(`selection.${form}`, values);
}

function param(name: ParamName, value: ParamValue, countries: Map<string, Area> | undefined): string {
  switch (PARAM_KINDS[name]) {
    case 'occupation':
      return lowerFirst(occupationName([value as string]));
    case 'area':
      return areaName(value as string, countries);
    case 'areas':
      return formatList((value as readonly string[]).map((c) => areaName(c, countries)));
    case 'selection':
      return selectionText(value as YearSelection);
    case 'years':
      return formatList((value as readonly number[]).map((y) => String(y)));
    case 'number':
      // As the API's English does: a value near a threshold keeps its distance from it.
      return formatUpTo(value as number, 2);
    case 'count':
      return formatNumber(value as number);
    case 'method':
      return labelOf('method', value as string);
    case 'note':
      return render(value as Note, countries);
    case 'notes':
      return (value as readonly Note[]).map((n) => render(n, countries)).join(t('note.separator'));
    default:
      return String(value);
  }
}

function render(n: Note, countries: Map<string, Area> | undefined): string {
  const key = `note.${n.code}`;
  if (!has(key) && !has(`${key}_one`)) return n.message;
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(n.params)) {
    if (value !== undefined && name in PARAM_KINDS) vars[name] = param(name as ParamName, value, countries);
  }
  if (typeof n.params.count === 'number') vars.count = n.params.count;
  return t(key as Parameters<typeof t>[0], vars);
}

/**
 * A note from the API in the reader's language, with codes shown as names; a code this version of the
 * observatory does not know falls back to the API's English.
 */
export function noteText(n: Note, countries?: Map<string, Area>): string {
  return upperFirst(render(n, countries));
}

/** A note as part of a sentence, not capitalised. */
export function notePhrase(n: Note, countries?: Map<string, Area>): string {
  return render(n, countries);
}

/** Several notes as one sentence. */
export function notesSentence(notes: readonly Note[], countries?: Map<string, Area>): string {
  return `${upperFirst(notes.map((n) => render(n, countries)).join(t('note.separator')))}.`;
}
