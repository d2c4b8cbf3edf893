import type { Lang } from '../../../i18n/langs.ts';

/** The texts of the evaluation route and schemas. */
const evaluation = {
  fr: {
    'A limit of the estimate: its code, its parameters and its text in the reader’s language.':
      'Une limite de l’estimation : son code, ses paramètres et son texte dans la langue du lecteur.',
    'Also give Newey–West standard errors with this many lags; placebos are then judged with them.':
      'Donner aussi les erreurs types de Newey–West avec ce nombre de retards ; les placebos sont alors jugés avec elles.',
    'Confidence level of the intervals.': 'Niveau de confiance des intervalles.',
    'Did the agreement change the flows? An interrupted time series of each destination–origin pair, with placebos':
      'L’accord a-t-il changé les flux ? Une série temporelle interrompue pour chaque paire destination–origine, avec des placebos',
    'Mean yearly values before and from the year of the agreement, with Welch’s t test; null with no year on a side.':
      'Moyennes annuelles avant l’accord et à partir de son année, avec le test t de Welch ; null sans aucune année d’un côté.',
    'One per destination and origin party of the agreement.':
      'Une par partie de destination et d’origine de l’accord.',
    'Per year: the observed value, the fitted one and the pre-agreement trend carried on (null before the agreement or without a fit); markers for the dates.':
      'Par année : la valeur observée, la valeur ajustée et la tendance d’avant l’accord prolongée (null avant l’accord ou sans ajustement) ; des repères pour les dates.',
    'Public for a published agreement; a draft for those who manage it. Refused (409) for an agreement with neither a date of entry into force nor one of signature.':
      'Public pour un accord publié ; un projet pour ceux qui le gèrent. Refusé (409) pour un accord sans date d’entrée en vigueur ni de signature.',
    'The date modelled: the entry into force, or the signature when that is not known.':
      'La date modélisée : l’entrée en vigueur, ou la signature quand celle-ci n’est pas connue.',
    'The first of its expiry, termination or suspension: marked, not modelled.':
      'La première de son expiration, de sa dénonciation ou de sa suspension : marquée, non modélisée.',
    'The occupation; by default the agreement’s cadre when it names one, else nursing-personnel.':
      'La profession ; par défaut la catégorie de l’accord quand il en nomme une, sinon nursing-personnel.',
    'The same model for the destination’s other partners that have no published agreement with it (same measure, occupation, source and basis); null when the treated series was not fitted.':
      'Le même modèle pour les autres partenaires de la destination qui n’ont aucun accord publié avec elle (même mesure, profession, source et base) ; null quand la série traitée n’a pas été ajustée.',
    'The segmented regression y = intercept + trend·t + levelChange·D + slopeChange·(t − T0)·D, or why it could not be fitted (reason, and text in the reader’s language).':
      'La régression segmentée y = intercept + trend·t + levelChange·D + slopeChange·(t − T0)·D, ou la raison pour laquelle elle n’a pu être ajustée (reason, et texte dans la langue du lecteur).',
    'The series used: current observations of the source with the most years for the pair, from its first to its last year (null for a year without data); null when there is none.':
      'La série utilisée : les observations courantes de la source qui a le plus d’années pour la paire, de sa première à sa dernière année (null pour une année sans données) ; null quand il n’y en a aucune.',
    'The yearly measure evaluated: inflow (default), foreign-trained-stock, foreign-born-stock or stock.':
      'La mesure annuelle évaluée : inflow (par défaut), foreign-trained-stock, foreign-born-stock ou stock.',
  },
  es: {
    'A limit of the estimate: its code, its parameters and its text in the reader’s language.':
      'Un límite de la estimación: su código, sus parámetros y su texto en el idioma del lector.',
    'Also give Newey–West standard errors with this many lags; placebos are then judged with them.':
      'Dar también los errores estándar de Newey–West con este número de retardos; los placebos se juzgan entonces con ellos.',
    'Confidence level of the intervals.': 'Nivel de confianza de los intervalos.',
    'Did the agreement change the flows? An interrupted time series of each destination–origin pair, with placebos':
      '¿Cambió el acuerdo los flujos? Una serie temporal interrumpida de cada par destino–origen, con placebos',
    'Mean yearly values before and from the year of the agreement, with Welch’s t test; null with no year on a side.':
      'Medias anuales antes del acuerdo y desde su año, con la prueba t de Welch; null sin ningún año en un lado.',
    'One per destination and origin party of the agreement.':
      'Una por cada parte de destino y de origen del acuerdo.',
    'Per year: the observed value, the fitted one and the pre-agreement trend carried on (null before the agreement or without a fit); markers for the dates.':
      'Por año: el valor observado, el ajustado y la tendencia anterior al acuerdo prolongada (null antes del acuerdo o sin ajuste); marcas para las fechas.',
    'Public for a published agreement; a draft for those who manage it. Refused (409) for an agreement with neither a date of entry into force nor one of signature.':
      'Público para un acuerdo publicado; un borrador para quienes lo gestionan. Se rechaza (409) para un acuerdo sin fecha de entrada en vigor ni de firma.',
    'The date modelled: the entry into force, or the signature when that is not known.':
      'La fecha modelada: la entrada en vigor, o la firma cuando aquella no se conoce.',
    'The first of its expiry, termination or suspension: marked, not modelled.':
      'La primera de su expiración, terminación o suspensión: marcada, no modelada.',
    'The occupation; by default the agreement’s cadre when it names one, else nursing-personnel.':
      'La ocupación; por defecto la categoría del acuerdo cuando nombra una, si no nursing-personnel.',
    'The same model for the destination’s other partners that have no published agreement with it (same measure, occupation, source and basis); null when the treated series was not fitted.':
      'El mismo modelo para los demás socios del destino que no tienen ningún acuerdo publicado con él (misma medida, ocupación, fuente y base); null cuando la serie tratada no se ajustó.',
    'The segmented regression y = intercept + trend·t + levelChange·D + slopeChange·(t − T0)·D, or why it could not be fitted (reason, and text in the reader’s language).':
      'La regresión segmentada y = intercept + trend·t + levelChange·D + slopeChange·(t − T0)·D, o por qué no pudo ajustarse (reason, y texto en el idioma del lector).',
    'The series used: current observations of the source with the most years for the pair, from its first to its last year (null for a year without data); null when there is none.':
      'La serie usada: las observaciones vigentes de la fuente con más años para el par, de su primer a su último año (null para un año sin datos); null cuando no hay ninguna.',
    'The yearly measure evaluated: inflow (default), foreign-trained-stock, foreign-born-stock or stock.':
      'La medida anual evaluada: inflow (por defecto), foreign-trained-stock, foreign-born-stock o stock.',
  },
  ar: {
    'A limit of the estimate: its code, its parameters and its text in the reader’s language.':
      'حدّ من حدود التقدير: رمزه ومعاييره ونصه بلغة القارئ.',
    'Also give Newey–West standard errors with this many lags; placebos are then judged with them.':
      'أعطِ أيضًا الأخطاء المعيارية لنيوي–ويست بهذا العدد من الفجوات الزمنية؛ ويُحكم على الشركاء الضابطين بها عندئذ.',
    'Confidence level of the intervals.': 'مستوى الثقة للفواصل.',
    'Did the agreement change the flows? An interrupted time series of each destination–origin pair, with placebos':
      'هل غيّر الاتفاق التدفقات؟ سلسلة زمنية متقطعة لكل زوج من بلدي المقصد والمنشأ، مع شركاء ضابطين',
    'Mean yearly values before and from the year of the agreement, with Welch’s t test; null with no year on a side.':
      'المتوسطات السنوية قبل الاتفاق وابتداءً من سنته، مع اختبار t لويلش؛ null إذا لم تكن هناك سنة في أحد الجانبين.',
    'One per destination and origin party of the agreement.': 'واحد لكل طرف مقصد ومنشأ في الاتفاق.',
    'Per year: the observed value, the fitted one and the pre-agreement trend carried on (null before the agreement or without a fit); markers for the dates.':
      'لكل سنة: القيمة المرصودة والقيمة المطابقة واتجاه ما قبل الاتفاق ممددًا (null قبل الاتفاق أو بلا مطابقة)؛ وعلامات للتواريخ.',
    'Public for a published agreement; a draft for those who manage it. Refused (409) for an agreement with neither a date of entry into force nor one of signature.':
      'عام للاتفاق المنشور؛ والمسودة لمن يديرونها. يُرفض (409) للاتفاق الذي ليس له تاريخ بدء نفاذ ولا تاريخ توقيع.',
    'The date modelled: the entry into force, or the signature when that is not known.':
      'التاريخ المنمذج: بدء النفاذ، أو التوقيع إذا لم يكن بدء النفاذ معروفًا.',
    'The first of its expiry, termination or suspension: marked, not modelled.':
      'أول ما يقع من انقضائه أو إنهائه أو تعليقه: يُعلَّم ولا يُنمذج.',
    'The occupation; by default the agreement’s cadre when it names one, else nursing-personnel.':
      'المهنة؛ افتراضيًا فئة الاتفاق إن سمّى فئة واحدة، وإلا nursing-personnel.',
    'The same model for the destination’s other partners that have no published agreement with it (same measure, occupation, source and basis); null when the treated series was not fitted.':
      'النموذج نفسه لشركاء المقصد الآخرين الذين ليس لهم اتفاق منشور معه (المقياس والمهنة والمصدر والأساس أنفسها)؛ null إذا لم تُطابق السلسلة المعنية.',
    'The segmented regression y = intercept + trend·t + levelChange·D + slopeChange·(t − T0)·D, or why it could not be fitted (reason, and text in the reader’s language).':
      'الانحدار المجزأ y = intercept + trend·t + levelChange·D + slopeChange·(t − T0)·D، أو سبب تعذر مطابقته (reason، والنص بلغة القارئ).',
    'The series used: current observations of the source with the most years for the pair, from its first to its last year (null for a year without data); null when there is none.':
      'السلسلة المستخدمة: الرصدات الحالية للمصدر صاحب أكثر السنوات لهذا الزوج، من أول سنة له إلى آخرها (null لسنة بلا بيانات)؛ null إذا لم توجد.',
    'The yearly measure evaluated: inflow (default), foreign-trained-stock, foreign-born-stock or stock.':
      'المقياس السنوي المقيَّم: inflow (افتراضيًا) أو foreign-trained-stock أو foreign-born-stock أو stock.',
  },
  ru: {
    'A limit of the estimate: its code, its parameters and its text in the reader’s language.':
      'Ограничение оценки: её код, параметры и текст на языке читателя.',
    'Also give Newey–West standard errors with this many lags; placebos are then judged with them.':
      'Дать также стандартные ошибки Ньюи–Уэста с этим числом лагов; тогда плацебо оцениваются по ним.',
    'Confidence level of the intervals.': 'Уровень доверия интервалов.',
    'Did the agreement change the flows? An interrupted time series of each destination–origin pair, with placebos':
      'Изменило ли соглашение потоки? Прерванный временной ряд для каждой пары «назначение–происхождение», с плацебо',
    'Mean yearly values before and from the year of the agreement, with Welch’s t test; null with no year on a side.':
      'Средние годовые значения до соглашения и начиная с его года, с t-критерием Уэлча; null, если с одной стороны нет ни одного года.',
    'One per destination and origin party of the agreement.':
      'По одной на каждую сторону назначения и происхождения соглашения.',
    'Per year: the observed value, the fitted one and the pre-agreement trend carried on (null before the agreement or without a fit); markers for the dates.':
      'По годам: наблюдаемое значение, подогнанное и продолженный тренд до соглашения (null до соглашения или без подгонки); отметки дат.',
    'Public for a published agreement; a draft for those who manage it. Refused (409) for an agreement with neither a date of entry into force nor one of signature.':
      'Открыто для опубликованного соглашения; проект — для тех, кто им управляет. Отказ (409) для соглашения без даты вступления в силу и без даты подписания.',
    'The date modelled: the entry into force, or the signature when that is not known.':
      'Моделируемая дата: вступление в силу или подписание, если первая неизвестна.',
    'The first of its expiry, termination or suspension: marked, not modelled.':
      'Первое из истечения, прекращения или приостановления: отмечено, не моделируется.',
    'The occupation; by default the agreement’s cadre when it names one, else nursing-personnel.':
      'Профессия; по умолчанию категория соглашения, если оно называет одну, иначе nursing-personnel.',
    'The same model for the destination’s other partners that have no published agreement with it (same measure, occupation, source and basis); null when the treated series was not fitted.':
      'Та же модель для других партнёров страны назначения, у которых нет с ней опубликованного соглашения (тот же показатель, профессия, источник и основа); null, если исследуемый ряд не подогнан.',
    'The segmented regression y = intercept + trend·t + levelChange·D + slopeChange·(t − T0)·D, or why it could not be fitted (reason, and text in the reader’s language).':
      'Сегментированная регрессия y = intercept + trend·t + levelChange·D + slopeChange·(t − T0)·D или причина, по которой её не удалось подогнать (reason и текст на языке читателя).',
    'The series used: current observations of the source with the most years for the pair, from its first to its last year (null for a year without data); null when there is none.':
      'Использованный ряд: текущие наблюдения источника с наибольшим числом лет для пары, с первого по последний год (null для года без данных); null, если их нет.',
    'The yearly measure evaluated: inflow (default), foreign-trained-stock, foreign-born-stock or stock.':
      'Оцениваемый годовой показатель: inflow (по умолчанию), foreign-trained-stock, foreign-born-stock или stock.',
  },
  zh: {
    'A limit of the estimate: its code, its parameters and its text in the reader’s language.':
      '估计的一项局限：其代码、参数以及读者语言的文本。',
    'Also give Newey–West standard errors with this many lags; placebos are then judged with them.':
      '同时给出此滞后数的 Newey–West 标准误；安慰剂随之按其判断。',
    'Confidence level of the intervals.': '区间的置信水平。',
    'Did the agreement change the flows? An interrupted time series of each destination–origin pair, with placebos':
      '协议是否改变了流动？对每个目的地–来源配对进行中断时间序列分析，并附安慰剂检验',
    'Mean yearly values before and from the year of the agreement, with Welch’s t test; null with no year on a side.':
      '协议前与协议当年起的年均值，附 Welch t 检验；某一侧没有年份时为 null。',
    'One per destination and origin party of the agreement.': '协议的每个目的地方与来源方配对各一项。',
    'Per year: the observed value, the fitted one and the pre-agreement trend carried on (null before the agreement or without a fit); markers for the dates.':
      '每年：观测值、拟合值以及延续的协议前趋势（协议前或无拟合时为 null）；各日期的标记。',
    'Public for a published agreement; a draft for those who manage it. Refused (409) for an agreement with neither a date of entry into force nor one of signature.':
      '已发布的协议公开；草案仅对其管理者可见。既无生效日期也无签署日期的协议被拒绝（409）。',
    'The date modelled: the entry into force, or the signature when that is not known.':
      '所建模的日期：生效日期；未知时为签署日期。',
    'The first of its expiry, termination or suspension: marked, not modelled.':
      '其到期、终止或暂停中最早者：标出，不建模。',
    'The occupation; by default the agreement’s cadre when it names one, else nursing-personnel.':
      '职业；默认为协议所列的唯一类别，否则为 nursing-personnel。',
    'The same model for the destination’s other partners that have no published agreement with it (same measure, occupation, source and basis); null when the treated series was not fitted.':
      '对目的地与之没有已发布协议的其他伙伴使用同一模型（相同指标、职业、来源和依据）；处理序列未能拟合时为 null。',
    'The segmented regression y = intercept + trend·t + levelChange·D + slopeChange·(t − T0)·D, or why it could not be fitted (reason, and text in the reader’s language).':
      '分段回归 y = intercept + trend·t + levelChange·D + slopeChange·(t − T0)·D，或无法拟合的原因（reason 及读者语言的文本）。',
    'The series used: current observations of the source with the most years for the pair, from its first to its last year (null for a year without data); null when there is none.':
      '所用序列：该配对年份最多的来源的现行观测值，从其第一年到最后一年（无数据的年份为 null）；没有时为 null。',
    'The yearly measure evaluated: inflow (default), foreign-trained-stock, foreign-born-stock or stock.':
      '所评估的年度指标：inflow（默认）、foreign-trained-stock、foreign-born-stock 或 stock。',
  },
} as const;

/** The API description's texts of the agreements routes and schemas, keyed by their English. */
export const agreementsText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    ...evaluation.fr,
    'Needs agreements.manage: the published agreements and the drafts of the countries the reader manages agreements of.':
      'Nécessite agreements.manage : les accords publiés et les projets des pays dont le lecteur gère les accords.',
    'Publish the new agreements of a file that has no published column.':
      'Publier les nouveaux accords d’un fichier sans colonne published.',
    'The status its source gives, for an agreement whose dates of signature and entry into force are not known; with either date it must be null, the status then following from the dates and the status history.':
      'Le statut que donne sa source, pour un accord dont les dates de signature et d’entrée en vigueur ne sont pas connues ; avec l’une de ces dates il doit être null, le statut découlant alors des dates et de l’historique.',
    'A reference of one’s own (an import file’s external_ref), unique in the registry.':
      'Une référence propre (l’external_ref d’un fichier importé), unique dans le registre.',
    'Agreements covering this occupation (or all health personnel).':
      'Les accords couvrant cette profession (ou tous les personnels de santé).',
    'Agreements in force on this date.': 'Les accords en vigueur à cette date.',
    'Agreements this country is party to.': 'Les accords auxquels ce pays est partie.',
    'An agreement with its parties, provisions, cadres and status history':
      'Un accord avec ses parties, ses dispositions, ses catégories de personnel et l’historique de son statut',
    'An http or https address.': 'Une adresse http ou https.',
    'An occupation code of the reference list (e.g. nursing-personnel).':
      'Un code de profession de la liste de référence (par ex. nursing-personnel).',
    'An organisation within the area that is party (a hospital, a ministry); null: the government.':
      'Une organisation de la zone qui est partie (un hôpital, un ministère) ; null : le gouvernement.',
    'At most this many placements.': 'Au plus ce nombre de placements.',
    'Change an agreement made on a version (409 with the current agreement when it is stale)':
      'Modifier un accord sur une version donnée (409 avec l’accord actuel si elle est périmée)',
    'Check the file and report what it would change, changing nothing.':
      'Vérifier le fichier et indiquer ce qu’il changerait, sans rien changer.',
    'Employers or recruiters allowed to recruit under it; empty: any employer of the destination.':
      'Les employeurs ou recruteurs autorisés à recruter dans son cadre ; vide : tout employeur de la destination.',
    'End of the recruitment window (exclusive), when narrower.':
      'Fin de la période de recrutement (exclue), si elle est plus étroite.',
    'Import agreements from a CSV file (multipart field "file"), all or nothing; a second import of the file changes nothing':
      'Importer des accords d’un fichier CSV (champ multipart "file"), tout ou rien ; une deuxième importation du fichier ne change rien',
    'Lacks the permission agreements.manage for the area, or the installation is read-only':
      'N’a pas la permission agreements.manage pour la zone, ou l’installation est en lecture seule',
    'Needs agreements.manage for a country party to the agreement of every row.':
      'Requiert agreements.manage pour un pays partie à l’accord de chaque ligne.',
    'Needs agreements.manage for a country party to the agreement, before and after the change.':
      'Requiert agreements.manage pour un pays partie à l’accord, avant et après la modification.',
    'Needs agreements.manage for a country party to the agreement.':
      'Requiert agreements.manage pour un pays partie à l’accord.',
    'Per year, per month, or in total.': 'Par an, par mois ou au total.',
    'Publish an agreement, or withdraw it from the public registry':
      'Publier un accord, ou le retirer du registre public',
    'Record a dated, explained event of an agreement’s status: signed, in force, suspended, resumed, expired, terminated':
      'Enregistrer un événement daté et expliqué du statut d’un accord : signé, en vigueur, suspendu, repris, expiré, dénoncé',
    'Record an agreement, unpublished': 'Enregistrer un accord, non publié',
    'Start of the recruitment window, when narrower.':
      'Début de la période de recrutement, si elle est plus étroite.',
    'The agreements registry: published agreements, and the drafts of those the reader manages':
      'Le registre des accords : les accords publiés, et les projets de ceux que le lecteur gère',
    'The agreements the reader may read as CSV, in the columns the import reads':
      'Les accords que le lecteur peut lire, en CSV, dans les colonnes que lit l’importation',
    'The agreement’s title.': 'Le titre de l’accord.',
    'The cadre capped; null: all the cadres covered.':
      'La catégorie plafonnée ; null : toutes les catégories couvertes.',
    'The country’s name in English (WHO).': 'Le nom du pays en anglais (OMS).',
    'The current status, from its dates and status history.':
      'Le statut actuel, d’après ses dates et l’historique de son statut.',
    'The day it happened (or will).': 'Le jour où c’est arrivé (ou arrivera).',
    'The named recruitment channel, e.g. a government agency.':
      'Le canal de recrutement désigné, par ex. une agence gouvernementale.',
    'The occupations covered; empty: all health personnel.':
      'Les professions couvertes ; vide : tous les personnels de santé.',
    'The row of the file (the header is row 1).': 'La ligne du fichier (l’en-tête est la ligne 1).',
    'The status history, oldest first.': 'L’historique du statut, du plus ancien au plus récent.',
    'The version it was seen at.': 'La version à laquelle il a été vu.',
    'The version the change was made on; a stale one is refused (409) with the current agreement.':
      'La version sur laquelle la modification a été faite ; une version périmée est refusée (409) avec l’accord actuel.',
    'Two or more parties.': 'Deux parties ou plus.',
    'What happened to the agreement.': 'Ce qui est arrivé à l’accord.',
    'What happened, and the source.': 'Ce qui s’est passé, et la source.',
    'What the agreement provides.': 'Ce que prévoit l’accord.',
    'When it expires (exclusive), when it says.': 'Quand il expire (date exclue), s’il le précise.',
    'Where the facts recorded here come from.': 'D’où viennent les faits enregistrés ici.',
    'Where the text of the agreement is published.': 'Où le texte de l’accord est publié.',
    'Whether the agreement allows managed recruitment from the origin (a training-only one does not).':
      'Si l’accord permet un recrutement encadré depuis le pays d’origine (un accord portant seulement sur la formation ne le permet pas).',
    'Whether the reader may change it.': 'Si le lecteur peut le modifier.',
    'Whether the reader may record agreements (for some country).':
      'Si le lecteur peut enregistrer des accords (pour un pays au moins).',
    'Who recorded it; only those who manage the agreement see names.':
      'Qui l’a enregistré ; seuls ceux qui gèrent l’accord voient les noms.',
    'Words of the title, a party’s organisation or a country’s name.':
      'Des mots du titre, de l’organisation d’une partie ou du nom d’un pays.',
    'bilateral_mou, bilateral_agreement, multilateral, regional_framework (a framework of a region), twinning (between institutions)':
      'bilateral_mou, bilateral_agreement, multilateral, regional_framework (un cadre régional), twinning (un jumelage entre institutions)',
    'government: between governments; institution: between organisations within the areas.':
      'government : entre gouvernements ; institution : entre organisations des zones.',
    'null for a date given with the agreement itself.': 'null pour une date donnée avec l’accord lui-même.',
    'null in a dry run for an agreement it would create.':
      'null lors d’un essai pour un accord qu’il créerait.',
    'origin: where the health personnel come from; destination: where they go; both.':
      'origin : d’où viennent les personnels de santé ; destination : où ils vont ; both : les deux.',
    'record: a date given with the agreement; event: a recorded event.':
      'record : une date donnée avec l’accord ; event : un événement enregistré.',
    'recruitment (channel and caps), training (and skills transfer), return (and circular migration), compensation (or co-investment), rights (and equal treatment), committee (joint committee and reporting).':
      'recruitment (canal et plafonds), training (formation et transfert de compétences), return (retour et migration circulaire), compensation (compensation ou co-investissement), rights (droits et égalité de traitement), committee (comité mixte et rapports).',
    'true to publish, false to withdraw from the public registry.':
      'true pour publier, false pour retirer du registre public.',
  },
  es: {
    ...evaluation.es,
    'Needs agreements.manage: the published agreements and the drafts of the countries the reader manages agreements of.':
      'Requiere agreements.manage: los acuerdos publicados y los borradores de los países cuyos acuerdos gestiona el lector.',
    'Publish the new agreements of a file that has no published column.':
      'Publicar los acuerdos nuevos de un archivo sin columna published.',
    'The status its source gives, for an agreement whose dates of signature and entry into force are not known; with either date it must be null, the status then following from the dates and the status history.':
      'El estado que da su fuente, para un acuerdo cuyas fechas de firma y entrada en vigor no se conocen; con cualquiera de esas fechas debe ser null, y el estado se deduce entonces de las fechas y del historial.',
    'A reference of one’s own (an import file’s external_ref), unique in the registry.':
      'Una referencia propia (el external_ref de un archivo importado), única en el registro.',
    'Agreements covering this occupation (or all health personnel).':
      'Los acuerdos que abarcan esta ocupación (o a todo el personal de salud).',
    'Agreements in force on this date.': 'Los acuerdos en vigor en esta fecha.',
    'Agreements this country is party to.': 'Los acuerdos de los que este país es parte.',
    'An agreement with its parties, provisions, cadres and status history':
      'Un acuerdo con sus partes, disposiciones, categorías de personal e historial de su estado',
    'An http or https address.': 'Una dirección http o https.',
    'An occupation code of the reference list (e.g. nursing-personnel).':
      'Un código de ocupación de la lista de referencia (p. ej. nursing-personnel).',
    'An organisation within the area that is party (a hospital, a ministry); null: the government.':
      'Una organización de la zona que es parte (un hospital, un ministerio); null: el gobierno.',
    'At most this many placements.': 'Como máximo este número de colocaciones.',
    'Change an agreement made on a version (409 with the current agreement when it is stale)':
      'Modificar un acuerdo sobre una versión (409 con el acuerdo actual si está desactualizada)',
    'Check the file and report what it would change, changing nothing.':
      'Comprobar el archivo e indicar lo que cambiaría, sin cambiar nada.',
    'Employers or recruiters allowed to recruit under it; empty: any employer of the destination.':
      'Los empleadores o contratistas autorizados a contratar en su marco; vacío: cualquier empleador del destino.',
    'End of the recruitment window (exclusive), when narrower.':
      'Fin del período de contratación (excluido), si es más corto.',
    'Import agreements from a CSV file (multipart field "file"), all or nothing; a second import of the file changes nothing':
      'Importar acuerdos de un archivo CSV (campo multipart "file"), todo o nada; una segunda importación del archivo no cambia nada',
    'Lacks the permission agreements.manage for the area, or the installation is read-only':
      'Carece del permiso agreements.manage para la zona, o la instalación es de solo lectura',
    'Needs agreements.manage for a country party to the agreement of every row.':
      'Requiere agreements.manage para un país parte en el acuerdo de cada fila.',
    'Needs agreements.manage for a country party to the agreement, before and after the change.':
      'Requiere agreements.manage para un país parte en el acuerdo, antes y después del cambio.',
    'Needs agreements.manage for a country party to the agreement.':
      'Requiere agreements.manage para un país parte en el acuerdo.',
    'Per year, per month, or in total.': 'Por año, por mes o en total.',
    'Publish an agreement, or withdraw it from the public registry':
      'Publicar un acuerdo, o retirarlo del registro público',
    'Record a dated, explained event of an agreement’s status: signed, in force, suspended, resumed, expired, terminated':
      'Registrar un evento fechado y explicado del estado de un acuerdo: firmado, en vigor, suspendido, reanudado, vencido, denunciado',
    'Record an agreement, unpublished': 'Registrar un acuerdo, sin publicar',
    'Start of the recruitment window, when narrower.': 'Inicio del período de contratación, si es más corto.',
    'The agreements registry: published agreements, and the drafts of those the reader manages':
      'El registro de acuerdos: los acuerdos publicados y los borradores de aquellos que gestiona el lector',
    'The agreements the reader may read as CSV, in the columns the import reads':
      'Los acuerdos que el lector puede leer, en CSV, con las columnas que lee la importación',
    'The agreement’s title.': 'El título del acuerdo.',
    'The cadre capped; null: all the cadres covered.':
      'La categoría limitada; null: todas las categorías abarcadas.',
    'The country’s name in English (WHO).': 'El nombre del país en inglés (OMS).',
    'The current status, from its dates and status history.':
      'El estado actual, según sus fechas y el historial de su estado.',
    'The day it happened (or will).': 'El día en que ocurrió (u ocurrirá).',
    'The named recruitment channel, e.g. a government agency.':
      'El canal de contratación designado, p. ej. un organismo gubernamental.',
    'The occupations covered; empty: all health personnel.':
      'Las ocupaciones abarcadas; vacío: todo el personal de salud.',
    'The row of the file (the header is row 1).': 'La fila del archivo (la cabecera es la fila 1).',
    'The status history, oldest first.': 'El historial del estado, del más antiguo al más reciente.',
    'The version it was seen at.': 'La versión en que se vio.',
    'The version the change was made on; a stale one is refused (409) with the current agreement.':
      'La versión sobre la que se hizo el cambio; una desactualizada se rechaza (409) con el acuerdo actual.',
    'Two or more parties.': 'Dos o más partes.',
    'What happened to the agreement.': 'Lo que le ocurrió al acuerdo.',
    'What happened, and the source.': 'Lo que ocurrió, y la fuente.',
    'What the agreement provides.': 'Lo que dispone el acuerdo.',
    'When it expires (exclusive), when it says.': 'Cuándo vence (fecha excluida), si lo indica.',
    'Where the facts recorded here come from.': 'De dónde proceden los datos registrados aquí.',
    'Where the text of the agreement is published.': 'Dónde se publica el texto del acuerdo.',
    'Whether the agreement allows managed recruitment from the origin (a training-only one does not).':
      'Si el acuerdo permite la contratación gestionada desde el país de origen (uno solo de formación no la permite).',
    'Whether the reader may change it.': 'Si el lector puede modificarlo.',
    'Whether the reader may record agreements (for some country).':
      'Si el lector puede registrar acuerdos (para algún país).',
    'Who recorded it; only those who manage the agreement see names.':
      'Quién lo registró; solo quienes gestionan el acuerdo ven los nombres.',
    'Words of the title, a party’s organisation or a country’s name.':
      'Palabras del título, de la organización de una parte o del nombre de un país.',
    'bilateral_mou, bilateral_agreement, multilateral, regional_framework (a framework of a region), twinning (between institutions)':
      'bilateral_mou, bilateral_agreement, multilateral, regional_framework (un marco regional), twinning (un hermanamiento entre instituciones)',
    'government: between governments; institution: between organisations within the areas.':
      'government: entre gobiernos; institution: entre organizaciones de las zonas.',
    'null for a date given with the agreement itself.': 'null para una fecha indicada con el propio acuerdo.',
    'null in a dry run for an agreement it would create.': 'null en una prueba para un acuerdo que crearía.',
    'origin: where the health personnel come from; destination: where they go; both.':
      'origin: de dónde procede el personal de salud; destination: adónde va; both: ambos.',
    'record: a date given with the agreement; event: a recorded event.':
      'record: una fecha indicada con el acuerdo; event: un evento registrado.',
    'recruitment (channel and caps), training (and skills transfer), return (and circular migration), compensation (or co-investment), rights (and equal treatment), committee (joint committee and reporting).':
      'recruitment (canal y límites), training (formación y transferencia de competencias), return (retorno y migración circular), compensation (compensación o coinversión), rights (derechos e igualdad de trato), committee (comité mixto e informes).',
    'true to publish, false to withdraw from the public registry.':
      'true para publicar, false para retirar del registro público.',
  },
  ar: {
    ...evaluation.ar,
    'Needs agreements.manage: the published agreements and the drafts of the countries the reader manages agreements of.':
      'يتطلب agreements.manage: الاتفاقات المنشورة ومسودات البلدان التي يدير القارئ اتفاقاتها.',
    'Publish the new agreements of a file that has no published column.':
      'نشر الاتفاقات الجديدة في ملف لا يحتوي على العمود published.',
    'The status its source gives, for an agreement whose dates of signature and entry into force are not known; with either date it must be null, the status then following from the dates and the status history.':
      'الحالة التي يذكرها مصدره، لاتفاق لا يُعرف تاريخ توقيعه ولا تاريخ بدء نفاذه؛ ومع أي من التاريخين يجب أن تكون null، إذ تُستنتج الحالة حينئذ من التواريخ وسجل الحالة.',
    'A reference of one’s own (an import file’s external_ref), unique in the registry.':
      'مرجع خاص (قيمة external_ref في ملف مستورد)، فريد في السجل.',
    'Agreements covering this occupation (or all health personnel).':
      'الاتفاقات التي تشمل هذه المهنة (أو جميع العاملين الصحيين).',
    'Agreements in force on this date.': 'الاتفاقات النافذة في هذا التاريخ.',
    'Agreements this country is party to.': 'الاتفاقات التي يكون هذا البلد طرفًا فيها.',
    'An agreement with its parties, provisions, cadres and status history':
      'اتفاق بأطرافه وأحكامه وفئات العاملين التي يشملها وسجل حالته',
    'An http or https address.': 'عنوان http أو https.',
    'An occupation code of the reference list (e.g. nursing-personnel).':
      'رمز مهنة من القائمة المرجعية (مثلًا nursing-personnel).',
    'An organisation within the area that is party (a hospital, a ministry); null: the government.':
      'منظمة داخل المنطقة تكون طرفًا (مستشفى، وزارة)؛ null: الحكومة.',
    'At most this many placements.': 'هذا العدد من التعيينات على الأكثر.',
    'Change an agreement made on a version (409 with the current agreement when it is stale)':
      'تعديل اتفاق انطلاقًا من نسخة معيّنة (409 مع الاتفاق الحالي إن كانت النسخة قديمة)',
    'Check the file and report what it would change, changing nothing.':
      'فحص الملف وبيان ما سيغيّره، دون تغيير أي شيء.',
    'Employers or recruiters allowed to recruit under it; empty: any employer of the destination.':
      'أصحاب العمل أو جهات التوظيف المسموح لها بالتوظيف بموجبه؛ فارغ: أي صاحب عمل في بلد المقصد.',
    'End of the recruitment window (exclusive), when narrower.':
      'نهاية فترة التوظيف (غير مشمولة)، إن كانت أضيق.',
    'Import agreements from a CSV file (multipart field "file"), all or nothing; a second import of the file changes nothing':
      'استيراد الاتفاقات من ملف CSV (الحقل متعدد الأجزاء "file")، كله أو لا شيء؛ ولا يغيّر استيراد الملف ثانيةً شيئًا',
    'Lacks the permission agreements.manage for the area, or the installation is read-only':
      'لا يملك الإذن agreements.manage للمنطقة، أو أن التثبيت للقراءة فقط',
    'Needs agreements.manage for a country party to the agreement of every row.':
      'يتطلب الإذن agreements.manage لبلد طرف في اتفاق كل صف.',
    'Needs agreements.manage for a country party to the agreement, before and after the change.':
      'يتطلب الإذن agreements.manage لبلد طرف في الاتفاق، قبل التعديل وبعده.',
    'Needs agreements.manage for a country party to the agreement.':
      'يتطلب الإذن agreements.manage لبلد طرف في الاتفاق.',
    'Per year, per month, or in total.': 'في السنة، أو في الشهر، أو إجمالًا.',
    'Publish an agreement, or withdraw it from the public registry': 'نشر اتفاق، أو سحبه من السجل العام',
    'Record a dated, explained event of an agreement’s status: signed, in force, suspended, resumed, expired, terminated':
      'تسجيل حدث مؤرَّخ ومعلَّل في حالة اتفاق: موقَّع، نافذ، معلَّق، مستأنَف، منتهي المدة، مُنهى',
    'Record an agreement, unpublished': 'تسجيل اتفاق، غير منشور',
    'Start of the recruitment window, when narrower.': 'بداية فترة التوظيف، إن كانت أضيق.',
    'The agreements registry: published agreements, and the drafts of those the reader manages':
      'سجل الاتفاقات: الاتفاقات المنشورة، ومسودات الاتفاقات التي يديرها القارئ',
    'The agreements the reader may read as CSV, in the columns the import reads':
      'الاتفاقات التي يحق للقارئ الاطلاع عليها بصيغة CSV، بالأعمدة التي يقرؤها الاستيراد',
    'The agreement’s title.': 'عنوان الاتفاق.',
    'The cadre capped; null: all the cadres covered.':
      'الفئة الخاضعة للحد الأقصى؛ null: جميع الفئات المشمولة.',
    'The country’s name in English (WHO).': 'اسم البلد بالإنكليزية (منظمة الصحة العالمية).',
    'The current status, from its dates and status history.': 'الحالة الراهنة، وفق تواريخه وسجل حالته.',
    'The day it happened (or will).': 'اليوم الذي وقع فيه (أو سيقع).',
    'The named recruitment channel, e.g. a government agency.': 'قناة التوظيف المسماة، مثل وكالة حكومية.',
    'The occupations covered; empty: all health personnel.': 'المهن المشمولة؛ فارغ: جميع العاملين الصحيين.',
    'The row of the file (the header is row 1).': 'صف الملف (العنوان هو الصف 1).',
    'The status history, oldest first.': 'سجل الحالة، من الأقدم إلى الأحدث.',
    'The version it was seen at.': 'النسخة التي اطُّلع عليه فيها.',
    'The version the change was made on; a stale one is refused (409) with the current agreement.':
      'النسخة التي أُجري عليها التعديل؛ وتُرفض النسخة القديمة (409) مع إرسال الاتفاق الحالي.',
    'Two or more parties.': 'طرفان أو أكثر.',
    'What happened to the agreement.': 'ما جرى للاتفاق.',
    'What happened, and the source.': 'ما جرى، والمصدر.',
    'What the agreement provides.': 'ما ينص عليه الاتفاق.',
    'When it expires (exclusive), when it says.': 'موعد انتهاء مدته (غير مشمول)، إن نص عليه.',
    'Where the facts recorded here come from.': 'مصدر الوقائع المسجلة هنا.',
    'Where the text of the agreement is published.': 'مكان نشر نص الاتفاق.',
    'Whether the agreement allows managed recruitment from the origin (a training-only one does not).':
      'ما إذا كان الاتفاق يسمح بالتوظيف المنظَّم من بلد المنشأ (الاتفاق المقتصر على التدريب لا يسمح به).',
    'Whether the reader may change it.': 'ما إذا كان يحق للقارئ تعديله.',
    'Whether the reader may record agreements (for some country).':
      'ما إذا كان يحق للقارئ تسجيل اتفاقات (لبلد ما على الأقل).',
    'Who recorded it; only those who manage the agreement see names.':
      'من سجّله؛ ولا يرى الأسماء إلا من يدير الاتفاق.',
    'Words of the title, a party’s organisation or a country’s name.':
      'كلمات من العنوان أو من منظمة أحد الأطراف أو من اسم بلد.',
    'bilateral_mou, bilateral_agreement, multilateral, regional_framework (a framework of a region), twinning (between institutions)':
      'bilateral_mou، bilateral_agreement، multilateral، regional_framework (إطار إقليمي)، twinning (توأمة بين مؤسسات)',
    'government: between governments; institution: between organisations within the areas.':
      'government: بين الحكومات؛ institution: بين منظمات داخل المناطق.',
    'null for a date given with the agreement itself.': 'null لتاريخ مذكور مع الاتفاق نفسه.',
    'null in a dry run for an agreement it would create.': 'null في التشغيل التجريبي لاتفاق سيُنشأ.',
    'origin: where the health personnel come from; destination: where they go; both.':
      'origin: البلد الذي يأتي منه العاملون الصحيون؛ destination: البلد الذي يذهبون إليه؛ both: كلاهما.',
    'record: a date given with the agreement; event: a recorded event.':
      'record: تاريخ مذكور مع الاتفاق؛ event: حدث مسجَّل.',
    'recruitment (channel and caps), training (and skills transfer), return (and circular migration), compensation (or co-investment), rights (and equal treatment), committee (joint committee and reporting).':
      'recruitment (القناة والحدود القصوى)، training (التدريب ونقل المهارات)، return (العودة والهجرة الدائرية)، compensation (التعويض أو الاستثمار المشترك)، rights (الحقوق والمساواة في المعاملة)، committee (اللجنة المشتركة والإبلاغ).',
    'true to publish, false to withdraw from the public registry.':
      'true للنشر، وfalse للسحب من السجل العام.',
  },
  ru: {
    ...evaluation.ru,
    'Needs agreements.manage: the published agreements and the drafts of the countries the reader manages agreements of.':
      'Требуется agreements.manage: опубликованные соглашения и проекты стран, соглашениями которых управляет читатель.',
    'Publish the new agreements of a file that has no published column.':
      'Опубликовать новые соглашения файла, в котором нет столбца published.',
    'The status its source gives, for an agreement whose dates of signature and entry into force are not known; with either date it must be null, the status then following from the dates and the status history.':
      'Статус, который указывает источник, для соглашения с неизвестными датами подписания и вступления в силу; при любой из этих дат должен быть null — тогда статус следует из дат и истории статуса.',
    'A reference of one’s own (an import file’s external_ref), unique in the registry.':
      'Собственная ссылка (external_ref импортированного файла), уникальная в реестре.',
    'Agreements covering this occupation (or all health personnel).':
      'Соглашения, охватывающие эту профессию (или весь медико-санитарный персонал).',
    'Agreements in force on this date.': 'Соглашения, действующие на эту дату.',
    'Agreements this country is party to.': 'Соглашения, стороной которых является эта страна.',
    'An agreement with its parties, provisions, cadres and status history':
      'Соглашение с его сторонами, положениями, категориями персонала и историей статуса',
    'An http or https address.': 'Адрес http или https.',
    'An occupation code of the reference list (e.g. nursing-personnel).':
      'Код профессии из справочного списка (например, nursing-personnel).',
    'An organisation within the area that is party (a hospital, a ministry); null: the government.':
      'Организация на этой территории, являющаяся стороной (больница, министерство); null: правительство.',
    'At most this many placements.': 'Не более этого числа трудоустройств.',
    'Change an agreement made on a version (409 with the current agreement when it is stale)':
      'Изменить соглашение на основе версии (409 с текущим соглашением, если версия устарела)',
    'Check the file and report what it would change, changing nothing.':
      'Проверить файл и сообщить, что он изменит, ничего не меняя.',
    'Employers or recruiters allowed to recruit under it; empty: any employer of the destination.':
      'Работодатели или агентства, которым разрешён наём в его рамках; пусто: любой работодатель страны назначения.',
    'End of the recruitment window (exclusive), when narrower.':
      'Конец периода найма (не включая), если он уже.',
    'Import agreements from a CSV file (multipart field "file"), all or nothing; a second import of the file changes nothing':
      'Импорт соглашений из CSV-файла (поле multipart "file") по принципу «всё или ничего»; повторный импорт файла ничего не меняет',
    'Lacks the permission agreements.manage for the area, or the installation is read-only':
      'Отсутствует разрешение agreements.manage для этой территории, или экземпляр системы доступен только для чтения',
    'Needs agreements.manage for a country party to the agreement of every row.':
      'Требуется agreements.manage для страны — стороны соглашения в каждой строке.',
    'Needs agreements.manage for a country party to the agreement, before and after the change.':
      'Требуется agreements.manage для страны — стороны соглашения до и после изменения.',
    'Needs agreements.manage for a country party to the agreement.':
      'Требуется agreements.manage для страны — стороны соглашения.',
    'Per year, per month, or in total.': 'В год, в месяц или всего.',
    'Publish an agreement, or withdraw it from the public registry':
      'Опубликовать соглашение или убрать его из открытого реестра',
    'Record a dated, explained event of an agreement’s status: signed, in force, suspended, resumed, expired, terminated':
      'Записать датированное и пояснённое событие статуса соглашения: подписано, вступило в силу, приостановлено, возобновлено, истекло, прекращено',
    'Record an agreement, unpublished': 'Внести соглашение, не публикуя его',
    'Start of the recruitment window, when narrower.': 'Начало периода найма, если он уже.',
    'The agreements registry: published agreements, and the drafts of those the reader manages':
      'Реестр соглашений: опубликованные соглашения и черновики тех, которыми ведает читатель',
    'The agreements the reader may read as CSV, in the columns the import reads':
      'Соглашения, доступные читателю, в формате CSV со столбцами, которые читает импорт',
    'The agreement’s title.': 'Название соглашения.',
    'The cadre capped; null: all the cadres covered.':
      'Категория с ограничением; null: все охваченные категории.',
    'The country’s name in English (WHO).': 'Название страны на английском языке (ВОЗ).',
    'The current status, from its dates and status history.':
      'Текущий статус по его датам и истории статуса.',
    'The day it happened (or will).': 'День, когда это произошло (или произойдёт).',
    'The named recruitment channel, e.g. a government agency.':
      'Указанный канал найма, например государственное агентство.',
    'The occupations covered; empty: all health personnel.':
      'Охваченные профессии; пусто: весь медико-санитарный персонал.',
    'The row of the file (the header is row 1).': 'Строка файла (заголовок — строка 1).',
    'The status history, oldest first.': 'История статуса, от ранних событий к поздним.',
    'The version it was seen at.': 'Версия, в которой его видели.',
    'The version the change was made on; a stale one is refused (409) with the current agreement.':
      'Версия, на основе которой сделано изменение; устаревшая отклоняется (409) с текущим соглашением.',
    'Two or more parties.': 'Две стороны или более.',
    'What happened to the agreement.': 'Что произошло с соглашением.',
    'What happened, and the source.': 'Что произошло, и источник.',
    'What the agreement provides.': 'Что предусматривает соглашение.',
    'When it expires (exclusive), when it says.':
      'Когда истекает срок (не включая эту дату), если это указано.',
    'Where the facts recorded here come from.': 'Откуда взяты записанные здесь сведения.',
    'Where the text of the agreement is published.': 'Где опубликован текст соглашения.',
    'Whether the agreement allows managed recruitment from the origin (a training-only one does not).':
      'Разрешает ли соглашение управляемый наём из страны происхождения (соглашение только об обучении — нет).',
    'Whether the reader may change it.': 'Может ли читатель его изменить.',
    'Whether the reader may record agreements (for some country).':
      'Может ли читатель вносить соглашения (хотя бы для одной страны).',
    'Who recorded it; only those who manage the agreement see names.':
      'Кто это записал; имена видят только те, кто ведает соглашением.',
    'Words of the title, a party’s organisation or a country’s name.':
      'Слова из названия, из наименования организации-стороны или из названия страны.',
    'bilateral_mou, bilateral_agreement, multilateral, regional_framework (a framework of a region), twinning (between institutions)':
      'bilateral_mou, bilateral_agreement, multilateral, regional_framework (региональная рамочная программа), twinning (побратимство учреждений)',
    'government: between governments; institution: between organisations within the areas.':
      'government: между правительствами; institution: между организациями на этих территориях.',
    'null for a date given with the agreement itself.': 'null для даты, указанной в самом соглашении.',
    'null in a dry run for an agreement it would create.':
      'null при пробном запуске для соглашения, которое было бы создано.',
    'origin: where the health personnel come from; destination: where they go; both.':
      'origin: откуда приходит медико-санитарный персонал; destination: куда он направляется; both: и то и другое.',
    'record: a date given with the agreement; event: a recorded event.':
      'record: дата, указанная в соглашении; event: записанное событие.',
    'recruitment (channel and caps), training (and skills transfer), return (and circular migration), compensation (or co-investment), rights (and equal treatment), committee (joint committee and reporting).':
      'recruitment (канал и ограничения), training (обучение и передача навыков), return (возвращение и циркулярная миграция), compensation (компенсация или совместные инвестиции), rights (права и равное обращение), committee (совместный комитет и отчётность).',
    'true to publish, false to withdraw from the public registry.':
      'true — опубликовать, false — убрать из открытого реестра.',
  },
  zh: {
    ...evaluation.zh,
    'Needs agreements.manage: the published agreements and the drafts of the countries the reader manages agreements of.':
      '需要 agreements.manage：已发布的协议，以及读者所管理协议之国家的草稿。',
    'Publish the new agreements of a file that has no published column.':
      '发布文件中没有 published 列的新协议。',
    'The status its source gives, for an agreement whose dates of signature and entry into force are not known; with either date it must be null, the status then following from the dates and the status history.':
      '其来源给出的状态，适用于签署日期和生效日期均不明的协议；若有其中任一日期则必须为 null，此时状态由日期和状态历史得出。',
    'A reference of one’s own (an import file’s external_ref), unique in the registry.':
      '自定参考编号（导入文件的 external_ref），在登记册中唯一。',
    'Agreements covering this occupation (or all health personnel).': '涵盖该职业（或全体卫生人员）的协议。',
    'Agreements in force on this date.': '在该日期有效的协议。',
    'Agreements this country is party to.': '该国作为缔约方的协议。',
    'An agreement with its parties, provisions, cadres and status history':
      '一项协议及其缔约方、条款、人员类别和状态历史',
    'An http or https address.': 'http 或 https 地址。',
    'An occupation code of the reference list (e.g. nursing-personnel).':
      '参考列表中的职业代码（例如 nursing-personnel）。',
    'An organisation within the area that is party (a hospital, a ministry); null: the government.':
      '作为缔约方的该地区内组织（医院、部委）；null：政府。',
    'At most this many placements.': '最多这么多人次的安置。',
    'Change an agreement made on a version (409 with the current agreement when it is stale)':
      '基于某一版本修改协议（若版本已过时，返回 409 及当前协议）',
    'Check the file and report what it would change, changing nothing.':
      '检查文件并报告其将做的更改，但不做任何更改。',
    'Employers or recruiters allowed to recruit under it; empty: any employer of the destination.':
      '获准依据该协议招聘的雇主或招聘机构；为空：目的地的任何雇主。',
    'End of the recruitment window (exclusive), when narrower.': '招聘期的结束日（不含），若比协议期限更窄。',
    'Import agreements from a CSV file (multipart field "file"), all or nothing; a second import of the file changes nothing':
      '从 CSV 文件导入协议（多部分字段 "file"），要么全部导入，要么都不导入；再次导入同一文件不做任何更改',
    'Lacks the permission agreements.manage for the area, or the installation is read-only':
      '不具备该地区的agreements.manage权限，或本系统为只读',
    'Needs agreements.manage for a country party to the agreement of every row.':
      '需要对每一行协议的某一缔约国具备 agreements.manage 权限。',
    'Needs agreements.manage for a country party to the agreement, before and after the change.':
      '更改前后均需对协议的某一缔约国具备 agreements.manage 权限。',
    'Needs agreements.manage for a country party to the agreement.':
      '需要对协议的某一缔约国具备 agreements.manage 权限。',
    'Per year, per month, or in total.': '每年、每月或总计。',
    'Publish an agreement, or withdraw it from the public registry': '发布协议，或将其从公开登记册中撤回',
    'Record a dated, explained event of an agreement’s status: signed, in force, suspended, resumed, expired, terminated':
      '记录协议状态的一个注明日期并附说明的事件：已签署、已生效、已暂停、已恢复、已到期、已终止',
    'Record an agreement, unpublished': '登记一项协议（未发布）',
    'Start of the recruitment window, when narrower.': '招聘期的开始日，若比协议期限更窄。',
    'The agreements registry: published agreements, and the drafts of those the reader manages':
      '协议登记册：已发布的协议，以及读者所管理协议的草稿',
    'The agreements the reader may read as CSV, in the columns the import reads':
      '读者可阅读的协议，CSV 格式，列与导入所读取的列相同',
    'The agreement’s title.': '协议名称。',
    'The cadre capped; null: all the cadres covered.': '受上限约束的人员类别；null：所涵盖的全部类别。',
    'The country’s name in English (WHO).': '国家的英文名称（世卫组织）。',
    'The current status, from its dates and status history.': '根据其日期和状态历史得出的当前状态。',
    'The day it happened (or will).': '发生（或将发生）的日期。',
    'The named recruitment channel, e.g. a government agency.': '指定的招聘渠道，例如某一政府机构。',
    'The occupations covered; empty: all health personnel.': '所涵盖的职业；为空：全体卫生人员。',
    'The row of the file (the header is row 1).': '文件中的行（表头为第 1 行）。',
    'The status history, oldest first.': '状态历史，按时间先后排列。',
    'The version it was seen at.': '查看时的版本。',
    'The version the change was made on; a stale one is refused (409) with the current agreement.':
      '进行更改时所依据的版本；过时的版本会被拒绝（409），并返回当前协议。',
    'Two or more parties.': '两个或更多缔约方。',
    'What happened to the agreement.': '协议发生了什么。',
    'What happened, and the source.': '发生了什么，以及来源。',
    'What the agreement provides.': '协议的规定。',
    'When it expires (exclusive), when it says.': '到期日（不含），若协议有规定。',
    'Where the facts recorded here come from.': '此处所记录事实的来源。',
    'Where the text of the agreement is published.': '协议文本的发布位置。',
    'Whether the agreement allows managed recruitment from the origin (a training-only one does not).':
      '协议是否允许从来源国进行有管理的招聘（仅涉及培训的协议不允许）。',
    'Whether the reader may change it.': '读者是否可以修改。',
    'Whether the reader may record agreements (for some country).':
      '读者是否可以登记协议（至少对某一国家）。',
    'Who recorded it; only those who manage the agreement see names.':
      '记录者；只有管理该协议的人可看到姓名。',
    'Words of the title, a party’s organisation or a country’s name.': '标题、缔约方组织或国家名称中的词语。',
    'bilateral_mou, bilateral_agreement, multilateral, regional_framework (a framework of a region), twinning (between institutions)':
      'bilateral_mou、bilateral_agreement、multilateral、regional_framework（区域框架）、twinning（机构间结对）',
    'government: between governments; institution: between organisations within the areas.':
      'government：政府之间；institution：各地区内组织之间。',
    'null for a date given with the agreement itself.': '若为随协议本身给出的日期，则为 null。',
    'null in a dry run for an agreement it would create.': '试运行中对于将要创建的协议为 null。',
    'origin: where the health personnel come from; destination: where they go; both.':
      'origin：卫生人员来自何处；destination：去往何处；both：两者皆是。',
    'record: a date given with the agreement; event: a recorded event.':
      'record：随协议给出的日期；event：所记录的事件。',
    'recruitment (channel and caps), training (and skills transfer), return (and circular migration), compensation (or co-investment), rights (and equal treatment), committee (joint committee and reporting).':
      'recruitment（渠道和上限）、training（培训和技能转移）、return（回流和循环移民）、compensation（补偿或共同投资）、rights（权利和平等待遇）、committee（联合委员会和报告）。',
    'true to publish, false to withdraw from the public registry.':
      'true 表示发布，false 表示从公开登记册撤回。',
  },
};
