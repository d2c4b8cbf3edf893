import type { ColumnRole } from '../../../../src/modules/observations/schemas.ts';
import { MEASURES } from '../../../../src/modules/reference/domain/measures.ts';
import { OCCUPATIONS } from '../../../../src/modules/reference/domain/occupations.ts';
import { t } from '../../i18n/i18n.ts';
import { formatNumber, labelOf } from '../../lib/format.ts';
import type { Mapping } from './state.ts';

/** The roles in the order offered; the type check fails when the schema gains a role this list lacks. */
const ROLES = [
  'area',
  'year',
  'value',
  'measure',
  'occupation',
  'sex',
  'partner',
  'partner-basis',
  'comment',
  'ignore',
] as const satisfies readonly ColumnRole[];
const everyRole: Exclude<ColumnRole, (typeof ROLES)[number]> extends never ? true : never = true;
void everyRole;

const percent = (c: number | undefined) => (c === undefined ? '—' : `${formatNumber(c * 100)} %`);

/** What a value column's numbers are, where the mapping fixes it for the column. */
function counts(c: Mapping['columns'][number]): string {
  return [
    c.measure ? labelOf('measure', c.measure) : '',
    c.occupation ? labelOf('occupation', c.occupation) : '',
    c.year !== undefined ? String(c.year) : '',
    c.sex && c.sex !== '_T' ? t(`import.sex.${c.sex}`) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The proposed mapping as a table of columns, each one's role editable, with how sure the proposal was. */
export function MappingTable(props: {
  mapping: Mapping;
  disabled: boolean;
  onRole: (index: number, role: ColumnRole) => void;
  onYears: (field: 'measure' | 'occupation', value: string) => void;
}) {
  const m = props.mapping;
  return (
    <>
      <div class="table-scroll">
        <div class="table-wrap">
          <table class="mapping">
            <caption>{t('import.mappingTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.column')}</th>
                <th scope="col">{t('import.readAs')}</th>
                <th scope="col">{t('import.counts')}</th>
                <th scope="col" class="n">
                  {t('import.confidence')}
                </th>
              </tr>
            </thead>
            <tbody>
              {m.columns.map((c, i) => (
                <tr key={`${i}:${c.header}`}>
                  <th scope="row">{c.header}</th>
                  <td>
                    <select
                      aria-label={t('import.roleOf', { column: c.header })}
                      value={c.role}
                      disabled={props.disabled}
                      onChange={(e) => props.onRole(i, e.currentTarget.value as ColumnRole)}
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`import.role.${r}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{c.role === 'value' ? counts(c) : ''}</td>
                  <td class="n">{percent(c.confidence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {m.yearColumns && (
        <fieldset class="controls">
          <legend>{t('import.yearColumns')}</legend>
          <label>
            <span id="years-measure">{t('data.measure')}</span>
            <select
              aria-labelledby="years-measure"
              value={m.yearColumns.measure ?? m.measure ?? 'stock'}
              disabled={props.disabled}
              onChange={(e) => props.onYears('measure', e.currentTarget.value)}
            >
              {MEASURES.map((x) => (
                <option key={x.code} value={x.code}>
                  {labelOf('measure', x.code, x.name)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span id="years-occupation">{t('common.occupation')}</span>
            <select
              aria-labelledby="years-occupation"
              value={m.yearColumns.occupation ?? ''}
              disabled={props.disabled}
              onChange={(e) => props.onYears('occupation', e.currentTarget.value)}
            >
              {!m.yearColumns.occupation && <option value="">{t('import.chooseOccupation')}</option>}
              {OCCUPATIONS.map((o) => (
                <option key={o.code} value={o.code}>
                  {labelOf('occupation', o.code, o.name)}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
      {(m.year !== undefined || m.measure !== undefined) && (
        <ul class="small">
          {m.year !== undefined && <li>{t('import.fileYear', { year: m.year })}</li>}
          {m.measure !== undefined && (
            <li>{t('import.fileMeasure', { measure: labelOf('measure', m.measure) })}</li>
          )}
        </ul>
      )}
    </>
  );
}
