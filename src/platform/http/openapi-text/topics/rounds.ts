import type { Lang } from '../../../i18n/langs.ts';

/** The API description's texts of the rounds routes and schemas, keyed by their English. */
export const roundsText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    'A WHO region (AFR, AMR, SEAR, EUR, EMR, WPR) or a World Bank income group code.':
      'Une Région de l’OMS (AFR, AMR, SEAR, EUR, EMR, WPR) ou un code de groupe de revenu de la Banque mondiale.',
    'A country’s designated national authorities across rounds':
      'Les autorités nationales désignées d’un pays, d’un cycle à l’autre',
    'A country’s reporting round by round: its authority and its national report':
      'La notification d’un pays cycle par cycle : son autorité désignée et son rapport national',
    'A date, YYYY-MM-DD.': 'Une date, AAAA-MM-JJ.',
    'A reporting round': 'Un cycle de notification',
    'A round’s progress per WHO region and income group, beside the previous round':
      'L’avancement d’un cycle par Région de l’OMS et groupe de revenu, à côté du cycle précédent',
    'An ISO 3166 alpha-3 country code.': 'Un code de pays ISO 3166 alpha-3.',
    'An ISO 8601 time (UTC).': 'Un horodatage ISO 8601 (UTC).',
    'An invitation sent to the contact has not been answered yet.':
      'Une invitation envoyée à la personne de contact n’a pas encore reçu de réponse.',
    'Authorities designated.': 'Autorités désignées.',
    'Change the dates and questionnaires of a planned round, or the closing date of an open one':
      'Modifier les dates et les questionnaires d’un cycle prévu, ou la date de clôture d’un cycle ouvert',
    'Close an open reporting round': 'Clore un cycle de notification ouvert',
    'Countries in the group.': 'Pays du groupe.',
    'Designate the national authority of a country for a round, and give its contact access':
      'Désigner l’autorité nationale d’un pays pour un cycle et donner accès à sa personne de contact',
    'Designated (or not) with no report yet.': 'Désignés ou non, sans rapport à ce jour.',
    'Every country with an authority or a report, and its progress.':
      'Chaque pays ayant une autorité désignée ou un rapport, et son avancement.',
    'Invite the contact to an account acting for the authority (or grant an existing account).':
      'Inviter la personne de contact à un compte agissant pour l’autorité (ou habiliter un compte existant).',
    'Lacks the permission reporting.manage for the area, or the installation is read-only':
      'N’a pas la permission reporting.manage pour la zone, ou l’installation est en lecture seule',
    'Lacks the permission reporting.review for the area, or the installation is read-only':
      'N’a pas la permission reporting.review pour la zone, ou l’installation est en lecture seule',
    'Open a planned reporting round (one round is open at a time); its authorities carry over':
      'Ouvrir un cycle de notification prévu (un seul cycle ouvert à la fois) ; ses autorités désignées sont reconduites',
    'Plan a reporting round: its year, dates and questionnaire versions':
      'Prévoir un cycle de notification : son année, ses dates et les versions de ses questionnaires',
    'Publish a closed reporting round with its progress report':
      'Publier un cycle de notification clos avec son rapport de situation',
    'Reporting rounds of the WHO Global Code, the latest first':
      'Les cycles de notification du Code de pratique mondial de l’OMS, le plus récent d’abord',
    'Reports accepted or published.': 'Rapports acceptés ou publiés.',
    'Reports in draft or returned.': 'Rapports en projet ou renvoyés.',
    'Reports submitted or resubmitted, awaiting review.':
      'Rapports soumis ou soumis à nouveau, en attente d’examen.',
    'Search the published national, stakeholder and progress reports':
      'Rechercher dans les rapports nationaux, les rapports des parties prenantes et les rapports de situation publiés',
    'Set when a later designation in the same round replaced it.':
      'Renseigné quand une désignation ultérieure du même cycle l’a remplacée.',
    'Stakeholder reports submitted or later.':
      'Rapports des parties prenantes soumis ou à un stade ultérieur.',
    'The accounts acting for the authority.': 'Les comptes agissant pour l’autorité.',
    'The area’s name in the reader’s language.': 'Le nom de la zone dans la langue du lecteur.',
    'The designated authority’s organisation.': 'L’organisme de l’autorité désignée.',
    'The national authorities designated for a round, current and superseded':
      'Les autorités nationales désignées pour un cycle, actuelles et remplacées',
    'The national reporting instrument’s version.': 'La version de l’instrument national de notification.',
    'The organisation designated for that round.': 'L’organisme désigné pour ce cycle.',
    'The report’s id (for a progress report: the round’s id).':
      'L’identifiant du rapport (pour un rapport de situation : celui du cycle).',
    'The round as WHO names it: "2027/28".': 'Le cycle tel que l’OMS le nomme : "2027/28".',
    'The round before it, which it is compared with.': 'Le cycle précédent, auquel il est comparé.',
    'The round’s year.': 'L’année du cycle.',
    'The same counts in the previous round, when there was one.':
      'Les mêmes décomptes pour le cycle précédent, s’il y en a eu un.',
    'The year of the round it was carried over from when this round opened; null: designated for it.':
      'L’année du cycle dont la désignation a été reconduite à l’ouverture de ce cycle ; null : désignée pour lui.',
    'The year the round opens, e.g. 2027 (the 2027/28 round).':
      'L’année d’ouverture du cycle, par exemple 2027 (le cycle 2027/28).',
    'Where the words were found (plain text).': 'Là où les mots ont été trouvés (texte brut).',
    'Words to find in the answers (full-text search).':
      'Mots à chercher dans les réponses (recherche en texte intégral).',
  },
  es: {
    'A WHO region (AFR, AMR, SEAR, EUR, EMR, WPR) or a World Bank income group code.':
      'Una región de la OMS (AFR, AMR, SEAR, EUR, EMR, WPR) o un código de grupo de ingresos del Banco Mundial.',
    'A country’s designated national authorities across rounds':
      'Las autoridades nacionales designadas de un país en todas las rondas',
    'A country’s reporting round by round: its authority and its national report':
      'La presentación de informes de un país ronda por ronda: su autoridad designada y su informe nacional',
    'A date, YYYY-MM-DD.': 'Una fecha, AAAA-MM-DD.',
    'A reporting round': 'Una ronda de presentación de informes',
    'A round’s progress per WHO region and income group, beside the previous round':
      'El avance de una ronda por región de la OMS y grupo de ingresos, junto a la ronda anterior',
    'An ISO 3166 alpha-3 country code.': 'Un código de país ISO 3166 alfa-3.',
    'An ISO 8601 time (UTC).': 'Una marca de tiempo ISO 8601 (UTC).',
    'An invitation sent to the contact has not been answered yet.':
      'Una invitación enviada a la persona de contacto aún no ha sido respondida.',
    'Authorities designated.': 'Autoridades designadas.',
    'Change the dates and questionnaires of a planned round, or the closing date of an open one':
      'Cambiar las fechas y los cuestionarios de una ronda planificada, o la fecha de cierre de una ronda abierta',
    'Close an open reporting round': 'Cerrar una ronda de presentación de informes abierta',
    'Countries in the group.': 'Países del grupo.',
    'Designate the national authority of a country for a round, and give its contact access':
      'Designar la autoridad nacional de un país para una ronda y dar acceso a su persona de contacto',
    'Designated (or not) with no report yet.': 'Designados o no, aún sin informe.',
    'Every country with an authority or a report, and its progress.':
      'Cada país con una autoridad designada o un informe, y su avance.',
    'Invite the contact to an account acting for the authority (or grant an existing account).':
      'Invitar a la persona de contacto a una cuenta que actúe en nombre de la autoridad (o habilitar una cuenta existente).',
    'Lacks the permission reporting.manage for the area, or the installation is read-only':
      'Carece del permiso reporting.manage para la zona, o la instalación es de solo lectura',
    'Lacks the permission reporting.review for the area, or the installation is read-only':
      'Carece del permiso reporting.review para la zona, o la instalación es de solo lectura',
    'Open a planned reporting round (one round is open at a time); its authorities carry over':
      'Abrir una ronda de presentación de informes planificada (solo una ronda abierta a la vez); sus autoridades designadas se mantienen',
    'Plan a reporting round: its year, dates and questionnaire versions':
      'Planificar una ronda de presentación de informes: su año, sus fechas y las versiones de sus cuestionarios',
    'Publish a closed reporting round with its progress report':
      'Publicar una ronda de presentación de informes cerrada con su informe sobre los progresos realizados',
    'Reporting rounds of the WHO Global Code, the latest first':
      'Las rondas de presentación de informes del Código de prácticas mundial de la OMS, la más reciente primero',
    'Reports accepted or published.': 'Informes aceptados o publicados.',
    'Reports in draft or returned.': 'Informes en borrador o devueltos.',
    'Reports submitted or resubmitted, awaiting review.':
      'Informes presentados o presentados de nuevo, pendientes de examen.',
    'Search the published national, stakeholder and progress reports':
      'Buscar en los informes nacionales, de las partes interesadas y sobre los progresos realizados publicados',
    'Set when a later designation in the same round replaced it.':
      'Se fija cuando una designación posterior en la misma ronda la sustituyó.',
    'Stakeholder reports submitted or later.':
      'Informes de las partes interesadas presentados o en una etapa posterior.',
    'The accounts acting for the authority.': 'Las cuentas que actúan en nombre de la autoridad.',
    'The area’s name in the reader’s language.': 'El nombre de la zona en el idioma del lector.',
    'The designated authority’s organisation.': 'La organización de la autoridad designada.',
    'The national authorities designated for a round, current and superseded':
      'Las autoridades nacionales designadas para una ronda, vigentes y sustituidas',
    'The national reporting instrument’s version.':
      'La versión del instrumento nacional de presentación de informes.',
    'The organisation designated for that round.': 'La organización designada para esa ronda.',
    'The report’s id (for a progress report: the round’s id).':
      'El identificador del informe (para un informe sobre los progresos realizados: el de la ronda).',
    'The round as WHO names it: "2027/28".': 'La ronda tal como la denomina la OMS: "2027/28".',
    'The round before it, which it is compared with.': 'La ronda anterior, con la que se compara.',
    'The round’s year.': 'El año de la ronda.',
    'The same counts in the previous round, when there was one.':
      'Los mismos recuentos en la ronda anterior, si la hubo.',
    'The year of the round it was carried over from when this round opened; null: designated for it.':
      'El año de la ronda de la que se mantuvo la designación al abrirse esta ronda; null: designada para ella.',
    'The year the round opens, e.g. 2027 (the 2027/28 round).':
      'El año en que se abre la ronda, por ejemplo 2027 (la ronda 2027/28).',
    'Where the words were found (plain text).': 'Donde se encontraron las palabras (texto sin formato).',
    'Words to find in the answers (full-text search).':
      'Palabras que buscar en las respuestas (búsqueda de texto completo).',
  },
  ar: {
    'A WHO region (AFR, AMR, SEAR, EUR, EMR, WPR) or a World Bank income group code.':
      'إقليم من أقاليم المنظمة (AFR، AMR، SEAR، EUR، EMR، WPR) أو رمز فئة دخل حسب البنك الدولي.',
    'A country’s designated national authorities across rounds':
      'السلطات الوطنية المعيّنة لبلد ما عبر الجولات',
    'A country’s reporting round by round: its authority and its national report':
      'إبلاغ بلد ما جولةً بجولة: سلطته المعيّنة وتقريره الوطني',
    'A date, YYYY-MM-DD.': 'تاريخ بالصيغة YYYY-MM-DD.',
    'A reporting round': 'جولة إبلاغ',
    'A round’s progress per WHO region and income group, beside the previous round':
      'تقدّم الجولة حسب إقليم المنظمة وفئة الدخل، إلى جانب الجولة السابقة',
    'An ISO 3166 alpha-3 country code.': 'رمز بلد ثلاثي الأحرف وفق ISO 3166.',
    'An ISO 8601 time (UTC).': 'وقت بصيغة ISO 8601 (بالتوقيت العالمي المنسق).',
    'An invitation sent to the contact has not been answered yet.':
      'لم يُردّ بعد على دعوة أُرسلت إلى جهة الاتصال.',
    'Authorities designated.': 'السلطات المعيّنة.',
    'Change the dates and questionnaires of a planned round, or the closing date of an open one':
      'تغيير تواريخ جولة مخططة واستبياناتها، أو تاريخ إغلاق جولة مفتوحة',
    'Close an open reporting round': 'إغلاق جولة إبلاغ مفتوحة',
    'Countries in the group.': 'البلدان في المجموعة.',
    'Designate the national authority of a country for a round, and give its contact access':
      'تعيين السلطة الوطنية لبلد ما لجولة، ومنح جهة الاتصال فيها حق الوصول',
    'Designated (or not) with no report yet.': 'معيّنة أو غير معيّنة، ولم تقدّم تقريرًا بعد.',
    'Every country with an authority or a report, and its progress.':
      'كل بلد له سلطة معيّنة أو تقرير، ومدى تقدّمه.',
    'Invite the contact to an account acting for the authority (or grant an existing account).':
      'دعوة جهة الاتصال إلى حساب يعمل باسم السلطة (أو منح الدور لحساب قائم).',
    'Lacks the permission reporting.manage for the area, or the installation is read-only':
      'لا يملك الإذن reporting.manage للمنطقة، أو أن التثبيت للقراءة فقط',
    'Lacks the permission reporting.review for the area, or the installation is read-only':
      'لا يملك الإذن reporting.review للمنطقة، أو أن التثبيت للقراءة فقط',
    'Open a planned reporting round (one round is open at a time); its authorities carry over':
      'فتح جولة إبلاغ مخططة (جولة واحدة مفتوحة في كل مرة)؛ وتُنقل إليها السلطات المعيّنة',
    'Plan a reporting round: its year, dates and questionnaire versions':
      'تخطيط جولة إبلاغ: سنتها وتواريخها وإصدارات استبياناتها',
    'Publish a closed reporting round with its progress report':
      'نشر جولة إبلاغ مغلقة مع تقرير التقدم المحرز الخاص بها',
    'Reporting rounds of the WHO Global Code, the latest first':
      'جولات الإبلاغ بشأن مدونة الممارسات العالمية لمنظمة الصحة العالمية، الأحدث أولًا',
    'Reports accepted or published.': 'التقارير المقبولة أو المنشورة.',
    'Reports in draft or returned.': 'التقارير قيد الإعداد أو المعادة.',
    'Reports submitted or resubmitted, awaiting review.':
      'التقارير المقدّمة أو المعاد تقديمها، في انتظار الاستعراض.',
    'Search the published national, stakeholder and progress reports':
      'البحث في التقارير الوطنية وتقارير أصحاب المصلحة وتقارير التقدم المحرز المنشورة',
    'Set when a later designation in the same round replaced it.':
      'يُحدَّد عندما يحلّ محلّه تعيين لاحق في الجولة نفسها.',
    'Stakeholder reports submitted or later.': 'تقارير أصحاب المصلحة المقدّمة أو التي تجاوزت ذلك.',
    'The accounts acting for the authority.': 'الحسابات التي تعمل باسم السلطة.',
    'The area’s name in the reader’s language.': 'اسم المنطقة بلغة القارئ.',
    'The designated authority’s organisation.': 'الجهة التي تمثّل السلطة المعيّنة.',
    'The national authorities designated for a round, current and superseded':
      'السلطات الوطنية المعيّنة لجولة ما، الحالية والمستبدلة',
    'The national reporting instrument’s version.': 'إصدار أداة الإبلاغ الوطنية.',
    'The organisation designated for that round.': 'الجهة المعيّنة لتلك الجولة.',
    'The report’s id (for a progress report: the round’s id).':
      'معرّف التقرير (لتقرير التقدم المحرز: معرّف الجولة).',
    'The round as WHO names it: "2027/28".': 'الجولة كما تسمّيها المنظمة: "2027/28".',
    'The round before it, which it is compared with.': 'الجولة السابقة لها، التي تُقارن بها.',
    'The round’s year.': 'سنة الجولة.',
    'The same counts in the previous round, when there was one.': 'الأعداد نفسها في الجولة السابقة، إن وُجدت.',
    'The year of the round it was carried over from when this round opened; null: designated for it.':
      'سنة الجولة التي نُقل منها التعيين عند فتح هذه الجولة؛ null: عُيّنت لها.',
    'The year the round opens, e.g. 2027 (the 2027/28 round).': 'سنة فتح الجولة، مثلًا 2027 (جولة 2027/28).',
    'Where the words were found (plain text).': 'موضع العثور على الكلمات (نص عادي).',
    'Words to find in the answers (full-text search).': 'كلمات يُبحث عنها في الإجابات (بحث في النص الكامل).',
  },
  ru: {
    'A WHO region (AFR, AMR, SEAR, EUR, EMR, WPR) or a World Bank income group code.':
      'Регион ВОЗ (AFR, AMR, SEAR, EUR, EMR, WPR) или код группы стран по уровню дохода Всемирного банка.',
    'A country’s designated national authorities across rounds':
      'Назначенные национальные органы страны по всем циклам',
    'A country’s reporting round by round: its authority and its national report':
      'Отчетность страны по циклам: ее назначенный орган и национальный доклад',
    'A date, YYYY-MM-DD.': 'Дата в формате ГГГГ-ММ-ДД.',
    'A reporting round': 'Цикл отчетности',
    'A round’s progress per WHO region and income group, beside the previous round':
      'Ход цикла по регионам ВОЗ и группам дохода в сравнении с предыдущим циклом',
    'An ISO 3166 alpha-3 country code.': 'Трехбуквенный код страны по ISO 3166.',
    'An ISO 8601 time (UTC).': 'Время в формате ISO 8601 (UTC).',
    'An invitation sent to the contact has not been answered yet.':
      'Приглашение, отправленное контактному лицу, еще не принято.',
    'Authorities designated.': 'Назначенные органы.',
    'Change the dates and questionnaires of a planned round, or the closing date of an open one':
      'Изменить даты и вопросники запланированного цикла или дату закрытия открытого цикла',
    'Close an open reporting round': 'Закрыть открытый цикл отчетности',
    'Countries in the group.': 'Страны группы.',
    'Designate the national authority of a country for a round, and give its contact access':
      'Назначить национальный орган страны на цикл и предоставить доступ его контактному лицу',
    'Designated (or not) with no report yet.': 'С назначенным органом или без него, доклада еще нет.',
    'Every country with an authority or a report, and its progress.':
      'Каждая страна с назначенным органом или докладом и ее продвижение.',
    'Invite the contact to an account acting for the authority (or grant an existing account).':
      'Пригласить контактное лицо в учетную запись, действующую от имени органа (или наделить правами существующую).',
    'Lacks the permission reporting.manage for the area, or the installation is read-only':
      'Отсутствует разрешение reporting.manage для этой территории, или экземпляр системы доступен только для чтения',
    'Lacks the permission reporting.review for the area, or the installation is read-only':
      'Отсутствует разрешение reporting.review для этой территории, или экземпляр системы доступен только для чтения',
    'Open a planned reporting round (one round is open at a time); its authorities carry over':
      'Открыть запланированный цикл отчетности (одновременно открыт только один цикл); назначенные органы переносятся',
    'Plan a reporting round: its year, dates and questionnaire versions':
      'Запланировать цикл отчетности: год, даты и версии вопросников',
    'Publish a closed reporting round with its progress report':
      'Опубликовать закрытый цикл отчетности вместе с докладом о ходе работы',
    'Reporting rounds of the WHO Global Code, the latest first':
      'Циклы отчетности по Глобальному кодексу практики ВОЗ, начиная с последнего',
    'Reports accepted or published.': 'Принятые или опубликованные доклады.',
    'Reports in draft or returned.': 'Доклады в проекте или возвращенные на доработку.',
    'Reports submitted or resubmitted, awaiting review.':
      'Представленные или повторно представленные доклады, ожидающие рассмотрения.',
    'Search the published national, stakeholder and progress reports':
      'Поиск по опубликованным национальным докладам, докладам заинтересованных сторон и докладам о ходе работы',
    'Set when a later designation in the same round replaced it.':
      'Заполняется, когда ее заменило более позднее назначение в том же цикле.',
    'Stakeholder reports submitted or later.':
      'Доклады заинтересованных сторон, представленные или прошедшие дальше.',
    'The accounts acting for the authority.': 'Учетные записи, действующие от имени органа.',
    'The area’s name in the reader’s language.': 'Название территории на языке читателя.',
    'The designated authority’s organisation.': 'Организация назначенного органа.',
    'The national authorities designated for a round, current and superseded':
      'Национальные органы, назначенные на цикл, действующие и замененные',
    'The national reporting instrument’s version.': 'Версия национального инструмента отчетности.',
    'The organisation designated for that round.': 'Организация, назначенная на этот цикл.',
    'The report’s id (for a progress report: the round’s id).':
      'Идентификатор доклада (для доклада о ходе работы — идентификатор цикла).',
    'The round as WHO names it: "2027/28".': 'Цикл в обозначении ВОЗ: "2027/28".',
    'The round before it, which it is compared with.': 'Предыдущий цикл, с которым его сравнивают.',
    'The round’s year.': 'Год цикла.',
    'The same counts in the previous round, when there was one.':
      'Те же показатели за предыдущий цикл, если он был.',
    'The year of the round it was carried over from when this round opened; null: designated for it.':
      'Год цикла, из которого назначение перенесено при открытии этого цикла; null: назначено на этот цикл.',
    'The year the round opens, e.g. 2027 (the 2027/28 round).':
      'Год открытия цикла, например 2027 (цикл 2027/28).',
    'Where the words were found (plain text).': 'Где найдены слова (простой текст).',
    'Words to find in the answers (full-text search).': 'Слова для поиска в ответах (полнотекстовый поиск).',
  },
  zh: {
    'A WHO region (AFR, AMR, SEAR, EUR, EMR, WPR) or a World Bank income group code.':
      '世卫组织区域（AFR、AMR、SEAR、EUR、EMR、WPR）或世界银行收入组别代码。',
    'A country’s designated national authorities across rounds': '一个国家在各报告周期指定的国家主管部门',
    'A country’s reporting round by round: its authority and its national report':
      '一个国家逐个周期的报告情况：其指定主管部门及其国家报告',
    'A date, YYYY-MM-DD.': '日期，格式为 YYYY-MM-DD。',
    'A reporting round': '一个报告周期',
    'A round’s progress per WHO region and income group, beside the previous round':
      '一个周期按世卫组织区域和收入组别的进展，并与上一周期对照',
    'An ISO 3166 alpha-3 country code.': 'ISO 3166 三字母国家代码。',
    'An ISO 8601 time (UTC).': 'ISO 8601 时间（UTC）。',
    'An invitation sent to the contact has not been answered yet.': '发给联系人的邀请尚未得到回复。',
    'Authorities designated.': '已指定的主管部门。',
    'Change the dates and questionnaires of a planned round, or the closing date of an open one':
      '修改已计划周期的日期和问卷，或已开放周期的关闭日期',
    'Close an open reporting round': '关闭已开放的报告周期',
    'Countries in the group.': '该组别中的国家。',
    'Designate the national authority of a country for a round, and give its contact access':
      '为某一周期指定一个国家的国家主管部门，并授予其联系人访问权限',
    'Designated (or not) with no report yet.': '无论是否已指定主管部门，尚无报告。',
    'Every country with an authority or a report, and its progress.':
      '每个有指定主管部门或报告的国家及其进展。',
    'Invite the contact to an account acting for the authority (or grant an existing account).':
      '邀请联系人使用代表该主管部门的账户（或为现有账户授权）。',
    'Lacks the permission reporting.manage for the area, or the installation is read-only':
      '不具备该地区的reporting.manage权限，或本系统为只读',
    'Lacks the permission reporting.review for the area, or the installation is read-only':
      '不具备该地区的reporting.review权限，或本系统为只读',
    'Open a planned reporting round (one round is open at a time); its authorities carry over':
      '开放一个已计划的报告周期（同一时间只开放一个周期）；指定主管部门将延续',
    'Plan a reporting round: its year, dates and questionnaire versions':
      '计划一个报告周期：年份、日期和问卷版本',
    'Publish a closed reporting round with its progress report': '发布已关闭的报告周期及其进展报告',
    'Reporting rounds of the WHO Global Code, the latest first': '世卫组织《全球守则》的报告周期，最新的在前',
    'Reports accepted or published.': '已接受或已发布的报告。',
    'Reports in draft or returned.': '草稿中或已退回的报告。',
    'Reports submitted or resubmitted, awaiting review.': '已提交或重新提交、等待审查的报告。',
    'Search the published national, stakeholder and progress reports':
      '搜索已发布的国家报告、利益攸关方报告和进展报告',
    'Set when a later designation in the same round replaced it.': '在同一周期内被后来的指定取代时填写。',
    'Stakeholder reports submitted or later.': '已提交或处于之后阶段的利益攸关方报告。',
    'The accounts acting for the authority.': '代表该主管部门的账户。',
    'The area’s name in the reader’s language.': '以读者语言显示的地区名称。',
    'The designated authority’s organisation.': '指定主管部门的机构。',
    'The national authorities designated for a round, current and superseded':
      '为一个周期指定的国家主管部门，包括现任和已被取代的',
    'The national reporting instrument’s version.': '国家报告工具的版本。',
    'The organisation designated for that round.': '为该周期指定的机构。',
    'The report’s id (for a progress report: the round’s id).': '报告的标识符（进展报告为周期的标识符）。',
    'The round as WHO names it: "2027/28".': '世卫组织对该周期的称呼："2027/28"。',
    'The round before it, which it is compared with.': '其上一个周期，用于比较。',
    'The round’s year.': '周期的年份。',
    'The same counts in the previous round, when there was one.': '上一个周期（如有）的相同计数。',
    'The year of the round it was carried over from when this round opened; null: designated for it.':
      '本周期开放时所延续指定的来源周期年份；null 表示为本周期指定。',
    'The year the round opens, e.g. 2027 (the 2027/28 round).': '周期开放的年份，例如 2027（2027/28 周期）。',
    'Where the words were found (plain text).': '找到这些词的位置（纯文本）。',
    'Words to find in the answers (full-text search).': '要在答案中查找的词（全文搜索）。',
  },
};
