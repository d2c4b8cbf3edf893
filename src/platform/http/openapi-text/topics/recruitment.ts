import type { Lang } from '../../../i18n/langs.ts';

/** The API description's texts of the recruitment status routes and schemas, keyed by their English. */
export const recruitmentText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    'May employers of a destination actively recruit an occupation from a country on a date? Red, amber or green, with the reasons, the WHO Code articles and national rules behind them, and the dated changes':
      'Les employeurs d’un pays de destination peuvent-ils recruter activement une profession dans un pays à une date donnée ? Rouge, orange ou vert, avec les motifs, les articles du Code de l’OMS et les règles nationales qui les fondent, et les changements datés',
    'The destination country, where the employer is': 'Le pays de destination, où se trouve l’employeur',
    'The country of origin of the health workers': 'Le pays d’origine des personnels de santé',
    'Occupation code, e.g. nursing-personnel or medical-doctors':
      'Code de profession, par ex. nursing-personnel ou medical-doctors',
    'The date asked about; today when omitted': 'La date visée ; aujourd’hui si elle est omise',
    'The employer recruiting, when an agreement names the employers allowed':
      'L’employeur qui recrute, lorsqu’un accord désigne les employeurs autorisés',
    'How: a form of active recruitment (advertising, referral_bonus, agency, asking_staff_to_share_vacancies, fee_based_referral, direct_approach, or active for any), or direct_application by the health worker':
      'Comment : une forme de recrutement actif (advertising, referral_bonus, agency, asking_staff_to_share_vacancies, fee_based_referral, direct_approach, ou active pour n’importe laquelle), ou direct_application, la candidature directe du personnel de santé',
    'The status of the origin for the destination and the occupation on the date, whether the recruitment asked about is allowed, why, and the dated changes of the status':
      'Le statut du pays d’origine pour le pays de destination et la profession à la date donnée, si le recrutement visé est autorisé, pourquoi, et les changements datés de ce statut',
    'The recruitment status of every country of origin for a destination, an occupation and a date':
      'Le statut de recrutement de chaque pays d’origine pour un pays de destination, une profession et une date',
    'The destination country': 'Le pays de destination',
    'The status of every country of origin for a destination, an occupation and a date':
      'Le statut de chaque pays d’origine pour un pays de destination, une profession et une date',
    'The destinations with a recruitment status configuration of their own':
      'Les pays de destination dotés de leur propre configuration du statut de recrutement',
    'The destinations with a configuration of their own; any other follows the WHO list as published':
      'Les pays de destination dotés de leur propre configuration ; tout autre suit la liste de l’OMS telle que publiée',
    "A destination's recruitment status configuration in force (its own, or the WHO list as published) and its saved versions":
      'La configuration en vigueur du statut de recrutement d’un pays de destination (la sienne, ou la liste de l’OMS telle que publiée) et ses versions enregistrées',
    "The destination's name": 'Le nom du pays de destination',
    'Title of the national code of practice': 'Titre du code de pratique national',
    'Where it is published': 'Où il est publié',
    'Who publishes it': 'Qui le publie',
    'A calendar date, YYYY-MM-DD': 'Une date du calendrier, YYYY-MM-DD',
    'From when it applies; null when the day is not known':
      'Date à partir de laquelle il s’applique ; null si le jour n’est pas connu',
    'Its editions and updates, or what is not known':
      'Ses éditions et mises à jour, ou ce qui n’est pas connu',
    'The national code the destination applies; null: the WHO Global Code alone':
      'Le code national qu’applique le pays de destination ; null : le seul Code de pratique mondial de l’OMS pour le recrutement international des personnels de santé',
    'Occupation codes covered; [] = all health personnel':
      'Codes de profession couverts ; [] = tous les personnels de santé',
    'Who the code covers, in its own words': 'Les personnes couvertes par le code, dans ses propres termes',
    'From this date (inclusive) until the next period, the red list is this edition':
      'De cette date (incluse) jusqu’à la période suivante, la liste rouge est cette édition',
    'Edition (year) of the WHO Support and Safeguards List':
      'Édition (année) de la liste OMS d’appui et de sauvegarde pour les personnels de santé',
    "How the edition's members are known: WHO's published list, or its recomputation from the data":
      'Comment les pays de l’édition sont connus : la liste publiée par l’OMS, ou son recalcul à partir des données',
    'True when the date is known only approximately': 'true si la date n’est connue qu’approximativement',
    'Why this period, in the words of its source': 'La raison de cette période, dans les termes de sa source',
    'Where the date and the edition come from': 'La provenance de la date et de l’édition',
    'The editions of the Support and Safeguards List the destination follows, each from a date':
      'Les éditions de la liste d’appui et de sauvegarde que suit le pays de destination, chacune à partir d’une date',
    'The country of origin the exception is for': 'Le pays d’origine visé par l’exception',
    'First day of the exception': 'Premier jour de l’exception',
    'Day the exception ends (exclusive); null while it lasts':
      'Jour où l’exception prend fin (exclu) ; null tant qu’elle dure',
    'The status the destination gives the origin':
      'Le statut que le pays de destination attribue au pays d’origine',
    'Why, as the destination states it': 'La raison, telle que l’énonce le pays de destination',
    'Title of the agreement the exception rests on': 'Titre de l’accord sur lequel repose l’exception',
    'Where its text or its announcement is published': 'Où son texte ou son annonce est publié',
    'The agreement behind the exception; its terms come from the agreements registry':
      'L’accord sur lequel repose l’exception ; ses conditions proviennent du registre des accords',
    'What is not known about it, or anything else a reader should know':
      'Ce que l’on ignore à son sujet, ou toute autre chose qu’un lecteur devrait savoir',
    'Where the exception is published': 'Où l’exception est publiée',
    "The destination's dated exceptions for given origins":
      'Les exceptions datées du pays de destination pour des pays d’origine donnés',
    'Which agreements count: between governments, between institutions':
      'Les accords pris en compte : entre gouvernements, entre institutions',
    'Whether agreements make only listed origins amber, or any origin':
      'Si les accords classent en orange seulement les pays d’origine inscrits sur la liste, ou tout pays d’origine',
    'What the destination names as active recruitment':
      'Ce que le pays de destination qualifie de recrutement actif',
    'Id of the national rule forbidding candidate fees':
      'Identifiant de la règle nationale interdisant de faire payer des frais aux candidats',
    'Stable identifier': 'Identifiant stable',
    'The rule in a few words': 'La règle en quelques mots',
    'How it is cited, e.g. "Employment Agencies Act 1973 s6(1)"':
      'Comment elle est citée, par ex. "Employment Agencies Act 1973 s6(1)"',
    'Where its text is published': 'Où son texte est publié',
    'The reasons of a verdict this rule stands behind':
      'Les motifs d’un verdict sur lesquels cette règle se fonde',
    'National rules cited by the verdicts': 'Règles nationales citées par les verdicts',
    'Where the configuration comes from': 'La provenance de la configuration',
    "A destination's recruitment status configuration":
      'La configuration du statut de recrutement d’un pays de destination',
    "A destination's configuration in force and its saved versions":
      'La configuration en vigueur d’un pays de destination et ses versions enregistrées',
    "Save a new version of a destination's recruitment status configuration; earlier versions are kept":
      'Enregistrer une nouvelle version de la configuration du statut de recrutement d’un pays de destination ; les versions antérieures sont conservées',
    'What changed and why': 'Ce qui a changé et pourquoi',
    'The version the change was made from (null: none saved yet); refused with 409 when a newer one was saved since':
      'La version à partir de laquelle la modification a été faite (null : aucune encore enregistrée) ; refusé avec 409 si une version plus récente a été enregistrée depuis',
    "A new version of a destination's configuration":
      'Une nouvelle version de la configuration d’un pays de destination',
    'Lacks the permission recruitment.configure for the area, or the installation is read-only':
      'N’a pas la permission recruitment.configure pour la zone, ou l’installation est en lecture seule',
  },
  es: {
    'May employers of a destination actively recruit an occupation from a country on a date? Red, amber or green, with the reasons, the WHO Code articles and national rules behind them, and the dated changes':
      '¿Pueden los empleadores de un país de destino contratar activamente a personal de una ocupación procedente de un país en una fecha dada? Rojo, ámbar o verde, con los motivos, los artículos del Código de la OMS y las normas nacionales que los sustentan, y los cambios fechados',
    'The destination country, where the employer is': 'El país de destino, donde se encuentra el empleador',
    'The country of origin of the health workers': 'El país de origen del personal de salud',
    'Occupation code, e.g. nursing-personnel or medical-doctors':
      'Código de ocupación, por ejemplo nursing-personnel o medical-doctors',
    'The date asked about; today when omitted': 'La fecha consultada; hoy si se omite',
    'The employer recruiting, when an agreement names the employers allowed':
      'El empleador que contrata, cuando un acuerdo designa a los empleadores autorizados',
    'How: a form of active recruitment (advertising, referral_bonus, agency, asking_staff_to_share_vacancies, fee_based_referral, direct_approach, or active for any), or direct_application by the health worker':
      'Cómo: una forma de contratación activa (advertising, referral_bonus, agency, asking_staff_to_share_vacancies, fee_based_referral, direct_approach, o active para cualquiera de ellas), o direct_application, la solicitud directa del trabajador de salud',
    'The status of the origin for the destination and the occupation on the date, whether the recruitment asked about is allowed, why, and the dated changes of the status':
      'La situación del país de origen para el país de destino y la ocupación en la fecha, si la contratación consultada está permitida, por qué, y los cambios fechados de la situación',
    'The recruitment status of every country of origin for a destination, an occupation and a date':
      'La situación de contratación de cada país de origen para un país de destino, una ocupación y una fecha',
    'The destination country': 'El país de destino',
    'The status of every country of origin for a destination, an occupation and a date':
      'La situación de cada país de origen para un país de destino, una ocupación y una fecha',
    'The destinations with a recruitment status configuration of their own':
      'Los países de destino con una configuración propia de la situación de contratación',
    'The destinations with a configuration of their own; any other follows the WHO list as published':
      'Los países de destino con una configuración propia; cualquier otro sigue la lista de la OMS tal como se publicó',
    "A destination's recruitment status configuration in force (its own, or the WHO list as published) and its saved versions":
      'La configuración vigente de la situación de contratación de un país de destino (la propia, o la lista de la OMS tal como se publicó) y sus versiones guardadas',
    "The destination's name": 'El nombre del país de destino',
    'Title of the national code of practice': 'Título del código de prácticas nacional',
    'Where it is published': 'Dónde se publica',
    'Who publishes it': 'Quién lo publica',
    'A calendar date, YYYY-MM-DD': 'Una fecha del calendario, YYYY-MM-DD',
    'From when it applies; null when the day is not known':
      'Desde cuándo se aplica; null si no se conoce el día',
    'Its editions and updates, or what is not known':
      'Sus ediciones y actualizaciones, o lo que no se conoce',
    'The national code the destination applies; null: the WHO Global Code alone':
      'El código nacional que aplica el país de destino; null: solo el Código de prácticas mundial de la OMS sobre contratación internacional de personal de salud',
    'Occupation codes covered; [] = all health personnel':
      'Códigos de ocupación comprendidos; [] = todo el personal de salud',
    'Who the code covers, in its own words': 'A quién abarca el código, en sus propios términos',
    'From this date (inclusive) until the next period, the red list is this edition':
      'Desde esta fecha (inclusive) hasta el período siguiente, la lista roja es esta edición',
    'Edition (year) of the WHO Support and Safeguards List':
      'Edición (año) de la lista de apoyo y salvaguardias de la OMS en materia de personal de salud',
    "How the edition's members are known: WHO's published list, or its recomputation from the data":
      'Cómo se conocen los países de la edición: la lista publicada por la OMS, o su recálculo a partir de los datos',
    'True when the date is known only approximately': 'true si la fecha solo se conoce de forma aproximada',
    'Why this period, in the words of its source': 'Por qué este período, en palabras de su fuente',
    'Where the date and the edition come from': 'De dónde proceden la fecha y la edición',
    'The editions of the Support and Safeguards List the destination follows, each from a date':
      'Las ediciones de la lista de apoyo y salvaguardias que sigue el país de destino, cada una desde una fecha',
    'The country of origin the exception is for': 'El país de origen al que se refiere la excepción',
    'First day of the exception': 'Primer día de la excepción',
    'Day the exception ends (exclusive); null while it lasts':
      'Día en que termina la excepción (excluido); null mientras dure',
    'The status the destination gives the origin':
      'La situación que el país de destino asigna al país de origen',
    'Why, as the destination states it': 'Por qué, según lo expresa el país de destino',
    'Title of the agreement the exception rests on': 'Título del acuerdo en el que se basa la excepción',
    'Where its text or its announcement is published': 'Dónde se publica su texto o su anuncio',
    'The agreement behind the exception; its terms come from the agreements registry':
      'El acuerdo en el que se basa la excepción; sus condiciones proceden del registro de acuerdos',
    'What is not known about it, or anything else a reader should know':
      'Lo que no se conoce al respecto, o cualquier otra cosa que un lector deba saber',
    'Where the exception is published': 'Dónde se publica la excepción',
    "The destination's dated exceptions for given origins":
      'Las excepciones fechadas del país de destino para determinados países de origen',
    'Which agreements count: between governments, between institutions':
      'Qué acuerdos cuentan: entre gobiernos, entre instituciones',
    'Whether agreements make only listed origins amber, or any origin':
      'Si los acuerdos clasifican como ámbar solo a los países de origen incluidos en la lista, o a cualquier país de origen',
    'What the destination names as active recruitment':
      'Lo que el país de destino considera contratación activa',
    'Id of the national rule forbidding candidate fees':
      'Identificador de la norma nacional que prohíbe cobrar honorarios a los candidatos',
    'Stable identifier': 'Identificador estable',
    'The rule in a few words': 'La norma en pocas palabras',
    'How it is cited, e.g. "Employment Agencies Act 1973 s6(1)"':
      'Cómo se cita, por ejemplo "Employment Agencies Act 1973 s6(1)"',
    'Where its text is published': 'Dónde se publica su texto',
    'The reasons of a verdict this rule stands behind': 'Los motivos de un veredicto que esta norma respalda',
    'National rules cited by the verdicts': 'Normas nacionales citadas en los veredictos',
    'Where the configuration comes from': 'De dónde procede la configuración',
    "A destination's recruitment status configuration":
      'La configuración de la situación de contratación de un país de destino',
    "A destination's configuration in force and its saved versions":
      'La configuración vigente de un país de destino y sus versiones guardadas',
    "Save a new version of a destination's recruitment status configuration; earlier versions are kept":
      'Guardar una nueva versión de la configuración de la situación de contratación de un país de destino; se conservan las versiones anteriores',
    'What changed and why': 'Qué cambió y por qué',
    'The version the change was made from (null: none saved yet); refused with 409 when a newer one was saved since':
      'La versión a partir de la cual se hizo el cambio (null: aún no se ha guardado ninguna); se rechaza con 409 si desde entonces se guardó una más reciente',
    "A new version of a destination's configuration":
      'Una nueva versión de la configuración de un país de destino',
    'Lacks the permission recruitment.configure for the area, or the installation is read-only':
      'Carece del permiso recruitment.configure para la zona, o la instalación es de solo lectura',
  },
  ar: {
    'May employers of a destination actively recruit an occupation from a country on a date? Red, amber or green, with the reasons, the WHO Code articles and national rules behind them, and the dated changes':
      'هل يجوز لأصحاب العمل في بلد المقصد التوظيف النشط لمهنة ما من بلد ما في تاريخ معيّن؟ أحمر أو كهرماني أو أخضر، مع الأسباب ومواد مدونة منظمة الصحة العالمية والقواعد الوطنية التي تستند إليها، والتغييرات المؤرخة',
    'The destination country, where the employer is': 'بلد المقصد، حيث يوجد صاحب العمل',
    'The country of origin of the health workers': 'بلد المنشأ للعاملين الصحيين',
    'Occupation code, e.g. nursing-personnel or medical-doctors':
      'رمز المهنة، مثل nursing-personnel أو medical-doctors',
    'The date asked about; today when omitted': 'التاريخ المستفسر عنه؛ تاريخ اليوم إذا أُغفل',
    'The employer recruiting, when an agreement names the employers allowed':
      'صاحب العمل الذي يقوم بالتوظيف، عندما يسمّي اتفاقٌ أصحاب العمل المسموح لهم',
    'How: a form of active recruitment (advertising, referral_bonus, agency, asking_staff_to_share_vacancies, fee_based_referral, direct_approach, or active for any), or direct_application by the health worker':
      'الطريقة: شكل من أشكال التوظيف النشط (advertising أو referral_bonus أو agency أو asking_staff_to_share_vacancies أو fee_based_referral أو direct_approach، أو active لأيٍّ منها)، أو direct_application أي تقدُّم العامل الصحي بطلب مباشر',
    'The status of the origin for the destination and the occupation on the date, whether the recruitment asked about is allowed, why, and the dated changes of the status':
      'حالة بلد المنشأ بالنسبة إلى بلد المقصد والمهنة في التاريخ المحدد، وما إذا كان التوظيف المستفسر عنه مسموحًا به، ولماذا، والتغييرات المؤرخة في الحالة',
    'The recruitment status of every country of origin for a destination, an occupation and a date':
      'حالة التوظيف لكل بلد منشأ بالنسبة إلى بلد مقصد ومهنة وتاريخ',
    'The destination country': 'بلد المقصد',
    'The status of every country of origin for a destination, an occupation and a date':
      'حالة كل بلد منشأ بالنسبة إلى بلد مقصد ومهنة وتاريخ',
    'The destinations with a recruitment status configuration of their own':
      'بلدان المقصد التي لها تهيئة خاصة بها لحالة التوظيف',
    'The destinations with a configuration of their own; any other follows the WHO list as published':
      'بلدان المقصد التي لها تهيئة خاصة بها؛ ويتبع أي بلد آخر قائمة منظمة الصحة العالمية كما نُشرت',
    "A destination's recruitment status configuration in force (its own, or the WHO list as published) and its saved versions":
      'تهيئة حالة التوظيف النافذة لبلد مقصد (تهيئته الخاصة، أو قائمة منظمة الصحة العالمية كما نُشرت) ونسخها المحفوظة',
    "The destination's name": 'اسم بلد المقصد',
    'Title of the national code of practice': 'عنوان مدونة الممارسات الوطنية',
    'Where it is published': 'مكان نشرها',
    'Who publishes it': 'الجهة التي تنشرها',
    'A calendar date, YYYY-MM-DD': 'تاريخ تقويمي، YYYY-MM-DD',
    'From when it applies; null when the day is not known': 'تاريخ بدء تطبيقها؛ null إذا كان اليوم غير معروف',
    'Its editions and updates, or what is not known': 'إصداراتها وتحديثاتها، أو ما هو غير معروف',
    'The national code the destination applies; null: the WHO Global Code alone':
      'المدونة الوطنية التي يطبقها بلد المقصد؛ null: مدونة الممارسات العالمية لمنظمة الصحة العالمية بشأن توظيف العاملين الصحيين على المستوى الدولي وحدها',
    'Occupation codes covered; [] = all health personnel': 'رموز المهن المشمولة؛ [] = جميع العاملين الصحيين',
    'Who the code covers, in its own words': 'مَن تشملهم المدونة، بعباراتها هي',
    'From this date (inclusive) until the next period, the red list is this edition':
      'من هذا التاريخ (ضمنًا) حتى الفترة التالية، تكون القائمة الحمراء هي هذا الإصدار',
    'Edition (year) of the WHO Support and Safeguards List':
      'إصدار (سنة) قائمة منظمة الصحة العالمية للدعم والضمانات الخاصة بالقوى العاملة الصحية',
    "How the edition's members are known: WHO's published list, or its recomputation from the data":
      'كيف تُعرف البلدان المدرجة في الإصدار: القائمة التي نشرتها منظمة الصحة العالمية، أو إعادة حسابها من البيانات',
    'True when the date is known only approximately': 'true إذا كان التاريخ معروفًا على وجه التقريب فقط',
    'Why this period, in the words of its source': 'سبب هذه الفترة، بعبارات مصدرها',
    'Where the date and the edition come from': 'مصدر التاريخ والإصدار',
    'The editions of the Support and Safeguards List the destination follows, each from a date':
      'إصدارات قائمة الدعم والضمانات التي يتبعها بلد المقصد، كلٌّ منها اعتبارًا من تاريخ',
    'The country of origin the exception is for': 'بلد المنشأ الذي يخصه الاستثناء',
    'First day of the exception': 'اليوم الأول للاستثناء',
    'Day the exception ends (exclusive); null while it lasts':
      'اليوم الذي ينتهي فيه الاستثناء (غير مشمول)؛ null ما دام قائمًا',
    'The status the destination gives the origin': 'الحالة التي يمنحها بلد المقصد لبلد المنشأ',
    'Why, as the destination states it': 'السبب، كما يذكره بلد المقصد',
    'Title of the agreement the exception rests on': 'عنوان الاتفاق الذي يستند إليه الاستثناء',
    'Where its text or its announcement is published': 'مكان نشر نصه أو الإعلان عنه',
    'The agreement behind the exception; its terms come from the agreements registry':
      'الاتفاق الذي يستند إليه الاستثناء؛ وتُستمد شروطه من سجل الاتفاقات',
    'What is not known about it, or anything else a reader should know':
      'ما هو غير معروف عنه، أو أي أمر آخر ينبغي أن يعرفه القارئ',
    'Where the exception is published': 'مكان نشر الاستثناء',
    "The destination's dated exceptions for given origins":
      'الاستثناءات المؤرخة لبلد المقصد بالنسبة إلى بلدان منشأ معيّنة',
    'Which agreements count: between governments, between institutions':
      'الاتفاقات المعتدّ بها: بين الحكومات، بين المؤسسات',
    'Whether agreements make only listed origins amber, or any origin':
      'ما إذا كانت الاتفاقات تجعل بلدان المنشأ المدرجة في القائمة وحدها كهرمانية، أم أي بلد منشأ',
    'What the destination names as active recruitment': 'ما يعدّه بلد المقصد توظيفًا نشطًا',
    'Id of the national rule forbidding candidate fees':
      'معرّف القاعدة الوطنية التي تحظر تقاضي رسوم من المرشحين',
    'Stable identifier': 'معرّف ثابت',
    'The rule in a few words': 'القاعدة في كلمات قليلة',
    'How it is cited, e.g. "Employment Agencies Act 1973 s6(1)"':
      'طريقة الاستشهاد بها، مثل "Employment Agencies Act 1973 s6(1)"',
    'Where its text is published': 'مكان نشر نصها',
    'The reasons of a verdict this rule stands behind': 'أسباب الحكم التي تدعمها هذه القاعدة',
    'National rules cited by the verdicts': 'القواعد الوطنية التي تستشهد بها الأحكام',
    'Where the configuration comes from': 'مصدر التهيئة',
    "A destination's recruitment status configuration": 'تهيئة حالة التوظيف لبلد مقصد',
    "A destination's configuration in force and its saved versions":
      'التهيئة النافذة لبلد مقصد ونسخها المحفوظة',
    "Save a new version of a destination's recruitment status configuration; earlier versions are kept":
      'حفظ نسخة جديدة من تهيئة حالة التوظيف لبلد مقصد؛ ويُحتفظ بالنسخ السابقة',
    'What changed and why': 'ما الذي تغيّر ولماذا',
    'The version the change was made from (null: none saved yet); refused with 409 when a newer one was saved since':
      'النسخة التي أُجري التغيير انطلاقًا منها (null: لم تُحفظ أي نسخة بعد)؛ ويُرفض بالرمز 409 إذا حُفظت نسخة أحدث منذ ذلك الحين',
    "A new version of a destination's configuration": 'نسخة جديدة من تهيئة بلد مقصد',
    'Lacks the permission recruitment.configure for the area, or the installation is read-only':
      'لا يملك الإذن recruitment.configure للمنطقة، أو أن التثبيت للقراءة فقط',
  },
  ru: {
    'May employers of a destination actively recruit an occupation from a country on a date? Red, amber or green, with the reasons, the WHO Code articles and national rules behind them, and the dated changes':
      'Могут ли работодатели страны назначения на определённую дату активно нанимать представителей профессиональной группы из какой-либо страны? Красный, жёлтый или зелёный, с обоснованиями, статьями Кодекса ВОЗ и национальными нормами, на которых они основаны, и датированными изменениями',
    'The destination country, where the employer is': 'Страна назначения, в которой находится работодатель',
    'The country of origin of the health workers': 'Страна происхождения работников здравоохранения',
    'Occupation code, e.g. nursing-personnel or medical-doctors':
      'Код профессиональной группы, например nursing-personnel или medical-doctors',
    'The date asked about; today when omitted': 'Запрашиваемая дата; если не указана — сегодняшняя',
    'The employer recruiting, when an agreement names the employers allowed':
      'Работодатель, осуществляющий наем, если в соглашении перечислены допущенные работодатели',
    'How: a form of active recruitment (advertising, referral_bonus, agency, asking_staff_to_share_vacancies, fee_based_referral, direct_approach, or active for any), or direct_application by the health worker':
      'Способ: форма активного найма (advertising, referral_bonus, agency, asking_staff_to_share_vacancies, fee_based_referral, direct_approach или active — любая из них) или direct_application — самостоятельное обращение работника здравоохранения',
    'The status of the origin for the destination and the occupation on the date, whether the recruitment asked about is allowed, why, and the dated changes of the status':
      'Статус страны происхождения для страны назначения и профессиональной группы на указанную дату, допускается ли запрашиваемый наем, почему, а также датированные изменения статуса',
    'The recruitment status of every country of origin for a destination, an occupation and a date':
      'Статус найма каждой страны происхождения для заданных страны назначения, профессиональной группы и даты',
    'The destination country': 'Страна назначения',
    'The status of every country of origin for a destination, an occupation and a date':
      'Статус каждой страны происхождения для заданных страны назначения, профессиональной группы и даты',
    'The destinations with a recruitment status configuration of their own':
      'Страны назначения с собственной конфигурацией статуса найма',
    'The destinations with a configuration of their own; any other follows the WHO list as published':
      'Страны назначения с собственной конфигурацией; любая другая следует перечню ВОЗ в опубликованном виде',
    "A destination's recruitment status configuration in force (its own, or the WHO list as published) and its saved versions":
      'Действующая конфигурация статуса найма страны назначения (собственная или перечень ВОЗ в опубликованном виде) и её сохранённые версии',
    "The destination's name": 'Название страны назначения',
    'Title of the national code of practice': 'Название национального кодекса практики',
    'Where it is published': 'Где он опубликован',
    'Who publishes it': 'Кто его публикует',
    'A calendar date, YYYY-MM-DD': 'Календарная дата, YYYY-MM-DD',
    'From when it applies; null when the day is not known':
      'С какого момента он применяется; null, если день неизвестен',
    'Its editions and updates, or what is not known':
      'Его редакции и обновления или то, что о нём неизвестно',
    'The national code the destination applies; null: the WHO Global Code alone':
      'Национальный кодекс, применяемый страной назначения; null — только Глобальный кодекс ВОЗ по практике международного найма персонала здравоохранения',
    'Occupation codes covered; [] = all health personnel':
      'Охватываемые коды профессиональных групп; [] = весь персонал здравоохранения',
    'Who the code covers, in its own words':
      'На кого распространяется кодекс, в его собственной формулировке',
    'From this date (inclusive) until the next period, the red list is this edition':
      'С этой даты (включительно) до следующего периода «красным списком» является это издание',
    'Edition (year) of the WHO Support and Safeguards List':
      'Издание (год) перечня ВОЗ мер по поддержке и защите кадровых ресурсов здравоохранения',
    "How the edition's members are known: WHO's published list, or its recomputation from the data":
      'Как определён состав издания: опубликованный ВОЗ перечень или его пересчёт по данным',
    'True when the date is known only approximately': 'true, если дата известна лишь приблизительно',
    'Why this period, in the words of its source': 'Обоснование этого периода словами его источника',
    'Where the date and the edition come from': 'Откуда взяты дата и издание',
    'The editions of the Support and Safeguards List the destination follows, each from a date':
      'Издания перечня мер по поддержке и защите, которым следует страна назначения, каждое — с определённой даты',
    'The country of origin the exception is for': 'Страна происхождения, к которой относится исключение',
    'First day of the exception': 'Первый день действия исключения',
    'Day the exception ends (exclusive); null while it lasts':
      'День окончания исключения (не включительно); null, пока оно действует',
    'The status the destination gives the origin':
      'Статус, который страна назначения присваивает стране происхождения',
    'Why, as the destination states it': 'Причина в формулировке страны назначения',
    'Title of the agreement the exception rests on': 'Название соглашения, на котором основано исключение',
    'Where its text or its announcement is published': 'Где опубликован его текст или объявление о нём',
    'The agreement behind the exception; its terms come from the agreements registry':
      'Соглашение, на котором основано исключение; его условия берутся из реестра соглашений',
    'What is not known about it, or anything else a reader should know':
      'Что о нём неизвестно или что ещё следует знать читателю',
    'Where the exception is published': 'Где опубликовано исключение',
    "The destination's dated exceptions for given origins":
      'Датированные исключения страны назначения для отдельных стран происхождения',
    'Which agreements count: between governments, between institutions':
      'Какие соглашения учитываются: межправительственные, межучрежденческие',
    'Whether agreements make only listed origins amber, or any origin':
      'Делают ли соглашения жёлтыми только включённые в перечень страны происхождения или любую страну происхождения',
    'What the destination names as active recruitment': 'Что страна назначения относит к активному найму',
    'Id of the national rule forbidding candidate fees':
      'Идентификатор национальной нормы, запрещающей взимать плату с кандидатов',
    'Stable identifier': 'Постоянный идентификатор',
    'The rule in a few words': 'Норма в нескольких словах',
    'How it is cited, e.g. "Employment Agencies Act 1973 s6(1)"':
      'Как она цитируется, например "Employment Agencies Act 1973 s6(1)"',
    'Where its text is published': 'Где опубликован её текст',
    'The reasons of a verdict this rule stands behind': 'Обоснования вердикта, которые подкрепляет эта норма',
    'National rules cited by the verdicts': 'Национальные нормы, на которые ссылаются вердикты',
    'Where the configuration comes from': 'Откуда взята конфигурация',
    "A destination's recruitment status configuration": 'Конфигурация статуса найма страны назначения',
    "A destination's configuration in force and its saved versions":
      'Действующая конфигурация страны назначения и её сохранённые версии',
    "Save a new version of a destination's recruitment status configuration; earlier versions are kept":
      'Сохранить новую версию конфигурации статуса найма страны назначения; прежние версии сохраняются',
    'What changed and why': 'Что изменилось и почему',
    'The version the change was made from (null: none saved yet); refused with 409 when a newer one was saved since':
      'Версия, на основе которой внесено изменение (null — сохранённых версий ещё нет); отклоняется с кодом 409, если с тех пор была сохранена более новая',
    "A new version of a destination's configuration": 'Новая версия конфигурации страны назначения',
    'Lacks the permission recruitment.configure for the area, or the installation is read-only':
      'Отсутствует разрешение recruitment.configure для этой территории, или экземпляр системы доступен только для чтения',
  },
  zh: {
    'May employers of a destination actively recruit an occupation from a country on a date? Red, amber or green, with the reasons, the WHO Code articles and national rules behind them, and the dated changes':
      '某一日期目的地国家的雇主可否从某国积极招聘某一职业的人员？红色、琥珀色或绿色，附理由、所依据的世卫组织《守则》条款和国家规则，以及注明日期的变化',
    'The destination country, where the employer is': '目的地国家，即雇主所在国',
    'The country of origin of the health workers': '卫生工作者的来源国',
    'Occupation code, e.g. nursing-personnel or medical-doctors':
      '职业代码，例如 nursing-personnel 或 medical-doctors',
    'The date asked about; today when omitted': '所查询的日期；省略时为今天',
    'The employer recruiting, when an agreement names the employers allowed':
      '进行招聘的雇主；在协议列明获准招聘的雇主时使用',
    'How: a form of active recruitment (advertising, referral_bonus, agency, asking_staff_to_share_vacancies, fee_based_referral, direct_approach, or active for any), or direct_application by the health worker':
      '方式：一种积极招聘形式（advertising、referral_bonus、agency、asking_staff_to_share_vacancies、fee_based_referral、direct_approach，或 active 表示任一形式），或 direct_application 表示卫生工作者直接申请',
    'The status of the origin for the destination and the occupation on the date, whether the recruitment asked about is allowed, why, and the dated changes of the status':
      '该日期来源国对目的地国家和该职业而言的状态、所查询的招聘是否允许及其理由，以及该状态注明日期的变化',
    'The recruitment status of every country of origin for a destination, an occupation and a date':
      '给定目的地国家、职业和日期下每个来源国的招聘状态',
    'The destination country': '目的地国家',
    'The status of every country of origin for a destination, an occupation and a date':
      '给定目的地国家、职业和日期下每个来源国的状态',
    'The destinations with a recruitment status configuration of their own':
      '拥有自身招聘状态配置的目的地国家',
    'The destinations with a configuration of their own; any other follows the WHO list as published':
      '拥有自身配置的目的地国家；其他国家均遵循世卫组织公布的清单',
    "A destination's recruitment status configuration in force (its own, or the WHO list as published) and its saved versions":
      '目的地国家现行的招聘状态配置（其自身配置，或世卫组织公布的清单）及其已保存的版本',
    "The destination's name": '目的地国家的名称',
    'Title of the national code of practice': '国家行为守则的名称',
    'Where it is published': '发布位置',
    'Who publishes it': '发布者',
    'A calendar date, YYYY-MM-DD': '日历日期，YYYY-MM-DD',
    'From when it applies; null when the day is not known': '开始适用的时间；具体日期不详时为 null',
    'Its editions and updates, or what is not known': '其各版本和更新，或尚不清楚的情况',
    'The national code the destination applies; null: the WHO Global Code alone':
      '目的地国家适用的国家守则；null：仅适用世卫组织《全球卫生人员国际招聘行为守则》',
    'Occupation codes covered; [] = all health personnel': '涵盖的职业代码；[] = 所有卫生人员',
    'Who the code covers, in its own words': '该守则涵盖的对象，采用其原文表述',
    'From this date (inclusive) until the next period, the red list is this edition':
      '自该日期（含）起至下一时期，红色名单为此版本',
    'Edition (year) of the WHO Support and Safeguards List': '世卫组织卫生人力支持和保障清单的版本（年份）',
    "How the edition's members are known: WHO's published list, or its recomputation from the data":
      '该版本所列国家的确定方式：世卫组织公布的清单，或根据数据重新计算的结果',
    'True when the date is known only approximately': '仅知大致日期时为 true',
    'Why this period, in the words of its source': '设此时期的原因，采用其来源的表述',
    'Where the date and the edition come from': '日期和版本的来源',
    'The editions of the Support and Safeguards List the destination follows, each from a date':
      '目的地国家所遵循的支持和保障清单各版本，每个版本自某一日期起适用',
    'The country of origin the exception is for': '该例外所针对的来源国',
    'First day of the exception': '例外的第一天',
    'Day the exception ends (exclusive); null while it lasts': '例外结束之日（不含）；例外持续期间为 null',
    'The status the destination gives the origin': '目的地国家给予来源国的状态',
    'Why, as the destination states it': '原因，按目的地国家的表述',
    'Title of the agreement the exception rests on': '该例外所依据的协议名称',
    'Where its text or its announcement is published': '其文本或公告的发布位置',
    'The agreement behind the exception; its terms come from the agreements registry':
      '该例外所依据的协议；其条款取自协议登记册',
    'What is not known about it, or anything else a reader should know':
      '关于它尚不清楚的情况，或读者应了解的其他任何事项',
    'Where the exception is published': '该例外的发布位置',
    "The destination's dated exceptions for given origins": '目的地国家针对特定来源国的注明日期的例外',
    'Which agreements count: between governments, between institutions':
      '计入哪些协议：政府间协议、机构间协议',
    'Whether agreements make only listed origins amber, or any origin':
      '协议是仅使列入清单的来源国成为琥珀色，还是使任何来源国成为琥珀色',
    'What the destination names as active recruitment': '目的地国家所认定的积极招聘',
    'Id of the national rule forbidding candidate fees': '禁止向求职者收费的国家规则的标识符',
    'Stable identifier': '固定标识符',
    'The rule in a few words': '规则的简要说明',
    'How it is cited, e.g. "Employment Agencies Act 1973 s6(1)"':
      '引用方式，例如 "Employment Agencies Act 1973 s6(1)"',
    'Where its text is published': '其文本的发布位置',
    'The reasons of a verdict this rule stands behind': '此规则所支持的判定理由',
    'National rules cited by the verdicts': '判定中引用的国家规则',
    'Where the configuration comes from': '配置的来源',
    "A destination's recruitment status configuration": '目的地国家的招聘状态配置',
    "A destination's configuration in force and its saved versions": '目的地国家的现行配置及其已保存的版本',
    "Save a new version of a destination's recruitment status configuration; earlier versions are kept":
      '保存目的地国家招聘状态配置的新版本；保留以前的版本',
    'What changed and why': '更改内容及原因',
    'The version the change was made from (null: none saved yet); refused with 409 when a newer one was saved since':
      '更改所基于的版本（null：尚未保存任何版本）；如此后已保存更新的版本，则以 409 拒绝',
    "A new version of a destination's configuration": '目的地国家配置的新版本',
    'Lacks the permission recruitment.configure for the area, or the installation is read-only':
      '不具备该地区的recruitment.configure权限，或本系统为只读',
  },
};
