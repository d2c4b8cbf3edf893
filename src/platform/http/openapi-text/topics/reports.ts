import type { Lang } from '../../../i18n/langs.ts';

/** The API description's texts of the reports routes and schemas, keyed by their English. */
export const reportsText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    '"<report id>:<question id>", stable across regenerations.':
      '"<report id>:<question id>", stable d’une régénération à l’autre.',
    '"yes", "no", "partly" or an option code.': '"yes", "no", "partly" ou un code d’option.',
    '1 for the first return, 2 for the second…': '1 pour la première soumission, 2 pour la deuxième…',
    'A WHO region or income group code; "_T" for all countries.':
      'Un code de Région de l’OMS ou de groupe de revenu ; "_T" pour tous les pays.',
    'A comment on the whole report.': 'Un commentaire sur l’ensemble du rapport.',
    'A file attached to a report, as it was uploaded':
      'Un fichier joint à un rapport, tel qu’il a été téléversé',
    'A questionnaire version: its sections and questions in six languages, and what changed from the previous':
      'Une version de questionnaire : ses sections et ses questions en six langues, et ce qui a changé par rapport à la précédente',
    'A question’s stable identifier, kept across questionnaire versions.':
      'L’identifiant stable d’une question, conservé d’une version du questionnaire à l’autre.',
    'A report with its comments, attachments, issues and the actions the reader may take':
      'Un rapport avec ses commentaires, ses pièces jointes, ses problèmes et les actions que le lecteur peut effectuer',
    'A table answer: one object per row, keyed by column id.':
      'Une réponse sous forme de tableau : un objet par ligne, indexé par identifiant de colonne.',
    'A text in Arabic, Chinese, English, French, Russian and Spanish.':
      'Un texte en anglais, arabe, chinois, espagnol, français et russe.',
    'Accept a submitted report': 'Accepter un rapport soumis',
    'Answers keyed by question id.': 'Réponses indexées par identifiant de question.',
    'Attach a file to a file question, sent as multipart form data (PDF, DOCX, XLSX, ODT, CSV, PNG or JPEG, at most 10 MB)':
      'Joindre un fichier à une question de type fichier, envoyé en formulaire multipart (PDF, DOCX, XLSX, ODT, CSV, PNG ou JPEG, 10 Mo au maximum)',
    'Autosave the answers changed since a version (409 with the current report when it is stale)':
      'Enregistrer automatiquement les réponses modifiées depuis une version (409 avec le rapport actuel lorsqu’elle est périmée)',
    'Chosen by the secretariat for the report.': 'Choisi par le Secrétariat pour le rapport.',
    'Country of training or birth; null: all.': 'Pays de formation ou de naissance ; null : tous.',
    'Derive a new questionnaire version from an existing one':
      'Dériver une nouvelle version de questionnaire d’une version existante',
    'Designated national authorities.': 'Autorités nationales désignées.',
    "Edit the draft progress report's summary, section texts and chosen narratives (409 with the current report when stale)":
      'Modifier le résumé, les textes des sections et les récits choisis du projet de rapport de situation (409 avec le rapport actuel lorsqu’il est périmé)',
    "Generate the round's global progress report from its reports, or regenerate the draft keeping the secretariat's text":
      'Générer le rapport de situation mondial du cycle de notification à partir de ses rapports, ou régénérer le projet en conservant le texte du Secrétariat',
    'How many questions it has.': 'Nombre de questions qu’il comporte.',
    'How many sections it has.': 'Nombre de sections qu’il comporte.',
    'Import the figures of an accepted national report into the data core as one batch':
      'Importer les chiffres d’un rapport national accepté dans le noyau de données, en un seul lot',
    'Its id in the previous version, when renamed.':
      'Son identifiant dans la version précédente, s’il a été renommé.',
    'National reports received (submitted, accepted or published).':
      'Rapports nationaux reçus (soumis, acceptés ou publiés).',
    'Only the national or only the stakeholder questionnaires.':
      'Uniquement les questionnaires nationaux ou uniquement ceux des parties prenantes.',
    'Publish an accepted report': 'Publier un rapport accepté',
    'Questionnaire versions of WHO Code reporting (national and stakeholder)':
      'Versions de questionnaire de la notification au titre du Code de l’OMS (nationales et parties prenantes)',
    'Remove a file from a report that can still be changed':
      'Retirer un fichier d’un rapport encore modifiable',
    'Return a report to its authors with comments, per question or on the whole report':
      'Renvoyer un rapport à ses auteurs avec des commentaires, par question ou sur l’ensemble du rapport',
    'SHA-256 of the reports and data it was generated from.':
      'SHA-256 des rapports et des données à partir desquels il a été généré.',
    'Start a national or stakeholder report on an open round, its tables pre-filled from the data core':
      'Commencer un rapport national ou de partie prenante pour un cycle de notification ouvert, ses tableaux étant pré-remplis à partir du noyau de données',
    'Submit a report for review (refused while answers are missing or wrong)':
      'Soumettre un rapport pour examen (refusé tant que des réponses manquent ou sont erronées)',
    'The closed questions answered, for received reports only.':
      'Les questions fermées ayant reçu une réponse, pour les rapports reçus uniquement.',
    'The country the report is about, if one.': 'Le pays sur lequel porte le rapport, le cas échéant.',
    'The dataset (source code) of the stored value.':
      'Le jeu de données (code source) de la valeur enregistrée.',
    'The file question the file answers.': 'La question de type fichier à laquelle le fichier répond.',
    'The file, with its stored content type.': 'Le fichier, avec son type de contenu enregistré.',
    'The ids of the files attached to the question.': 'Les identifiants des fichiers joints à la question.',
    'The instrument: "nri" or "stakeholder".': 'L’instrument : "nri" ou "stakeholder".',
    'The national report’s state, or "not-started".': 'L’état du rapport national, ou "not-started".',
    'The option codes chosen, separated by commas.':
      'Les codes des options choisies, séparés par des virgules.',
    'The options chosen, in words.': 'Les options choisies, en toutes lettres.',
    'The question commented on; null: the whole report.':
      'La question commentée ; null : l’ensemble du rapport.',
    'The question is asked only when the answer to another is one of the values given.':
      'La question n’est posée que si la réponse à une autre question est l’une des valeurs indiquées.',
    'The questionnaire version’s number.': 'Le numéro de la version du questionnaire.',
    'The question’s id in the new version (the old one for "removed").':
      'L’identifiant de la question dans la nouvelle version (l’ancien pour "removed").',
    'The reports counted.': 'Les rapports comptabilisés.',
    'The reports of a round the reader may read':
      'Les rapports d’un cycle de notification que le lecteur peut consulter',
    "The round's global progress report (public once the round is published)":
      'Le rapport de situation mondial du cycle de notification (public une fois le cycle publié)',
    'The row’s key: the values of its non-number columns, "GHA|nurses|2024".':
      'La clé de la ligne : les valeurs de ses colonnes non numériques, "GHA|nurses|2024".',
    'The secretariat reads every report; a national authority its country’s; a stakeholder its own; everyone the published ones.':
      'Le Secrétariat consulte tous les rapports ; une autorité nationale ceux de son pays ; une partie prenante les siens ; tout le monde les rapports publiés.',
    'The table column id.': 'L’identifiant de la colonne du tableau.',
    'The table row (from 1).': 'La ligne du tableau (à partir de 1).',
    'The version it is derived from.': 'La version dont elle est dérivée.',
    'The version it was derived from; null for the first one.':
      'La version dont elle a été dérivée ; null pour la première.',
    'The version of the report the file is added to; a stale one is refused (409).':
      'La version du rapport à laquelle le fichier est ajouté ; une version périmée est refusée (409).',
    'The version the changes were made on.': 'La version sur laquelle les modifications ont été faites.',
    'The version, usually the round’s year: "2027".':
      'La version, généralement l’année du cycle de notification : "2027".',
    'What changed from the version it was derived from.':
      'Ce qui a changé par rapport à la version dont elle a été dérivée.',
    'What is still missing or wrong; a report with issues cannot be submitted.':
      'Ce qui manque encore ou est erroné ; un rapport présentant des problèmes ne peut pas être soumis.',
    'What the data core holds for the report’s tables, and how the reported figures differ from it':
      'Ce que le noyau de données contient pour les tableaux du rapport, et en quoi les chiffres déclarés en diffèrent',
    'What the data core holds for the same key, if anything.':
      'Ce que le noyau de données contient pour la même clé, le cas échéant.',
    'What the data core holds for the table.': 'Ce que le noyau de données contient pour le tableau.',
    'When it was stored (ISO 8601).': 'Date et heure d’enregistrement (ISO 8601).',
    'When returning: what to correct, question by question.':
      'En cas de renvoi : ce qu’il faut corriger, question par question.',
    'Why they differ, as far as hwmo can tell, in the reader’s language.':
      'Pourquoi ils diffèrent, dans la mesure où hwmo peut le déterminer, dans la langue du lecteur.',
    'national (the national reporting instrument) or stakeholder.':
      'national (l’instrument national de notification) ou stakeholder.',
    'stock or inflow': 'stock ou inflow',
  },
  es: {
    '"<report id>:<question id>", stable across regenerations.':
      '"<report id>:<question id>", estable entre regeneraciones.',
    '"yes", "no", "partly" or an option code.': '"yes", "no", "partly" o un código de opción.',
    '1 for the first return, 2 for the second…': '1 para la primera entrega, 2 para la segunda…',
    'A WHO region or income group code; "_T" for all countries.':
      'Un código de región de la OMS o de grupo de ingresos; "_T" para todos los países.',
    'A comment on the whole report.': 'Un comentario sobre el informe completo.',
    'A file attached to a report, as it was uploaded': 'Un archivo adjunto a un informe, tal como se cargó',
    'A questionnaire version: its sections and questions in six languages, and what changed from the previous':
      'Una versión del cuestionario: sus secciones y preguntas en seis idiomas, y lo que cambió respecto de la anterior',
    'A question’s stable identifier, kept across questionnaire versions.':
      'El identificador estable de una pregunta, que se mantiene entre versiones del cuestionario.',
    'A report with its comments, attachments, issues and the actions the reader may take':
      'Un informe con sus comentarios, archivos adjuntos, problemas y las acciones que el lector puede realizar',
    'A table answer: one object per row, keyed by column id.':
      'Una respuesta en forma de tabla: un objeto por fila, indexado por identificador de columna.',
    'A text in Arabic, Chinese, English, French, Russian and Spanish.':
      'Un texto en árabe, chino, español, francés, inglés y ruso.',
    'Accept a submitted report': 'Aceptar un informe presentado',
    'Answers keyed by question id.': 'Respuestas indexadas por identificador de pregunta.',
    'Attach a file to a file question, sent as multipart form data (PDF, DOCX, XLSX, ODT, CSV, PNG or JPEG, at most 10 MB)':
      'Adjuntar un archivo a una pregunta de tipo archivo, enviado como formulario multipart (PDF, DOCX, XLSX, ODT, CSV, PNG o JPEG, 10 MB como máximo)',
    'Autosave the answers changed since a version (409 with the current report when it is stale)':
      'Guardar automáticamente las respuestas modificadas desde una versión (409 con el informe actual cuando está desactualizada)',
    'Chosen by the secretariat for the report.': 'Elegido por la Secretaría para el informe.',
    'Country of training or birth; null: all.': 'País de formación o de nacimiento; null: todos.',
    'Derive a new questionnaire version from an existing one':
      'Derivar una nueva versión del cuestionario a partir de una existente',
    'Designated national authorities.': 'Autoridades nacionales designadas.',
    "Edit the draft progress report's summary, section texts and chosen narratives (409 with the current report when stale)":
      'Editar el resumen, los textos de las secciones y las narrativas elegidas del borrador del informe de progreso (409 con el informe actual cuando está desactualizado)',
    "Generate the round's global progress report from its reports, or regenerate the draft keeping the secretariat's text":
      'Generar el informe mundial de progreso de la ronda a partir de sus informes, o regenerar el borrador conservando el texto de la Secretaría',
    'How many questions it has.': 'Cuántas preguntas tiene.',
    'How many sections it has.': 'Cuántas secciones tiene.',
    'Import the figures of an accepted national report into the data core as one batch':
      'Importar las cifras de un informe nacional aceptado al núcleo de datos como un solo lote',
    'Its id in the previous version, when renamed.':
      'Su identificador en la versión anterior, si se le cambió el nombre.',
    'National reports received (submitted, accepted or published).':
      'Informes nacionales recibidos (presentados, aceptados o publicados).',
    'Only the national or only the stakeholder questionnaires.':
      'Solo los cuestionarios nacionales o solo los de las partes interesadas.',
    'Publish an accepted report': 'Publicar un informe aceptado',
    'Questionnaire versions of WHO Code reporting (national and stakeholder)':
      'Versiones del cuestionario de la presentación de informes sobre el Código de la OMS (nacional y de partes interesadas)',
    'Remove a file from a report that can still be changed':
      'Eliminar un archivo de un informe que todavía puede modificarse',
    'Return a report to its authors with comments, per question or on the whole report':
      'Devolver un informe a sus autores con comentarios, por pregunta o sobre el informe completo',
    'SHA-256 of the reports and data it was generated from.':
      'SHA-256 de los informes y datos a partir de los cuales se generó.',
    'Start a national or stakeholder report on an open round, its tables pre-filled from the data core':
      'Iniciar un informe nacional o de parte interesada en una ronda abierta, con sus tablas precargadas desde el núcleo de datos',
    'Submit a report for review (refused while answers are missing or wrong)':
      'Presentar un informe para su examen (se rechaza mientras falten respuestas o haya respuestas incorrectas)',
    'The closed questions answered, for received reports only.':
      'Las preguntas cerradas respondidas, solo para los informes recibidos.',
    'The country the report is about, if one.': 'El país al que se refiere el informe, si lo hay.',
    'The dataset (source code) of the stored value.':
      'El conjunto de datos (código de fuente) del valor almacenado.',
    'The file question the file answers.': 'La pregunta de tipo archivo a la que responde el archivo.',
    'The file, with its stored content type.': 'El archivo, con su tipo de contenido almacenado.',
    'The ids of the files attached to the question.':
      'Los identificadores de los archivos adjuntos a la pregunta.',
    'The instrument: "nri" or "stakeholder".': 'El instrumento: "nri" o "stakeholder".',
    'The national report’s state, or "not-started".': 'El estado del informe nacional, o "not-started".',
    'The option codes chosen, separated by commas.':
      'Los códigos de las opciones elegidas, separados por comas.',
    'The options chosen, in words.': 'Las opciones elegidas, en palabras.',
    'The question commented on; null: the whole report.': 'La pregunta comentada; null: el informe completo.',
    'The question is asked only when the answer to another is one of the values given.':
      'La pregunta solo se formula cuando la respuesta a otra es uno de los valores indicados.',
    'The questionnaire version’s number.': 'El número de la versión del cuestionario.',
    'The question’s id in the new version (the old one for "removed").':
      'El identificador de la pregunta en la nueva versión (el antiguo para "removed").',
    'The reports counted.': 'Los informes contabilizados.',
    'The reports of a round the reader may read': 'Los informes de una ronda que el lector puede leer',
    "The round's global progress report (public once the round is published)":
      'El informe mundial de progreso de la ronda (público una vez publicada la ronda)',
    'The row’s key: the values of its non-number columns, "GHA|nurses|2024".':
      'La clave de la fila: los valores de sus columnas no numéricas, "GHA|nurses|2024".',
    'The secretariat reads every report; a national authority its country’s; a stakeholder its own; everyone the published ones.':
      'La Secretaría lee todos los informes; una autoridad nacional, los de su país; una parte interesada, los suyos; todos, los publicados.',
    'The table column id.': 'El identificador de la columna de la tabla.',
    'The table row (from 1).': 'La fila de la tabla (a partir de 1).',
    'The version it is derived from.': 'La versión de la que se deriva.',
    'The version it was derived from; null for the first one.':
      'La versión de la que se derivó; null para la primera.',
    'The version of the report the file is added to; a stale one is refused (409).':
      'La versión del informe a la que se añade el archivo; una versión desactualizada se rechaza (409).',
    'The version the changes were made on.': 'La versión sobre la que se hicieron los cambios.',
    'The version, usually the round’s year: "2027".': 'La versión, normalmente el año de la ronda: "2027".',
    'What changed from the version it was derived from.':
      'Lo que cambió respecto de la versión de la que se derivó.',
    'What is still missing or wrong; a report with issues cannot be submitted.':
      'Lo que aún falta o es incorrecto; un informe con problemas no puede presentarse.',
    'What the data core holds for the report’s tables, and how the reported figures differ from it':
      'Lo que el núcleo de datos contiene para las tablas del informe, y en qué difieren de ello las cifras notificadas',
    'What the data core holds for the same key, if anything.':
      'Lo que el núcleo de datos contiene para la misma clave, si lo hay.',
    'What the data core holds for the table.': 'Lo que el núcleo de datos contiene para la tabla.',
    'When it was stored (ISO 8601).': 'Cuándo se almacenó (ISO 8601).',
    'When returning: what to correct, question by question.':
      'Al devolver: qué corregir, pregunta por pregunta.',
    'Why they differ, as far as hwmo can tell, in the reader’s language.':
      'Por qué difieren, en la medida en que hwmo puede determinarlo, en el idioma del lector.',
    'national (the national reporting instrument) or stakeholder.':
      'national (el instrumento nacional de presentación de informes) o stakeholder.',
    'stock or inflow': 'stock o inflow',
  },
  ar: {
    '"<report id>:<question id>", stable across regenerations.':
      '"<report id>:<question id>"، ثابت عبر عمليات إعادة التوليد.',
    '"yes", "no", "partly" or an option code.': '"yes" أو "no" أو "partly" أو رمز خيار.',
    '1 for the first return, 2 for the second…': '1 للتقديم الأول، و2 للتقديم الثاني…',
    'A WHO region or income group code; "_T" for all countries.':
      'رمز إقليم من أقاليم منظمة الصحة العالمية أو فئة دخل؛ "_T" لجميع البلدان.',
    'A comment on the whole report.': 'تعليق على التقرير بأكمله.',
    'A file attached to a report, as it was uploaded': 'ملف مرفق بتقرير، كما رُفع',
    'A questionnaire version: its sections and questions in six languages, and what changed from the previous':
      'نسخة من الاستبيان: أقسامها وأسئلتها بست لغات، وما تغيّر عن النسخة السابقة',
    'A question’s stable identifier, kept across questionnaire versions.':
      'المعرّف الثابت لسؤال، يُحتفظ به عبر نسخ الاستبيان.',
    'A report with its comments, attachments, issues and the actions the reader may take':
      'تقرير مع تعليقاته ومرفقاته ومشكلاته والإجراءات التي يمكن للقارئ اتخاذها',
    'A table answer: one object per row, keyed by column id.':
      'إجابة على شكل جدول: كائن واحد لكل صف، مفهرس بمعرّف العمود.',
    'A text in Arabic, Chinese, English, French, Russian and Spanish.':
      'نص بالإسبانية والإنكليزية والروسية والصينية والعربية والفرنسية.',
    'Accept a submitted report': 'قبول تقرير مقدَّم',
    'Answers keyed by question id.': 'الإجابات مفهرسة بمعرّف السؤال.',
    'Attach a file to a file question, sent as multipart form data (PDF, DOCX, XLSX, ODT, CSV, PNG or JPEG, at most 10 MB)':
      'إرفاق ملف بسؤال من نوع ملف، يُرسل في استمارة multipart (PDF أو DOCX أو XLSX أو ODT أو CSV أو PNG أو JPEG، بحد أقصى 10 ميغابايت)',
    'Autosave the answers changed since a version (409 with the current report when it is stale)':
      'الحفظ التلقائي للإجابات التي تغيّرت منذ نسخة ما (409 مع التقرير الحالي عندما تكون النسخة قديمة)',
    'Chosen by the secretariat for the report.': 'تختاره الأمانة للتقرير.',
    'Country of training or birth; null: all.': 'بلد التدريب أو الميلاد؛ null: الجميع.',
    'Derive a new questionnaire version from an existing one': 'اشتقاق نسخة جديدة من الاستبيان من نسخة قائمة',
    'Designated national authorities.': 'السلطات الوطنية المعيّنة.',
    "Edit the draft progress report's summary, section texts and chosen narratives (409 with the current report when stale)":
      'تعديل الملخص ونصوص الأقسام والسرديات المختارة في مسودة التقرير المرحلي (409 مع التقرير الحالي عندما يكون قديمًا)',
    "Generate the round's global progress report from its reports, or regenerate the draft keeping the secretariat's text":
      'توليد التقرير المرحلي العالمي لجولة الإبلاغ من تقاريرها، أو إعادة توليد المسودة مع الاحتفاظ بنص الأمانة',
    'How many questions it has.': 'عدد الأسئلة التي يتضمنها.',
    'How many sections it has.': 'عدد الأقسام التي يتضمنها.',
    'Import the figures of an accepted national report into the data core as one batch':
      'استيراد أرقام تقرير وطني مقبول إلى نواة البيانات كدفعة واحدة',
    'Its id in the previous version, when renamed.': 'معرّفه في النسخة السابقة، إذا أُعيدت تسميته.',
    'National reports received (submitted, accepted or published).':
      'التقارير الوطنية الواردة (المقدَّمة أو المقبولة أو المنشورة).',
    'Only the national or only the stakeholder questionnaires.':
      'الاستبيانات الوطنية فقط أو استبيانات أصحاب المصلحة فقط.',
    'Publish an accepted report': 'نشر تقرير مقبول',
    'Questionnaire versions of WHO Code reporting (national and stakeholder)':
      'نسخ استبيانات الإبلاغ بموجب مدونة منظمة الصحة العالمية (الوطنية واستبيانات أصحاب المصلحة)',
    'Remove a file from a report that can still be changed': 'إزالة ملف من تقرير لا يزال قابلًا للتغيير',
    'Return a report to its authors with comments, per question or on the whole report':
      'إعادة تقرير إلى معدّيه مع تعليقات، لكل سؤال أو على التقرير بأكمله',
    'SHA-256 of the reports and data it was generated from.': 'SHA-256 للتقارير والبيانات التي وُلّد منها.',
    'Start a national or stakeholder report on an open round, its tables pre-filled from the data core':
      'بدء تقرير وطني أو تقرير لصاحب مصلحة في جولة إبلاغ مفتوحة، مع ملء جداوله مسبقًا من نواة البيانات',
    'Submit a report for review (refused while answers are missing or wrong)':
      'تقديم تقرير للمراجعة (يُرفض ما دامت هناك إجابات ناقصة أو خاطئة)',
    'The closed questions answered, for received reports only.':
      'الأسئلة المغلقة التي أُجيب عنها، للتقارير الواردة فقط.',
    'The country the report is about, if one.': 'البلد الذي يتناوله التقرير، إن وُجد.',
    'The dataset (source code) of the stored value.': 'مجموعة البيانات (رمز المصدر) للقيمة المخزّنة.',
    'The file question the file answers.': 'سؤال الملف الذي يجيب عنه الملف.',
    'The file, with its stored content type.': 'الملف، مع نوع محتواه المخزّن.',
    'The ids of the files attached to the question.': 'معرّفات الملفات المرفقة بالسؤال.',
    'The instrument: "nri" or "stakeholder".': 'الأداة: "nri" أو "stakeholder".',
    'The national report’s state, or "not-started".': 'حالة التقرير الوطني، أو "not-started".',
    'The option codes chosen, separated by commas.': 'رموز الخيارات المختارة، مفصولة بفواصل.',
    'The options chosen, in words.': 'الخيارات المختارة، بالكلمات.',
    'The question commented on; null: the whole report.': 'السؤال الذي عُلّق عليه؛ null: التقرير بأكمله.',
    'The question is asked only when the answer to another is one of the values given.':
      'لا يُطرح السؤال إلا عندما تكون الإجابة عن سؤال آخر إحدى القيم المحددة.',
    'The questionnaire version’s number.': 'رقم نسخة الاستبيان.',
    'The question’s id in the new version (the old one for "removed").':
      'معرّف السؤال في النسخة الجديدة (المعرّف القديم في حالة "removed").',
    'The reports counted.': 'التقارير المحسوبة.',
    'The reports of a round the reader may read': 'تقارير جولة الإبلاغ التي يمكن للقارئ قراءتها',
    "The round's global progress report (public once the round is published)":
      'التقرير المرحلي العالمي لجولة الإبلاغ (يصبح علنيًا بعد نشر الجولة)',
    'The row’s key: the values of its non-number columns, "GHA|nurses|2024".':
      'مفتاح الصف: قيم أعمدته غير الرقمية، "GHA|nurses|2024".',
    'The secretariat reads every report; a national authority its country’s; a stakeholder its own; everyone the published ones.':
      'تقرأ الأمانة كل التقارير؛ والسلطة الوطنية تقارير بلدها؛ وصاحب المصلحة تقاريره؛ والجميع التقارير المنشورة.',
    'The table column id.': 'معرّف عمود الجدول.',
    'The table row (from 1).': 'صف الجدول (بدءًا من 1).',
    'The version it is derived from.': 'النسخة المشتقة منها.',
    'The version it was derived from; null for the first one.': 'النسخة التي اشتُقت منها؛ null للنسخة الأولى.',
    'The version of the report the file is added to; a stale one is refused (409).':
      'نسخة التقرير التي يُضاف إليها الملف؛ تُرفض النسخة القديمة (409).',
    'The version the changes were made on.': 'النسخة التي أُجريت عليها التغييرات.',
    'The version, usually the round’s year: "2027".': 'النسخة، وهي عادةً سنة جولة الإبلاغ: "2027".',
    'What changed from the version it was derived from.': 'ما تغيّر عن النسخة التي اشتُقت منها.',
    'What is still missing or wrong; a report with issues cannot be submitted.':
      'ما لا يزال ناقصًا أو خاطئًا؛ لا يمكن تقديم تقرير فيه مشكلات.',
    'What the data core holds for the report’s tables, and how the reported figures differ from it':
      'ما تحتويه نواة البيانات لجداول التقرير، وكيف تختلف الأرقام المبلَّغ عنها عنه',
    'What the data core holds for the same key, if anything.':
      'ما تحتويه نواة البيانات للمفتاح نفسه، إن وُجد.',
    'What the data core holds for the table.': 'ما تحتويه نواة البيانات للجدول.',
    'When it was stored (ISO 8601).': 'وقت تخزينه (ISO 8601).',
    'When returning: what to correct, question by question.': 'عند الإعادة: ما يجب تصحيحه، سؤالًا سؤالًا.',
    'Why they differ, as far as hwmo can tell, in the reader’s language.':
      'سبب الاختلاف، بقدر ما يستطيع hwmo تحديده، بلغة القارئ.',
    'national (the national reporting instrument) or stakeholder.':
      'national (أداة الإبلاغ الوطنية) أو stakeholder.',
    'stock or inflow': 'stock أو inflow',
  },
  ru: {
    '"<report id>:<question id>", stable across regenerations.':
      '"<report id>:<question id>", неизменный при повторной генерации.',
    '"yes", "no", "partly" or an option code.': '"yes", "no", "partly" или код варианта ответа.',
    '1 for the first return, 2 for the second…': '1 для первого представления, 2 для второго…',
    'A WHO region or income group code; "_T" for all countries.':
      'Код региона ВОЗ или группы по уровню дохода; "_T" для всех стран.',
    'A comment on the whole report.': 'Комментарий ко всему отчету.',
    'A file attached to a report, as it was uploaded':
      'Файл, прикрепленный к отчету, в том виде, в каком он был загружен',
    'A questionnaire version: its sections and questions in six languages, and what changed from the previous':
      'Версия вопросника: его разделы и вопросы на шести языках и изменения по сравнению с предыдущей версией',
    'A question’s stable identifier, kept across questionnaire versions.':
      'Постоянный идентификатор вопроса, сохраняемый во всех версиях вопросника.',
    'A report with its comments, attachments, issues and the actions the reader may take':
      'Отчет с комментариями, вложениями, проблемами и действиями, доступными читателю',
    'A table answer: one object per row, keyed by column id.':
      'Ответ в виде таблицы: один объект на строку с ключами по идентификаторам столбцов.',
    'A text in Arabic, Chinese, English, French, Russian and Spanish.':
      'Текст на английском, арабском, испанском, китайском, русском и французском языках.',
    'Accept a submitted report': 'Принять представленный отчет',
    'Answers keyed by question id.': 'Ответы с ключами по идентификаторам вопросов.',
    'Attach a file to a file question, sent as multipart form data (PDF, DOCX, XLSX, ODT, CSV, PNG or JPEG, at most 10 MB)':
      'Прикрепить файл к вопросу с файлом, отправленный как форма multipart (PDF, DOCX, XLSX, ODT, CSV, PNG или JPEG, не более 10 МБ)',
    'Autosave the answers changed since a version (409 with the current report when it is stale)':
      'Автоматически сохранить ответы, измененные с определенной версии (409 с текущим отчетом, если версия устарела)',
    'Chosen by the secretariat for the report.': 'Выбирается секретариатом для отчета.',
    'Country of training or birth; null: all.': 'Страна обучения или рождения; null: все.',
    'Derive a new questionnaire version from an existing one':
      'Создать новую версию вопросника на основе существующей',
    'Designated national authorities.': 'Назначенные национальные органы.',
    "Edit the draft progress report's summary, section texts and chosen narratives (409 with the current report when stale)":
      'Изменить резюме, тексты разделов и выбранные описания в проекте доклада о ходе работы (409 с текущим отчетом, если он устарел)',
    "Generate the round's global progress report from its reports, or regenerate the draft keeping the secretariat's text":
      'Сформировать глобальный доклад о ходе работы по раунду отчетности на основе его отчетов или сформировать проект заново, сохранив текст секретариата',
    'How many questions it has.': 'Количество вопросов в нем.',
    'How many sections it has.': 'Количество разделов в нем.',
    'Import the figures of an accepted national report into the data core as one batch':
      'Импортировать данные принятого национального отчета в ядро данных одним пакетом',
    'Its id in the previous version, when renamed.':
      'Его идентификатор в предыдущей версии, если он был переименован.',
    'National reports received (submitted, accepted or published).':
      'Полученные национальные отчеты (представленные, принятые или опубликованные).',
    'Only the national or only the stakeholder questionnaires.':
      'Только национальные вопросники или только вопросники заинтересованных сторон.',
    'Publish an accepted report': 'Опубликовать принятый отчет',
    'Questionnaire versions of WHO Code reporting (national and stakeholder)':
      'Версии вопросников для отчетности по Кодексу ВОЗ (национальные и для заинтересованных сторон)',
    'Remove a file from a report that can still be changed':
      'Удалить файл из отчета, который еще можно изменить',
    'Return a report to its authors with comments, per question or on the whole report':
      'Вернуть отчет авторам с комментариями по отдельным вопросам или ко всему отчету',
    'SHA-256 of the reports and data it was generated from.':
      'SHA-256 отчетов и данных, на основе которых он сформирован.',
    'Start a national or stakeholder report on an open round, its tables pre-filled from the data core':
      'Начать национальный отчет или отчет заинтересованной стороны в открытом раунде отчетности, с таблицами, предварительно заполненными из ядра данных',
    'Submit a report for review (refused while answers are missing or wrong)':
      'Представить отчет на рассмотрение (отклоняется, пока есть недостающие или неверные ответы)',
    'The closed questions answered, for received reports only.':
      'Вопросы закрытого типа, на которые даны ответы, только для полученных отчетов.',
    'The country the report is about, if one.': 'Страна, к которой относится отчет, если есть.',
    'The dataset (source code) of the stored value.': 'Набор данных (код источника) сохраненного значения.',
    'The file question the file answers.': 'Вопрос с файлом, на который отвечает файл.',
    'The file, with its stored content type.': 'Файл с сохраненным типом содержимого.',
    'The ids of the files attached to the question.': 'Идентификаторы файлов, прикрепленных к вопросу.',
    'The instrument: "nri" or "stakeholder".': 'Инструмент: "nri" или "stakeholder".',
    'The national report’s state, or "not-started".': 'Статус национального отчета или "not-started".',
    'The option codes chosen, separated by commas.': 'Коды выбранных вариантов через запятую.',
    'The options chosen, in words.': 'Выбранные варианты словами.',
    'The question commented on; null: the whole report.':
      'Вопрос, к которому относится комментарий; null: весь отчет.',
    'The question is asked only when the answer to another is one of the values given.':
      'Вопрос задается только в том случае, если ответ на другой вопрос является одним из указанных значений.',
    'The questionnaire version’s number.': 'Номер версии вопросника.',
    'The question’s id in the new version (the old one for "removed").':
      'Идентификатор вопроса в новой версии (прежний для "removed").',
    'The reports counted.': 'Учтенные отчеты.',
    'The reports of a round the reader may read': 'Отчеты раунда отчетности, доступные читателю',
    "The round's global progress report (public once the round is published)":
      'Глобальный доклад о ходе работы по раунду отчетности (становится общедоступным после публикации раунда)',
    'The row’s key: the values of its non-number columns, "GHA|nurses|2024".':
      'Ключ строки: значения ее нечисловых столбцов, "GHA|nurses|2024".',
    'The secretariat reads every report; a national authority its country’s; a stakeholder its own; everyone the published ones.':
      'Секретариат читает все отчеты; национальный орган — отчеты своей страны; заинтересованная сторона — свои; все — опубликованные.',
    'The table column id.': 'Идентификатор столбца таблицы.',
    'The table row (from 1).': 'Строка таблицы (начиная с 1).',
    'The version it is derived from.': 'Версия, на основе которой она создается.',
    'The version it was derived from; null for the first one.':
      'Версия, на основе которой она была создана; null для первой.',
    'The version of the report the file is added to; a stale one is refused (409).':
      'Версия отчета, к которой добавляется файл; устаревшая версия отклоняется (409).',
    'The version the changes were made on.': 'Версия, в которую были внесены изменения.',
    'The version, usually the round’s year: "2027".': 'Версия, обычно год раунда отчетности: "2027".',
    'What changed from the version it was derived from.':
      'Изменения по сравнению с версией, на основе которой она создана.',
    'What is still missing or wrong; a report with issues cannot be submitted.':
      'Чего еще не хватает или что неверно; отчет с проблемами нельзя представить.',
    'What the data core holds for the report’s tables, and how the reported figures differ from it':
      'Что содержится в ядре данных для таблиц отчета и чем от этого отличаются представленные данные',
    'What the data core holds for the same key, if anything.':
      'Что содержится в ядре данных для того же ключа, если есть.',
    'What the data core holds for the table.': 'Что содержится в ядре данных для таблицы.',
    'When it was stored (ISO 8601).': 'Когда он был сохранен (ISO 8601).',
    'When returning: what to correct, question by question.':
      'При возврате: что исправить, по каждому вопросу.',
    'Why they differ, as far as hwmo can tell, in the reader’s language.':
      'Почему они различаются, насколько может определить hwmo, на языке читателя.',
    'national (the national reporting instrument) or stakeholder.':
      'national (национальный инструмент отчетности) или stakeholder.',
    'stock or inflow': 'stock или inflow',
  },
  zh: {
    '"<report id>:<question id>", stable across regenerations.':
      '"<report id>:<question id>"，重新生成时保持不变。',
    '"yes", "no", "partly" or an option code.': '"yes"、"no"、"partly" 或选项代码。',
    '1 for the first return, 2 for the second…': '1 表示第一次提交，2 表示第二次…',
    'A WHO region or income group code; "_T" for all countries.':
      '世卫组织区域或收入组代码；"_T" 表示所有国家。',
    'A comment on the whole report.': '对整份报告的评论。',
    'A file attached to a report, as it was uploaded': '附于报告的文件，保持上传时的原样',
    'A questionnaire version: its sections and questions in six languages, and what changed from the previous':
      '问卷版本：其六种语言的章节和问题，以及与上一版本相比的变化',
    'A question’s stable identifier, kept across questionnaire versions.':
      '问题的稳定标识符，在各问卷版本间保持不变。',
    'A report with its comments, attachments, issues and the actions the reader may take':
      '报告及其评论、附件、问题以及读者可执行的操作',
    'A table answer: one object per row, keyed by column id.': '表格答案：每行一个对象，以列标识符为键。',
    'A text in Arabic, Chinese, English, French, Russian and Spanish.':
      '阿拉伯文、中文、英文、法文、俄文和西班牙文文本。',
    'Accept a submitted report': '接受已提交的报告',
    'Answers keyed by question id.': '以问题标识符为键的答案。',
    'Attach a file to a file question, sent as multipart form data (PDF, DOCX, XLSX, ODT, CSV, PNG or JPEG, at most 10 MB)':
      '将文件附加到文件类问题，以 multipart 表单发送（PDF、DOCX、XLSX、ODT、CSV、PNG 或 JPEG，最大 10 MB）',
    'Autosave the answers changed since a version (409 with the current report when it is stale)':
      '自动保存自某一版本以来更改的答案（版本过时时返回 409 及当前报告）',
    'Chosen by the secretariat for the report.': '由秘书处为报告选定。',
    'Country of training or birth; null: all.': '培训国或出生国；null：全部。',
    'Derive a new questionnaire version from an existing one': '从现有问卷版本派生新版本',
    'Designated national authorities.': '指定国家主管部门。',
    "Edit the draft progress report's summary, section texts and chosen narratives (409 with the current report when stale)":
      '编辑进展报告草稿的摘要、章节文本和选定的叙述（过时时返回 409 及当前报告）',
    "Generate the round's global progress report from its reports, or regenerate the draft keeping the secretariat's text":
      '根据报告周期的报告生成该周期的全球进展报告，或在保留秘书处文本的情况下重新生成草稿',
    'How many questions it has.': '所含问题数。',
    'How many sections it has.': '所含章节数。',
    'Import the figures of an accepted national report into the data core as one batch':
      '将已接受的国家报告中的数字作为一个批次导入数据核心',
    'Its id in the previous version, when renamed.': '重命名时其在上一版本中的标识符。',
    'National reports received (submitted, accepted or published).':
      '已收到的国家报告（已提交、已接受或已发布）。',
    'Only the national or only the stakeholder questionnaires.': '仅国家问卷或仅利益攸关方问卷。',
    'Publish an accepted report': '发布已接受的报告',
    'Questionnaire versions of WHO Code reporting (national and stakeholder)':
      '世卫组织《守则》报告的问卷版本（国家和利益攸关方）',
    'Remove a file from a report that can still be changed': '从仍可更改的报告中删除文件',
    'Return a report to its authors with comments, per question or on the whole report':
      '将报告连同评论退回给其作者，评论可针对单个问题或整份报告',
    'SHA-256 of the reports and data it was generated from.': '生成所依据的报告和数据的 SHA-256。',
    'Start a national or stakeholder report on an open round, its tables pre-filled from the data core':
      '在开放的报告周期中开始一份国家报告或利益攸关方报告，其表格由数据核心预先填写',
    'Submit a report for review (refused while answers are missing or wrong)':
      '提交报告以供审查（答案缺失或错误时将被拒绝）',
    'The closed questions answered, for received reports only.': '已回答的封闭式问题，仅限已收到的报告。',
    'The country the report is about, if one.': '报告所涉及的国家（如有）。',
    'The dataset (source code) of the stored value.': '所存储值的数据集（来源代码）。',
    'The file question the file answers.': '该文件所回答的文件类问题。',
    'The file, with its stored content type.': '文件及其存储的内容类型。',
    'The ids of the files attached to the question.': '附于该问题的文件的标识符。',
    'The instrument: "nri" or "stakeholder".': '工具："nri" 或 "stakeholder"。',
    'The national report’s state, or "not-started".': '国家报告的状态，或 "not-started"。',
    'The option codes chosen, separated by commas.': '所选选项的代码，以逗号分隔。',
    'The options chosen, in words.': '所选选项的文字表述。',
    'The question commented on; null: the whole report.': '所评论的问题；null：整份报告。',
    'The question is asked only when the answer to another is one of the values given.':
      '仅当另一问题的答案为所给值之一时才提出该问题。',
    'The questionnaire version’s number.': '问卷版本号。',
    'The question’s id in the new version (the old one for "removed").':
      '问题在新版本中的标识符（"removed" 时为旧标识符）。',
    'The reports counted.': '计入的报告。',
    'The reports of a round the reader may read': '读者可阅读的某一报告周期的报告',
    "The round's global progress report (public once the round is published)":
      '报告周期的全球进展报告（报告周期发布后公开）',
    'The row’s key: the values of its non-number columns, "GHA|nurses|2024".':
      '行的键：其非数字列的值，"GHA|nurses|2024"。',
    'The secretariat reads every report; a national authority its country’s; a stakeholder its own; everyone the published ones.':
      '秘书处可阅读所有报告；国家主管机构可阅读本国报告；利益攸关方可阅读自己的报告；所有人均可阅读已发布的报告。',
    'The table column id.': '表格列标识符。',
    'The table row (from 1).': '表格行（从 1 开始）。',
    'The version it is derived from.': '其派生所依据的版本。',
    'The version it was derived from; null for the first one.': '其派生所依据的版本；第一个版本为 null。',
    'The version of the report the file is added to; a stale one is refused (409).':
      '添加文件的报告版本；过时版本将被拒绝（409）。',
    'The version the changes were made on.': '进行更改所基于的版本。',
    'The version, usually the round’s year: "2027".': '版本，通常为报告周期的年份："2027"。',
    'What changed from the version it was derived from.': '与其派生所依据的版本相比的变化。',
    'What is still missing or wrong; a report with issues cannot be submitted.':
      '仍缺失或错误的内容；有问题的报告无法提交。',
    'What the data core holds for the report’s tables, and how the reported figures differ from it':
      '数据核心中关于报告表格的内容，以及报告的数字与其有何差异',
    'What the data core holds for the same key, if anything.': '数据核心中关于同一键的内容（如有）。',
    'What the data core holds for the table.': '数据核心中关于该表格的内容。',
    'When it was stored (ISO 8601).': '存储时间（ISO 8601）。',
    'When returning: what to correct, question by question.': '退回时：需要更正的内容，逐题说明。',
    'Why they differ, as far as hwmo can tell, in the reader’s language.':
      '差异的原因（在 hwmo 能够判断的范围内），以读者的语言表述。',
    'national (the national reporting instrument) or stakeholder.':
      'national（国家报告工具）或 stakeholder。',
    'stock or inflow': 'stock 或 inflow',
  },
};
