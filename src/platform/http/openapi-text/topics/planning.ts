import type { Lang } from '../../../i18n/langs.ts';

/** The API description's texts of the planning routes and schemas, keyed by their English. */
export const planningText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    'Datasets to read each series from, comma-separated, in order of preference.':
      'Jeux de données où lire chaque série, séparés par des virgules, par ordre de préférence.',
    'Datasets to read each series from, in order of preference (e.g. ["WHO.GHO"]); otherwise the dataset with the most years.':
      'Jeux de données où lire chaque série, par ordre de préférence (p. ex. ["WHO.GHO"]) ; sinon le jeu de données ayant le plus d’années.',
    'Of the stocks counted, those from density × population.':
      'Parmi les effectifs comptés, ceux obtenus par densité × population.',
    'Of the stocks counted, those of the base year itself.':
      'Parmi les effectifs comptés, ceux de l’année de base elle-même.',
    'The global total of Boniol et al. 2022 (BMJ Global Health 7:e009316).':
      'Le total mondial de Boniol et al. 2022 (BMJ Global Health 7:e009316).',
    'The starting stock of every WHO Member State summed per cadre, beside the global totals of Boniol et al. 2022, with the countries that have none':
      'L’effectif de départ de tous les États Membres de l’OMS additionné par catégorie, à côté des totaux mondiaux de Boniol et al. 2022, avec les pays qui n’en ont pas',
    'The starting stocks summed over the Member States that have one.':
      'Les effectifs de départ additionnés sur les États Membres qui en ont un.',
    '"member-states" for every WHO Member State, or a list of country codes.':
      '"member-states" pour tous les États Membres de l’OMS, ou une liste de codes de pays.',
    'A cadre’s need as workers per 10 000 population (a benchmark ratio).':
      'Le besoin d’une catégorie en professionnels pour 10 000 habitants (un ratio de référence).',
    'A cadre’s need from service targets: population × share × coverage × services × time.':
      'Le besoin d’une catégorie d’après des cibles de services : population × part × couverture × services × temps.',
    'A country’s starting inputs for planning: each cadre’s stock and flows with their year and source, and the defaults':
      'Les données de départ d’un pays pour la planification : l’effectif et les flux de chaque catégorie avec leur année et leur source, et les valeurs par défaut',
    'A finished projection run as CSV: a row per country and cadre':
      'Une projection en arrière-plan terminée, en CSV : une ligne par pays et catégorie',
    'A planning scenario: its owner’s, or anyone’s once it is shared':
      'Un scénario de planification : lisible par son propriétaire, ou par tous une fois partagé',
    'A projection run: its state and progress, and once done a row per country and cadre with its provenance':
      'Une projection en arrière-plan : son état et son avancement, et une fois terminée une ligne par pays et catégorie avec sa provenance',
    'A saved scenario projected on the data core as it is now':
      'Un scénario enregistré projeté sur le noyau de données tel qu’il est aujourd’hui',
    'A scenario’s projection as CSV: a row per cadre and year':
      'La projection d’un scénario en CSV : une ligne par catégorie et année',
    'A scenario’s projection as a workbook: the projection, every input with its source, and the provenance':
      'La projection d’un scénario sous forme de classeur : la projection, chaque donnée d’entrée avec sa source, et la provenance',
    'A stored WISN study whose required staff set the need of the cadres it names.':
      'Une étude WISN enregistrée dont le personnel requis fixe le besoin des catégories qu’elle nomme.',
    'Answers at once (202) with the run queued; its state, progress and result are read from the run.':
      'Répond aussitôt (202) avec la projection mise en file d’attente ; son état, son avancement et son résultat se lisent sur la projection.',
    'Change one’s own scenario saved as a version (409 with the current scenario when it is stale)':
      'Modifier son propre scénario, enregistré comme une version (409 avec le scénario actuel quand la version est périmée)',
    'Delete one’s own scenario': 'Supprimer son propre scénario',
    'Doctors, nurses and midwives needed per 10 000 population (the SDG index threshold 44.5); null for none.':
      'Médecins, infirmiers et sages-femmes nécessaires pour 10 000 habitants (le seuil de l’indice des ODD, 44,5) ; null pour ne fixer aucun seuil.',
    'Extra immigrants per year of each cadre (agreements).':
      'Immigrants supplémentaires par an de chaque catégorie (accords).',
    'Facilities in the country for each one the WISN study covers: its required staff are multiplied by it.':
      'Nombre d’établissements du pays pour chacun de ceux que couvre l’étude WISN : son personnel requis est multiplié par ce nombre.',
    'Lacks the permission planning.save for the area, or the installation is read-only':
      'N’a pas la permission planning.save pour la zone, ou l’installation est en lecture seule',
    'Monte Carlo draws; 0 for none.': 'Tirages de Monte-Carlo ; 0 pour aucun.',
    'Most emigrants per year of each cadre (recruitment caps).':
      'Nombre maximal d’émigrants par an de chaque catégorie (plafonds de recrutement).',
    'Multiplier on graduates, one number or one per year (the last holds), e.g. [1, 1.1, 1.2].':
      'Multiplicateur des diplômés, un nombre ou un par année (le dernier vaut pour la suite), p. ex. [1, 1.1, 1.2].',
    'Project a scenario: supply with Monte Carlo bands, need, gap and the year it closes, per cadre':
      'Projeter un scénario : offre avec bandes de Monte-Carlo, besoin, écart et l’année où il se comble, par catégorie',
    'Relative change of the FTE ratio.': 'Variation relative du nombre d’ETP par personne.',
    'Relative change of the emigration rate: −0.5 halves it, 0.2 raises it by a fifth.':
      'Variation relative du taux d’émigration : −0,5 le divise par deux, 0,2 l’augmente d’un cinquième.',
    'Save a planning scenario, new or derived from one the reader may read':
      'Enregistrer un scénario de planification, nouveau ou dérivé d’un scénario que le lecteur peut lire',
    'Share by which retention measures cut emigration and other exits.':
      'Part dont les mesures de rétention réduisent l’émigration et les autres sorties.',
    'Start a background projection of many countries (every WHO Member State, or a list)':
      'Lancer une projection en arrière-plan de nombreux pays (tous les États Membres de l’OMS, ou une liste)',
    'Stores nothing. Refused (400) when the draws × years × cadres exceed what is computed while the caller waits; such projections are background runs.':
      'N’enregistre rien. Refusé (400) quand tirages × années × catégories dépassent ce qui est calculé pendant que l’appelant attend ; de telles projections se lancent en arrière-plan.',
    'The reader’s own planning scenarios, newest change first':
      'Les scénarios de planification propres au lecteur, le plus récemment modifié en premier',
    'The reader’s own projection runs, newest first':
      'Les projections en arrière-plan propres au lecteur, la plus récente en premier',
    'The scenario it was derived from.': 'Le scénario dont il est dérivé.',
    'Values the user sets in place of the data core’s or the defaults, per cadre.':
      'Valeurs que l’utilisateur fixe à la place de celles du noyau de données ou des valeurs par défaut, par catégorie.',
    'Whether anyone with its link may read it.': 'Si toute personne disposant de son lien peut le lire.',
    'Which planning cadre each WISN cadre code counts as, e.g. {"NUR": "nursing-personnel"}.':
      'À quelle catégorie de planification correspond chaque code de catégorie WISN, p. ex. {"NUR": "nursing-personnel"}.',
    'Years by which the retirement age moves (positive is later).':
      'Nombre d’années dont l’âge de la retraite est décalé (positif : plus tard).',
  },
  es: {
    'Datasets to read each series from, comma-separated, in order of preference.':
      'Conjuntos de datos de los que leer cada serie, separados por comas, por orden de preferencia.',
    'Datasets to read each series from, in order of preference (e.g. ["WHO.GHO"]); otherwise the dataset with the most years.':
      'Conjuntos de datos de los que leer cada serie, por orden de preferencia (p. ej. ["WHO.GHO"]); si no, el conjunto con más años.',
    'Of the stocks counted, those from density × population.':
      'De los efectivos contados, los obtenidos por densidad × población.',
    'Of the stocks counted, those of the base year itself.':
      'De los efectivos contados, los del propio año base.',
    'The global total of Boniol et al. 2022 (BMJ Global Health 7:e009316).':
      'El total mundial de Boniol et al. 2022 (BMJ Global Health 7:e009316).',
    'The starting stock of every WHO Member State summed per cadre, beside the global totals of Boniol et al. 2022, with the countries that have none':
      'El efectivo inicial de todos los Estados Miembros de la OMS sumado por categoría, junto a los totales mundiales de Boniol et al. 2022, con los países que no tienen ninguno',
    'The starting stocks summed over the Member States that have one.':
      'Los efectivos iniciales sumados sobre los Estados Miembros que tienen uno.',
    '"member-states" for every WHO Member State, or a list of country codes.':
      '"member-states" para todos los Estados Miembros de la OMS, o una lista de códigos de país.',
    'A cadre’s need as workers per 10 000 population (a benchmark ratio).':
      'La necesidad de una categoría en trabajadores por 10 000 habitantes (una razón de referencia).',
    'A cadre’s need from service targets: population × share × coverage × services × time.':
      'La necesidad de una categoría a partir de metas de servicios: población × proporción × cobertura × servicios × tiempo.',
    'A country’s starting inputs for planning: each cadre’s stock and flows with their year and source, and the defaults':
      'Los datos iniciales de un país para la planificación: el efectivo y los flujos de cada categoría con su año y su fuente, y los valores por defecto',
    'A finished projection run as CSV: a row per country and cadre':
      'Una proyección en segundo plano terminada, en CSV: una fila por país y categoría',
    'A planning scenario: its owner’s, or anyone’s once it is shared':
      'Un escenario de planificación: lo lee su propietario, o cualquiera una vez compartido',
    'A projection run: its state and progress, and once done a row per country and cadre with its provenance':
      'Una proyección en segundo plano: su estado y su avance y, una vez terminada, una fila por país y categoría con su procedencia',
    'A saved scenario projected on the data core as it is now':
      'Un escenario guardado proyectado sobre el núcleo de datos tal como está ahora',
    'A scenario’s projection as CSV: a row per cadre and year':
      'La proyección de un escenario en CSV: una fila por categoría y año',
    'A scenario’s projection as a workbook: the projection, every input with its source, and the provenance':
      'La proyección de un escenario como libro: la proyección, cada dato de entrada con su fuente, y la procedencia',
    'A stored WISN study whose required staff set the need of the cadres it names.':
      'Un estudio WISN guardado cuyo personal requerido fija la necesidad de las categorías que nombra.',
    'Answers at once (202) with the run queued; its state, progress and result are read from the run.':
      'Responde de inmediato (202) con la proyección en cola; su estado, su avance y su resultado se leen en la proyección.',
    'Change one’s own scenario saved as a version (409 with the current scenario when it is stale)':
      'Cambiar el propio escenario, guardado como una versión (409 con el escenario actual cuando la versión está desactualizada)',
    'Delete one’s own scenario': 'Eliminar el propio escenario',
    'Doctors, nurses and midwives needed per 10 000 population (the SDG index threshold 44.5); null for none.':
      'Médicos, enfermeras y parteras necesarios por 10 000 habitantes (el umbral del índice de los ODS, 44,5); null para no fijar ningún umbral.',
    'Extra immigrants per year of each cadre (agreements).':
      'Inmigrantes adicionales al año de cada categoría (acuerdos).',
    'Facilities in the country for each one the WISN study covers: its required staff are multiplied by it.':
      'Establecimientos del país por cada uno de los que abarca el estudio WISN: su personal requerido se multiplica por este número.',
    'Lacks the permission planning.save for the area, or the installation is read-only':
      'Carece del permiso planning.save para la zona, o la instalación es de solo lectura',
    'Monte Carlo draws; 0 for none.': 'Extracciones de Monte Carlo; 0 para ninguna.',
    'Most emigrants per year of each cadre (recruitment caps).':
      'Máximo de emigrantes al año de cada categoría (topes de contratación).',
    'Multiplier on graduates, one number or one per year (the last holds), e.g. [1, 1.1, 1.2].':
      'Multiplicador de los titulados, un número o uno por año (el último se mantiene), p. ej. [1, 1.1, 1.2].',
    'Project a scenario: supply with Monte Carlo bands, need, gap and the year it closes, per cadre':
      'Proyectar un escenario: oferta con bandas de Monte Carlo, necesidad, brecha y el año en que se cierra, por categoría',
    'Relative change of the FTE ratio.': 'Variación relativa de los ETC por persona.',
    'Relative change of the emigration rate: −0.5 halves it, 0.2 raises it by a fifth.':
      'Variación relativa de la tasa de emigración: −0,5 la reduce a la mitad, 0,2 la aumenta en una quinta parte.',
    'Save a planning scenario, new or derived from one the reader may read':
      'Guardar un escenario de planificación, nuevo o derivado de uno que el lector puede leer',
    'Share by which retention measures cut emigration and other exits.':
      'Proporción en que las medidas de retención reducen la emigración y las otras salidas.',
    'Start a background projection of many countries (every WHO Member State, or a list)':
      'Lanzar una proyección en segundo plano de muchos países (todos los Estados Miembros de la OMS, o una lista)',
    'Stores nothing. Refused (400) when the draws × years × cadres exceed what is computed while the caller waits; such projections are background runs.':
      'No guarda nada. Se rechaza (400) cuando extracciones × años × categorías superan lo que se calcula mientras el llamante espera; esas proyecciones se lanzan en segundo plano.',
    'The reader’s own planning scenarios, newest change first':
      'Los escenarios de planificación del propio lector, el cambiado más recientemente primero',
    'The reader’s own projection runs, newest first':
      'Las proyecciones en segundo plano del propio lector, la más reciente primero',
    'The scenario it was derived from.': 'El escenario del que deriva.',
    'Values the user sets in place of the data core’s or the defaults, per cadre.':
      'Valores que el usuario fija en lugar de los del núcleo de datos o de los valores por defecto, por categoría.',
    'Whether anyone with its link may read it.': 'Si cualquiera con su enlace puede leerlo.',
    'Which planning cadre each WISN cadre code counts as, e.g. {"NUR": "nursing-personnel"}.':
      'A qué categoría de planificación corresponde cada código de categoría WISN, p. ej. {"NUR": "nursing-personnel"}.',
    'Years by which the retirement age moves (positive is later).':
      'Años en que se desplaza la edad de jubilación (positivo: más tarde).',
  },
  ar: {
    'Datasets to read each series from, comma-separated, in order of preference.':
      'مجموعات البيانات التي تُقرأ منها كل سلسلة، مفصولة بفواصل، حسب الأفضلية.',
    'Datasets to read each series from, in order of preference (e.g. ["WHO.GHO"]); otherwise the dataset with the most years.':
      'مجموعات البيانات التي تُقرأ منها كل سلسلة، حسب الأفضلية (مثلًا ⁨["WHO.GHO"]⁩)؛ وإلا فمجموعة البيانات ذات أكثر السنوات.',
    'Of the stocks counted, those from density × population.':
      'من الأعداد المحسوبة، تلك المستخرجة من الكثافة × السكان.',
    'Of the stocks counted, those of the base year itself.':
      'من الأعداد المحسوبة، تلك التي تخص سنة الأساس نفسها.',
    'The global total of Boniol et al. 2022 (BMJ Global Health 7:e009316).':
      'المجموع العالمي لدى بونيول وآخرين 2022 (⁨BMJ Global Health 7:e009316⁩).',
    'The starting stock of every WHO Member State summed per cadre, beside the global totals of Boniol et al. 2022, with the countries that have none':
      'العدد في البداية لكل الدول الأعضاء في منظمة الصحة العالمية مجموعًا حسب الفئة، بجانب المجاميع العالمية لدى بونيول وآخرين 2022، مع البلدان التي لا عدد لها',
    'The starting stocks summed over the Member States that have one.':
      'الأعداد في البداية مجموعة على الدول الأعضاء التي لها عدد.',
    '"member-states" for every WHO Member State, or a list of country codes.':
      '⁨"member-states"⁩ لجميع الدول الأعضاء في منظمة الصحة العالمية، أو قائمة برموز البلدان.',
    'A cadre’s need as workers per 10 000 population (a benchmark ratio).':
      'احتياج الفئة بعدد العاملين لكل 10 000 نسمة (نسبة مرجعية).',
    'A cadre’s need from service targets: population × share × coverage × services × time.':
      'احتياج الفئة انطلاقًا من أهداف الخدمات: السكان × النسبة × التغطية × الخدمات × الوقت.',
    'A country’s starting inputs for planning: each cadre’s stock and flows with their year and source, and the defaults':
      'مدخلات البداية لبلد من أجل التخطيط: عدد كل فئة وتدفقاتها مع سنتها ومصدرها، والقيم الافتراضية',
    'A finished projection run as CSV: a row per country and cadre':
      'عملية إسقاط منتهية بصيغة ⁨CSV⁩: صف لكل بلد وفئة',
    'A planning scenario: its owner’s, or anyone’s once it is shared':
      'سيناريو تخطيط: يقرؤه مالكه، أو أي شخص بعد مشاركته',
    'A projection run: its state and progress, and once done a row per country and cadre with its provenance':
      'عملية إسقاط: حالتها وتقدمها، وبعد انتهائها صف لكل بلد وفئة مع منشأ بياناته',
    'A saved scenario projected on the data core as it is now':
      'سيناريو محفوظ مُسقَط على نواة البيانات بحالتها الراهنة',
    'A scenario’s projection as CSV: a row per cadre and year': 'إسقاط السيناريو بصيغة ⁨CSV⁩: صف لكل فئة وسنة',
    'A scenario’s projection as a workbook: the projection, every input with its source, and the provenance':
      'إسقاط السيناريو في صورة مصنف: الإسقاط، وكل مدخل مع مصدره، ومنشأ البيانات',
    'A stored WISN study whose required staff set the need of the cadres it names.':
      'دراسة ⁨WISN⁩ محفوظة يحدد الموظفون المطلوبون فيها احتياج الفئات التي تذكرها.',
    'Answers at once (202) with the run queued; its state, progress and result are read from the run.':
      'يجيب فورًا (202) والعملية في قائمة الانتظار؛ وتُقرأ حالتها وتقدمها ونتيجتها من العملية.',
    'Change one’s own scenario saved as a version (409 with the current scenario when it is stale)':
      'تعديل السيناريو الخاص بالمستخدم، المحفوظ كإصدار (409 مع السيناريو الحالي إذا كان الإصدار قديمًا)',
    'Delete one’s own scenario': 'حذف السيناريو الخاص بالمستخدم',
    'Doctors, nurses and midwives needed per 10 000 population (the SDG index threshold 44.5); null for none.':
      'الأطباء والممرضون والقابلات اللازمون لكل 10 000 نسمة (عتبة مؤشر أهداف التنمية المستدامة 44.5)؛ ⁨null⁩ لعدم تحديد عتبة.',
    'Extra immigrants per year of each cadre (agreements).':
      'الوافدون الإضافيون سنويًا من كل فئة (الاتفاقات).',
    'Facilities in the country for each one the WISN study covers: its required staff are multiplied by it.':
      'عدد المنشآت في البلد مقابل كل منشأة تشملها دراسة ⁨WISN⁩: يُضرب عدد الموظفين المطلوبين فيها بهذا العدد.',
    'Lacks the permission planning.save for the area, or the installation is read-only':
      'لا يملك الإذن ⁨planning.save⁩ للمنطقة، أو أن التثبيت للقراءة فقط',
    'Monte Carlo draws; 0 for none.': 'سحوبات مونت كارلو؛ 0 لعدم إجراء أي سحب.',
    'Most emigrants per year of each cadre (recruitment caps).':
      'الحد الأقصى للمهاجرين سنويًا من كل فئة (سقوف التوظيف).',
    'Multiplier on graduates, one number or one per year (the last holds), e.g. [1, 1.1, 1.2].':
      'مضاعِف للخريجين، رقم واحد أو رقم لكل سنة (ويستمر آخرها)، مثل ⁨[1, 1.1, 1.2]⁩.',
    'Project a scenario: supply with Monte Carlo bands, need, gap and the year it closes, per cadre':
      'إسقاط سيناريو: العرض مع نطاقات مونت كارلو، والاحتياج، والفجوة والسنة التي تُسدّ فيها، لكل فئة',
    'Relative change of the FTE ratio.': 'التغير النسبي في مكافئ الدوام الكامل لكل شخص.',
    'Relative change of the emigration rate: −0.5 halves it, 0.2 raises it by a fifth.':
      'التغير النسبي في معدل الهجرة: ⁨−0.5⁩ تخفضه إلى النصف، و0.2 ترفعه بمقدار الخُمس.',
    'Save a planning scenario, new or derived from one the reader may read':
      'حفظ سيناريو تخطيط، جديد أو مشتق من سيناريو يحق للقارئ قراءته',
    'Share by which retention measures cut emigration and other exits.':
      'النسبة التي تخفض بها تدابير الاستبقاء الهجرةَ وحالات المغادرة الأخرى.',
    'Start a background projection of many countries (every WHO Member State, or a list)':
      'بدء إسقاط في الخلفية لبلدان عديدة (جميع الدول الأعضاء في منظمة الصحة العالمية، أو قائمة منها)',
    'Stores nothing. Refused (400) when the draws × years × cadres exceed what is computed while the caller waits; such projections are background runs.':
      'لا يحفظ شيئًا. يُرفض (400) حين يتجاوز حاصل السحوبات × السنوات × الفئات ما يُحسب أثناء انتظار المستدعي؛ فمثل هذه الإسقاطات تُجرى في الخلفية.',
    'The reader’s own planning scenarios, newest change first':
      'سيناريوهات التخطيط الخاصة بالقارئ، الأحدث تعديلًا أولًا',
    'The reader’s own projection runs, newest first': 'عمليات الإسقاط الخاصة بالقارئ، الأحدث أولًا',
    'The scenario it was derived from.': 'السيناريو الذي اشتُق منه.',
    'Values the user sets in place of the data core’s or the defaults, per cadre.':
      'قيم يحددها المستخدم بدلًا من قيم نواة البيانات أو القيم الافتراضية، لكل فئة.',
    'Whether anyone with its link may read it.': 'هل يمكن لأي شخص لديه رابطه أن يقرأه.',
    'Which planning cadre each WISN cadre code counts as, e.g. {"NUR": "nursing-personnel"}.':
      'فئة التخطيط التي يُحسب عليها كل رمز فئة في ⁨WISN⁩، مثل ⁨{"NUR": "nursing-personnel"}⁩.',
    'Years by which the retirement age moves (positive is later).':
      'عدد السنوات التي يتغير بها سن التقاعد (القيمة الموجبة تعني لاحقًا).',
  },
  ru: {
    'Datasets to read each series from, comma-separated, in order of preference.':
      'Наборы данных, из которых читается каждый ряд, через запятую, в порядке предпочтения.',
    'Datasets to read each series from, in order of preference (e.g. ["WHO.GHO"]); otherwise the dataset with the most years.':
      'Наборы данных, из которых читается каждый ряд, в порядке предпочтения (например, ["WHO.GHO"]); иначе набор с наибольшим числом лет.',
    'Of the stocks counted, those from density × population.':
      'Из учтённых численностей — полученные как плотность × население.',
    'Of the stocks counted, those of the base year itself.':
      'Из учтённых численностей — относящиеся к самому базовому году.',
    'The global total of Boniol et al. 2022 (BMJ Global Health 7:e009316).':
      'Мировой итог Boniol и др. 2022 (BMJ Global Health 7:e009316).',
    'The starting stock of every WHO Member State summed per cadre, beside the global totals of Boniol et al. 2022, with the countries that have none':
      'Начальная численность всех государств — членов ВОЗ, суммированная по категориям, рядом с мировыми итогами Boniol и др. 2022, и страны без неё',
    'The starting stocks summed over the Member States that have one.':
      'Начальные численности, суммированные по государствам-членам, у которых она есть.',
    '"member-states" for every WHO Member State, or a list of country codes.':
      '"member-states" — все государства — члены ВОЗ, или список кодов стран.',
    'A cadre’s need as workers per 10 000 population (a benchmark ratio).':
      'Потребность категории в работниках на 10 000 населения (нормативное соотношение).',
    'A cadre’s need from service targets: population × share × coverage × services × time.':
      'Потребность категории по целевым показателям услуг: население × доля × охват × услуги × время.',
    'A country’s starting inputs for planning: each cadre’s stock and flows with their year and source, and the defaults':
      'Исходные данные страны для планирования: численность и потоки каждой категории с их годом и источником, а также значения по умолчанию',
    'A finished projection run as CSV: a row per country and cadre':
      'Завершённый фоновый прогноз в CSV: строка на страну и категорию',
    'A planning scenario: its owner’s, or anyone’s once it is shared':
      'Сценарий планирования: доступен владельцу, а после того как им поделились, — любому',
    'A projection run: its state and progress, and once done a row per country and cadre with its provenance':
      'Фоновый прогноз: его состояние и ход выполнения, а по завершении — строка на страну и категорию с происхождением данных',
    'A saved scenario projected on the data core as it is now':
      'Прогноз сохранённого сценария по ядру данных в его нынешнем состоянии',
    'A scenario’s projection as CSV: a row per cadre and year':
      'Прогноз сценария в CSV: строка на категорию и год',
    'A scenario’s projection as a workbook: the projection, every input with its source, and the provenance':
      'Прогноз сценария в виде книги: прогноз, каждый входной параметр с источником и происхождение данных',
    'A stored WISN study whose required staff set the need of the cadres it names.':
      'Сохранённое исследование WISN, требуемый персонал которого задаёт потребность названных в нём категорий.',
    'Answers at once (202) with the run queued; its state, progress and result are read from the run.':
      'Отвечает сразу (202), поставив прогноз в очередь; его состояние, ход выполнения и результат читаются из прогноза.',
    'Change one’s own scenario saved as a version (409 with the current scenario when it is stale)':
      'Изменить собственный сценарий, сохраняемый как версия (409 с текущим сценарием, если версия устарела)',
    'Delete one’s own scenario': 'Удалить собственный сценарий',
    'Doctors, nurses and midwives needed per 10 000 population (the SDG index threshold 44.5); null for none.':
      'Врачи, медсёстры и акушерки, необходимые на 10 000 населения (порог индекса ЦУР 44,5); null — без порога.',
    'Extra immigrants per year of each cadre (agreements).':
      'Дополнительные иммигранты в год по каждой категории (соглашения).',
    'Facilities in the country for each one the WISN study covers: its required staff are multiplied by it.':
      'Число учреждений в стране на каждое, охваченное исследованием WISN: требуемый по нему персонал умножается на это число.',
    'Lacks the permission planning.save for the area, or the installation is read-only':
      'Нет разрешения planning.save для территории, или установка только для чтения',
    'Monte Carlo draws; 0 for none.': 'Розыгрыши Монте-Карло; 0 — без розыгрышей.',
    'Most emigrants per year of each cadre (recruitment caps).':
      'Наибольшее число эмигрантов в год по каждой категории (ограничения найма).',
    'Multiplier on graduates, one number or one per year (the last holds), e.g. [1, 1.1, 1.2].':
      'Множитель выпускников: одно число или по одному на год (последнее сохраняется), напр. [1, 1.1, 1.2].',
    'Project a scenario: supply with Monte Carlo bands, need, gap and the year it closes, per cadre':
      'Построить прогноз сценария: предложение с полосами Монте-Карло, потребность, дефицит и год его устранения, по категориям',
    'Relative change of the FTE ratio.': 'Относительное изменение числа ставок на человека.',
    'Relative change of the emigration rate: −0.5 halves it, 0.2 raises it by a fifth.':
      'Относительное изменение доли эмигрирующих: −0,5 уменьшает её вдвое, 0,2 увеличивает на пятую часть.',
    'Save a planning scenario, new or derived from one the reader may read':
      'Сохранить сценарий планирования, новый или созданный на основе сценария, доступного читателю',
    'Share by which retention measures cut emigration and other exits.':
      'Доля, на которую меры по удержанию сокращают эмиграцию и прочее выбытие.',
    'Start a background projection of many countries (every WHO Member State, or a list)':
      'Запустить фоновый прогноз для многих стран (всех государств — членов ВОЗ или списка)',
    'Stores nothing. Refused (400) when the draws × years × cadres exceed what is computed while the caller waits; such projections are background runs.':
      'Ничего не сохраняет. Отклоняется (400), когда розыгрыши × годы × категории превышают то, что рассчитывается, пока вызывающий ждёт; такие прогнозы запускаются в фоне.',
    'The reader’s own planning scenarios, newest change first':
      'Собственные сценарии планирования читателя, последние изменённые первыми',
    'The reader’s own projection runs, newest first': 'Собственные фоновые прогнозы читателя, новые первыми',
    'The scenario it was derived from.': 'Сценарий, на основе которого он создан.',
    'Values the user sets in place of the data core’s or the defaults, per cadre.':
      'Значения, которые пользователь задаёт вместо значений ядра данных или значений по умолчанию, по категориям.',
    'Whether anyone with its link may read it.': 'Может ли его читать любой, у кого есть ссылка.',
    'Which planning cadre each WISN cadre code counts as, e.g. {"NUR": "nursing-personnel"}.':
      'Какой категории планирования соответствует каждый код категории WISN, напр. {"NUR": "nursing-personnel"}.',
    'Years by which the retirement age moves (positive is later).':
      'На сколько лет сдвигается пенсионный возраст (положительное значение — позже).',
  },
  zh: {
    'Datasets to read each series from, comma-separated, in order of preference.':
      '读取各序列的数据集，以逗号分隔，按优先顺序排列。',
    'Datasets to read each series from, in order of preference (e.g. ["WHO.GHO"]); otherwise the dataset with the most years.':
      '读取各序列的数据集，按优先顺序排列（例如 ["WHO.GHO"]）；否则使用年份最多的数据集。',
    'Of the stocks counted, those from density × population.': '计入的人数中，由密度 × 人口得出的。',
    'Of the stocks counted, those of the base year itself.': '计入的人数中，属于基准年本身的。',
    'The global total of Boniol et al. 2022 (BMJ Global Health 7:e009316).':
      'Boniol 等 2022 年的全球总数（BMJ Global Health 7:e009316）。',
    'The starting stock of every WHO Member State summed per cadre, beside the global totals of Boniol et al. 2022, with the countries that have none':
      '世卫组织所有会员国按类别汇总的起始人数，与 Boniol 等 2022 年的全球总数并列，并列出没有人数的国家',
    'The starting stocks summed over the Member States that have one.': '有起始人数的会员国的起始人数之和。',
    '"member-states" for every WHO Member State, or a list of country codes.':
      '"member-states" 表示世卫组织所有会员国，或为一份国家代码列表。',
    'A cadre’s need as workers per 10 000 population (a benchmark ratio).':
      '人员类别的需求，以每万人口的人员数表示（基准比率）。',
    'A cadre’s need from service targets: population × share × coverage × services × time.':
      '根据服务目标得出的人员类别需求：人口 × 比例 × 覆盖率 × 服务次数 × 时间。',
    'A country’s starting inputs for planning: each cadre’s stock and flows with their year and source, and the defaults':
      '一个国家用于规划的起始输入：每个人员类别的人数和流动及其年份和来源，以及默认值',
    'A finished projection run as CSV: a row per country and cadre':
      '已完成的预测运行的 CSV：每个国家和人员类别一行',
    'A planning scenario: its owner’s, or anyone’s once it is shared':
      '一个规划情景：其所有者可读，共享后任何人可读',
    'A projection run: its state and progress, and once done a row per country and cadre with its provenance':
      '一次预测运行：其状态和进度，完成后每个国家和人员类别一行并附数据出处',
    'A saved scenario projected on the data core as it is now': '按数据核心的当前内容预测一个已保存的情景',
    'A scenario’s projection as CSV: a row per cadre and year': '情景预测的 CSV：每个人员类别和年份一行',
    'A scenario’s projection as a workbook: the projection, every input with its source, and the provenance':
      '以工作簿形式呈现的情景预测：预测结果、每项输入及其来源，以及数据出处',
    'A stored WISN study whose required staff set the need of the cadres it names.':
      '一项已保存的 WISN 研究，其所需人员决定其所列人员类别的需求。',
    'Answers at once (202) with the run queued; its state, progress and result are read from the run.':
      '立即答复（202），运行已排队；其状态、进度和结果从该运行读取。',
    'Change one’s own scenario saved as a version (409 with the current scenario when it is stale)':
      '修改自己的情景，保存为一个版本（版本过期时返回 409 及当前情景）',
    'Delete one’s own scenario': '删除自己的情景',
    'Doctors, nurses and midwives needed per 10 000 population (the SDG index threshold 44.5); null for none.':
      '每万人口所需的医生、护士和助产士（可持续发展目标指数阈值 44.5）；null 表示不设阈值。',
    'Extra immigrants per year of each cadre (agreements).': '每个人员类别每年额外的移入人数（协议）。',
    'Facilities in the country for each one the WISN study covers: its required staff are multiplied by it.':
      'WISN 研究所涵盖的每个机构在该国对应的机构数：研究的所需人员乘以此数。',
    'Lacks the permission planning.save for the area, or the installation is read-only':
      '缺少该地区的 planning.save 权限，或安装为只读',
    'Monte Carlo draws; 0 for none.': '蒙特卡洛抽样次数；0 表示不抽样。',
    'Most emigrants per year of each cadre (recruitment caps).':
      '每个人员类别每年最多的移出人数（招聘上限）。',
    'Multiplier on graduates, one number or one per year (the last holds), e.g. [1, 1.1, 1.2].':
      '毕业生乘数，一个数或每年一个（最后一个延续使用），例如 [1, 1.1, 1.2]。',
    'Project a scenario: supply with Monte Carlo bands, need, gap and the year it closes, per cadre':
      '预测一个情景：按人员类别给出带蒙特卡洛区间的供给、需求、缺口及缺口消除的年份',
    'Relative change of the FTE ratio.': '人均全时当量的相对变化。',
    'Relative change of the emigration rate: −0.5 halves it, 0.2 raises it by a fifth.':
      '移出率的相对变化：−0.5 使其减半，0.2 使其提高五分之一。',
    'Save a planning scenario, new or derived from one the reader may read':
      '保存一个规划情景，可为新建，或从读者可读的情景派生',
    'Share by which retention measures cut emigration and other exits.':
      '留任措施使移出及其他退出减少的比例。',
    'Start a background projection of many countries (every WHO Member State, or a list)':
      '启动多个国家的后台预测（世卫组织所有会员国，或一份列表）',
    'Stores nothing. Refused (400) when the draws × years × cadres exceed what is computed while the caller waits; such projections are background runs.':
      '不保存任何内容。当抽样次数 × 年数 × 人员类别数超过等待期间可计算的量时被拒绝（400）；此类预测应作为后台运行。',
    'The reader’s own planning scenarios, newest change first': '读者自己的规划情景，最近修改的在前',
    'The reader’s own projection runs, newest first': '读者自己的预测运行，最新的在前',
    'The scenario it was derived from.': '它所派生自的情景。',
    'Values the user sets in place of the data core’s or the defaults, per cadre.':
      '用户按人员类别设定、用以替代数据核心值或默认值的数值。',
    'Whether anyone with its link may read it.': '持有其链接的任何人是否都可以阅读。',
    'Which planning cadre each WISN cadre code counts as, e.g. {"NUR": "nursing-personnel"}.':
      '每个 WISN 人员类别代码对应哪个规划类别，例如 {"NUR": "nursing-personnel"}。',
    'Years by which the retirement age moves (positive is later).': '退休年龄移动的年数（正值表示推迟）。',
  },
};
