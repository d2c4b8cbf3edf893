import type { QuestionnaireDefinition } from '../../src/modules/questionnaires/schemas.ts';
import type { Actor } from '../../src/platform/auth/actor.ts';
import type { Queryable } from '../../src/platform/db/client.ts';

/** Small questionnaires for the reports' tests: a figure table, an agreements table, a file and a required answer. */
const six = (en: string, fr: string, es: string, ar: string, ru: string, zh: string) => ({
  en,
  fr,
  es,
  ar,
  ru,
  zh,
});

const FIGURE_COLUMNS = [
  {
    id: 'occupation',
    text: six('Occupation', 'Profession', 'Ocupación', 'المهنة', 'Профессия', '职业'),
    type: 'occupation',
  },
  {
    id: 'country',
    text: six(
      'Country of training',
      'Pays de formation',
      'País de formación',
      'بلد التدريب',
      'Страна обучения',
      '培训国家',
    ),
    type: 'area',
  },
  { id: 'year', text: six('Year', 'Année', 'Año', 'السنة', 'Год', '年份'), type: 'number', integer: true },
  {
    id: 'count',
    text: six('Number', 'Nombre', 'Número', 'العدد', 'Число', '人数'),
    type: 'number',
    integer: true,
    min: 0,
  },
] as const;

export const NATIONAL_FIXTURE = {
  code: 'test-reports',
  version: '2031',
  kind: 'national',
  title: six(
    'Test national report',
    'Rapport national test',
    'Informe nacional de prueba',
    'تقرير وطني تجريبي',
    'Тестовый национальный доклад',
    '测试国家报告',
  ),
  renamed: {},
  sections: [
    {
      id: 'general',
      title: six('General', 'Généralités', 'Generalidades', 'عام', 'Общие сведения', '概况'),
      articles: [],
      questions: [
        {
          id: 'authority.designated',
          type: 'yes-no-partly',
          required: true,
          articles: [],
          text: six(
            'Is an authority designated?',
            'Une autorité est-elle désignée ?',
            '¿Se ha designado una autoridad?',
            'هل عُيّنت سلطة؟',
            'Назначен ли орган?',
            '是否已指定主管部门？',
          ),
        },
        {
          id: 'evidence.file',
          type: 'file',
          required: false,
          articles: [],
          maxFiles: 2,
          text: six(
            'Attach the source',
            'Joignez la source',
            'Adjunte la fuente',
            'أرفق المصدر',
            'Приложите источник',
            '附上来源',
          ),
        },
        {
          id: 'agreements.list',
          type: 'table',
          required: false,
          articles: [],
          minRows: 0,
          maxRows: 100,
          sums: [],
          text: six('Agreements', 'Accords', 'Acuerdos', 'الاتفاقات', 'Соглашения', '协议'),
          columns: [
            {
              id: 'partner',
              text: six('Partner', 'Partenaire', 'Socio', 'الشريك', 'Партнёр', '伙伴'),
              type: 'area',
              required: false,
            },
            {
              id: 'signed',
              text: six('Signed', 'Signé', 'Firmado', 'التوقيع', 'Подписано', '签署'),
              type: 'date',
              required: false,
            },
          ],
          prefill: { source: 'agreements', columns: { partner: 'partner', signed: 'signed' } },
        },
      ],
    },
    {
      id: 'figures',
      title: six('Figures', 'Chiffres', 'Cifras', 'الأرقام', 'Цифры', '数字'),
      articles: [],
      questions: [
        {
          id: 'stock.trained',
          type: 'table',
          required: false,
          articles: [],
          minRows: 0,
          maxRows: 500,
          sums: [],
          text: six(
            'Foreign-trained stock',
            'Effectif formé à l’étranger',
            'Efectivo formado en el extranjero',
            'العاملون المدرَّبون في الخارج',
            'Работники, обученные за рубежом',
            '外国培训存量',
          ),
          columns: FIGURE_COLUMNS.map((c) => ({ required: false, ...c })),
          prefill: {
            source: 'foreign-trained-stock',
            columns: { occupation: 'occupation', partner: 'country', year: 'year', value: 'count' },
          },
        },
      ],
    },
  ],
} satisfies QuestionnaireDefinition;

export const STAKEHOLDER_FIXTURE = {
  code: 'test-stakeholder',
  version: '2031',
  kind: 'stakeholder',
  title: six(
    'Test stakeholder report',
    'Rapport test de partie prenante',
    'Informe de prueba de parte interesada',
    'تقرير تجريبي لأصحاب المصلحة',
    'Тестовый доклад заинтересованной стороны',
    '测试利益攸关方报告',
  ),
  renamed: {},
  sections: [
    {
      id: 'views',
      title: six('Views', 'Avis', 'Opiniones', 'الآراء', 'Мнения', '意见'),
      articles: [],
      questions: [
        {
          id: 'views.summary',
          type: 'text',
          required: true,
          articles: [],
          multiline: true,
          maxLength: 20000,
          text: six('Your views', 'Votre avis', 'Su opinión', 'رأيك', 'Ваше мнение', '您的意见'),
        },
      ],
    },
  ],
} satisfies QuestionnaireDefinition;

export async function insertQuestionnaire(db: Queryable, def: QuestionnaireDefinition): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO questionnaire (code, version, kind, definition, created_at, created_by)
     VALUES ($1, $2, $3, $4::text::jsonb, now(), 'test') RETURNING id`,
    [def.code, def.version, def.kind, JSON.stringify(def)],
  );
  if (!row) throw new Error('questionnaire not inserted');
  return row.id;
}

/** A round of the year in a state, with the fixture questionnaires (inserted once per database). */
export async function insertRound(
  db: Queryable,
  year: number,
  state: 'planned' | 'open' | 'closed' | 'published' = 'open',
): Promise<number> {
  const existing = async (code: string) =>
    (await db.query<{ id: number }>('SELECT id FROM questionnaire WHERE code = $1', [code]))[0]?.id;
  const national =
    (await existing(NATIONAL_FIXTURE.code)) ?? (await insertQuestionnaire(db, NATIONAL_FIXTURE));
  const stakeholder =
    (await existing(STAKEHOLDER_FIXTURE.code)) ?? (await insertQuestionnaire(db, STAKEHOLDER_FIXTURE));
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO reporting_round (year, opens_on, closes_on, questionnaire_id, stakeholder_questionnaire_id, state,
       created_at, opened_at) VALUES ($1, $2, $3, $4, $5, $6, now(), now()) RETURNING id`,
    [year, `${year}-01-01`, `${year}-12-31`, national, stakeholder, state],
  );
  if (!row) throw new Error('round not inserted');
  return row.id;
}

export async function setRoundState(db: Queryable, id: number, state: string): Promise<void> {
  await db.query('UPDATE reporting_round SET state = $2 WHERE id = $1', [id, state]);
}

/** The `app_user` row of a test actor (their ids exist in no table otherwise). */
export async function insertActorUser(db: Queryable, actor: Actor): Promise<void> {
  if (actor.kind !== 'user') return;
  await db.query(
    `INSERT INTO app_user (id, email, name) OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [actor.userId, actor.email.toLowerCase(), actor.name],
  );
}

/** Foreign-trained doctors and nurses in an area, as an hwmo-template CSV upload. */
export function figuresCsv(area: string, rows: ReadonlyArray<[string, string, number, number]>): string {
  return [
    'measure,area,year,occupation,sex,age,partner,partner_basis,value,unit,flags,comment,source',
    ...rows.map(
      ([occupation, partner, year, value]) =>
        `foreign-trained-stock,${area},${year},${occupation},_T,_T,${partner},training,${value},,,,EXAMPLE`,
    ),
  ].join('\n');
}
