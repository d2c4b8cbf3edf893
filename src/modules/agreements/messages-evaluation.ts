import { defineMessages } from '../../platform/i18n/messages.ts';

/** The evaluation of an agreement (interrupted time series): refusals, caveats and failures, in the six languages. */
const en = {
  no_dates:
    'Agreement {{id}} has neither a date of entry into force nor one of signature: its effect on the flows cannot be estimated',
  no_dates_hint: 'Record when it was signed or entered into force, then evaluate it again.',
  unknown_occupation: '{{code}} is not an occupation code',
  occupation_hint: '`hwmo occupations` lists the occupation codes.',
  no_pair: 'Agreement {{id}} names no destination and origin countries between which flows could be measured',
  'caveat_few-points-before': 'Only {{n}} observed years before the agreement (at least {{min}} are needed)',
  'caveat_few-points-after': 'Only {{n}} observed years after the agreement (at least {{min}} are needed)',
  'caveat_few-points': 'Only {{n}} observed years in all (at least {{min}} are needed)',
  caveat_gaps: 'Years without data: {{missing}}',
  'caveat_constant-series': 'The series does not vary: there is nothing to explain',
  'caveat_end-date-ignored':
    'The agreement’s end or suspension on {{end}} is shown on the chart but not estimated',
  'caveat_horizon-beyond-data': 'Effects asked for beyond the last year of data: {{horizons}}',
  'caveat_hac-rows-not-consecutive':
    'The series has gaps: the autocorrelation-robust errors treat years around a gap as neighbours',
  'caveat_few-placebos':
    'Only {{n}} comparison partners without an agreement could be fitted (at least {{min}} are needed)',
  'caveat_treated-p-undefined':
    'The fit is exact: its p values, and the comparison with placebos, are undefined',
  'caveat_other-sources': 'Other sources also hold this series and were not used: {{sources}}',
  'failure_no-data': 'No data for this pair of countries, measure and occupation',
  'failure_invalid-period': 'A period of the series is not a year',
  'failure_mixed-frequency': 'The series mixes years and months',
  'failure_duplicate-period': 'A year appears twice in the series',
  'failure_invalid-value': 'A value of the series is not a finite number',
  'failure_invalid-date': 'A date of the agreement is not a valid date',
  'failure_invalid-options': 'The options are not valid (confidence between 0 and 1, lags a whole number)',
  'failure_too-few-points': 'Too few observed years to fit the model',
  'failure_intervention-outside-series': 'The agreement’s date falls outside the years of data',
  'failure_singular-design': 'The years observed cannot separate a change of level from one of trend',
} as const;

export const evaluationText = defineMessages('agreements.evaluation', {
  en,
  fr: {
    no_dates:
      'L’accord {{id}} n’a ni date d’entrée en vigueur ni date de signature : son effet sur les flux ne peut être estimé',
    no_dates_hint: 'Enregistrez sa date de signature ou d’entrée en vigueur, puis évaluez-le à nouveau.',
    unknown_occupation: '{{code}} n’est pas un code de profession',
    occupation_hint: '`hwmo occupations` liste les codes de profession.',
    no_pair:
      'L’accord {{id}} ne nomme aucun pays de destination et d’origine entre lesquels mesurer des flux',
    'caveat_few-points-before':
      'Seulement {{n}} années observées avant l’accord (il en faut au moins {{min}})',
    'caveat_few-points-after':
      'Seulement {{n}} années observées après l’accord (il en faut au moins {{min}})',
    'caveat_few-points': 'Seulement {{n}} années observées en tout (il en faut au moins {{min}})',
    caveat_gaps: 'Années sans données : {{missing}}',
    'caveat_constant-series': 'La série ne varie pas : il n’y a rien à expliquer',
    'caveat_end-date-ignored':
      'La fin ou la suspension de l’accord le {{end}} figure sur le graphique mais n’est pas estimée',
    'caveat_horizon-beyond-data': 'Effets demandés au-delà de la dernière année de données : {{horizons}}',
    'caveat_hac-rows-not-consecutive':
      'La série a des trous : les erreurs robustes à l’autocorrélation traitent les années de part et d’autre d’un trou comme voisines',
    'caveat_few-placebos':
      'Seulement {{n}} partenaires de comparaison sans accord ont pu être ajustés (il en faut au moins {{min}})',
    'caveat_treated-p-undefined':
      'L’ajustement est exact : ses valeurs p, et la comparaison avec les placebos, sont indéfinies',
    'caveat_other-sources':
      'D’autres sources contiennent aussi cette série et n’ont pas été utilisées : {{sources}}',
    'failure_no-data': 'Aucune donnée pour cette paire de pays, cette mesure et cette profession',
    'failure_invalid-period': 'Une période de la série n’est pas une année',
    'failure_mixed-frequency': 'La série mêle années et mois',
    'failure_duplicate-period': 'Une année figure deux fois dans la série',
    'failure_invalid-value': 'Une valeur de la série n’est pas un nombre fini',
    'failure_invalid-date': 'Une date de l’accord n’est pas une date valide',
    'failure_invalid-options':
      'Les options ne sont pas valides (confiance entre 0 et 1, retards en nombre entier)',
    'failure_too-few-points': 'Trop peu d’années observées pour ajuster le modèle',
    'failure_intervention-outside-series': 'La date de l’accord tombe hors des années de données',
    'failure_singular-design':
      'Les années observées ne permettent pas de distinguer un changement de niveau d’un changement de tendance',
  },
  es: {
    no_dates:
      'El acuerdo {{id}} no tiene fecha de entrada en vigor ni de firma: no se puede estimar su efecto en los flujos',
    no_dates_hint: 'Registre cuándo se firmó o entró en vigor y vuelva a evaluarlo.',
    unknown_occupation: '{{code}} no es un código de ocupación',
    occupation_hint: '`hwmo occupations` lista los códigos de ocupación.',
    no_pair: 'El acuerdo {{id}} no nombra países de destino y de origen entre los que medir flujos',
    'caveat_few-points-before':
      'Solo {{n}} años observados antes del acuerdo (se necesitan al menos {{min}})',
    'caveat_few-points-after':
      'Solo {{n}} años observados después del acuerdo (se necesitan al menos {{min}})',
    'caveat_few-points': 'Solo {{n}} años observados en total (se necesitan al menos {{min}})',
    caveat_gaps: 'Años sin datos: {{missing}}',
    'caveat_constant-series': 'La serie no varía: no hay nada que explicar',
    'caveat_end-date-ignored':
      'El fin o la suspensión del acuerdo el {{end}} se muestra en el gráfico pero no se estima',
    'caveat_horizon-beyond-data': 'Efectos pedidos más allá del último año con datos: {{horizons}}',
    'caveat_hac-rows-not-consecutive':
      'La serie tiene huecos: los errores robustos a la autocorrelación tratan como vecinos los años a ambos lados de un hueco',
    'caveat_few-placebos':
      'Solo se pudieron ajustar {{n}} socios de comparación sin acuerdo (se necesitan al menos {{min}})',
    'caveat_treated-p-undefined':
      'El ajuste es exacto: sus valores p, y la comparación con los placebos, no están definidos',
    'caveat_other-sources': 'Otras fuentes también contienen esta serie y no se usaron: {{sources}}',
    'failure_no-data': 'No hay datos para este par de países, esta medida y esta ocupación',
    'failure_invalid-period': 'Un periodo de la serie no es un año',
    'failure_mixed-frequency': 'La serie mezcla años y meses',
    'failure_duplicate-period': 'Un año aparece dos veces en la serie',
    'failure_invalid-value': 'Un valor de la serie no es un número finito',
    'failure_invalid-date': 'Una fecha del acuerdo no es válida',
    'failure_invalid-options':
      'Las opciones no son válidas (confianza entre 0 y 1, retardos en número entero)',
    'failure_too-few-points': 'Muy pocos años observados para ajustar el modelo',
    'failure_intervention-outside-series': 'La fecha del acuerdo cae fuera de los años con datos',
    'failure_singular-design':
      'Los años observados no permiten distinguir un cambio de nivel de un cambio de tendencia',
  },
  ru: {
    no_dates:
      'У соглашения {{id}} нет ни даты вступления в силу, ни даты подписания: его влияние на потоки оценить нельзя',
    no_dates_hint: 'Укажите дату подписания или вступления в силу и повторите оценку.',
    unknown_occupation: '{{code}} не является кодом профессии',
    occupation_hint: '`hwmo occupations` выводит коды профессий.',
    no_pair: 'В соглашении {{id}} нет стран назначения и происхождения, между которыми можно измерить потоки',
    'caveat_few-points-before': 'Лишь {{n}} наблюдаемых лет до соглашения (нужно не меньше {{min}})',
    'caveat_few-points-after': 'Лишь {{n}} наблюдаемых лет после соглашения (нужно не меньше {{min}})',
    'caveat_few-points': 'Всего лишь {{n}} наблюдаемых лет (нужно не меньше {{min}})',
    caveat_gaps: 'Годы без данных: {{missing}}',
    'caveat_constant-series': 'Ряд не меняется: объяснять нечего',
    'caveat_end-date-ignored':
      'Прекращение или приостановление соглашения {{end}} показано на графике, но не оценивается',
    'caveat_horizon-beyond-data': 'Эффекты запрошены за пределами последнего года данных: {{horizons}}',
    'caveat_hac-rows-not-consecutive':
      'В ряду есть пропуски: устойчивые к автокорреляции ошибки считают годы по обе стороны пропуска соседними',
    'caveat_few-placebos':
      'Удалось оценить лишь {{n}} партнёров для сравнения без соглашения (нужно не меньше {{min}})',
    'caveat_treated-p-undefined': 'Подгонка точная: её p-значения и сравнение с плацебо не определены',
    'caveat_other-sources': 'Этот ряд есть и в других источниках, которые не использованы: {{sources}}',
    'failure_no-data': 'Нет данных для этой пары стран, показателя и профессии',
    'failure_invalid-period': 'Период ряда не является годом',
    'failure_mixed-frequency': 'В ряду смешаны годы и месяцы',
    'failure_duplicate-period': 'Год встречается в ряду дважды',
    'failure_invalid-value': 'Значение ряда не является конечным числом',
    'failure_invalid-date': 'Дата соглашения недействительна',
    'failure_invalid-options': 'Недопустимые параметры (доверие от 0 до 1, число лагов — целое)',
    'failure_too-few-points': 'Слишком мало наблюдаемых лет для оценки модели',
    'failure_intervention-outside-series': 'Дата соглашения лежит за пределами лет с данными',
    'failure_singular-design': 'По наблюдаемым годам нельзя отличить изменение уровня от изменения тренда',
  },
  ar: {
    no_dates: 'ليس للاتفاق {{id}} تاريخ بدء نفاذ ولا تاريخ توقيع: لا يمكن تقدير أثره في التدفقات',
    no_dates_hint: 'سجّل تاريخ توقيعه أو بدء نفاذه، ثم أعد تقييمه.',
    unknown_occupation: '{{code}} ليس رمز مهنة',
    occupation_hint: 'يسرد الأمر `hwmo occupations` رموز المهن.',
    no_pair: 'لا يسمّي الاتفاق {{id}} بلدي مقصد ومنشأ يمكن قياس التدفقات بينهما',
    'caveat_few-points-before': '{{n}} سنوات مرصودة فقط قبل الاتفاق (يلزم {{min}} على الأقل)',
    'caveat_few-points-after': '{{n}} سنوات مرصودة فقط بعد الاتفاق (يلزم {{min}} على الأقل)',
    'caveat_few-points': '{{n}} سنوات مرصودة فقط في المجموع (يلزم {{min}} على الأقل)',
    caveat_gaps: 'سنوات بلا بيانات: {{missing}}',
    'caveat_constant-series': 'السلسلة لا تتغير: لا شيء يحتاج إلى تفسير',
    'caveat_end-date-ignored': 'يظهر انتهاء الاتفاق أو تعليقه في {{end}} في الرسم ولا يُقدَّر',
    'caveat_horizon-beyond-data': 'آثار مطلوبة بعد آخر سنة من البيانات: {{horizons}}',
    'caveat_hac-rows-not-consecutive':
      'في السلسلة فجوات: تعامل الأخطاء المتينة للارتباط الذاتي السنوات على جانبي الفجوة كأنها متجاورة',
    'caveat_few-placebos': 'أمكن تقدير {{n}} شركاء مقارنة فقط بلا اتفاق (يلزم {{min}} على الأقل)',
    'caveat_treated-p-undefined': 'المطابقة تامة: قيمها الاحتمالية والمقارنة بالشركاء الضابطين غير معرّفة',
    'caveat_other-sources': 'تحمل مصادر أخرى هذه السلسلة أيضًا ولم تُستخدم: {{sources}}',
    'failure_no-data': 'لا بيانات لهذين البلدين وهذا المقياس وهذه المهنة',
    'failure_invalid-period': 'إحدى فترات السلسلة ليست سنة',
    'failure_mixed-frequency': 'تخلط السلسلة بين السنوات والأشهر',
    'failure_duplicate-period': 'تتكرر سنة في السلسلة',
    'failure_invalid-value': 'إحدى قيم السلسلة ليست عددًا منتهيًا',
    'failure_invalid-date': 'أحد تواريخ الاتفاق غير صالح',
    'failure_invalid-options': 'الخيارات غير صالحة (الثقة بين 0 و1، وعدد الفجوات الزمنية عدد صحيح)',
    'failure_too-few-points': 'السنوات المرصودة أقل من أن يُقدَّر النموذج',
    'failure_intervention-outside-series': 'يقع تاريخ الاتفاق خارج سنوات البيانات',
    'failure_singular-design': 'لا تسمح السنوات المرصودة بالتمييز بين تغيّر المستوى وتغيّر الاتجاه',
  },
  zh: {
    no_dates: '协议 {{id}} 既无生效日期也无签署日期：无法估计其对流动的影响',
    no_dates_hint: '请记录其签署或生效日期，然后重新评估。',
    unknown_occupation: '{{code}} 不是职业代码',
    occupation_hint: '`hwmo occupations` 列出职业代码。',
    no_pair: '协议 {{id}} 未列出可测量流动的目的地国和来源国',
    'caveat_few-points-before': '协议前仅有 {{n}} 个观测年份（至少需要 {{min}} 个）',
    'caveat_few-points-after': '协议后仅有 {{n}} 个观测年份（至少需要 {{min}} 个）',
    'caveat_few-points': '共仅有 {{n}} 个观测年份（至少需要 {{min}} 个）',
    caveat_gaps: '无数据的年份：{{missing}}',
    'caveat_constant-series': '序列没有变化：没有可解释的内容',
    'caveat_end-date-ignored': '协议于 {{end}} 的终止或暂停在图中标出，但未纳入估计',
    'caveat_horizon-beyond-data': '所求效应超出数据的最后一年：{{horizons}}',
    'caveat_hac-rows-not-consecutive': '序列有缺口：自相关稳健标准误把缺口两侧的年份视为相邻',
    'caveat_few-placebos': '仅能拟合 {{n}} 个无协议的对照伙伴（至少需要 {{min}} 个）',
    'caveat_treated-p-undefined': '拟合是精确的：其 p 值及与安慰剂的比较均无定义',
    'caveat_other-sources': '其他来源也有此序列但未使用：{{sources}}',
    'failure_no-data': '这对国家、此指标和此职业没有数据',
    'failure_invalid-period': '序列中的某个时期不是年份',
    'failure_mixed-frequency': '序列混合了年份和月份',
    'failure_duplicate-period': '序列中某一年份出现两次',
    'failure_invalid-value': '序列中的某个值不是有限数',
    'failure_invalid-date': '协议的某个日期无效',
    'failure_invalid-options': '选项无效（置信度须在 0 和 1 之间，滞后数须为整数）',
    'failure_too-few-points': '观测年份太少，无法拟合模型',
    'failure_intervention-outside-series': '协议日期落在数据年份之外',
    'failure_singular-design': '观测年份无法区分水平变化与趋势变化',
  },
});
