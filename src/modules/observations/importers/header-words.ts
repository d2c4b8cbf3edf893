import { findMeasure, OCCUPATIONS } from '../../reference/index.ts';
import type { ColumnRole } from '../schemas.ts';

/**
 * The words spreadsheets use in their headers and label cells, in the six UN languages (English, French, Spanish,
 * Arabic, Russian, Chinese) with their usual abbreviations. Words are written as a reader would; `headerKey`
 * normalises both sides (case, accents, punctuation, Arabic letter forms).
 */

/** What a header word can say a column is: any role of a mapping but `ignore`. */
export type DimensionRole = Exclude<ColumnRole, 'ignore'>;

const ROLE_WORDS: Record<DimensionRole, readonly string[]> = {
  area: [
    'country',
    'countries',
    'country name',
    'country or area',
    'country code',
    'iso3',
    'iso 3',
    'iso code',
    'iso3 code',
    'area',
    'area name',
    'reporting country',
    'location',
    'nation',
    'economy',
    'territory',
    'state',
    'member state',
    'pays',
    'nom du pays',
    'code pays',
    'territoire',
    'etat',
    'etat membre',
    'pais',
    'paises',
    'nombre del pais',
    'estado miembro',
    'страна',
    'страны',
    'государство',
    'территория',
    '国家',
    '国家或地区',
    '国家/地区',
    '国家和地区',
    '地区',
    'البلد',
    'الدولة',
    'بلد',
    'دولة',
  ],
  year: [
    'year',
    'years',
    'yr',
    'reference year',
    'time',
    'time period',
    'period',
    'annee',
    'an',
    'annee de reference',
    'periode',
    'ano',
    'anio',
    'periodo',
    'год',
    'период',
    '年',
    '年份',
    '年度',
    'السنة',
    'العام',
    'سنة',
  ],
  measure: [
    'measure',
    'indicator',
    'variable',
    'series',
    'mesure',
    'indicateur',
    'serie',
    'medida',
    'indicador',
    'показатель',
    'индикатор',
    '指标',
    '度量',
    'المؤشر',
    'مؤشر',
  ],
  occupation: [
    'occupation',
    'profession',
    'cadre',
    'health worker',
    'health workers',
    'category',
    'staff category',
    'categorie',
    'metier',
    'ocupacion',
    'profesion',
    'categoria',
    'профессия',
    'специальность',
    'категория',
    '职业',
    '类别',
    'المهنة',
    'الفئة',
  ],
  sex: ['sex', 'gender', 'sexe', 'genre', 'sexo', 'genero', 'пол', '性别', 'الجنس', 'النوع'],
  partner: [
    'partner',
    'partner country',
    'origin',
    'country of origin',
    'country of training',
    'country of birth',
    'country of citizenship',
    'citizenship',
    'destination',
    'country of destination',
    'pays d origine',
    'pays de formation',
    'pays de naissance',
    'origine',
    'pais de origen',
    'pais de formacion',
    'pais de nacimiento',
    'origen',
    'страна происхождения',
    'страна обучения',
    'страна рождения',
    '来源国',
    '原籍国',
    '出生国',
    'بلد المنشأ',
    'بلد التدريب',
    'بلد الميلاد',
  ],
  'partner-basis': ['partner basis', 'basis', 'base', 'основание', '依据', 'الأساس'],
  value: [
    'value',
    'values',
    'obs value',
    'number',
    'count',
    'headcount',
    'amount',
    'valeur',
    'nombre',
    'effectif',
    'valor',
    'numero',
    'cantidad',
    'значение',
    'число',
    'количество',
    '数值',
    '值',
    '数量',
    '人数',
    'القيمة',
    'العدد',
    'عدد',
  ],
  comment: [
    'comment',
    'comments',
    'note',
    'notes',
    'remark',
    'remarks',
    'commentaire',
    'commentaires',
    'remarque',
    'remarques',
    'comentario',
    'comentarios',
    'observaciones',
    'nota',
    'notas',
    'комментарий',
    'примечание',
    'примечания',
    '备注',
    '说明',
    '注释',
    'ملاحظات',
    'ملاحظة',
    'تعليق',
  ],
};

/** Occupation words by the ISCO-08 groups they name (the groups of src/domain/occupations.ts). */
const OCCUPATION_WORDS: ReadonlyArray<{ isco08: readonly string[]; words: readonly string[] }> = [
  {
    isco08: ['221'],
    words: [
      'doctors',
      'doctor',
      'drs',
      'dr',
      'mds',
      'md',
      'physicians',
      'physician',
      'medical doctors',
      'medical doctor',
      'medical practitioners',
      'medecins',
      'medecin',
      'med',
      'medicos',
      'medico',
      'врачи',
      'врач',
      'врачей',
      '医生',
      '医师',
      '医生人数',
      'أطباء',
      'الأطباء',
      'طبيب',
    ],
  },
  {
    isco08: ['2211'],
    words: [
      'general practitioners',
      'gps',
      'gp',
      'generalists',
      'medecins generalistes',
      'generalistes',
      'medicos generales',
      'medicos generalistas',
      'врачи общей практики',
      '全科医生',
      'أطباء عامون',
    ],
  },
  {
    isco08: ['2212'],
    words: [
      'specialists',
      'specialist doctors',
      'medical specialists',
      'medecins specialistes',
      'specialistes',
      'medicos especialistas',
      'especialistas',
      'врачи специалисты',
      '专科医生',
      'أطباء متخصصون',
    ],
  },
  {
    isco08: ['2221', '2222', '3221', '3222'],
    words: [
      'nurses and midwives',
      'nursing and midwifery',
      'nursing and midwifery personnel',
      'infirmiers et sages femmes',
      'personnel infirmier et sages femmes',
      'enfermeras y parteras',
      'enfermeria y parteria',
      'медсестры и акушерки',
      '护士和助产士',
      'الممرضات والقابلات',
    ],
  },
  {
    isco08: ['2221', '3221'],
    words: [
      'nurses',
      'nurse',
      'rn',
      'rns',
      'registered nurses',
      'nursing',
      'nursing personnel',
      'nursing staff',
      'infirmiers',
      'infirmieres',
      'infirmier',
      'infirmiere',
      'infirmier e s',
      'infirmiers eres',
      'personnel infirmier',
      'enfermeras',
      'enfermeros',
      'enfermera',
      'enfermero',
      'enfermeria',
      'медсестры',
      'медсестер',
      'медицинские сестры',
      'сестринский персонал',
      '护士',
      '护士人数',
      '护理人员',
      'ممرضات',
      'الممرضات',
      'ممرضون',
      'ممرضين',
      'التمريض',
    ],
  },
  {
    isco08: ['2222', '3222'],
    words: [
      'midwives',
      'midwife',
      'midwifery',
      'midwifery personnel',
      'sages femmes',
      'sage femme',
      'parteras',
      'matronas',
      'parteria',
      'акушерки',
      'акушерок',
      '助产士',
      'قابلات',
      'القابلات',
    ],
  },
  {
    isco08: ['2261'],
    words: [
      'dentists',
      'dentist',
      'dental practitioners',
      'dentistes',
      'chirurgiens dentistes',
      'dentistas',
      'odontologos',
      'стоматологи',
      'стоматологов',
      '牙医',
      '牙科医生',
      'أطباء الأسنان',
      'أطباء أسنان',
    ],
  },
  {
    isco08: ['3251'],
    words: ['dental assistants', 'assistants dentaires', 'asistentes dentales', 'ассистенты стоматолога'],
  },
  {
    isco08: ['2262'],
    words: [
      'pharmacists',
      'pharmacist',
      'pharmaciens',
      'pharmacien',
      'farmaceuticos',
      'farmaceutico',
      'quimicos farmaceuticos',
      'фармацевты',
      'провизоры',
      '药剂师',
      '药师',
      'صيادلة',
      'الصيادلة',
      'صيدلي',
    ],
  },
  {
    isco08: ['3213'],
    words: [
      'pharmacy technicians',
      'pharmaceutical technicians',
      'preparateurs en pharmacie',
      'tecnicos de farmacia',
      'фармацевты техники',
    ],
  },
];

/** Measure words; a header naming none of them counts health workers (`stock`). */
const MEASURE_WORDS: ReadonlyArray<{ measure: string; words: readonly string[] }> = [
  {
    measure: 'density',
    words: [
      'density',
      'per 10 000',
      'per 10000',
      'per 10 000 population',
      'per 10k',
      '10 000 hab',
      'densite',
      'pour 10 000',
      'densidad',
      'por 10 000',
      'плотность',
      'на 10 000',
      '密度',
      '每万人',
      'كثافة',
      'لكل 10 000',
    ],
  },
  {
    measure: 'foreign-trained-stock',
    words: ['foreign trained', 'trained abroad', 'formes a l etranger', 'formados en el extranjero'],
  },
  {
    measure: 'foreign-born-stock',
    words: ['foreign born', 'born abroad', 'nes a l etranger', 'nacidos en el extranjero'],
  },
  { measure: 'inflow', words: ['inflow', 'inflows', 'entrees', 'entradas', 'приток', '流入', 'تدفق وافد'] },
  { measure: 'outflow', words: ['outflow', 'outflows', 'sorties', 'salidas', 'отток', '流出', 'تدفق خارج'] },
  {
    measure: 'graduates',
    words: [
      'graduates',
      'graduated',
      'diplomes',
      'graduados',
      'egresados',
      'titulados',
      'выпускники',
      '毕业生',
      'خريجون',
      'الخريجون',
      'خريجين',
    ],
  },
  {
    measure: 'population',
    words: ['population', 'total population', 'poblacion', 'население', '人口', 'السكان', 'عدد السكان'],
  },
  {
    measure: 'uhc-sci',
    words: ['uhc service coverage index', 'uhc index', 'service coverage index', 'universal health coverage'],
  },
  {
    measure: 'stock',
    words: ['stock', 'headcount', 'number of', 'effectif', 'numero de', 'численность', '人数', 'عدد'],
  },
];

const SEX_WORDS: Record<'_T' | 'F' | 'M', readonly string[]> = {
  _T: [
    'total',
    'both sexes',
    'all',
    'both',
    'ensemble',
    'les deux sexes',
    'ambos sexos',
    'оба пола',
    '合计',
    '男女',
    'كلا الجنسين',
  ],
  F: [
    'f',
    'female',
    'females',
    'women',
    'woman',
    'femmes',
    'femme',
    'feminin',
    'mujeres',
    'mujer',
    'femenino',
    'женщины',
    'ж',
    'жен',
    '女',
    '女性',
    'إناث',
    'أنثى',
  ],
  M: [
    'm',
    'male',
    'males',
    'men',
    'man',
    'hommes',
    'homme',
    'masculin',
    'h',
    'hombres',
    'hombre',
    'masculino',
    'мужчины',
    'м',
    'муж',
    '男',
    '男性',
    'ذكور',
    'ذكر',
  ],
};

/** Labels of totals and subtotals rows. */
const TOTAL_WORDS: Record<'total' | 'subtotal', readonly string[]> = {
  total: [
    'total',
    'totals',
    'grand total',
    'overall total',
    'all countries',
    'total general',
    'total generale',
    'totaux',
    'итого',
    'всего',
    'общий итог',
    '合计',
    '总计',
    '共计',
    '总数',
    'المجموع',
    'الإجمالي',
    'المجموع الكلي',
  ],
  subtotal: [
    'sub total',
    'subtotal',
    'subtotals',
    'sous total',
    'sous totaux',
    'промежуточный итог',
    'подытог',
    '小计',
    'المجموع الفرعي',
  ],
};

/** First words of the note lines below a table ("Source: Ministry of Health", "Note: …"). */
const NOTE_WORDS = [
  'source',
  'sources',
  'note',
  'notes',
  'nb',
  'n b',
  'footnote',
  'footnotes',
  'data source',
  'remarque',
  'remarques',
  'fuente',
  'fuentes',
  'nota',
  'notas',
  'источник',
  'источники',
  'примечание',
  'примечания',
  '来源',
  '资料来源',
  '数据来源',
  '注',
  '备注',
  'المصدر',
  'المصادر',
  'ملاحظة',
  'ملاحظات',
];

/**
 * The form words are compared in: case-folded, without accents, Arabic hamza and alef forms unified, punctuation and
 * spacing collapsed to one space.
 */
export function headerKey(text: string): string {
  const hit = keyMemo.get(text);
  if (hit !== undefined) return hit;
  const key = computeKey(text);
  if (keyMemo.size >= KEY_MEMO_LIMIT) keyMemo.clear();
  keyMemo.set(text, key);
  return key;
}

const keyMemo = new Map<string, string>();
const KEY_MEMO_LIMIT = 10_000;

function computeKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ـ/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/(^| )(et|y|и)(?= |$)/g, '$1and');
}

function table<T>(entries: Iterable<[readonly string[], T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [words, value] of entries) {
    for (const w of words) {
      const key = headerKey(w);
      if (!map.has(key)) map.set(key, value);
    }
  }
  return map;
}

const occupationOf = (isco08: readonly string[]): string => {
  const wanted = [...isco08].sort().join(',');
  const o = OCCUPATIONS.find((x) => [...x.isco08].sort().join(',') === wanted);
  if (!o) throw new Error(`no occupation covers ISCO-08 ${wanted}`);
  return o.code;
};

const ROLES = table(Object.entries(ROLE_WORDS).map(([role, words]) => [words, role as DimensionRole]));
const OCCUPATION_KEYS = table(OCCUPATION_WORDS.map((e) => [e.words, occupationOf(e.isco08)]));
for (const o of OCCUPATIONS) {
  for (const w of [o.code, o.name])
    if (!OCCUPATION_KEYS.has(headerKey(w))) OCCUPATION_KEYS.set(headerKey(w), o.code);
}
const MEASURE_KEYS = table(MEASURE_WORDS.map((e) => [e.words, e.measure]));
const SEX_KEYS = table(Object.entries(SEX_WORDS).map(([sex, words]) => [words, sex as '_T' | 'F' | 'M']));
const TOTAL_KEYS = table(
  Object.entries(TOTAL_WORDS).map(([level, words]) => [words, level as 'total' | 'subtotal']),
);
const NOTE_KEYS = new Set(NOTE_WORDS.map(headerKey));

const CJK_OR_ARABIC = /[\p{Script=Han}\p{Script=Arabic}]/u;
/** Longer cells are text, not header words or labels; bounds the work on hostile files. */
const MAX_LABEL_LENGTH = 200;
/** The most words of any entry of the tables. */
const MAX_WORDS = 6;
/** A cell of more words is a sentence, not a header. */
const MAX_HEADER_WORDS = 12;

/**
 * The entry of `map` a text names: the whole text (confidence 1), else the longest word sequence inside it
 * (confidence 0.8); in Chinese, where words are not spaced, any contained word of two characters or more.
 */
function lookup<T>(map: Map<string, T>, text: string): { value: T; confidence: number } | null {
  if (text.length > MAX_LABEL_LENGTH) return null;
  const key = headerKey(text);
  if (key === '') return null;
  const exact = map.get(key);
  if (exact !== undefined) return { value: exact, confidence: 1 };
  const tokens = key.split(' ');
  if (tokens.length > MAX_HEADER_WORDS) return null;
  for (let n = Math.min(tokens.length - 1, MAX_WORDS); n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const hit = map.get(tokens.slice(i, i + n).join(' '));
      if (hit !== undefined) return { value: hit, confidence: 0.8 };
    }
  }
  if (CJK_OR_ARABIC.test(key)) {
    let best: { word: string; value: T } | null = null;
    for (const [word, value] of map) {
      if (
        word.length >= 2 &&
        CJK_OR_ARABIC.test(word) &&
        key.includes(word) &&
        (!best || word.length > best.word.length)
      )
        best = { word, value };
    }
    if (best) return { value: best.value, confidence: 0.8 };
  }
  return null;
}

export function roleWord(text: string): { value: DimensionRole; confidence: number } | null {
  return lookup(ROLES, text);
}

/** The occupation a header or cell names (a slug, an English name or a word of the table). */
export function occupationWord(text: string): { value: string; confidence: number } | null {
  return lookup(OCCUPATION_KEYS, text);
}

/** The measure a header or cell names (a measure code or a word of the table). */
export function measureWord(text: string): { value: string; confidence: number } | null {
  if (findMeasure(text.trim())) return { value: text.trim(), confidence: 1 };
  return lookup(MEASURE_KEYS, text);
}

/** The sex a cell names (`_T`, `F`, `M` or a word), exactly. */
export function sexWord(text: string): '_T' | 'F' | 'M' | null {
  if (text.length > MAX_LABEL_LENGTH) return null;
  const t = text.trim();
  if (t === '_T') return '_T';
  return SEX_KEYS.get(headerKey(t)) ?? null;
}

/** The words of a header besides its occupation's: "femmes" in "sages-femmes" names midwives, not a sex. */
function outsideOccupation(tokens: string[]): string[] {
  for (let n = Math.min(tokens.length, MAX_WORDS); n >= 1; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      if (OCCUPATION_KEYS.has(tokens.slice(i, i + n).join(' '))) {
        return [...tokens.slice(0, i), ...tokens.slice(i + n)];
      }
    }
  }
  return tokens;
}

/** The sex a value column's header names among its words ("Doctors - female", "Médecins femmes"), or null. */
export function sexInHeader(text: string): 'F' | 'M' | null {
  if (text.length > MAX_LABEL_LENGTH) return null;
  for (const token of outsideOccupation(headerKey(text).split(' '))) {
    const sex = SEX_KEYS.get(token);
    if (
      (sex === 'F' || sex === 'M') &&
      (token.length >= 3 || CJK_OR_ARABIC.test(token)) &&
      token !== text.trim()
    )
      return sex;
  }
  return null;
}

const BASIS_WORDS: Record<'training' | 'birth' | 'citizenship', readonly string[]> = {
  training: [
    'training',
    'trained',
    'qualification',
    'formation',
    'formes',
    'formacion',
    'formados',
    'обучения',
    '培训',
    'التدريب',
  ],
  birth: ['birth', 'born', 'naissance', 'nes', 'nacimiento', 'nacidos', 'рождения', '出生', 'الميلاد'],
  citizenship: [
    'citizenship',
    'nationality',
    'nationalite',
    'ciudadania',
    'nacionalidad',
    'гражданство',
    '国籍',
    'الجنسية',
  ],
};
const BASIS_KEYS = table(
  Object.entries(BASIS_WORDS).map(([basis, words]) => [words, basis as 'training' | 'birth' | 'citizenship']),
);

/** The partner basis a partner column's header names ("Country of training" → training), or null. */
export function basisInHeader(text: string): 'training' | 'birth' | 'citizenship' | null {
  if (text.length > MAX_LABEL_LENGTH) return null;
  for (const token of headerKey(text).split(' ')) {
    const basis = BASIS_KEYS.get(token);
    if (basis) return basis;
  }
  return lookup(BASIS_KEYS, text)?.value ?? null;
}

const SHARE_WORDS = new Set(
  [
    'share',
    'percent',
    'percentage',
    'pct',
    'ratio',
    'rate',
    'pourcentage',
    'part',
    'taux',
    'porcentaje',
    'proporcion',
    'tasa',
    'доля',
    'процент',
    '比例',
    '百分比',
    'نسبة',
  ].map(headerKey),
);

/** Whether a header announces shares or percentages, which hwmo does not store as values. */
export function isShareHeader(text: string): boolean {
  if (text.length > MAX_LABEL_LENGTH) return false;
  if (/[%‰]/.test(text)) return true;
  const key = headerKey(text);
  return (
    key.split(' ').some((t) => SHARE_WORDS.has(t)) ||
    [...SHARE_WORDS].some((w) => CJK_OR_ARABIC.test(w) && key.includes(w))
  );
}

/** Whether a whole header is a totals word (a `Total` column), unlike `Total doctors`. */
export function isTotalHeader(text: string): boolean {
  return text.length <= MAX_LABEL_LENGTH && TOTAL_KEYS.has(headerKey(text));
}

/** Whether a label cell marks a totals row, and which level. */
export function totalLabel(text: string): 'total' | 'subtotal' | null {
  if (text.length > MAX_LABEL_LENGTH) return null;
  const key = headerKey(text);
  if (key === '') return null;
  const exact = TOTAL_KEYS.get(key);
  if (exact) return exact;
  // "Total 2022", "Sub-total Africa", "Итого по странам"
  const [first, second] = key.split(' ');
  if (second !== undefined && TOTAL_KEYS.get(`${first} ${second}`) === 'subtotal') return 'subtotal';
  return first !== undefined && TOTAL_KEYS.has(first) ? (TOTAL_KEYS.get(first) ?? null) : null;
}

/** Whether a line below a table is a note ("Source: …", "Note: …", "* provisional"), which ends the table. */
export function isNoteText(text: string): boolean {
  const t = text.trimStart().slice(0, MAX_LABEL_LENGTH);
  if (t === '') return false;
  if (/^(\*|†|‡|¹|²|³|\(\d+\)|\d+\))/.test(t)) return true;
  const colon = t.search(/[:：.]/);
  const head = headerKey(colon > 0 ? t.slice(0, colon) : (t.split(/\s+/)[0] ?? ''));
  return colon > 0 ? NOTE_KEYS.has(head) : false;
}
