import type { Lang } from '../../../i18n/langs.ts';

/** The API description's texts of the WISN routes and schemas, keyed by their English. */
export const wisnText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    'A WISN study as a workbook: its inputs in the sheets the import reads, and a sheet of its results':
      'Une étude WISN sous forme de classeur : ses données dans les feuilles que l’import lit, et une feuille de ses résultats',
    'A WISN study with its inputs': 'Une étude WISN avec ses données',
    'A health-service activity, e.g. Antenatal care visit.':
      'Une activité de service de santé, p. ex. Consultation prénatale.',
    'A short code of the study (letters, digits, -, _), e.g. NUR.':
      'Un code court de l’étude (lettres, chiffres, -, _), p. ex. NUR.',
    'A stored WISN study with its results': 'Une étude WISN enregistrée avec ses résultats',
    'A support activity done by every member of the cadre, e.g. Staff meetings.':
      'Une activité de soutien faite par chaque membre de la catégorie, p. ex. Réunions du personnel.',
    'A: the possible working days in a year (e.g. 5 days × 52 weeks = 260).':
      'A : les jours de travail possibles dans une année (p. ex. 5 jours × 52 semaines = 260).',
    'An ISO 3166 alpha-3 country code: the area the study belongs to.':
      'Un code de pays ISO 3166 alpha-3 : la zone à laquelle appartient l’étude.',
    'An activity done by some members of the cadre only, e.g. Ward supervision.':
      'Une activité faite par certains membres de la catégorie seulement, p. ex. Supervision du service.',
    'Annual workload ÷ SW.': 'Charge de travail annuelle ÷ CTS.',
    'Available working time in hours: days worked × h.':
      'Temps de travail disponible en heures : jours travaillés × h.',
    'B: public holidays on working days, per year.': 'B : jours fériés tombant un jour de travail, par an.',
    'C: days of annual leave per year.': 'C : jours de congé annuel par an.',
    'Category allowance factor: 1 ÷ (1 − ΣCAS% ÷ 100).':
      'Facteur de norme de catégorie : 1 ÷ (1 − ΣNC % ÷ 100).',
    'Change a WISN study made on a version (409 with the current study when it is stale)':
      'Modifier une étude WISN faite sur une version (409 avec l’étude actuelle quand elle est périmée)',
    'Compute a WISN study: required staff, WISN difference, ratio and problem level per facility and cadre':
      'Calculer une étude WISN : personnel requis, différence WISN, ratio et niveau de problème par établissement et catégorie',
    'D: days of sick leave per year (on average).': 'D : jours de congé maladie par an (en moyenne).',
    'Days worked in a year: A − (B + C + D + E).': 'Jours travaillés dans une année : A − (B + C + D + E).',
    'Delete a WISN study': 'Supprimer une étude WISN',
    'E: days of other leave per year (training, maternity, …, on average).':
      'E : jours d’autres congés par an (formation, maternité, …, en moyenne).',
    'Each cadre over the study’s facilities.':
      'Chaque catégorie sur l’ensemble des établissements de l’étude.',
    'Excel workbook': 'Classeur Excel',
    'Existing − required; negative: a shortage.': 'En poste − requis ; négatif : une pénurie.',
    'From the WISN ratio and difference: very_high_pressure (ratio < 0.5), high_pressure (< 0.8), some_pressure (< 1), balanced (difference within half a member of staff), surplus (ratio > 1); no_workload when nothing is required and none is in post.':
      'D’après le ratio et la différence WISN : very_high_pressure (ratio < 0,5), high_pressure (< 0,8), some_pressure (< 1), balanced (différence de moins d’un demi-membre du personnel), surplus (ratio > 1) ; no_workload quand rien n’est requis et personne n’est en poste.',
    'How many members of the cadre at the facility do it.':
      'Combien de membres de la catégorie le font dans l’établissement.',
    'How many times the activity was done at the facility in a year (annual workload).':
      'Combien de fois l’activité a été faite dans l’établissement en un an (charge de travail annuelle).',
    'Import a WISN workbook (multipart field "file") as a new study, all of it or nothing':
      'Importer un classeur WISN (champ multipart "file") comme nouvelle étude, en entier ou pas du tout',
    'Individual allowance factor: Σ(IAS hours per year × staff doing it) ÷ AWT.':
      'Facteur de norme individuelle : Σ(heures de NI par an × personnel qui la fait) ÷ TTD.',
    'Lacks the permission wisn.manage for the area, or the installation is read-only':
      'N’a pas la permission wisn.manage pour la zone, ou l’installation est en lecture seule',
    'Needs wisn.manage for the study’s area (sheet study, column area). Refused (422) with every problem found, each named by file, sheet, row and column.':
      'Nécessite wisn.manage pour la zone de l’étude (feuille study, colonne area). Refusé (422) avec chaque problème trouvé, chacun désigné par fichier, feuille, ligne et colonne.',
    'Needs wisn.manage for the study’s area, before and after the change.':
      'Nécessite wisn.manage pour la zone de l’étude, avant et après la modification.',
    'Needs wisn.manage for the study’s area. The inputs must compute.':
      'Nécessite wisn.manage pour la zone de l’étude. Les données doivent pouvoir être calculées.',
    'One per facility and cadre, in the order of the study.':
      'Une par établissement et catégorie, dans l’ordre de l’étude.',
    'Only the studies of this area.': 'Seulement les études de cette zone.',
    'Read a WISN workbook (multipart field "file") into a study’s inputs, without storing it':
      'Lire un classeur WISN (champ multipart "file") en données d’une étude, sans l’enregistrer',
    'Refused (422) with every problem found, each named by file, sheet, row and column.':
      'Refusé (422) avec chaque problème trouvé, chacun désigné par fichier, feuille, ligne et colonne.',
    'Required staff: service staff × CAF + IAF.': 'Personnel requis : personnel de service × FNC + FNI.',
    'SW: how many times one member of staff can do it in a year.':
      'CTS : combien de fois un membre du personnel peut la faire en un an.',
    'Save a new WISN study': 'Enregistrer une nouvelle étude WISN',
    'Staff of the cadre in post at the facility (headcount or full-time equivalents).':
      'Personnel de la catégorie en poste dans l’établissement (effectif ou équivalents temps plein).',
    'Stores nothing. Refused (400) with every impossible input named by its field: leave exceeding the working days, category allowances of 100 % or more, a zero activity standard, unknown facilities, cadres or activities.':
      'N’enregistre rien. Refusé (400) avec chaque donnée impossible désignée par son champ : congés dépassant les jours de travail, normes de catégorie de 100 % ou plus, une norme d’activité nulle, établissements, catégories ou activités inconnus.',
    'The WISN studies of the areas the reader manages, newest change first':
      'Les études WISN des zones que le lecteur gère, la plus récemment modifiée en premier',
    'The WISN workbook template: one sheet per table, filled with a worked example':
      'Le modèle de classeur WISN : une feuille par table, rempli d’un exemple calculé',
    'The activity (service) standard, in its unit.': 'La norme d’activité (de service), dans son unité.',
    'The activity’s name, as in activities.': 'Le nom de l’activité, comme dans activities.',
    'The cadre’s code.': 'Le code de la catégorie.',
    'The category allowance standard, in its unit.': 'La norme de catégorie, dans son unité.',
    'The category allowances as a share of working time (%).':
      'Les normes de catégorie en part du temps de travail (%).',
    'The facility’s code.': 'Le code de l’établissement.',
    'The facility’s name.': 'Le nom de l’établissement.',
    'The individual allowance standard: time per period for one member doing it.':
      'La norme individuelle : temps par période pour un membre qui la fait.',
    'The results of a WISN study as CSV, a row per facility and cadre':
      'Les résultats d’une étude WISN en CSV, une ligne par établissement et catégorie',
    'The staff category, e.g. Nurses.': 'La catégorie de personnel, p. ex. Infirmiers.',
    'The study’s id.': 'L’identifiant de l’étude.',
    'The study’s name.': 'Le nom de l’étude.',
    'The type of facility studied, e.g. District hospital.':
      'Le type d’établissement étudié, p. ex. Hôpital de district.',
    'The version the change was made on.': 'La version sur laquelle la modification a été faite.',
    'WISN ratio: existing ÷ required staff; null when nothing is required.':
      'Ratio WISN : en poste ÷ personnel requis ; null quand rien n’est requis.',
    'With minutes or hours: per day, week, month or year of work; null with percent.':
      'Avec minutes ou heures : par jour, semaine, mois ou année de travail ; null avec percent.',
    'Working days in a week; with the days worked it gives the weeks worked in a year (for allowances given per week).':
      'Jours de travail par semaine ; avec les jours travaillés, ils donnent les semaines travaillées dans l’année (pour les normes données par semaine).',
    'h: working hours in a day.': 'h : heures de travail dans une journée.',
    'minutes or hours.': 'minutes ou heures.',
    'minutes or hours: unit time per activity; per_hour or per_day: rate of working (activities done in an hour or a day).':
      'minutes ou hours : temps unitaire par activité ; per_hour ou per_day : rythme de travail (activités faites en une heure ou une journée).',
    'per day, week, month or year of work.': 'par jour, semaine, mois ou année de travail.',
    'percent of working time, or minutes or hours per period.':
      'pourcentage du temps de travail, ou minutes ou heures par période.',
    'Σ annual workload ÷ SW over the activities.': 'Σ charge de travail annuelle ÷ CTS sur les activités.',
  },
  es: {
    'A WISN study as a workbook: its inputs in the sheets the import reads, and a sheet of its results':
      'Un estudio WISN como libro: sus datos en las hojas que lee la importación y una hoja con sus resultados',
    'A WISN study with its inputs': 'Un estudio WISN con sus datos',
    'A health-service activity, e.g. Antenatal care visit.':
      'Una actividad de servicio de salud, p. ej. Consulta prenatal.',
    'A short code of the study (letters, digits, -, _), e.g. NUR.':
      'Un código corto del estudio (letras, dígitos, -, _), p. ej. NUR.',
    'A stored WISN study with its results': 'Un estudio WISN guardado con sus resultados',
    'A support activity done by every member of the cadre, e.g. Staff meetings.':
      'Una actividad de apoyo que realiza cada miembro de la categoría, p. ej. Reuniones de personal.',
    'A: the possible working days in a year (e.g. 5 days × 52 weeks = 260).':
      'A: los días laborables posibles en un año (p. ej. 5 días × 52 semanas = 260).',
    'An ISO 3166 alpha-3 country code: the area the study belongs to.':
      'Un código de país ISO 3166 alfa-3: la zona a la que pertenece el estudio.',
    'An activity done by some members of the cadre only, e.g. Ward supervision.':
      'Una actividad que realizan solo algunos miembros de la categoría, p. ej. Supervisión de sala.',
    'Annual workload ÷ SW.': 'Carga de trabajo anual ÷ CTE.',
    'Available working time in hours: days worked × h.':
      'Tiempo de trabajo disponible en horas: días trabajados × h.',
    'B: public holidays on working days, per year.': 'B: feriados que caen en días laborables, por año.',
    'C: days of annual leave per year.': 'C: días de vacaciones anuales por año.',
    'Category allowance factor: 1 ÷ (1 − ΣCAS% ÷ 100).':
      'Factor de estándar de categoría: 1 ÷ (1 − ΣEC % ÷ 100).',
    'Change a WISN study made on a version (409 with the current study when it is stale)':
      'Cambiar un estudio WISN hecho sobre una versión (409 con el estudio actual cuando está desactualizado)',
    'Compute a WISN study: required staff, WISN difference, ratio and problem level per facility and cadre':
      'Calcular un estudio WISN: personal necesario, diferencia WISN, razón y nivel de problema por establecimiento y categoría',
    'D: days of sick leave per year (on average).':
      'D: días de licencia por enfermedad por año (en promedio).',
    'Days worked in a year: A − (B + C + D + E).': 'Días trabajados en un año: A − (B + C + D + E).',
    'Delete a WISN study': 'Eliminar un estudio WISN',
    'E: days of other leave per year (training, maternity, …, on average).':
      'E: días de otras licencias por año (formación, maternidad, …, en promedio).',
    'Each cadre over the study’s facilities.':
      'Cada categoría en el conjunto de establecimientos del estudio.',
    'Excel workbook': 'Libro de Excel',
    'Existing − required; negative: a shortage.': 'Existente − necesario; negativo: un déficit.',
    'From the WISN ratio and difference: very_high_pressure (ratio < 0.5), high_pressure (< 0.8), some_pressure (< 1), balanced (difference within half a member of staff), surplus (ratio > 1); no_workload when nothing is required and none is in post.':
      'Según la razón y la diferencia WISN: very_high_pressure (razón < 0,5), high_pressure (< 0,8), some_pressure (< 1), balanced (diferencia de menos de medio miembro del personal), surplus (razón > 1); no_workload cuando no se necesita nada y no hay nadie en el puesto.',
    'How many members of the cadre at the facility do it.':
      'Cuántos miembros de la categoría la realizan en el establecimiento.',
    'How many times the activity was done at the facility in a year (annual workload).':
      'Cuántas veces se realizó la actividad en el establecimiento en un año (carga de trabajo anual).',
    'Import a WISN workbook (multipart field "file") as a new study, all of it or nothing':
      'Importar un libro WISN (campo multipart "file") como estudio nuevo, todo o nada',
    'Individual allowance factor: Σ(IAS hours per year × staff doing it) ÷ AWT.':
      'Factor de estándar individual: Σ(horas de EI por año × personal que la realiza) ÷ TTD.',
    'Lacks the permission wisn.manage for the area, or the installation is read-only':
      'Carece del permiso wisn.manage para la zona, o la instalación es de solo lectura',
    'Needs wisn.manage for the study’s area (sheet study, column area). Refused (422) with every problem found, each named by file, sheet, row and column.':
      'Requiere wisn.manage para la zona del estudio (hoja study, columna area). Rechazado (422) con cada problema encontrado, cada uno indicado por archivo, hoja, fila y columna.',
    'Needs wisn.manage for the study’s area, before and after the change.':
      'Requiere wisn.manage para la zona del estudio, antes y después del cambio.',
    'Needs wisn.manage for the study’s area. The inputs must compute.':
      'Requiere wisn.manage para la zona del estudio. Los datos deben poder calcularse.',
    'One per facility and cadre, in the order of the study.':
      'Una por establecimiento y categoría, en el orden del estudio.',
    'Only the studies of this area.': 'Solo los estudios de esta zona.',
    'Read a WISN workbook (multipart field "file") into a study’s inputs, without storing it':
      'Leer un libro WISN (campo multipart "file") como datos de un estudio, sin guardarlo',
    'Refused (422) with every problem found, each named by file, sheet, row and column.':
      'Rechazado (422) con cada problema encontrado, cada uno indicado por archivo, hoja, fila y columna.',
    'Required staff: service staff × CAF + IAF.': 'Personal necesario: personal de servicio × FAC + FAI.',
    'SW: how many times one member of staff can do it in a year.':
      'CTE: cuántas veces puede realizarla un miembro del personal en un año.',
    'Save a new WISN study': 'Guardar un estudio WISN nuevo',
    'Staff of the cadre in post at the facility (headcount or full-time equivalents).':
      'Personal de la categoría en el puesto en el establecimiento (número de personas o equivalentes a tiempo completo).',
    'Stores nothing. Refused (400) with every impossible input named by its field: leave exceeding the working days, category allowances of 100 % or more, a zero activity standard, unknown facilities, cadres or activities.':
      'No guarda nada. Rechazado (400) con cada dato imposible indicado por su campo: licencias que superan los días laborables, estándares de categoría del 100 % o más, un estándar de actividad nulo, establecimientos, categorías o actividades desconocidos.',
    'The WISN studies of the areas the reader manages, newest change first':
      'Los estudios WISN de las zonas que gestiona el lector, el cambiado más recientemente primero',
    'The WISN workbook template: one sheet per table, filled with a worked example':
      'La plantilla del libro WISN: una hoja por tabla, con un ejemplo calculado',
    'The activity (service) standard, in its unit.': 'El estándar de actividad (de servicio), en su unidad.',
    'The activity’s name, as in activities.': 'El nombre de la actividad, como en activities.',
    'The cadre’s code.': 'El código de la categoría.',
    'The category allowance standard, in its unit.': 'El estándar de categoría, en su unidad.',
    'The category allowances as a share of working time (%).':
      'Los estándares de categoría como parte del tiempo de trabajo (%).',
    'The facility’s code.': 'El código del establecimiento.',
    'The facility’s name.': 'El nombre del establecimiento.',
    'The individual allowance standard: time per period for one member doing it.':
      'El estándar individual: tiempo por período para un miembro que la realiza.',
    'The results of a WISN study as CSV, a row per facility and cadre':
      'Los resultados de un estudio WISN en CSV, una fila por establecimiento y categoría',
    'The staff category, e.g. Nurses.': 'La categoría de personal, p. ej. Enfermeras.',
    'The study’s id.': 'El identificador del estudio.',
    'The study’s name.': 'El nombre del estudio.',
    'The type of facility studied, e.g. District hospital.':
      'El tipo de establecimiento estudiado, p. ej. Hospital de distrito.',
    'The version the change was made on.': 'La versión sobre la que se hizo el cambio.',
    'WISN ratio: existing ÷ required staff; null when nothing is required.':
      'Razón WISN: existente ÷ personal necesario; null cuando no se necesita nada.',
    'With minutes or hours: per day, week, month or year of work; null with percent.':
      'Con minutes u hours: por día, semana, mes o año de trabajo; null con percent.',
    'Working days in a week; with the days worked it gives the weeks worked in a year (for allowances given per week).':
      'Días laborables por semana; con los días trabajados dan las semanas trabajadas en el año (para los estándares dados por semana).',
    'h: working hours in a day.': 'h: horas de trabajo en un día.',
    'minutes or hours.': 'minutes u hours.',
    'minutes or hours: unit time per activity; per_hour or per_day: rate of working (activities done in an hour or a day).':
      'minutes u hours: tiempo por actividad; per_hour o per_day: ritmo de trabajo (actividades realizadas en una hora o un día).',
    'per day, week, month or year of work.': 'por día, semana, mes o año de trabajo.',
    'percent of working time, or minutes or hours per period.':
      'porcentaje del tiempo de trabajo, o minutos u horas por período.',
    'Σ annual workload ÷ SW over the activities.': 'Σ carga de trabajo anual ÷ CTE sobre las actividades.',
  },
  ar: {
    'A WISN study as a workbook: its inputs in the sheets the import reads, and a sheet of its results':
      'دراسة ⁨WISN⁩ في صورة مصنف: مدخلاتها في الأوراق التي يقرؤها الاستيراد، وورقة لنتائجها',
    'A WISN study with its inputs': 'دراسة ⁨WISN⁩ مع مدخلاتها',
    'A health-service activity, e.g. Antenatal care visit.':
      'نشاط من أنشطة الخدمات الصحية، مثل زيارة رعاية ما قبل الولادة.',
    'A short code of the study (letters, digits, -, _), e.g. NUR.':
      'رمز قصير في الدراسة (حروف وأرقام و⁨-⁩ و⁨_⁩)، مثل ⁨NUR⁩.',
    'A stored WISN study with its results': 'دراسة ⁨WISN⁩ محفوظة مع نتائجها',
    'A support activity done by every member of the cadre, e.g. Staff meetings.':
      'نشاط داعم يؤديه كل أفراد الفئة، مثل اجتماعات الموظفين.',
    'A: the possible working days in a year (e.g. 5 days × 52 weeks = 260).':
      '⁨A⁩: أيام العمل الممكنة في السنة (مثلًا 5 أيام × 52 أسبوعًا = 260).',
    'An ISO 3166 alpha-3 country code: the area the study belongs to.':
      'رمز بلد وفق ⁨ISO 3166 alpha-3⁩: المنطقة التي تنتمي إليها الدراسة.',
    'An activity done by some members of the cadre only, e.g. Ward supervision.':
      'نشاط يؤديه بعض أفراد الفئة فقط، مثل الإشراف على الجناح.',
    'Annual workload ÷ SW.': 'عبء العمل السنوي ÷ عبء العمل المعياري.',
    'Available working time in hours: days worked × h.': 'وقت العمل المتاح بالساعات: أيام العمل × ⁨h⁩.',
    'B: public holidays on working days, per year.': '⁨B⁩: العطل الرسمية الواقعة في أيام العمل، في السنة.',
    'C: days of annual leave per year.': '⁨C⁩: أيام الإجازة السنوية في السنة.',
    'Category allowance factor: 1 ÷ (1 − ΣCAS% ÷ 100).':
      'عامل بدل الفئة: 1 ÷ (1 − مجموع معايير الفئة % ÷ 100).',
    'Change a WISN study made on a version (409 with the current study when it is stale)':
      'تعديل دراسة ⁨WISN⁩ أُجري على إصدار (409 مع الدراسة الحالية إذا كان الإصدار قديمًا)',
    'Compute a WISN study: required staff, WISN difference, ratio and problem level per facility and cadre':
      'حساب دراسة ⁨WISN⁩: الموظفون المطلوبون وفرق ⁨WISN⁩ ونسبتها ومستوى المشكلة لكل منشأة وفئة',
    'D: days of sick leave per year (on average).': '⁨D⁩: أيام الإجازة المرضية في السنة (في المتوسط).',
    'Days worked in a year: A − (B + C + D + E).': 'أيام العمل في السنة: ⁨A − (B + C + D + E)⁩.',
    'Delete a WISN study': 'حذف دراسة ⁨WISN⁩',
    'E: days of other leave per year (training, maternity, …, on average).':
      '⁨E⁩: أيام الإجازات الأخرى في السنة (التدريب والأمومة وغيرهما، في المتوسط).',
    'Each cadre over the study’s facilities.': 'كل فئة على مجموع منشآت الدراسة.',
    'Excel workbook': 'مصنف ⁨Excel⁩',
    'Existing − required; negative: a shortage.': 'الموجود − المطلوب؛ القيمة السالبة تعني نقصًا.',
    'From the WISN ratio and difference: very_high_pressure (ratio < 0.5), high_pressure (< 0.8), some_pressure (< 1), balanced (difference within half a member of staff), surplus (ratio > 1); no_workload when nothing is required and none is in post.':
      'من نسبة ⁨WISN⁩ والفرق: ⁨very_high_pressure⁩ (النسبة < 0.5)، ⁨high_pressure⁩ (< 0.8)، ⁨some_pressure⁩ (< 1)، ⁨balanced⁩ (فرق أقل من نصف موظف)، ⁨surplus⁩ (النسبة > 1)؛ ⁨no_workload⁩ حين لا يُطلب شيء ولا يوجد أحد في الوظيفة.',
    'How many members of the cadre at the facility do it.': 'عدد أفراد الفئة في المنشأة الذين يؤدونه.',
    'How many times the activity was done at the facility in a year (annual workload).':
      'عدد مرات أداء النشاط في المنشأة خلال سنة (عبء العمل السنوي).',
    'Import a WISN workbook (multipart field "file") as a new study, all of it or nothing':
      'استيراد مصنف ⁨WISN⁩ (الحقل متعدد الأجزاء "file") كدراسة جديدة، كله أو لا شيء',
    'Individual allowance factor: Σ(IAS hours per year × staff doing it) ÷ AWT.':
      'عامل البدل الفردي: مجموع (ساعات البدل الفردي في السنة × عدد من يؤديه) ÷ وقت العمل المتاح.',
    'Lacks the permission wisn.manage for the area, or the installation is read-only':
      'لا يملك الإذن ⁨wisn.manage⁩ للمنطقة، أو أن التثبيت للقراءة فقط',
    'Needs wisn.manage for the study’s area (sheet study, column area). Refused (422) with every problem found, each named by file, sheet, row and column.':
      'يتطلب ⁨wisn.manage⁩ لمنطقة الدراسة (الورقة ⁨study⁩، العمود ⁨area⁩). يُرفض (422) مع كل مشكلة وُجدت، محددةً بالملف والورقة والصف والعمود.',
    'Needs wisn.manage for the study’s area, before and after the change.':
      'يتطلب ⁨wisn.manage⁩ لمنطقة الدراسة، قبل التعديل وبعده.',
    'Needs wisn.manage for the study’s area. The inputs must compute.':
      'يتطلب ⁨wisn.manage⁩ لمنطقة الدراسة. ويجب أن تكون المدخلات قابلة للحساب.',
    'One per facility and cadre, in the order of the study.': 'واحدة لكل منشأة وفئة، بترتيب الدراسة.',
    'Only the studies of this area.': 'دراسات هذه المنطقة فقط.',
    'Read a WISN workbook (multipart field "file") into a study’s inputs, without storing it':
      'قراءة مصنف ⁨WISN⁩ (الحقل متعدد الأجزاء "file") إلى مدخلات دراسة، دون حفظها',
    'Refused (422) with every problem found, each named by file, sheet, row and column.':
      'يُرفض (422) مع كل مشكلة وُجدت، محددةً بالملف والورقة والصف والعمود.',
    'Required staff: service staff × CAF + IAF.':
      'الموظفون المطلوبون: موظفو الخدمة × عامل بدل الفئة + عامل البدل الفردي.',
    'SW: how many times one member of staff can do it in a year.':
      'عبء العمل المعياري: عدد المرات التي يستطيع موظف واحد أداءه بها في السنة.',
    'Save a new WISN study': 'حفظ دراسة ⁨WISN⁩ جديدة',
    'Staff of the cadre in post at the facility (headcount or full-time equivalents).':
      'موظفو الفئة الموجودون في المنشأة (عددًا أو بما يعادل الدوام الكامل).',
    'Stores nothing. Refused (400) with every impossible input named by its field: leave exceeding the working days, category allowances of 100 % or more, a zero activity standard, unknown facilities, cadres or activities.':
      'لا يحفظ شيئًا. يُرفض (400) مع كل مدخل مستحيل محددًا بحقله: إجازات تتجاوز أيام العمل، معايير فئة تبلغ 100 % أو أكثر، معيار نشاط يساوي الصفر، منشآت أو فئات أو أنشطة غير معروفة.',
    'The WISN studies of the areas the reader manages, newest change first':
      'دراسات ⁨WISN⁩ للمناطق التي يديرها القارئ، الأحدث تعديلًا أولًا',
    'The WISN workbook template: one sheet per table, filled with a worked example':
      'نموذج مصنف ⁨WISN⁩: ورقة لكل جدول، مملوء بمثال محسوب',
    'The activity (service) standard, in its unit.': 'معيار النشاط (الخدمة)، بوحدته.',
    'The activity’s name, as in activities.': 'اسم النشاط، كما في ⁨activities⁩.',
    'The cadre’s code.': 'رمز الفئة.',
    'The category allowance standard, in its unit.': 'معيار بدل الفئة، بوحدته.',
    'The category allowances as a share of working time (%).': 'معايير الفئة كنسبة من وقت العمل (%).',
    'The facility’s code.': 'رمز المنشأة.',
    'The facility’s name.': 'اسم المنشأة.',
    'The individual allowance standard: time per period for one member doing it.':
      'معيار البدل الفردي: الوقت لكل فترة لفرد واحد يؤديه.',
    'The results of a WISN study as CSV, a row per facility and cadre':
      'نتائج دراسة ⁨WISN⁩ بصيغة ⁨CSV⁩، صف لكل منشأة وفئة',
    'The staff category, e.g. Nurses.': 'فئة الموظفين، مثل الممرضين.',
    'The study’s id.': 'معرّف الدراسة.',
    'The study’s name.': 'اسم الدراسة.',
    'The type of facility studied, e.g. District hospital.': 'نوع المنشأة المدروسة، مثل مستشفى المنطقة.',
    'The version the change was made on.': 'الإصدار الذي أُجري عليه التعديل.',
    'WISN ratio: existing ÷ required staff; null when nothing is required.':
      'نسبة ⁨WISN⁩: الموجود ÷ المطلوب؛ ⁨null⁩ حين لا يُطلب شيء.',
    'With minutes or hours: per day, week, month or year of work; null with percent.':
      'مع ⁨minutes⁩ أو ⁨hours⁩: لكل يوم أو أسبوع أو شهر أو سنة عمل؛ ⁨null⁩ مع ⁨percent⁩.',
    'Working days in a week; with the days worked it gives the weeks worked in a year (for allowances given per week).':
      'أيام العمل في الأسبوع؛ ومع أيام العمل الفعلية تعطي أسابيع العمل في السنة (للبدلات المعطاة لكل أسبوع).',
    'h: working hours in a day.': '⁨h⁩: ساعات العمل في اليوم.',
    'minutes or hours.': '⁨minutes⁩ أو ⁨hours⁩.',
    'minutes or hours: unit time per activity; per_hour or per_day: rate of working (activities done in an hour or a day).':
      '⁨minutes⁩ أو ⁨hours⁩: الوقت اللازم لكل نشاط؛ ⁨per_hour⁩ أو ⁨per_day⁩: معدل العمل (الأنشطة المنجزة في ساعة أو يوم).',
    'per day, week, month or year of work.': 'لكل يوم أو أسبوع أو شهر أو سنة عمل.',
    'percent of working time, or minutes or hours per period.':
      'نسبة مئوية من وقت العمل، أو دقائق أو ساعات لكل فترة.',
    'Σ annual workload ÷ SW over the activities.': 'مجموع عبء العمل السنوي ÷ عبء العمل المعياري على الأنشطة.',
  },
  ru: {
    'A WISN study as a workbook: its inputs in the sheets the import reads, and a sheet of its results':
      'Исследование WISN в виде книги: его данные на листах, которые читает импорт, и лист с результатами',
    'A WISN study with its inputs': 'Исследование WISN с его данными',
    'A health-service activity, e.g. Antenatal care visit.':
      'Вид медицинской деятельности, напр. Дородовой приём.',
    'A short code of the study (letters, digits, -, _), e.g. NUR.':
      'Короткий код в исследовании (буквы, цифры, -, _), напр. NUR.',
    'A stored WISN study with its results': 'Сохранённое исследование WISN с результатами',
    'A support activity done by every member of the cadre, e.g. Staff meetings.':
      'Вспомогательная деятельность, которую выполняет каждый сотрудник категории, напр. Совещания персонала.',
    'A: the possible working days in a year (e.g. 5 days × 52 weeks = 260).':
      'A: возможные рабочие дни в году (напр. 5 дней × 52 недели = 260).',
    'An ISO 3166 alpha-3 country code: the area the study belongs to.':
      'Код страны ISO 3166 alpha-3: территория, к которой относится исследование.',
    'An activity done by some members of the cadre only, e.g. Ward supervision.':
      'Деятельность, которую выполняют лишь некоторые сотрудники категории, напр. Руководство отделением.',
    'Annual workload ÷ SW.': 'Годовая нагрузка ÷ СН.',
    'Available working time in hours: days worked × h.':
      'Доступное рабочее время в часах: отработанные дни × h.',
    'B: public holidays on working days, per year.':
      'B: праздничные дни, приходящиеся на рабочие дни, в год.',
    'C: days of annual leave per year.': 'C: дни ежегодного отпуска в год.',
    'Category allowance factor: 1 ÷ (1 − ΣCAS% ÷ 100).': 'Коэффициент норм категории: 1 ÷ (1 − ΣНК % ÷ 100).',
    'Change a WISN study made on a version (409 with the current study when it is stale)':
      'Изменить исследование WISN, сделанное на версии (409 с текущим исследованием, если версия устарела)',
    'Compute a WISN study: required staff, WISN difference, ratio and problem level per facility and cadre':
      'Рассчитать исследование WISN: требуемый персонал, разница WISN, коэффициент и уровень проблемы по учреждениям и категориям',
    'D: days of sick leave per year (on average).': 'D: дни больничного в год (в среднем).',
    'Days worked in a year: A − (B + C + D + E).': 'Отработанные дни в году: A − (B + C + D + E).',
    'Delete a WISN study': 'Удалить исследование WISN',
    'E: days of other leave per year (training, maternity, …, on average).':
      'E: дни прочих отпусков в год (обучение, декрет, …, в среднем).',
    'Each cadre over the study’s facilities.': 'Каждая категория по всем учреждениям исследования.',
    'Excel workbook': 'Книга Excel',
    'Existing − required; negative: a shortage.': 'В штате − требуется; отрицательное значение — нехватка.',
    'From the WISN ratio and difference: very_high_pressure (ratio < 0.5), high_pressure (< 0.8), some_pressure (< 1), balanced (difference within half a member of staff), surplus (ratio > 1); no_workload when nothing is required and none is in post.':
      'По коэффициенту и разнице WISN: very_high_pressure (коэффициент < 0,5), high_pressure (< 0,8), some_pressure (< 1), balanced (разница меньше половины сотрудника), surplus (коэффициент > 1); no_workload, когда ничего не требуется и никого нет в штате.',
    'How many members of the cadre at the facility do it.':
      'Сколько сотрудников категории в учреждении её выполняют.',
    'How many times the activity was done at the facility in a year (annual workload).':
      'Сколько раз деятельность выполнялась в учреждении за год (годовая нагрузка).',
    'Import a WISN workbook (multipart field "file") as a new study, all of it or nothing':
      'Импортировать книгу WISN (поле multipart "file") как новое исследование, целиком или никак',
    'Individual allowance factor: Σ(IAS hours per year × staff doing it) ÷ AWT.':
      'Коэффициент индивидуальных норм: Σ(часы ИН в год × выполняющие её сотрудники) ÷ ДРВ.',
    'Lacks the permission wisn.manage for the area, or the installation is read-only':
      'Нет разрешения wisn.manage для территории, или установка только для чтения',
    'Needs wisn.manage for the study’s area (sheet study, column area). Refused (422) with every problem found, each named by file, sheet, row and column.':
      'Требуется wisn.manage для территории исследования (лист study, столбец area). Отклоняется (422) со всеми найденными проблемами, каждая с файлом, листом, строкой и столбцом.',
    'Needs wisn.manage for the study’s area, before and after the change.':
      'Требуется wisn.manage для территории исследования до и после изменения.',
    'Needs wisn.manage for the study’s area. The inputs must compute.':
      'Требуется wisn.manage для территории исследования. Данные должны рассчитываться.',
    'One per facility and cadre, in the order of the study.':
      'Одна на учреждение и категорию, в порядке исследования.',
    'Only the studies of this area.': 'Только исследования этой территории.',
    'Read a WISN workbook (multipart field "file") into a study’s inputs, without storing it':
      'Прочитать книгу WISN (поле multipart "file") в данные исследования, не сохраняя их',
    'Refused (422) with every problem found, each named by file, sheet, row and column.':
      'Отклоняется (422) со всеми найденными проблемами, каждая с файлом, листом, строкой и столбцом.',
    'Required staff: service staff × CAF + IAF.': 'Требуемый персонал: персонал на услуги × КФК + ИФК.',
    'SW: how many times one member of staff can do it in a year.':
      'СН: сколько раз один сотрудник может выполнить её за год.',
    'Save a new WISN study': 'Сохранить новое исследование WISN',
    'Staff of the cadre in post at the facility (headcount or full-time equivalents).':
      'Сотрудники категории в штате учреждения (число лиц или эквиваленты полной занятости).',
    'Stores nothing. Refused (400) with every impossible input named by its field: leave exceeding the working days, category allowances of 100 % or more, a zero activity standard, unknown facilities, cadres or activities.':
      'Ничего не сохраняет. Отклоняется (400) с каждым невозможным значением, названным по полю: отпуска больше рабочих дней, нормы категории 100 % и более, нулевая норма деятельности, неизвестные учреждения, категории или виды деятельности.',
    'The WISN studies of the areas the reader manages, newest change first':
      'Исследования WISN территорий, которыми управляет читатель, последние изменённые первыми',
    'The WISN workbook template: one sheet per table, filled with a worked example':
      'Шаблон книги WISN: по листу на таблицу, заполнен рассчитанным примером',
    'The activity (service) standard, in its unit.': 'Норма деятельности (услуги) в её единице.',
    'The activity’s name, as in activities.': 'Название деятельности, как в activities.',
    'The cadre’s code.': 'Код категории.',
    'The category allowance standard, in its unit.': 'Норма категории в её единице.',
    'The category allowances as a share of working time (%).':
      'Нормы категории как доля рабочего времени (%).',
    'The facility’s code.': 'Код учреждения.',
    'The facility’s name.': 'Название учреждения.',
    'The individual allowance standard: time per period for one member doing it.':
      'Индивидуальная норма: время за период для одного выполняющего её сотрудника.',
    'The results of a WISN study as CSV, a row per facility and cadre':
      'Результаты исследования WISN в CSV, строка на учреждение и категорию',
    'The staff category, e.g. Nurses.': 'Категория персонала, напр. Медсёстры.',
    'The study’s id.': 'Идентификатор исследования.',
    'The study’s name.': 'Название исследования.',
    'The type of facility studied, e.g. District hospital.':
      'Тип изучаемого учреждения, напр. Районная больница.',
    'The version the change was made on.': 'Версия, на которой сделано изменение.',
    'WISN ratio: existing ÷ required staff; null when nothing is required.':
      'Коэффициент WISN: в штате ÷ требуется; null, когда ничего не требуется.',
    'With minutes or hours: per day, week, month or year of work; null with percent.':
      'С minutes или hours: за день, неделю, месяц или год работы; null с percent.',
    'Working days in a week; with the days worked it gives the weeks worked in a year (for allowances given per week).':
      'Рабочие дни в неделю; вместе с отработанными днями дают отработанные недели в году (для норм, заданных на неделю).',
    'h: working hours in a day.': 'h: рабочие часы в день.',
    'minutes or hours.': 'minutes или hours.',
    'minutes or hours: unit time per activity; per_hour or per_day: rate of working (activities done in an hour or a day).':
      'minutes или hours: время на одно действие; per_hour или per_day: темп работы (действий за час или день).',
    'per day, week, month or year of work.': 'за день, неделю, месяц или год работы.',
    'percent of working time, or minutes or hours per period.':
      'процент рабочего времени, или минуты или часы за период.',
    'Σ annual workload ÷ SW over the activities.': 'Σ годовая нагрузка ÷ СН по видам деятельности.',
  },
  zh: {
    'A WISN study as a workbook: its inputs in the sheets the import reads, and a sheet of its results':
      '以工作簿形式呈现的 WISN 研究：导入所读取的各工作表中的输入数据，以及一张结果表',
    'A WISN study with its inputs': '含输入数据的 WISN 研究',
    'A health-service activity, e.g. Antenatal care visit.': '一项卫生服务活动，例如产前检查。',
    'A short code of the study (letters, digits, -, _), e.g. NUR.':
      '研究中的简短代码（字母、数字、-、_），例如 NUR。',
    'A stored WISN study with its results': '已保存的 WISN 研究及其结果',
    'A support activity done by every member of the cadre, e.g. Staff meetings.':
      '该类别每名人员都从事的支持性活动，例如员工会议。',
    'A: the possible working days in a year (e.g. 5 days × 52 weeks = 260).':
      'A：一年中可能的工作日数（例如 5 天 × 52 周 = 260）。',
    'An ISO 3166 alpha-3 country code: the area the study belongs to.':
      'ISO 3166 alpha-3 国家代码：研究所属的地区。',
    'An activity done by some members of the cadre only, e.g. Ward supervision.':
      '仅由该类别部分人员从事的活动，例如病房督导。',
    'Annual workload ÷ SW.': '年工作量 ÷ 标准工作量。',
    'Available working time in hours: days worked × h.': '以小时计的可用工作时间：实际工作日 × h。',
    'B: public holidays on working days, per year.': 'B：每年落在工作日的公共假日数。',
    'C: days of annual leave per year.': 'C：每年年假天数。',
    'Category allowance factor: 1 ÷ (1 − ΣCAS% ÷ 100).': '类别津贴系数：1 ÷ (1 − 类别津贴标准合计% ÷ 100)。',
    'Change a WISN study made on a version (409 with the current study when it is stale)':
      '修改基于某版本的 WISN 研究（版本过期时返回 409 及当前研究）',
    'Compute a WISN study: required staff, WISN difference, ratio and problem level per facility and cadre':
      '计算 WISN 研究：按机构和人员类别给出所需人员、WISN 差额、比率和问题级别',
    'D: days of sick leave per year (on average).': 'D：每年病假天数（平均）。',
    'Days worked in a year: A − (B + C + D + E).': '一年中的实际工作日：A − (B + C + D + E)。',
    'Delete a WISN study': '删除 WISN 研究',
    'E: days of other leave per year (training, maternity, …, on average).':
      'E：每年其他休假天数（培训、产假等，平均）。',
    'Each cadre over the study’s facilities.': '各人员类别在研究所有机构中的合计。',
    'Excel workbook': 'Excel 工作簿',
    'Existing − required; negative: a shortage.': '现有 − 所需；负数表示短缺。',
    'From the WISN ratio and difference: very_high_pressure (ratio < 0.5), high_pressure (< 0.8), some_pressure (< 1), balanced (difference within half a member of staff), surplus (ratio > 1); no_workload when nothing is required and none is in post.':
      '根据 WISN 比率和差额：very_high_pressure（比率 < 0.5）、high_pressure（< 0.8）、some_pressure（< 1）、balanced（差额不足半名人员）、surplus（比率 > 1）；既无所需也无在岗人员时为 no_workload。',
    'How many members of the cadre at the facility do it.': '机构中从事该活动的该类别人员数。',
    'How many times the activity was done at the facility in a year (annual workload).':
      '机构一年内开展该活动的次数（年工作量）。',
    'Import a WISN workbook (multipart field "file") as a new study, all of it or nothing':
      '将 WISN 工作簿（multipart 字段 "file"）作为新研究导入，全部导入或全不导入',
    'Individual allowance factor: Σ(IAS hours per year × staff doing it) ÷ AWT.':
      '个人津贴系数：Σ(每年个人津贴标准小时 × 从事人数) ÷ 可用工作时间。',
    'Lacks the permission wisn.manage for the area, or the installation is read-only':
      '缺少该地区的 wisn.manage 权限，或安装为只读',
    'Needs wisn.manage for the study’s area (sheet study, column area). Refused (422) with every problem found, each named by file, sheet, row and column.':
      '需要研究所在地区的 wisn.manage（工作表 study，列 area）。被拒绝（422）时列出发现的每个问题，并注明文件、工作表、行和列。',
    'Needs wisn.manage for the study’s area, before and after the change.':
      '修改前后均需要研究所在地区的 wisn.manage。',
    'Needs wisn.manage for the study’s area. The inputs must compute.':
      '需要研究所在地区的 wisn.manage。输入数据必须可以计算。',
    'One per facility and cadre, in the order of the study.': '每个机构和人员类别一条，按研究中的顺序。',
    'Only the studies of this area.': '仅限该地区的研究。',
    'Read a WISN workbook (multipart field "file") into a study’s inputs, without storing it':
      '将 WISN 工作簿（multipart 字段 "file"）读取为研究的输入数据，不保存',
    'Refused (422) with every problem found, each named by file, sheet, row and column.':
      '被拒绝（422）时列出发现的每个问题，并注明文件、工作表、行和列。',
    'Required staff: service staff × CAF + IAF.': '所需人员：服务人员 × 类别津贴系数 + 个人津贴系数。',
    'SW: how many times one member of staff can do it in a year.': '标准工作量：一名人员一年内可完成的次数。',
    'Save a new WISN study': '保存新的 WISN 研究',
    'Staff of the cadre in post at the facility (headcount or full-time equivalents).':
      '机构中该类别的在岗人员（人数或全时当量）。',
    'Stores nothing. Refused (400) with every impossible input named by its field: leave exceeding the working days, category allowances of 100 % or more, a zero activity standard, unknown facilities, cadres or activities.':
      '不保存任何内容。被拒绝（400）时按字段列出每个不可能的输入：休假超过工作日、类别津贴标准达到或超过 100%、活动标准为零、未知的机构、人员类别或活动。',
    'The WISN studies of the areas the reader manages, newest change first':
      '读者所管理地区的 WISN 研究，最近修改的在前',
    'The WISN workbook template: one sheet per table, filled with a worked example':
      'WISN 工作簿模板：每个表一张工作表，填有一个计算示例',
    'The activity (service) standard, in its unit.': '活动（服务）标准，按其单位。',
    'The activity’s name, as in activities.': '活动名称，与 activities 中一致。',
    'The cadre’s code.': '人员类别代码。',
    'The category allowance standard, in its unit.': '类别津贴标准，按其单位。',
    'The category allowances as a share of working time (%).': '类别津贴占工作时间的比例（%）。',
    'The facility’s code.': '机构代码。',
    'The facility’s name.': '机构名称。',
    'The individual allowance standard: time per period for one member doing it.':
      '个人津贴标准：从事该活动的一名人员每个周期的时间。',
    'The results of a WISN study as CSV, a row per facility and cadre':
      'WISN 研究结果的 CSV，每个机构和人员类别一行',
    'The staff category, e.g. Nurses.': '人员类别，例如护士。',
    'The study’s id.': '研究的 ID。',
    'The study’s name.': '研究名称。',
    'The type of facility studied, e.g. District hospital.': '所研究的机构类型，例如区医院。',
    'The version the change was made on.': '修改所基于的版本。',
    'WISN ratio: existing ÷ required staff; null when nothing is required.':
      'WISN 比率：现有 ÷ 所需；无所需时为 null。',
    'With minutes or hours: per day, week, month or year of work; null with percent.':
      '使用 minutes 或 hours 时：每个工作日、周、月或年；使用 percent 时为 null。',
    'Working days in a week; with the days worked it gives the weeks worked in a year (for allowances given per week).':
      '每周工作日数；与实际工作日一起得出一年的工作周数（用于按周给出的津贴）。',
    'h: working hours in a day.': 'h：每天工作小时数。',
    'minutes or hours.': 'minutes 或 hours。',
    'minutes or hours: unit time per activity; per_hour or per_day: rate of working (activities done in an hour or a day).':
      'minutes 或 hours：每项活动的单位时间；per_hour 或 per_day：工作速率（每小时或每天完成的活动数）。',
    'per day, week, month or year of work.': '每个工作日、周、月或年。',
    'percent of working time, or minutes or hours per period.':
      '占工作时间的百分比，或每个周期的分钟数或小时数。',
    'Σ annual workload ÷ SW over the activities.': '各项活动的 Σ 年工作量 ÷ 标准工作量。',
  },
};
