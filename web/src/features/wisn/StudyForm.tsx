import type { ComponentChildren } from 'preact';
import { CAS_UNITS, PERIODS, STANDARD_UNITS, TIME_UNITS } from '../../../../src/modules/wisn/domain/units.ts';
import { t } from '../../i18n/i18n.ts';
import {
  cellKey,
  type Draft,
  type DraftCell,
  emptyActivity,
  emptyCadre,
  emptyCas,
  emptyCell,
  emptyFacility,
  emptyIas,
  fieldId,
  WORKING_FIELDS,
} from './draft.ts';

/** Changes the form's study in place, on a copy. */
export type Edit = (change: (d: Draft) => void) => void;

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  invalid: ReadonlySet<string>;
  /** A number: typed as text, with the keyboard of decimal numbers. */
  numeric?: boolean;
  /** A code: written left to right in every language. */
  code?: boolean;
  help?: string;
  required?: boolean;
}

function Field(p: FieldProps) {
  const bad = p.invalid.has(p.id);
  return (
    <div class={`field${bad ? ' has-error' : ''}${p.numeric ? ' field-number' : ''}`}>
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type="text"
        value={p.value}
        required={p.required}
        {...(p.numeric ? { inputMode: 'decimal' as const, dir: 'ltr' } : {})}
        {...(p.code ? { dir: 'ltr', autoCapitalize: 'characters' } : {})}
        {...(p.help ? { 'aria-describedby': `${p.id}-help` } : {})}
        aria-invalid={bad ? 'true' : undefined}
        onInput={(e) => p.onInput(e.currentTarget.value)}
      />
      {p.help && (
        <span id={`${p.id}-help`} class="muted small">
          {p.help}
        </span>
      )}
    </div>
  );
}

function Choice<T extends string>(p: {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  text: (v: T) => string;
  onChange: (v: T) => void;
  invalid: ReadonlySet<string>;
}) {
  return (
    <div class={`field${p.invalid.has(p.id) ? ' has-error' : ''}`}>
      <label for={p.id}>{p.label}</label>
      <select id={p.id} value={p.value} onChange={(e) => p.onChange(e.currentTarget.value as T)}>
        {p.options.map((o) => (
          <option key={o} value={o}>
            {p.text(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Row(props: {
  legend: string;
  onRemove: () => void;
  removeLabel: string;
  children: ComponentChildren;
}) {
  return (
    <fieldset class="wisn-row">
      <legend>{props.legend}</legend>
      <div class="wisn-fields">{props.children}</div>
      <button type="button" class="wisn-remove" onClick={props.onRemove}>
        {props.removeLabel}
      </button>
    </fieldset>
  );
}

/** The name a facility or cadre goes by in the form: its name, else its code, else its place in the list. */
function called(x: { name: string; code: string }, n: number, fallback: 'facility' | 'cadre'): string {
  return x.name.trim() || x.code.trim() || t(`wisn.${fallback}.legend`, { n });
}

/**
 * The whole study as a form, in the order the manual collects it: the study, its facilities, each cadre's working
 * time, activities and category allowances, then each facility's staff, workload and individual allowances.
 */
export function StudyForm(props: { draft: Draft; edit: Edit; invalid: ReadonlySet<string> }) {
  const { draft: d, edit, invalid } = props;
  return (
    <div class="wisn-form">
      <section aria-labelledby="wisn-study">
        <h2 id="wisn-study">{t('wisn.study')}</h2>
        <div class="wisn-fields">
          <Field
            id={fieldId('study', 'name')}
            label={t('wisn.study.name')}
            value={d.name}
            invalid={invalid}
            onInput={(v) =>
              edit((x) => {
                x.name = v;
              })
            }
          />
          <Field
            id={fieldId('study', 'facilityType')}
            label={t('wisn.study.facilityType')}
            value={d.facilityType}
            invalid={invalid}
            onInput={(v) =>
              edit((x) => {
                x.facilityType = v;
              })
            }
          />
          <Field
            id={fieldId('study', 'area')}
            label={t('wisn.study.area')}
            help={t('wisn.study.areaHelp')}
            code
            value={d.area}
            invalid={invalid}
            onInput={(v) =>
              edit((x) => {
                x.area = v.toUpperCase();
              })
            }
          />
        </div>
      </section>

      <section aria-labelledby="wisn-facilities">
        <h2 id="wisn-facilities">{t('wisn.facilities')}</h2>
        {d.facilities.map((f, i) => (
          <Row
            key={f.key}
            legend={t('wisn.facility.legend', { n: i + 1 })}
            removeLabel={t('wisn.facility.remove', { n: i + 1 })}
            onRemove={() =>
              edit((x) => {
                x.facilities = x.facilities.filter((y) => y.key !== f.key);
              })
            }
          >
            <Field
              id={fieldId(f.key, 'code')}
              label={t('wisn.code')}
              code
              value={f.code}
              invalid={invalid}
              onInput={(v) =>
                edit((x) =>
                  forKey(x.facilities, f.key, (y) => {
                    y.code = v;
                  }),
                )
              }
            />
            <Field
              id={fieldId(f.key, 'name')}
              label={t('wisn.name')}
              value={f.name}
              invalid={invalid}
              onInput={(v) =>
                edit((x) =>
                  forKey(x.facilities, f.key, (y) => {
                    y.name = v;
                  }),
                )
              }
            />
          </Row>
        ))}
        <button type="button" onClick={() => edit((x) => void x.facilities.push(emptyFacility()))}>
          {t('wisn.facility.add')}
        </button>
      </section>

      <section aria-labelledby="wisn-cadres">
        <h2 id="wisn-cadres">{t('wisn.cadres')}</h2>
        <p class="muted">{t('wisn.cadres.intro')}</p>
        {d.cadres.map((c, i) => (
          <fieldset key={c.key} class="wisn-cadre">
            <legend>{t('wisn.cadre.legend', { n: i + 1 })}</legend>
            <div class="wisn-fields">
              <Field
                id={fieldId(c.key, 'code')}
                label={t('wisn.code')}
                code
                value={c.code}
                invalid={invalid}
                onInput={(v) =>
                  edit((x) =>
                    forKey(x.cadres, c.key, (y) => {
                      y.code = v;
                    }),
                  )
                }
              />
              <Field
                id={fieldId(c.key, 'name')}
                label={t('wisn.cadre.name')}
                value={c.name}
                invalid={invalid}
                onInput={(v) =>
                  edit((x) =>
                    forKey(x.cadres, c.key, (y) => {
                      y.name = v;
                    }),
                  )
                }
              />
            </div>
            <fieldset class="wisn-row">
              <legend>{t('wisn.working')}</legend>
              <div class="wisn-fields">
                {WORKING_FIELDS.map((w) => (
                  <Field
                    key={w}
                    id={fieldId(c.key, w)}
                    label={t(`wisn.working.${w}`)}
                    numeric
                    value={c.working[w]}
                    invalid={invalid}
                    onInput={(v) =>
                      edit((x) =>
                        forKey(x.cadres, c.key, (y) => {
                          y.working[w] = v;
                        }),
                      )
                    }
                  />
                ))}
              </div>
            </fieldset>
            <h3>{t('wisn.activities')}</h3>
            {c.activities.map((a, j) => (
              <Row
                key={a.key}
                legend={t('wisn.activity.legend', { n: j + 1 })}
                removeLabel={t('wisn.activity.remove', { n: j + 1 })}
                onRemove={() =>
                  edit((x) =>
                    forKey(x.cadres, c.key, (y) => {
                      y.activities = y.activities.filter((z) => z.key !== a.key);
                    }),
                  )
                }
              >
                <Field
                  id={fieldId(a.key, 'name')}
                  label={t('wisn.activity.name')}
                  value={a.name}
                  invalid={invalid}
                  onInput={(v) =>
                    edit((x) =>
                      forKey(x.cadres, c.key, (y) =>
                        forKey(y.activities, a.key, (z) => {
                          z.name = v;
                        }),
                      ),
                    )
                  }
                />
                <Field
                  id={fieldId(a.key, 'standard')}
                  label={t('wisn.activity.standard')}
                  numeric
                  value={a.standard}
                  invalid={invalid}
                  onInput={(v) =>
                    edit((x) =>
                      forKey(x.cadres, c.key, (y) =>
                        forKey(y.activities, a.key, (z) => {
                          z.standard = v;
                        }),
                      ),
                    )
                  }
                />
                <Choice
                  id={fieldId(a.key, 'unit')}
                  label={t('wisn.activity.unit')}
                  value={a.unit}
                  options={STANDARD_UNITS}
                  text={(u) => t(`wisn.standardUnit.${u}`)}
                  invalid={invalid}
                  onChange={(v) =>
                    edit((x) =>
                      forKey(x.cadres, c.key, (y) =>
                        forKey(y.activities, a.key, (z) => {
                          z.unit = v;
                        }),
                      ),
                    )
                  }
                />
              </Row>
            ))}
            <button
              type="button"
              onClick={() =>
                edit((x) => forKey(x.cadres, c.key, (y) => void y.activities.push(emptyActivity())))
              }
            >
              {t('wisn.activity.add')}
            </button>
            <h3>{t('wisn.cas')}</h3>
            <p class="muted small">{t('wisn.cas.intro')}</p>
            {c.cas.map((a, j) => (
              <Row
                key={a.key}
                legend={t('wisn.cas.legend', { n: j + 1 })}
                removeLabel={t('wisn.cas.remove', { n: j + 1 })}
                onRemove={() =>
                  edit((x) =>
                    forKey(x.cadres, c.key, (y) => {
                      y.cas = y.cas.filter((z) => z.key !== a.key);
                    }),
                  )
                }
              >
                <Field
                  id={fieldId(a.key, 'name')}
                  label={t('wisn.cas.name')}
                  value={a.name}
                  invalid={invalid}
                  onInput={(v) =>
                    edit((x) =>
                      forKey(x.cadres, c.key, (y) =>
                        forKey(y.cas, a.key, (z) => {
                          z.name = v;
                        }),
                      ),
                    )
                  }
                />
                <Field
                  id={fieldId(a.key, 'value')}
                  label={t('wisn.cas.value')}
                  numeric
                  value={a.value}
                  invalid={invalid}
                  onInput={(v) =>
                    edit((x) =>
                      forKey(x.cadres, c.key, (y) =>
                        forKey(y.cas, a.key, (z) => {
                          z.value = v;
                        }),
                      ),
                    )
                  }
                />
                <Choice
                  id={fieldId(a.key, 'unit')}
                  label={t('wisn.unit')}
                  value={a.unit}
                  options={CAS_UNITS}
                  text={(u) => t(`wisn.casUnit.${u}`)}
                  invalid={invalid}
                  onChange={(v) =>
                    edit((x) =>
                      forKey(x.cadres, c.key, (y) =>
                        forKey(y.cas, a.key, (z) => {
                          z.unit = v;
                        }),
                      ),
                    )
                  }
                />
                {a.unit !== 'percent' && (
                  <Choice
                    id={fieldId(a.key, 'per')}
                    label={t('wisn.per')}
                    value={a.per}
                    options={PERIODS}
                    text={(u) => t(`wisn.period.${u}`)}
                    invalid={invalid}
                    onChange={(v) =>
                      edit((x) =>
                        forKey(x.cadres, c.key, (y) =>
                          forKey(y.cas, a.key, (z) => {
                            z.per = v;
                          }),
                        ),
                      )
                    }
                  />
                )}
              </Row>
            ))}
            <button
              type="button"
              onClick={() => edit((x) => forKey(x.cadres, c.key, (y) => void y.cas.push(emptyCas())))}
            >
              {t('wisn.cas.add')}
            </button>
            <p>
              <button
                type="button"
                class="wisn-remove"
                onClick={() =>
                  edit((x) => {
                    x.cadres = x.cadres.filter((y) => y.key !== c.key);
                  })
                }
              >
                {t('wisn.cadre.remove', { n: i + 1 })}
              </button>
            </p>
          </fieldset>
        ))}
        <button type="button" onClick={() => edit((x) => void x.cadres.push(emptyCadre()))}>
          {t('wisn.cadre.add')}
        </button>
      </section>

      <section aria-labelledby="wisn-workload">
        <h2 id="wisn-workload">{t('wisn.workload')}</h2>
        <p class="muted">{t('wisn.workload.intro')}</p>
        {d.facilities.map((f, i) =>
          d.cadres.map((c, j) => {
            const k = cellKey(f.key, c.key);
            const cell = d.cells[k] ?? emptyCell();
            const change = (fn: (cell: DraftCell) => void) =>
              edit((x) => {
                const mine = x.cells[k] ?? emptyCell();
                fn(mine);
                x.cells[k] = mine;
              });
            return (
              <fieldset key={k} class="wisn-cadre">
                <legend dir="auto">
                  {t('wisn.cell.legend', {
                    facility: called(f, i + 1, 'facility'),
                    cadre: called(c, j + 1, 'cadre'),
                  })}
                </legend>
                <div class="wisn-fields">
                  <Field
                    id={fieldId(k, 'existing')}
                    label={t('wisn.cell.existing')}
                    numeric
                    value={cell.existing}
                    invalid={invalid}
                    onInput={(v) =>
                      change((y) => {
                        y.existing = v;
                      })
                    }
                  />
                  {c.activities.map((a, n) => (
                    <Field
                      key={a.key}
                      id={fieldId(`${k}-${a.key}`, 'annual')}
                      label={t('wisn.cell.annual', {
                        activity: a.name.trim() || t('wisn.activity.legend', { n: n + 1 }),
                      })}
                      numeric
                      value={cell.workload[a.key] ?? ''}
                      invalid={invalid}
                      onInput={(v) =>
                        change((y) => {
                          y.workload[a.key] = v;
                        })
                      }
                    />
                  ))}
                </div>
                <h3>{t('wisn.ias')}</h3>
                <p class="muted small">{t('wisn.ias.intro')}</p>
                {cell.ias.map((a, n) => (
                  <Row
                    key={a.key}
                    legend={t('wisn.ias.legend', { n: n + 1 })}
                    removeLabel={t('wisn.ias.remove', { n: n + 1 })}
                    onRemove={() =>
                      change((y) => {
                        y.ias = y.ias.filter((z) => z.key !== a.key);
                      })
                    }
                  >
                    <Field
                      id={fieldId(a.key, 'name')}
                      label={t('wisn.ias.name')}
                      value={a.name}
                      invalid={invalid}
                      onInput={(v) =>
                        change((y) =>
                          forKey(y.ias, a.key, (z) => {
                            z.name = v;
                          }),
                        )
                      }
                    />
                    <Field
                      id={fieldId(a.key, 'value')}
                      label={t('wisn.ias.value')}
                      numeric
                      value={a.value}
                      invalid={invalid}
                      onInput={(v) =>
                        change((y) =>
                          forKey(y.ias, a.key, (z) => {
                            z.value = v;
                          }),
                        )
                      }
                    />
                    <Choice
                      id={fieldId(a.key, 'unit')}
                      label={t('wisn.unit')}
                      value={a.unit}
                      options={TIME_UNITS}
                      text={(u) => t(`wisn.casUnit.${u}`)}
                      invalid={invalid}
                      onChange={(v) =>
                        change((y) =>
                          forKey(y.ias, a.key, (z) => {
                            z.unit = v;
                          }),
                        )
                      }
                    />
                    <Choice
                      id={fieldId(a.key, 'per')}
                      label={t('wisn.per')}
                      value={a.per}
                      options={PERIODS}
                      text={(u) => t(`wisn.period.${u}`)}
                      invalid={invalid}
                      onChange={(v) =>
                        change((y) =>
                          forKey(y.ias, a.key, (z) => {
                            z.per = v;
                          }),
                        )
                      }
                    />
                    <Field
                      id={fieldId(a.key, 'staff')}
                      label={t('wisn.ias.staff')}
                      numeric
                      value={a.staff}
                      invalid={invalid}
                      onInput={(v) =>
                        change((y) =>
                          forKey(y.ias, a.key, (z) => {
                            z.staff = v;
                          }),
                        )
                      }
                    />
                  </Row>
                ))}
                <button type="button" onClick={() => change((y) => void y.ias.push(emptyIas()))}>
                  {t('wisn.ias.add')}
                </button>
              </fieldset>
            );
          }),
        )}
      </section>
    </div>
  );
}

function forKey<T extends { key: string }>(rows: T[], key: string, fn: (row: T) => void): void {
  const row = rows.find((r) => r.key === key);
  if (row) fn(row);
}
