import type { Lang } from '../../../i18n/langs.ts';

/** The API description's texts of the recruitment declarations routes and schemas, keyed by their English. */
export const declarationsText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    'Declare the health workers a listed organisation placed, by month, country of origin and occupation; the yearly sums become inflow observations':
      'Déclarer les personnels de santé placés par une organisation inscrite, par mois, pays d’origine et profession ; les totaux annuels deviennent des observations d’entrées',
    'The organisation': 'L’organisation',
    'The month the health workers started work, YYYY-MM':
      'Le mois où les personnels de santé ont pris leur poste, YYYY-MM',
    'The country they were recruited from, where they trained (ISO3)':
      'Le pays dans lequel ils ont été recrutés, où ils ont été formés (ISO3)',
    'How many health workers were placed': 'Le nombre de personnels de santé placés',
    'The agreement they were recruited under (its id in the agreements registry), if any':
      'L’accord au titre duquel ils ont été recrutés (son identifiant dans le registre des accords), le cas échéant',
    'Placements to declare; a line declared before for the same month, origin, occupation and agreement is replaced':
      'Les placements à déclarer ; une ligne déjà déclarée pour le même mois, la même origine, la même profession et le même accord est remplacée',
    'The lines stored, how many wait for review, and the data-core batch of the yearly inflows':
      'Les lignes enregistrées, le nombre de celles qui attendent un examen, et le lot du noyau de données contenant les entrées annuelles',
    "An organisation's declarations, for its members and the reviewers of its register":
      'Les déclarations de recrutement d’une organisation, pour ses membres et les examinateurs de son registre',
    'Declarations of recruitment, newest month first':
      'Déclarations de recrutement, le mois le plus récent en premier',
    "A destination's declarations of recruitment, those flagged for review first to act on":
      'Les déclarations de recrutement d’une destination, celles signalées pour examen en premier afin d’y donner suite',
    'The destination whose declarations to read': 'La destination dont les déclarations sont à lire',
    'Only declarations in this review state': 'Seulement les déclarations dans cet état d’examen',
    'Accept a flagged declaration, or query it with a note':
      'Accepter une déclaration signalée, ou demander des explications avec une note',
    'The declaration': 'La déclaration',
    'accepted, or queried: the organisation is asked to explain':
      'accepted (acceptée), ou queried (explications demandées) : l’organisation est invitée à s’expliquer',
    'What the reviewer found': 'Ce qu’a constaté l’examinateur',
    "A reviewer's decision on a flagged declaration":
      'La décision d’un examinateur sur une déclaration signalée',
  },
  es: {
    'Declare the health workers a listed organisation placed, by month, country of origin and occupation; the yearly sums become inflow observations':
      'Declarar el personal de salud colocado por una organización inscrita, por mes, país de origen y ocupación; las sumas anuales pasan a ser observaciones de entradas',
    'The organisation': 'La organización',
    'The month the health workers started work, YYYY-MM':
      'El mes en que el personal de salud empezó a trabajar, YYYY-MM',
    'The country they were recruited from, where they trained (ISO3)':
      'El país en el que fueron contratados, donde se formaron (ISO3)',
    'How many health workers were placed': 'Cuánto personal de salud se colocó',
    'The agreement they were recruited under (its id in the agreements registry), if any':
      'El acuerdo en virtud del cual fueron contratados (su identificador en el registro de acuerdos), si lo hay',
    'Placements to declare; a line declared before for the same month, origin, occupation and agreement is replaced':
      'Colocaciones que declarar; una línea declarada antes para el mismo mes, origen, ocupación y acuerdo se sustituye',
    'The lines stored, how many wait for review, and the data-core batch of the yearly inflows':
      'Las líneas almacenadas, cuántas esperan revisión y el lote del núcleo de datos con las entradas anuales',
    "An organisation's declarations, for its members and the reviewers of its register":
      'Las declaraciones de contratación de una organización, para sus miembros y los revisores de su registro',
    'Declarations of recruitment, newest month first':
      'Declaraciones de contratación, primero el mes más reciente',
    "A destination's declarations of recruitment, those flagged for review first to act on":
      'Las declaraciones de contratación de un destino, primero las señaladas para revisión, sobre las que actuar',
    'The destination whose declarations to read': 'El destino cuyas declaraciones se leen',
    'Only declarations in this review state': 'Solo las declaraciones en este estado de revisión',
    'Accept a flagged declaration, or query it with a note':
      'Aceptar una declaración señalada, o cuestionarla con una nota',
    'The declaration': 'La declaración',
    'accepted, or queried: the organisation is asked to explain':
      'accepted (aceptada) o queried (cuestionada): se pide a la organización que dé explicaciones',
    'What the reviewer found': 'Lo que constató el revisor',
    "A reviewer's decision on a flagged declaration":
      'La decisión de un revisor sobre una declaración señalada',
  },
  ar: {
    'Declare the health workers a listed organisation placed, by month, country of origin and occupation; the yearly sums become inflow observations':
      'الإقرار بالعاملين الصحيين الذين وظّفتهم منظمة مُدرَجة، حسب الشهر وبلد المنشأ والمهنة؛ وتصبح المجاميع السنوية مشاهدات للتدفق الوافد',
    'The organisation': 'المنظمة',
    'The month the health workers started work, YYYY-MM':
      'الشهر الذي بدأ فيه العاملون الصحيون العمل، YYYY-MM',
    'The country they were recruited from, where they trained (ISO3)':
      'البلد الذي جرى توظيفهم منه، حيث تلقّوا تدريبهم (ISO3)',
    'How many health workers were placed': 'عدد العاملين الصحيين الذين جرى توظيفهم',
    'The agreement they were recruited under (its id in the agreements registry), if any':
      'الاتفاق الذي جرى توظيفهم بموجبه (معرّفه في سجل الاتفاقات)، إن وُجد',
    'Placements to declare; a line declared before for the same month, origin, occupation and agreement is replaced':
      'حالات التوظيف المراد الإقرار بها؛ ويُستبدل أي سطر سبق الإقرار به للشهر وبلد المنشأ والمهنة والاتفاق نفسها',
    'The lines stored, how many wait for review, and the data-core batch of the yearly inflows':
      'الأسطر المخزَّنة، وعدد ما ينتظر منها المراجعة، ودفعة نواة البيانات الخاصة بالتدفقات الوافدة السنوية',
    "An organisation's declarations, for its members and the reviewers of its register":
      'إقرارات التوظيف الخاصة بمنظمة، لأعضائها ولمراجِعي سجلها',
    'Declarations of recruitment, newest month first': 'إقرارات التوظيف، بدءًا بأحدث شهر',
    "A destination's declarations of recruitment, those flagged for review first to act on":
      'إقرارات التوظيف لدى بلد مقصد، بدءًا بالإقرارات المُعلَّمة للمراجعة لاتخاذ إجراء بشأنها',
    'The destination whose declarations to read': 'بلد المقصد المراد قراءة إقراراته',
    'Only declarations in this review state': 'الإقرارات التي في حالة المراجعة هذه فقط',
    'Accept a flagged declaration, or query it with a note': 'قبول إقرار مُعلَّم، أو الاستفسار عنه مع ملاحظة',
    'The declaration': 'الإقرار',
    'accepted, or queried: the organisation is asked to explain':
      'accepted (مقبول)، أو queried (مُستفسَر عنه): يُطلب من المنظمة تقديم توضيح',
    'What the reviewer found': 'ما توصّل إليه المراجِع',
    "A reviewer's decision on a flagged declaration": 'قرار المراجِع بشأن إقرار مُعلَّم',
  },
  ru: {
    'Declare the health workers a listed organisation placed, by month, country of origin and occupation; the yearly sums become inflow observations':
      'Задекларировать работников здравоохранения, трудоустроенных организацией, включённой в реестр, по месяцам, странам происхождения и профессиям; годовые суммы становятся наблюдениями притока',
    'The organisation': 'Организация',
    'The month the health workers started work, YYYY-MM':
      'Месяц, в котором работники здравоохранения приступили к работе, YYYY-MM',
    'The country they were recruited from, where they trained (ISO3)':
      'Страна, из которой они были наняты, где они получили подготовку (ISO3)',
    'How many health workers were placed': 'Сколько работников здравоохранения трудоустроено',
    'The agreement they were recruited under (its id in the agreements registry), if any':
      'Соглашение, по которому они были наняты (его идентификатор в реестре соглашений), если есть',
    'Placements to declare; a line declared before for the same month, origin, occupation and agreement is replaced':
      'Трудоустройства для декларирования; строка, задекларированная ранее для того же месяца, страны происхождения, профессии и соглашения, заменяется',
    'The lines stored, how many wait for review, and the data-core batch of the yearly inflows':
      'Сохранённые строки, сколько из них ожидает проверки, и пакет ядра данных с годовым притоком',
    "An organisation's declarations, for its members and the reviewers of its register":
      'Декларации о найме организации — для её членов и проверяющих её реестра',
    'Declarations of recruitment, newest month first': 'Декларации о найме, начиная с самого позднего месяца',
    "A destination's declarations of recruitment, those flagged for review first to act on":
      'Декларации о найме страны назначения; первыми идут отмеченные для проверки, по которым нужно принять меры',
    'The destination whose declarations to read': 'Страна назначения, декларации которой нужно прочитать',
    'Only declarations in this review state': 'Только декларации в этом состоянии проверки',
    'Accept a flagged declaration, or query it with a note':
      'Принять отмеченную декларацию или запросить по ней пояснения с примечанием',
    'The declaration': 'Декларация',
    'accepted, or queried: the organisation is asked to explain':
      'accepted (принята) или queried (запрошены пояснения): организации предлагается дать объяснения',
    'What the reviewer found': 'Что установил проверяющий',
    "A reviewer's decision on a flagged declaration": 'Решение проверяющего по отмеченной декларации',
  },
  zh: {
    'Declare the health workers a listed organisation placed, by month, country of origin and occupation; the yearly sums become inflow observations':
      '按月份、来源国和职业申报已列名机构安置的卫生工作者；年度合计成为流入量观测值',
    'The organisation': '机构',
    'The month the health workers started work, YYYY-MM': '卫生工作者开始工作的月份，YYYY-MM',
    'The country they were recruited from, where they trained (ISO3)':
      '招聘他们的来源国，即其接受培训的国家（ISO3）',
    'How many health workers were placed': '安置的卫生工作者人数',
    'The agreement they were recruited under (its id in the agreements registry), if any':
      '招聘所依据的协议（其在协议登记册中的 ID），如有',
    'Placements to declare; a line declared before for the same month, origin, occupation and agreement is replaced':
      '要申报的安置；此前就同一月份、来源国、职业和协议申报的行将被替换',
    'The lines stored, how many wait for review, and the data-core batch of the yearly inflows':
      '已存储的行、其中等待审核的数量，以及年度流入量的数据核心批次',
    "An organisation's declarations, for its members and the reviewers of its register":
      '某机构的招聘申报，供其成员和其名册的审核人查看',
    'Declarations of recruitment, newest month first': '招聘申报，最近月份在前',
    "A destination's declarations of recruitment, those flagged for review first to act on":
      '某目的地的招聘申报，标记待审核的申报排在最前，以便处理',
    'The destination whose declarations to read': '要读取其申报的目的地',
    'Only declarations in this review state': '仅限处于此审核状态的申报',
    'Accept a flagged declaration, or query it with a note': '接受被标记的申报，或附说明提出质询',
    'The declaration': '申报',
    'accepted, or queried: the organisation is asked to explain':
      'accepted（已接受）或queried（已质询）：要求该机构作出解释',
    'What the reviewer found': '审核人的发现',
    "A reviewer's decision on a flagged declaration": '审核人对被标记申报的决定',
  },
};
