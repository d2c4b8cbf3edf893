/**
 * The API description's texts (route summaries, parameter and field descriptions, error titles) in this language,
 * keyed by their English. A test lists every English text of the document that lacks a translation here.
 */
export const ar: Readonly<Record<string, string>> = {
  'A bilateral flow table matching net migration totals (migest net_matrix_ipf)':
    'جدول تدفقات ثنائية يطابق مجاميع صافي الهجرة (migest net_matrix_ipf)',
  'A column mapping as JSON text (see `hwmo import --suggest-mapping`).':
    'تعيين للأعمدة بوصفه نص JSON (انظر `hwmo import --suggest-mapping`).',
  "A country's key indicators, time series, foreign-trained workforce, emigrants and SSL status":
    'المؤشرات الرئيسية للبلد، وسلاسله الزمنية، وقواه العاملة المدرَّبة في الخارج، ومهاجروه، ووضعه في قائمة الدعم والضمانات',
  'A data year, or "latest" (the default): the latest year available, see upTo and window.':
    'سنة بيانات، أو "latest" (القيمة الافتراضية): أحدث سنة متاحة، انظر upTo وwindow.',
  'A dataset (source code); omitted: all datasets of the area and year':
    'مجموعة بيانات (رمز المصدر)؛ عند إغفالها: جميع مجموعات بيانات المنطقة والسنة',
  'A measure code.': 'رمز مقياس.',
  'A new setup link while no administrator exists (the operator: `hwmo users setup-link`)':
    'رابط إعداد جديد ما دام لا يوجد مسؤول (للمشغِّل: `hwmo users setup-link`)',
  'A remark on a value: why it is missing or what to keep in mind.':
    'ملاحظة على قيمة: سبب عدم توفرها أو ما ينبغي مراعاته.',
  'A year or an inclusive range such as 2010-2020.': 'سنة أو نطاق شامل لطرفيه مثل 2010-2020.',
  'A year or an inclusive range; each year is compared on its own':
    'سنة أو نطاق شامل لطرفيه؛ وتُقارن كل سنة على حدة',
  'Add or rename subnational units (provinces, districts) under a country':
    'إضافة وحدات دون وطنية (مقاطعات، مناطق) تابعة لبلد أو تغيير أسمائها',
  'All observations matching the filters as CSV (hwmo template) or SDMX-CSV':
    'جميع الملاحظات المطابقة لعوامل التصفية بصيغة CSV (نموذج hwmo) أو SDMX-CSV',
  'An indicator for one or many areas, each value with its year, sources and inputs':
    'مؤشر لمنطقة واحدة أو لعدة مناطق، مع سنة كل قيمة ومصادرها ومدخلاتها',
  'An occupation slug.': 'الاسم المختصر (slug) لمهنة.',
  'An upload and what reads one of its sheets': 'ملف محمَّل وما يقرأ إحدى أوراقه',
  "Approval status of a country's data per year and dataset":
    'حالة اعتماد بيانات بلد حسب السنة ومجموعة البيانات',
  'Approval status of the data per country, year and dataset':
    'حالة اعتماد البيانات حسب البلد والسنة ومجموعة البيانات',
  'Approve submitted data: it is locked against imports, revisions and rollbacks':
    'اعتماد البيانات المقدَّمة: فتُقفل أمام عمليات الاستيراد والتنقيح والتراجع',
  'Area ISO3 code.': 'رمز ISO3 للمنطقة.',
  'Area code(s) (ISO3 or hwmo code), comma-separated.':
    'رمز (رموز) المنطقة (ISO3 أو رمز hwmo)، مفصولة بفواصل.',
  'Area whose two factors are fixed at 1; default the area in most pairs':
    'المنطقة التي يُثبَّت عاملاها عند 1؛ والقيمة الافتراضية هي المنطقة الواردة في أكبر عدد من الأزواج',
  'Areas of the system; default every area reporting the measure in either year':
    'مناطق النظام؛ والقيمة الافتراضية هي كل منطقة تُبلغ عن المقياس في أي من السنتين',
  'Areas, comma-separated: ISO3 countries, subnational codes, or aggregates (WHO regions AFR…WPR, income groups HIC/UMC/LMC/LIC, WLD). Omitted: every country.':
    'المناطق، مفصولة بفواصل: بلدان بحسب ISO3، أو رموز دون وطنية، أو مجاميع (أقاليم منظمة الصحة العالمية AFR…WPR، وفئات الدخل HIC/UMC/LMC/LIC، وWLD). عند الإغفال: جميع البلدان.',
  'Areas: countries, regions, income groups, aggregates, subnational units':
    'المناطق: البلدان، والأقاليم، وفئات الدخل، والمجاميع، والوحدات دون الوطنية',
  'At least 12 characters, not the e-mail address.':
    '12 حرفًا على الأقل، على ألّا تكون عنوان البريد الإلكتروني.',
  'Basis of the origins, from the input measure; the stored flows carry it':
    'أساس المنشأ، مأخوذ من مقياس المدخلات؛ وتحمله التدفقات المخزَّنة',
  'Batch id': 'معرِّف الدفعة',
  'Bilateral stock measure read as [partner][area]': 'مقياس الرصيد الثنائي مقروءًا بالترتيب [partner][area]',
  'Births by region of residence, in the order of areas': 'المواليد حسب منطقة الإقامة، بترتيب المناطق',
  'CSV file': 'ملف CSV',
  'CSV file, cells safe to open in a spreadsheet': 'ملف CSV، خلاياه آمنة للفتح في جدول بيانات',
  'CSV template': 'نموذج CSV',
  'Change one’s own password; the other sessions end': 'تغيير المستخدم كلمة مروره؛ وتنتهي الجلسات الأخرى',
  'Check everything and report, storing nothing.': 'التحقق من كل شيء والإبلاغ، دون تخزين أي شيء.',
  'Choices that took the edition default.': 'الاختيارات التي أُخذت فيها القيمة الافتراضية للإصدار.',
  'Choose a new password with a reset link; ends every session of the account, and signs in':
    'اختيار كلمة مرور جديدة برابط إعادة التعيين؛ يُنهي كل جلسات الحساب، ويسجِّل الدخول',
  'Code of the unit, e.g. ISO 3166-2 KE-30.': 'رمز الوحدة، مثل ISO 3166-2 KE-30.',
  'Column labels; default 1, 2, …': 'تسميات الأعمدة؛ والقيمة الافتراضية 1، 2، …',
  'Countries the recomputation puts on the list.': 'البلدان التي تدرجها إعادة الحساب في القائمة.',
  'Country ISO3 code': 'رمز ISO3 للبلد',
  'Create a personal API token (shown once)': 'إنشاء رمز مميز شخصي لواجهة برمجة التطبيقات (يُعرض مرة واحدة)',
  'Create the account of an invitation, and sign in': 'إنشاء حساب الدعوة، وتسجيل الدخول',
  'Create the first administrator with the setup link, and sign in':
    'إنشاء حساب المسؤول الأول برابط الإعداد، وتسجيل الدخول',
  'Current values of the unit': 'القيم الحالية للوحدة',
  'Current values of the unit stored after its last submission or approval; null if never submitted':
    'القيم الحالية للوحدة المخزَّنة بعد آخر تقديم أو اعتماد لها؛ null إن لم تُقدَّم قط',
  'Current values stored for this measure.': 'القيم الحالية المخزَّنة لهذا المقياس.',
  'Data year of the value (the latest of its inputs).': 'سنة بيانات القيمة (أحدث سنوات مدخلاتها).',
  'Data years, newest first, in which at least one country has a value.':
    'سنوات البيانات، الأحدث أولًا، التي يكون فيها لبلد واحد على الأقل قيمة.',
  'Dataset code the values are stored under (default USER).':
    'رمز مجموعة البيانات التي تُخزَّن القيم تحتها (القيمة الافتراضية USER).',
  'Dataset code(s), e.g. WHO.GHO.': 'رمز (رموز) مجموعة البيانات، مثل WHO.GHO.',
  'Datasets loaded, with publisher and licence': 'مجموعات البيانات المحمَّلة، مع ناشرها وترخيصها',
  'Datasets to prefer, in order, when several give a value for the same year, e.g. OECD.HEALTH_WFMI,WHO.GHO.':
    'مجموعات البيانات المفضَّلة، بالترتيب، عندما تعطي عدة مجموعات قيمة للسنة نفسها، مثل OECD.HEALTH_WFMI,WHO.GHO.',
  'Deaths by region of residence, in the order of areas': 'الوفيات حسب منطقة الإقامة، بترتيب المناطق',
  'Delete an upload': 'حذف ملف محمَّل',
  'Density as WHO published it (published-first, the default) or from headcount / population.':
    'الكثافة كما نشرتها منظمة الصحة العالمية (published-first، القيمة الافتراضية) أو محسوبة من عدد الأفراد / عدد السكان.',
  'Density from headcount / population, or as published: computed-first (default) uses the published density only where no headcount and population pair exists.':
    'الكثافة محسوبة من عدد الأفراد / عدد السكان، أو كما نُشرت: يستخدم الخيار computed-first (الافتراضي) الكثافة المنشورة فقط حيث لا يوجد زوج من عدد الأفراد وعدد السكان.',
  'Density year, or "latest".': 'سنة الكثافة، أو "latest".',
  'E-mail address; compared without regard to case.':
    'عنوان البريد الإلكتروني؛ تُجرى المقارنة دون مراعاة حالة الأحرف.',
  'Editions of the WHO Health Workforce Support and Safeguards List and their rules':
    'إصدارات قائمة منظمة الصحة العالمية للدعم والضمانات الخاصة بالقوى العاملة الصحية وقواعدها',
  'End every session of a user': 'إنهاء كل جلسات مستخدم',
  'End one’s other sessions': 'إنهاء المستخدم جلساته الأخرى',
  'Estimate and report what would be stored; store nothing': 'التقدير والإبلاغ عما سيُخزَّن؛ دون تخزين أي شيء',
  'Estimate bilateral flows from two years of stored stocks and store them (unless dryRun)':
    'تقدير التدفقات الثنائية انطلاقًا من أرصدة مخزَّنة لسنتين وتخزينها (ما لم يُحدَّد dryRun)',
  'Estimation runs, newest first, with method, parameters and input batches':
    'عمليات التقدير، الأحدث أولًا، مع الطريقة والمعلمات ودفعات المدخلات',
  'Every Member State assessed; differences explained.': 'قُيِّمت جميع الدول الأعضاء؛ مع شرح الفروق.',
  'Every column whose header is a year is a value column of that year.':
    'كل عمود ترويسته سنة هو عمود قيم لتلك السنة.',
  'Every problem type': 'جميع أنواع المشكلات',
  'Fit a seed table to row and/or column totals (IPF, or conditional maximisation)':
    'مواءمة جدول أولي مع مجاميع الصفوف و/أو الأعمدة (IPF، أو التعظيم المشروط)',
  'Flows by stock differencing (migest ffs_diff)': 'التدفقات بطريقة فروق الأرصدة (migest ffs_diff)',
  'Flows from rates implied by stock tables (Dennett; Rogers–von Rabenau)':
    'التدفقات المستمدة من المعدلات التي تنطوي عليها جداول الأرصدة (Dennett؛ Rogers–von Rabenau)',
  'Flows from two stock tables with demographic accounting (migest ffs_demo)':
    'التدفقات المستمدة من جدولَي أرصدة بطريقة المحاسبة الديمغرافية (migest ffs_demo)',
  'Flows of the previous estimate for an area pair no longer estimated':
    'تدفقات التقدير السابق لزوج من المناطق لم يعد يُقدَّر',
  'Foreign stock from partners outside the areas estimated':
    'الرصيد الأجنبي القادم من شركاء خارج المناطق المقدَّرة',
  'Foreign stock subtracted from the total for the diagonal':
    'الرصيد الأجنبي المطروح من المجموع بالنسبة إلى القطر',
  'Global flow total (Dennett)': 'المجموع العالمي للتدفقات (Dennett)',
  'How many were revoked.': 'عدد ما أُبطل.',
  'How sure the suggestion was (0-1); informational, ignored on import.':
    'مدى الثقة في الاقتراح (0-1)؛ للعلم فقط، ويُتجاهل عند الاستيراد.',
  'How the birthplace totals of the two tables are made equal':
    'طريقة جعل مجاميع أماكن الميلاد في الجدولين متساوية',
  'IPF tolerance (largest cell change)': 'حد التفاوت في IPF (أكبر تغيّر في خلية)',
  'ISO 8601 time.': 'وقت بصيغة ISO 8601.',
  'ISO 8601, UTC': 'بصيغة ISO 8601، بالتوقيت العالمي المنسق (UTC)',
  'ISO3 of the area, for an area-bound role only.': 'رمز ISO3 للمنطقة، للأدوار المرتبطة بمنطقة فقط.',
  'Import an upload as one batch, read as its preview was; the upload is then deleted':
    'استيراد ملف محمَّل بوصفه دفعة واحدة، مقروءًا كما قُرئ في معاينته؛ ثم يُحذف الملف المحمَّل',
  'Import batch the value came from.': 'دفعة الاستيراد التي وردت منها القيمة.',
  'Import batches, newest first': 'دفعات الاستيراد، الأحدث أولًا',
  'Import one or more files (multipart field "file"); same report as `hwmo import --json`':
    'استيراد ملف واحد أو أكثر (الحقل متعدد الأجزاء "file")؛ بالتقرير نفسه الذي يصدره `hwmo import --json`',
  'Include superseded values (revisions) as well as current ones.':
    'إدراج القيم المستبدَلة (التنقيحات) إلى جانب القيم الحالية.',
  'Indicator slug.': 'الاسم المختصر (slug) للمؤشر.',
  'Input stock measure': 'مقياس الرصيد المُدخَل',
  'Invitations sent, pending or not': 'الدعوات المرسَلة، سواء أكانت معلَّقة أم لا',
  'Invite someone by e-mail, with one role; answers the link, also sent (or put in the outbox)':
    'دعوة شخص بالبريد الإلكتروني، مع دور واحد؛ يُعاد الرابط في الرد، ويُرسل أيضًا (أو يوضع في صندوق الصادر)',
  'Key indicators at their latest values.': 'المؤشرات الرئيسية بأحدث قيمها.',
  'Labels of the rows and columns of every table, in order': 'تسميات صفوف كل جدول وأعمدته، بالترتيب',
  'Lacks a sign-in for the area, or the installation is read-only':
    'لا يوجد تسجيل دخول للمنطقة، أو أن التثبيت للقراءة فقط',
  'Lacks the permission account.self for the area, or the installation is read-only':
    'لا يملك الإذن account.self للمنطقة، أو أن التثبيت للقراءة فقط',
  'Lacks the permission approval.decide for the area, or the installation is read-only':
    'لا يملك الإذن approval.decide للمنطقة، أو أن التثبيت للقراءة فقط',
  'Lacks the permission approval.submit for the area, or the installation is read-only':
    'لا يملك الإذن approval.submit للمنطقة، أو أن التثبيت للقراءة فقط',
  'Lacks the permission audit.read for the area, or the installation is read-only':
    'لا يملك الإذن audit.read للمنطقة، أو أن التثبيت للقراءة فقط',
  'Lacks the permission data.import for the area, or the installation is read-only':
    'لا يملك الإذن data.import للمنطقة، أو أن التثبيت للقراءة فقط',
  'Lacks the permission data.rollback for the area, or the installation is read-only':
    'لا يملك الإذن data.rollback للمنطقة، أو أن التثبيت للقراءة فقط',
  'Lacks the permission flows.store for the area, or the installation is read-only':
    'لا يملك الإذن flows.store للمنطقة، أو أن التثبيت للقراءة فقط',
  'Lacks the permission reference.edit for the area, or the installation is read-only':
    'لا يملك الإذن reference.edit للمنطقة، أو أن التثبيت للقراءة فقط',
  'Lacks the permission users.manage for the area, or the installation is read-only':
    'لا يملك الإذن users.manage للمنطقة، أو أن التثبيت للقراءة فقط',
  'Leave out or null for a token that does not expire.': 'يُغفل أو يُعيَّن null لرمز مميز لا تنتهي صلاحيته.',
  'List edition, e.g. 2023': 'إصدار القائمة، مثل 2023',
  'Liveness and database status': 'حالة التشغيل وحالة قاعدة البيانات',
  'Measure code(s), comma-separated.': 'رمز (رموز) المقياس، مفصولة بفواصل.',
  'Measures with unit and aggregation rule': 'المقاييس مع وحدتها وقاعدة تجميعها',
  'Median density of doctors, nurses and midwives over WHO Member States with a value: the basis of the threshold.':
    'الوسيط لكثافة الأطباء وموظفي التمريض والقابلات في الدول الأعضاء في منظمة الصحة العالمية التي لها قيمة: وهو أساس العتبة.',
  'Messages not sent by SMTP (none configured): invitations and password-reset links to pass on':
    'الرسائل التي لم تُرسل عبر SMTP (لعدم تهيئة أي خادم): الدعوات وروابط إعادة تعيين كلمة المرور المطلوب إيصالها',
  'Mirror statistics: outflows reported by origins against inflows reported by destinations':
    'إحصاءات المرآة: التدفقات الخارجة التي تُبلغ عنها بلدان المنشأ مقابل التدفقات الوافدة التي تُبلغ عنها بلدان المقصد',
  'Name of the person who sent the invitation.': 'اسم الشخص الذي أرسل الدعوة.',
  'Name of the unit.': 'اسم الوحدة.',
  'Name shown to others.': 'الاسم الذي يظهر للآخرين.',
  'Needed by Rogers–von Rabenau': 'مطلوب لطريقة Rogers–von Rabenau',
  'Needs data.import for every area the files hold rows for; a file with rows of another area is refused whole.':
    'يتطلب الإذن data.import لكل منطقة تتضمن الملفات صفوفًا لها؛ ويُرفض بأكمله أي ملف فيه صفوف لمنطقة أخرى.',
  'Needs data.rollback for every area the batch holds values for.':
    'يتطلب الإذن data.rollback لكل منطقة تتضمن الدفعة قيمًا لها.',
  'Needs reference.edit for the country of every unit (and of the one it leaves, when it moves).':
    'يتطلب الإذن reference.edit لبلد كل وحدة (وللبلد الذي تغادره، عند نقلها).',
  'Net migration (in − out) of each area, summing to zero':
    'صافي الهجرة (الوافدون − المغادرون) لكل منطقة، ومجموعه صفر',
  'New values.': 'القيم الجديدة.',
  'Not signed in (problem unauthenticated)': 'لم يسجَّل الدخول (المشكلة unauthenticated)',
  'Observations with their source file and row': 'الملاحظات مع ملف مصدرها وصفها',
  'Occupation slug of the estimated flows': 'الاسم المختصر (slug) لمهنة التدفقات المقدَّرة',
  'Occupation slug(s), e.g. medical-doctors.': 'الاسم (الأسماء) المختصر (slug) للمهنة، مثل medical-doctors.',
  'Occupation slug, e.g. medical-doctors': 'الاسم المختصر (slug) للمهنة، مثل medical-doctors',
  'Occupation slug; density adds several (medical-doctors,nursing-and-midwifery, the default for density and sdg-gap). Others default to medical-doctors.':
    'الاسم المختصر (slug) للمهنة؛ وتجمع الكثافة عدة مهن (medical-doctors,nursing-and-midwifery، وهي القيمة الافتراضية للكثافة وsdg-gap). والقيمة الافتراضية لغيرها medical-doctors.',
  'Occupations (ISCO-08 based slugs)': 'المهن (أسماء مختصرة مستندة إلى ISCO-08)',
  'On the list WHO published; null when that edition is not loaded.':
    'مدرج في القائمة التي نشرتها منظمة الصحة العالمية؛ null عندما لا يكون ذلك الإصدار محمَّلًا.',
  'On the published list; null when that edition is not loaded.':
    'مدرج في القائمة المنشورة؛ null عندما لا يكون ذلك الإصدار محمَّلًا.',
  'One batch with its skipped rows and revision links': 'دفعة واحدة مع صفوفها المتجاوَزة وروابط تنقيحاتها',
  'One result per area; a null value carries its reason.': 'نتيجة واحدة لكل منطقة؛ وتحمل القيمة null سببها.',
  'One’s open sessions': 'الجلسات المفتوحة للمستخدم',
  'One’s own account': 'حساب المستخدم نفسه',
  'One’s personal API tokens': 'الرموز المميزة الشخصية للمستخدم لواجهة برمجة التطبيقات',
  'Only areas of this kind, e.g. country or who-region.':
    'المناطق من هذا النوع فقط، مثل country أو who-region.',
  'Only the children of this area (subnational units).':
    'الوحدات التابعة لهذه المنطقة فقط (الوحدات دون الوطنية).',
  'Only values imported by this batch.': 'القيم التي استوردتها هذه الدفعة فقط.',
  'OpenAPI 3.1': 'OpenAPI 3.1',
  'Opens the page that creates the first administrator; works once.':
    'يفتح الصفحة التي تنشئ حساب المسؤول الأول؛ ولا يعمل إلا مرة واحدة.',
  'Other names files use for it; in CSV separated by "|".':
    'الأسماء الأخرى التي تستخدمها الملفات له؛ مفصولة في CSV بالرمز "|".',
  'Page size (at most 10 000).': 'حجم الصفحة (10 000 على الأكثر).',
  'Pairs, one-sided shares and adjustment factors with their fit, per year.':
    'الأزواج، والحصص أحادية الجانب، وعوامل التعديل مع مدى مواءمتها، لكل سنة.',
  'Partner area code(s): origin or destination.': 'رمز (رموز) المنطقة الشريكة: المنشأ أو المقصد.',
  'Partner area for bilateral measures.': 'المنطقة الشريكة للمقاييس الثنائية.',
  'Partner basis of the inflows, when several are stored':
    'أساس الشريك في التدفقات الوافدة، عند تخزين عدة أسس',
  'Partner basis of the outflows, when several are stored':
    'أساس الشريك في التدفقات الخارجة، عند تخزين عدة أسس',
  'Partners among the areas with no stored value: 0': 'الشركاء من بين المناطق التي لا قيمة مخزَّنة لها: 0',
  'Per indicator and accepted occupation choice, the data years in which at least one country has a value (default vintage options); recomputed when the data change.':
    'لكل مؤشر ولكل اختيار مقبول للمهنة، سنوات البيانات التي يكون فيها لبلد واحد على الأقل قيمة (خيارات الإصدار الافتراضية)؛ ويُعاد حسابها عند تغيّر البيانات.',
  'Percentage of the foreign total.': 'النسبة المئوية من المجموع الأجنبي.',
  'Permissions held for at least one area.': 'الأذونات الممنوحة لمنطقة واحدة على الأقل.',
  'Preferred sources of headcounts, densities and population, in order.':
    'المصادر المفضَّلة لأعداد الأفراد والكثافات والسكان، بالترتيب.',
  'Preferred sources of the index, in order: OWID, WB.WDI, WHO.GHO (the 2015–2017 legacy series).':
    'المصادر المفضَّلة للمؤشر، بالترتيب: OWID، وWB.WDI، وWHO.GHO (السلسلة القديمة للفترة 2015–2017).',
  'Prior flows [origin][destination]': 'التدفقات السابقة [origin][destination]',
  'RFC 9457 problem details': 'تفاصيل المشكلة وفق RFC 9457',
  'Read as this format instead of detecting it.': 'القراءة بهذه الصيغة بدلًا من اكتشافها.',
  'Read through this column mapping (excludes format).': 'القراءة من خلال تعيين الأعمدة هذا (يستبعد format).',
  'Reference year': 'السنة المرجعية',
  'Rename, disable or enable a user; disabling ends the user’s sessions and tokens':
    'تغيير اسم مستخدم أو تعطيله أو تفعيله؛ ويؤدي التعطيل إلى إنهاء جلسات المستخدم وإبطال رموزه المميزة',
  'Replace the roles of a user': 'استبدال أدوار مستخدم',
  'Return submitted data with a comment saying what to correct':
    'إعادة البيانات المقدَّمة مع تعليق يبيّن ما يجب تصحيحه',
  'Reuse the mapping saved with this batch.': 'إعادة استخدام التعيين المحفوظ مع هذه الدفعة.',
  'Revoke one of one’s tokens': 'إبطال أحد الرموز المميزة للمستخدم',
  'Role; national_authority, data_manager and data_approver are bound to one area.':
    'الدور؛ وترتبط الأدوار national_authority وdata_manager وdata_approver بمنطقة واحدة.',
  'Roll back a batch, restoring the values it superseded': 'التراجع عن دفعة، مع استعادة القيم التي استبدلتها',
  'Row labels; default 1, 2, …': 'تسميات الصفوف؛ والقيمة الافتراضية 1، 2، …',
  'Row of the file, as a spreadsheet numbers it.': 'صف الملف، بالترقيم الذي يعطيه له جدول البيانات.',
  'Row of the header, as the spreadsheet numbers it; found when absent.':
    'صف الترويسة، بالترقيم الذي يعطيه له جدول البيانات؛ ويُكتشف عند غيابه.',
  'Row of the source file the value came from.': 'صف الملف المصدر الذي وردت منه القيمة.',
  'Row of the source file.': 'صف الملف المصدر.',
  'Rows to skip.': 'الصفوف المراد تجاوزها.',
  'Said whether or not the account exists.': 'يُقال سواء أكان الحساب موجودًا أم لا.',
  'Send a link to choose a new password (the answer is the same whether or not the account exists)':
    'إرسال رابط لاختيار كلمة مرور جديدة (يكون الرد واحدًا سواء أكان الحساب موجودًا أم لا)',
  'Send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE made with the session cookie.':
    'أرسله بوصفه X-CSRF-Token مع كل طلب POST أو PUT أو PATCH أو DELETE يُجرى بملف تعريف ارتباط الجلسة.',
  'Sets the session cookie (a new one at every sign-in). After 5 failed attempts in 15 minutes for an account or from an address, refused with 429 and Retry-After, whatever the password.':
    'يعيِّن ملف تعريف ارتباط الجلسة (ملفًا جديدًا عند كل تسجيل دخول). وبعد 5 محاولات فاشلة في غضون 15 دقيقة لحساب ما أو من عنوان ما، يُرفض الطلب بالرمز 429 مع Retry-After، أيًّا كانت كلمة المرور.',
  'Sex: _T (total), F or M.': 'الجنس: _T (المجموع)، أو F، أو M.',
  'Sign in with e-mail address and password': 'تسجيل الدخول بعنوان البريد الإلكتروني وكلمة المرور',
  'Sign out: end this session': 'تسجيل الخروج: إنهاء هذه الجلسة',
  'Skip rows naming an unknown area instead of refusing the file.':
    'تجاوز الصفوف التي تذكر منطقة غير معروفة بدلًا من رفض الملف.',
  'Source of the bilateral stocks, when several sources hold them':
    'مصدر الأرصدة الثنائية، عندما تحتفظ بها عدة مصادر',
  'Source of the inflows, when several hold them': 'مصدر التدفقات الوافدة، عندما تحتفظ بها عدة مصادر',
  'Source of the outflows, when several hold them': 'مصدر التدفقات الخارجة، عندما تحتفظ بها عدة مصادر',
  'Source of the total stocks (for the home-trained diagonal), when several hold them':
    'مصدر الأرصدة الإجمالية (لقطر المدرَّبين محليًا)، عندما تحتفظ بها عدة مصادر',
  'Sources of the stocks the flows were estimated from': 'مصادر الأرصدة التي قُدِّرت منها التدفقات',
  'Stable code of the remark, for clients that translate it.': 'رمز ثابت للملاحظة، للعملاء الذين يترجمونها.',
  'Stocks and flows of health workers by area, year, occupation and origin, each value traceable to its source file and row.':
    'أرصدة العاملين الصحيين وتدفقاتهم حسب المنطقة والسنة والمهنة والمنشأ، ويمكن تتبّع كل قيمة إلى ملف مصدرها والصف الذي وردت فيه.',
  'Submit the data of a country for a year (one dataset, or all) for approval':
    'تقديم بيانات بلد عن سنة (مجموعة بيانات واحدة، أو جميعها) للاعتماد',
  'The actions this state allows (permissions aside)':
    'الإجراءات التي تتيحها هذه الحالة (بصرف النظر عن الأذونات)',
  'The audit trail as CSV, with the same filters as /api/audit (every matching record, newest first)':
    'سجل التدقيق بصيغة CSV، بعوامل التصفية نفسها المستخدمة في /api/audit (كل سجل مطابق، الأحدث أولًا)',
  'The audit trail, newest first: who changed what, when, with the values before and after (a national authority reads its area only)':
    'سجل التدقيق، الأحدث أولًا: من غيّر ماذا، ومتى، مع القيم قبل التغيير وبعده (لا تطّلع السلطة الوطنية إلا على منطقتها)',
  'The batch a saved mapping came from.': 'الدفعة التي ورد منها تعيين محفوظ.',
  'The batch that revised this value, if it is not current.': 'الدفعة التي نقّحت هذه القيمة، إن لم تكن حالية.',
  'The column mapping the file was read with, saved with the batch.':
    'تعيين الأعمدة الذي قُرئ به الملف، محفوظًا مع الدفعة.',
  'The comment of the last transition': 'تعليق آخر انتقال',
  'The country or subnational unit it belongs to.': 'البلد أو الوحدة دون الوطنية التي ينتمي إليها.',
  "The country's approved data, newest year first": 'البيانات المعتمدة للبلد، الأحدث سنةً أولًا',
  "The destinations of the country's workers, per cadre.":
    'بلدان المقصد للعاملين من البلد، حسب الفئة المهنية.',
  'The dry run: what a commit would store, revise, leave unchanged and skip.':
    'التشغيل التجريبي: ما سيخزّنه الاعتماد، وما سينقّحه، وما سيتركه دون تغيير، وما سيتجاوزه.',
  'The estimate, the tables it was made from, dropped areas and what was stored.':
    'التقدير، والجداول التي استند إليها، والمناطق المستبعدة، وما خُزِّن.',
  'The explanation in parts, for clients that translate it.': 'الشرح مجزّأً، للعملاء الذين يترجمونه.',
  'The file is kept for its owner for 24 hours, so that the preview, the dry run and the commit do not send it again.':
    'يُحتفظ بالملف لمالكه لمدة 24 ساعة، كي لا يُرسل مرة أخرى في المعاينة والتشغيل التجريبي والاعتماد.',
  'The first 20 values as they will be stored.': 'أول 20 قيمة كما ستُخزَّن.',
  'The first characters of the token, to recognise it.': 'الأحرف الأولى من الرمز المميز، للتعرّف عليه.',
  'The first rows of an upload as they will be stored, and the dry run of its import':
    'الصفوف الأولى من ملف محمَّل كما ستُخزَّن، والتشغيل التجريبي لاستيراده',
  'The format that read the file, or `mapped` (read through a column mapping).':
    'الصيغة التي قُرئ بها الملف، أو `mapped` (قُرئ من خلال تعيين للأعمدة).',
  'The format that reads the file, or null when it needs a column mapping.':
    'الصيغة التي تقرأ الملف، أو null عندما يحتاج إلى تعيين للأعمدة.',
  'The header cell as the file writes it (case, accents and spacing ignored).':
    'خلية الترويسة كما يكتبها الملف (مع تجاهل حالة الأحرف وعلامات التشكيل والمسافات).',
  'The hwmo long-CSV template: header, two example rows and the allowed values as # comments':
    'نموذج hwmo بصيغة CSV الطويلة: الترويسة، وصفّان على سبيل المثال، والقيم المسموح بها في صورة تعليقات #',
  'The hwmo template as a workbook: data sheet with drop-down lists, and a sheet of allowed values':
    'نموذج hwmo في صورة مصنَّف: ورقة بيانات بقوائم منسدلة، وورقة بالقيم المسموح بها',
  'The invitation link, shown once; it was also sent (or put in the outbox).':
    'رابط الدعوة، ويُعرض مرة واحدة؛ وقد أُرسل أيضًا (أو وُضع في صندوق الصادر).',
  'The last approval, kept after an unapproval': 'آخر اعتماد، ويُحتفظ به بعد إلغاء الاعتماد',
  'The last transition': 'آخر انتقال',
  'The later batches that revised them.': 'الدفعات اللاحقة التي نقّحتها.',
  'The list as WHO published it': 'القائمة كما نشرتها منظمة الصحة العالمية',
  "The list recomputed from the loaded data with chosen vintages, and its differences from WHO's":
    'القائمة بعد إعادة حسابها من البيانات المحمَّلة بالإصدارات المختارة، والفروق بينها وبين قائمة منظمة الصحة العالمية',
  'The occupation choices the indicator accepts; a choice with no years has no data loaded.':
    'اختيارات المهنة التي يقبلها المؤشر؛ والاختيار الذي لا سنوات له لا توجد له بيانات محمَّلة.',
  'The occupation slugs of this choice; several are added (density only).':
    'الأسماء المختصرة (slugs) للمهن في هذا الاختيار؛ وتُجمع عدة مهن (للكثافة فقط).',
  'The problem type': 'نوع المشكلة',
  'The problem types errors are answered with': 'أنواع المشكلات التي يُرد بها على الأخطاء',
  'The proposed mapping, with a confidence per column; send it back as it is or edited.':
    'التعيين المقترح، مع درجة ثقة لكل عمود؛ أعد إرساله كما هو أو بعد تعديله.',
  'The remark in English.': 'الملاحظة باللغة الإنكليزية.',
  'The request as applied, defaults filled in': 'الطلب كما طُبِّق، مع ملء القيم الافتراضية',
  'The role of who approved: national_authority, data_approver, admin, operator':
    'دور من اعتمد: national_authority، أو data_approver، أو admin، أو operator',
  'The role they acted in: data_approver, national_authority, admin, operator …':
    'الدور الذي تصرفوا بصفته: data_approver، أو national_authority، أو admin، أو operator …',
  'The same breakdown for each cadre with data.': 'التوزيع نفسه لكل فئة مهنية تتوفر عنها بيانات.',
  'The same record as the CLI prints with --format json.':
    'السجل نفسه الذي تطبعه واجهة سطر الأوامر مع --format json.',
  'The signed-in user; null for the public or the operator.':
    'المستخدم المسجِّل للدخول؛ null للجمهور أو للمشغِّل.',
  'The token (hwmo_…), shown this once; send it as Authorization: Bearer.':
    'الرمز المميز (hwmo_…)، ويُعرض هذه المرة فقط؛ أرسله بوصفه Authorization: Bearer.',
  'The token of the link (the part after token=).': 'الرمز المميز للرابط (الجزء الذي يلي token=).',
  'The window of "latest": no value more than this many years before a series\' latest.':
    'نطاق "latest": لا قيمة تسبق أحدث قيمة في السلسلة بأكثر من هذا العدد من السنوات.',
  'The worksheet detected from.': 'ورقة العمل التي جرى الاكتشاف منها.',
  'The year selection in words.': 'اختيار السنة بالكلمات.',
  'This description': 'هذا الوصف',
  'Total stock of the occupation (null for ffs-diff)': 'الرصيد الإجمالي للمهنة (null لطريقة ffs-diff)',
  'UHC service coverage index year, or "latest".':
    'سنة مؤشر التغطية بالخدمات في إطار التغطية الصحية الشاملة، أو "latest".',
  'Unapprove approved data, with a comment: it can be changed again':
    'إلغاء اعتماد البيانات المعتمدة، مع تعليق: فيمكن تغييرها من جديد',
  'Upload a file to import (multipart field "file"): its format, sheets and proposed column mapping':
    'تحميل ملف لاستيراده (الحقل متعدد الأجزاء "file"): صيغته، وأوراقه، وتعيين الأعمدة المقترح',
  'Upload id': 'معرِّف الملف المحمَّل',
  'Users with their roles': 'المستخدمون وأدوارهم',
  'Values already stored as they are.': 'القيم المخزَّنة بالفعل على حالها.',
  'Values of the batch revised since by later batches.': 'قيم الدفعة التي نقّحتها منذ ذلك الحين دفعات لاحقة.',
  'Values of the batch that are current.': 'قيم الدفعة الحالية.',
  'Values read; a wide file (one column per year) counts one per filled cell.':
    'القيم المقروءة؛ وفي الملف العريض (عمود لكل سنة) تُحتسب قيمة واحدة لكل خلية مملوءة.',
  'Values that replaced a different earlier value, which stays in history.':
    'القيم التي حلّت محل قيمة سابقة مختلفة، تبقى في السجل التاريخي.',
  'Values the remark names: codes, years, numbers, year selections and nested remarks.':
    'القيم التي تذكرها الملاحظة: الرموز، والسنوات، والأعداد، واختيارات السنوات، والملاحظات المتداخلة.',
  'Visible worksheets of a workbook; empty for a text file.':
    'أوراق العمل الظاهرة في المصنَّف؛ وتكون فارغة في الملف النصي.',
  'What an invitation link is for': 'الغرض من رابط الدعوة',
  'What lowered the confidence, or why the mapping is incomplete.':
    'ما قلّل درجة الثقة، أو سبب عدم اكتمال التعيين.',
  'What one problem type means': 'معنى نوع المشكلة الواحد',
  'What the loaded data can give: per indicator, the occupations it accepts and their years with a value':
    'ما يمكن أن تقدمه البيانات المحمَّلة: لكل مؤشر، المهن التي يقبلها والسنوات التي لها فيها قيمة',
  'What was imported but deserves a look: a last line without a line terminator, totals rows that do not match the rows they cover, rows left unread below a note line.':
    'ما استُورد ولكنه يستحق الانتباه: سطر أخير بلا علامة نهاية سطر، وصفوف مجاميع لا تطابق الصفوف التي تشملها، وصفوف لم تُقرأ أسفل سطر ملاحظة.',
  'When (ISO 8601)': 'التوقيت (ISO 8601)',
  'When it was approved (ISO 8601)': 'تاريخ الاعتماد (ISO 8601)',
  'When neither a format nor a mapping could be found: why, so that a mapping can be written by hand.':
    'عندما يتعذّر العثور على صيغة أو تعيين: السبب، كي يمكن كتابة تعيين يدويًا.',
  'When no format reads the file: the proposed column mapping.':
    'عندما لا توجد صيغة تقرأ الملف: تعيين الأعمدة المقترح.',
  'When the change in total stock is matched to births − deaths':
    'متى يُطابَق التغيّر في الرصيد الإجمالي مع المواليد − الوفيات',
  'When the session ends at the latest, if not used before its idle end.':
    'أقصى موعد لانتهاء الجلسة، إن لم تنتهِ بسبب عدم الاستخدام قبل ذلك.',
  'Where the unit stands in the approval cycle.': 'موقع الوحدة في دورة الاعتماد.',
  'Whether the mapping says all it must (an area, a year, value columns with what they count).':
    'ما إذا كان التعيين يتضمن كل ما يلزم (منطقة، وسنة، وأعمدة قيم مع ما تعدّه).',
  'Whether the reader may submit, and approve, return or unapprove, for this area':
    'ما إذا كان يحق للقارئ التقديم، والاعتماد، والإعادة، وإلغاء الاعتماد، لهذه المنطقة',
  'Whether the value is below the threshold; null when it is missing.':
    'ما إذا كانت القيمة أقل من العتبة؛ null عندما تكون غير متوفرة.',
  'Whether year=latest gives at least one country a value.':
    'ما إذا كان الخيار year=latest يعطي قيمة لبلد واحد على الأقل.',
  'Who acted; only signed-in readers see names': 'من تصرّف؛ ولا يرى الأسماء إلا القرّاء المسجِّلون للدخول',
  'Who is signed in, with the CSRF token to send with changes':
    'المستخدم المسجِّل للدخول، مع رمز CSRF المميز المطلوب إرساله مع التغييرات',
  'Why a country is or is not on the list: both values, their years and sources, each criterion':
    'أسباب إدراج بلد في القائمة أو عدم إدراجه: القيمتان، وسنواتهما ومصادرهما، وكل معيار',
  'Why there is no value.': 'سبب عدم وجود قيمة.',
  'Why: required to return or unapprove': 'السبب: مطلوب للإعادة أو لإلغاء الاعتماد',
  'With densityYear=latest: no density later than this year.':
    'مع densityYear=latest: لا كثافة بعد هذه السنة.',
  'With densityYear=latest: no density more than this many years before densityUpTo.':
    'مع densityYear=latest: لا كثافة تسبق densityUpTo بأكثر من هذا العدد من السنوات.',
  'With sciYear=latest: no index value later than this year.':
    'مع sciYear=latest: لا قيمة للمؤشر بعد هذه السنة.',
  'With sciYear=latest: no value more than this many years before sciUpTo.':
    'مع sciYear=latest: لا قيمة تسبق sciUpTo بأكثر من هذا العدد من السنوات.',
  'With year=latest: take no value later than this year.': 'مع year=latest: لا تؤخذ أي قيمة بعد هذه السنة.',
  'With year=latest: take no value more than this many years before upTo (or before the latest).':
    'مع year=latest: لا تؤخذ أي قيمة تسبق upTo (أو أحدث سنة) بأكثر من هذا العدد من السنوات.',
  'Withdraw a pending invitation': 'سحب دعوة معلَّقة',
  'Worksheet of a workbook to detect; the first visible one when absent':
    'ورقة العمل في المصنَّف المراد اكتشافها؛ وأول ورقة ظاهرة عند الإغفال',
  'Worksheet of a workbook.': 'ورقة عمل في مصنَّف.',
  'Worksheet of an .xlsx workbook.': 'ورقة عمل في مصنَّف .xlsx.',
  'XLSX template': 'نموذج XLSX',
  '[origin][destination], diagonal zero': '[origin][destination]، والقطر صفر',
  '[origin][destination][place of birth]': '[origin][destination][place of birth]',
  '[place of birth][place of residence] at the end': '[place of birth][place of residence] في النهاية',
  '[place of birth][place of residence] at the start': '[place of birth][place of residence] في البداية',
  'csv: the hwmo long template; sdmx-csv: SDMX-CSV 1.0': 'csv: نموذج hwmo الطويل؛ sdmx-csv: SDMX-CSV 1.0',
  'emigration-rate: count those abroad by country of training (default), of birth, or whichever a destination reports.':
    'emigration-rate: عدّ الموجودين في الخارج حسب بلد التدريب (القيمة الافتراضية)، أو بلد الميلاد، أو أيهما يُبلغ عنه بلد المقصد.',
  'hwmo — Health Worker Migration Observatory API':
    'hwmo — واجهة برمجة التطبيقات لمرصد هجرة العاملين الصحيين',
  'ipf, or conditional maximisation (both margins)': 'ipf، أو التعظيم المشروط (كلا الهامشين)',
  'let a last line without a line terminator revise stored values':
    'السماح لسطر أخير بلا علامة نهاية سطر بتنقيح القيم المخزَّنة',
  'net-migration over several areas: the migration effectiveness index 100 × Σ|net| / Σ turnover.':
    'net-migration على عدة مناطق: مؤشر فعالية الهجرة 100 × Σ|net| / Σ turnover.',
  'null for a dry run': 'null في التشغيل التجريبي',
  'null: all datasets': 'null: جميع مجموعات البيانات',
  'null: all the datasets of the area and year': 'null: جميع مجموعات بيانات المنطقة والسنة',
  'records at or after this day or instant': 'السجلات في هذا اليوم أو اللحظة أو بعدهما',
  'records up to this day (inclusive) or instant': 'السجلات حتى هذا اليوم (شاملًا) أو هذه اللحظة',
  'the action recorded, e.g. import, rollback, approval.approve':
    'الإجراء المسجَّل، مثل import، وrollback، وapproval.approve',
  'the area the change touched (ISO 3166 alpha-3 or a subnational code)':
    'المنطقة التي مسّها التغيير (ISO 3166 alpha-3 أو رمز دون وطني)',
  'the id of the object changed (with objectType)': 'معرِّف الكائن الذي تغيّر (مع objectType)',
  'the kind of object changed: batch, area, approval, user…':
    'نوع الكائن الذي تغيّر: batch، وarea، وapproval، وuser…',
  'the object after the change (null when removed)': 'الكائن بعد التغيير (null عند حذفه)',
  'the object before the change (null when created)': 'الكائن قبل التغيير (null عند إنشائه)',
  'true while no administrator exists: open the setup link printed by the server.':
    'true ما دام لا يوجد مسؤول: افتح رابط الإعداد الذي طبعه الخادم.',
  'true: minimum migration (stayers = min of the two stocks); false: independence':
    'true: الحد الأدنى من الهجرة (الباقون = الأصغر بين الرصيدين)؛ false: الاستقلال',
  'true: report what would change and write nothing (also a form field)':
    'true: الإبلاغ عما سيتغيّر دون كتابة أي شيء (وهو أيضًا حقل في النموذج)',
  'who acted: an e-mail address, or the label recorded ("operator root@host")':
    'من تصرّف: عنوان بريد إلكتروني، أو التسمية المسجَّلة ("operator root@host")',
  'who acted: the id of a user account': 'من تصرّف: معرِّف حساب مستخدم',
  'zero: a fall in a stock is no flow; return: a fall is a return flow':
    'zero: انخفاض الرصيد ليس تدفقًا؛ return: الانخفاض تدفق عائد',
  'Language: ar, zh, en, fr, ru or es.': 'اللغة: ar أو zh أو en أو fr أو ru أو es.',
  'The language for the interface, messages and mail; null to follow each request’s language.':
    'لغة الواجهة والرسائل والبريد؛ null لاتباع لغة كل طلب.',
  'The language of the invitation mail; by default the language of the request that sends it.':
    'لغة بريد الدعوة؛ وهي افتراضيًا لغة الطلب الذي يرسلها.',
  'The language the user chose for the interface, messages and mail; null: the language of each request.':
    'اللغة التي اختارها المستخدم للواجهة والرسائل والبريد؛ null: لغة كل طلب.',
  'Change one’s own name and preferred language': 'تغيير الاسم واللغة المفضلة للمستخدم نفسه',
};
