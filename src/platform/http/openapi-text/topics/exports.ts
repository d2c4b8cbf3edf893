import type { Lang } from '../../../i18n/langs.ts';

/** The API description's texts of the exports routes and schemas, keyed by their English. */
export const exportsText: Readonly<Record<Exclude<Lang, 'en'>, Readonly<Record<string, string>>>> = {
  fr: {
    'A report as a PDF document, in the language asked for':
      'Un rapport en document PDF, dans la langue demandée',
    'A report as a Word (DOCX) document, in the language asked for':
      'Un rapport en document Word (DOCX), dans la langue demandée',
    'A report as a printable HTML page, in the language asked for':
      'Un rapport en page HTML imprimable, dans la langue demandée',
    'The tables of a report as CSV, each headed by its question, in the language asked for':
      'Les tableaux d’un rapport en CSV, chacun précédé de sa question, dans la langue demandée',
    "The round's global progress report as a PDF document, in the language asked for":
      'Le rapport mondial de situation du cycle en document PDF, dans la langue demandée',
    "The round's global progress report as a Word (DOCX) document, in the language asked for":
      'Le rapport mondial de situation du cycle en document Word (DOCX), dans la langue demandée',
    "The round's global progress report as a printable HTML page, in the language asked for":
      'Le rapport mondial de situation du cycle en page HTML imprimable, dans la langue demandée',
    "The tables of the round's global progress report as CSV, in the language asked for":
      'Les tableaux du rapport mondial de situation du cycle en CSV, dans la langue demandée',
    'Read as GET /api/reports/{id}: everyone reads a published report; before publication, the WHO secretariat, the national authority of its country and the author of a stakeholder report.':
      'Lu comme GET /api/reports/{id} : tout le monde lit un rapport publié ; avant sa publication, le Secrétariat de l’OMS, l’autorité nationale désignée de son pays et l’auteur d’un rapport de partie prenante.',
    'Public once the round is published; before, the WHO secretariat only. Choose the language with ?lang=.':
      'Public une fois le cycle publié ; auparavant, réservé au Secrétariat de l’OMS. Choisissez la langue avec ?lang=.',
    'The PDF document.': 'Le document PDF.',
    'The DOCX document.': 'Le document DOCX.',
    'The printable HTML page (no script, no external resource).':
      'La page HTML imprimable (sans script ni ressource externe).',
    'The CSV file (UTF-8 with a byte-order mark).':
      'Le fichier CSV (UTF-8 avec indicateur d’ordre des octets).',
  },
  es: {
    'A report as a PDF document, in the language asked for':
      'Un informe como documento PDF, en el idioma solicitado',
    'A report as a Word (DOCX) document, in the language asked for':
      'Un informe como documento Word (DOCX), en el idioma solicitado',
    'A report as a printable HTML page, in the language asked for':
      'Un informe como página HTML imprimible, en el idioma solicitado',
    'The tables of a report as CSV, each headed by its question, in the language asked for':
      'Las tablas de un informe en CSV, cada una encabezada por su pregunta, en el idioma solicitado',
    "The round's global progress report as a PDF document, in the language asked for":
      'El informe mundial sobre los progresos de la ronda como documento PDF, en el idioma solicitado',
    "The round's global progress report as a Word (DOCX) document, in the language asked for":
      'El informe mundial sobre los progresos de la ronda como documento Word (DOCX), en el idioma solicitado',
    "The round's global progress report as a printable HTML page, in the language asked for":
      'El informe mundial sobre los progresos de la ronda como página HTML imprimible, en el idioma solicitado',
    "The tables of the round's global progress report as CSV, in the language asked for":
      'Las tablas del informe mundial sobre los progresos de la ronda en CSV, en el idioma solicitado',
    'Read as GET /api/reports/{id}: everyone reads a published report; before publication, the WHO secretariat, the national authority of its country and the author of a stakeholder report.':
      'Se lee como GET /api/reports/{id}: todos leen un informe publicado; antes de su publicación, la Secretaría de la OMS, la autoridad nacional designada de su país y el autor de un informe de parte interesada.',
    'Public once the round is published; before, the WHO secretariat only. Choose the language with ?lang=.':
      'Público una vez publicada la ronda; antes, solo para la Secretaría de la OMS. Elija el idioma con ?lang=.',
    'The PDF document.': 'El documento PDF.',
    'The DOCX document.': 'El documento DOCX.',
    'The printable HTML page (no script, no external resource).':
      'La página HTML imprimible (sin scripts ni recursos externos).',
    'The CSV file (UTF-8 with a byte-order mark).': 'El archivo CSV (UTF-8 con marca de orden de bytes).',
  },
  ar: {
    'A report as a PDF document, in the language asked for': 'تقرير في شكل مستند PDF، باللغة المطلوبة',
    'A report as a Word (DOCX) document, in the language asked for':
      'تقرير في شكل مستند Word ‏(DOCX)، باللغة المطلوبة',
    'A report as a printable HTML page, in the language asked for':
      'تقرير في شكل صفحة HTML قابلة للطباعة، باللغة المطلوبة',
    'The tables of a report as CSV, each headed by its question, in the language asked for':
      'جداول التقرير بصيغة CSV، يتصدر كل جدول سؤاله، باللغة المطلوبة',
    "The round's global progress report as a PDF document, in the language asked for":
      'التقرير المرحلي العالمي للجولة في شكل مستند PDF، باللغة المطلوبة',
    "The round's global progress report as a Word (DOCX) document, in the language asked for":
      'التقرير المرحلي العالمي للجولة في شكل مستند Word ‏(DOCX)، باللغة المطلوبة',
    "The round's global progress report as a printable HTML page, in the language asked for":
      'التقرير المرحلي العالمي للجولة في شكل صفحة HTML قابلة للطباعة، باللغة المطلوبة',
    "The tables of the round's global progress report as CSV, in the language asked for":
      'جداول التقرير المرحلي العالمي للجولة بصيغة CSV، باللغة المطلوبة',
    'Read as GET /api/reports/{id}: everyone reads a published report; before publication, the WHO secretariat, the national authority of its country and the author of a stakeholder report.':
      'يُقرأ كما يُقرأ GET /api/reports/{id}: يطّلع الجميع على التقرير المنشور؛ وقبل نشره، تطّلع عليه أمانة منظمة الصحة العالمية والسلطة الوطنية المعيّنة لبلده ومؤلف تقرير صاحب المصلحة.',
    'Public once the round is published; before, the WHO secretariat only. Choose the language with ?lang=.':
      'متاح للجمهور بعد نشر الجولة؛ وقبل ذلك لأمانة منظمة الصحة العالمية وحدها. اختر اللغة باستخدام ‎?lang=‎.',
    'The PDF document.': 'مستند PDF.',
    'The DOCX document.': 'مستند DOCX.',
    'The printable HTML page (no script, no external resource).':
      'صفحة HTML القابلة للطباعة (بلا نصوص برمجية ولا موارد خارجية).',
    'The CSV file (UTF-8 with a byte-order mark).': 'ملف CSV ‏(UTF-8 مع علامة ترتيب البايتات).',
  },
  ru: {
    'A report as a PDF document, in the language asked for':
      'Доклад в виде документа PDF на запрошенном языке',
    'A report as a Word (DOCX) document, in the language asked for':
      'Доклад в виде документа Word (DOCX) на запрошенном языке',
    'A report as a printable HTML page, in the language asked for':
      'Доклад в виде HTML-страницы для печати на запрошенном языке',
    'The tables of a report as CSV, each headed by its question, in the language asked for':
      'Таблицы доклада в формате CSV, каждая под своим вопросом, на запрошенном языке',
    "The round's global progress report as a PDF document, in the language asked for":
      'Глобальный доклад о ходе работы по раунду в виде документа PDF на запрошенном языке',
    "The round's global progress report as a Word (DOCX) document, in the language asked for":
      'Глобальный доклад о ходе работы по раунду в виде документа Word (DOCX) на запрошенном языке',
    "The round's global progress report as a printable HTML page, in the language asked for":
      'Глобальный доклад о ходе работы по раунду в виде HTML-страницы для печати на запрошенном языке',
    "The tables of the round's global progress report as CSV, in the language asked for":
      'Таблицы глобального доклада о ходе работы по раунду в формате CSV на запрошенном языке',
    'Read as GET /api/reports/{id}: everyone reads a published report; before publication, the WHO secretariat, the national authority of its country and the author of a stakeholder report.':
      'Читается так же, как GET /api/reports/{id}: опубликованный доклад читают все; до публикации — Секретариат ВОЗ, назначенный национальный орган его страны и автор доклада заинтересованной стороны.',
    'Public once the round is published; before, the WHO secretariat only. Choose the language with ?lang=.':
      'Общедоступен после публикации раунда; до этого — только для Секретариата ВОЗ. Язык выбирается параметром ?lang=.',
    'The PDF document.': 'Документ PDF.',
    'The DOCX document.': 'Документ DOCX.',
    'The printable HTML page (no script, no external resource).':
      'HTML-страница для печати (без скриптов и внешних ресурсов).',
    'The CSV file (UTF-8 with a byte-order mark).': 'Файл CSV (UTF-8 с меткой порядка байтов).',
  },
  zh: {
    'A report as a PDF document, in the language asked for': '以所请求语言提供的 PDF 格式报告',
    'A report as a Word (DOCX) document, in the language asked for':
      '以所请求语言提供的 Word（DOCX）格式报告',
    'A report as a printable HTML page, in the language asked for':
      '以所请求语言提供的可打印 HTML 页面格式报告',
    'The tables of a report as CSV, each headed by its question, in the language asked for':
      '以所请求语言提供的报告表格（CSV），每个表格以其问题为标题',
    "The round's global progress report as a PDF document, in the language asked for":
      '以所请求语言提供的本周期全球进展报告（PDF）',
    "The round's global progress report as a Word (DOCX) document, in the language asked for":
      '以所请求语言提供的本周期全球进展报告（Word，DOCX）',
    "The round's global progress report as a printable HTML page, in the language asked for":
      '以所请求语言提供的本周期全球进展报告（可打印 HTML 页面）',
    "The tables of the round's global progress report as CSV, in the language asked for":
      '以所请求语言提供的本周期全球进展报告表格（CSV）',
    'Read as GET /api/reports/{id}: everyone reads a published report; before publication, the WHO secretariat, the national authority of its country and the author of a stakeholder report.':
      '与 GET /api/reports/{id} 的读取权限相同：已发布的报告人人可读；发布前，只有世卫组织秘书处、该国的指定国家主管部门和利益攸关方报告的作者可以阅读。',
    'Public once the round is published; before, the WHO secretariat only. Choose the language with ?lang=.':
      '周期发布后公开；在此之前仅限世卫组织秘书处。用 ?lang= 选择语言。',
    'The PDF document.': 'PDF 文件。',
    'The DOCX document.': 'DOCX 文件。',
    'The printable HTML page (no script, no external resource).':
      '可打印的 HTML 页面（无脚本，无外部资源）。',
    'The CSV file (UTF-8 with a byte-order mark).': 'CSV 文件（带字节顺序标记的 UTF-8）。',
  },
};
