/**
 * The API description's texts (route summaries, parameter and field descriptions, error titles) in this language,
 * keyed by their English. A test lists every English text of the document that lacks a translation here.
 */
export const ru: Readonly<Record<string, string>> = {
  'A bilateral flow table matching net migration totals (migest net_matrix_ipf)':
    'Таблица двусторонних потоков, согласованная с итогами чистой миграции (migest net_matrix_ipf)',
  'A column mapping as JSON text (see `hwmo import --suggest-mapping`).':
    'Сопоставление столбцов в виде текста JSON (см. `hwmo import --suggest-mapping`).',
  "A country's key indicators, time series, foreign-trained workforce, emigrants and SSL status":
    'Основные показатели страны, временные ряды, кадры, получившие подготовку за рубежом, эмигранты и статус в Перечне мер по поддержке и защите',
  'A data year, or "latest" (the default): the latest year available, see upTo and window.':
    'Год данных или "latest" (по умолчанию): последний имеющийся год, см. upTo и window.',
  'A dataset (source code); omitted: all datasets of the area and year':
    'Набор данных (код источника); если не указан — все наборы данных по стране и году',
  'A measure code.': 'Код показателя.',
  'A new setup link while no administrator exists (the operator: `hwmo users setup-link`)':
    'Новая ссылка для настройки, пока администратор отсутствует (для оператора: `hwmo users setup-link`)',
  'A remark on a value: why it is missing or what to keep in mind.':
    'Примечание к значению: почему оно отсутствует или что следует учитывать.',
  'A year or an inclusive range such as 2010-2020.': 'Год или включающий диапазон, например 2010-2020.',
  'A year or an inclusive range; each year is compared on its own':
    'Год или включающий диапазон; каждый год сравнивается отдельно',
  'Add or rename subnational units (provinces, districts) under a country':
    'Добавление или переименование субнациональных единиц (провинций, округов) страны',
  'All observations matching the filters as CSV (hwmo template) or SDMX-CSV':
    'Все наблюдения, соответствующие фильтрам, в формате CSV (шаблон hwmo) или SDMX-CSV',
  'An indicator for one or many areas, each value with its year, sources and inputs':
    'Показатель для одной или нескольких территорий; каждое значение с его годом, источниками и исходными данными',
  'An occupation slug.': 'Идентификатор (slug) профессиональной группы.',
  'An upload and what reads one of its sheets':
    'Загруженный файл и формат, в котором читается один из его листов',
  "Approval status of a country's data per year and dataset":
    'Статус утверждения данных страны по годам и наборам данных',
  'Approval status of the data per country, year and dataset':
    'Статус утверждения данных по странам, годам и наборам данных',
  'Approve submitted data: it is locked against imports, revisions and rollbacks':
    'Утверждение представленных данных: они блокируются от импорта, пересмотра и отмены импорта',
  'Area ISO3 code.': 'Код ISO3 территории.',
  'Area code(s) (ISO3 or hwmo code), comma-separated.':
    'Код(ы) территории (ISO3 или код hwmo) через запятую.',
  'Area whose two factors are fixed at 1; default the area in most pairs':
    'Территория, для которой оба коэффициента фиксируются равными 1; по умолчанию — территория, входящая в наибольшее число пар',
  'Areas of the system; default every area reporting the measure in either year':
    'Территории системы; по умолчанию — все территории, сообщающие данные по показателю за любой из двух лет',
  'Areas, comma-separated: ISO3 countries, subnational codes, or aggregates (WHO regions AFR…WPR, income groups HIC/UMC/LMC/LIC, WLD). Omitted: every country.':
    'Территории через запятую: коды ISO3 стран, субнациональные коды или агрегаты (регионы ВОЗ AFR…WPR, группы по уровню дохода HIC/UMC/LMC/LIC, WLD). Если не указаны — все страны.',
  'Areas: countries, regions, income groups, aggregates, subnational units':
    'Территории: страны, регионы, группы по уровню дохода, агрегаты, субнациональные единицы',
  'At least 12 characters, not the e-mail address.':
    'Не менее 12 символов; не должен совпадать с адресом электронной почты.',
  'Basis of the origins, from the input measure; the stored flows carry it':
    'Признак страны происхождения, взятый из исходного показателя; сохраняется вместе с потоками',
  'Batch id': 'Идентификатор пакета',
  'Bilateral stock measure read as [partner][area]':
    'Показатель двусторонней численности, читаемый как [партнер][территория]',
  'Births by region of residence, in the order of areas':
    'Число рождений по региону проживания, в порядке территорий',
  'CSV file': 'Файл CSV',
  'CSV file, cells safe to open in a spreadsheet':
    'Файл CSV, ячейки которого безопасно открывать в электронной таблице',
  'CSV template': 'Шаблон CSV',
  'Change one’s own password; the other sessions end':
    'Изменение собственного пароля; другие сеансы завершаются',
  'Check everything and report, storing nothing.': 'Проверить все и представить отчет, ничего не сохраняя.',
  'Choices that took the edition default.': 'Параметры, для которых принято значение издания по умолчанию.',
  'Choose a new password with a reset link; ends every session of the account, and signs in':
    'Выбор нового пароля по ссылке для сброса; завершает все сеансы учетной записи и выполняет вход',
  'Code of the unit, e.g. ISO 3166-2 KE-30.': 'Код единицы, например ISO 3166-2 KE-30.',
  'Column labels; default 1, 2, …': 'Метки столбцов; по умолчанию 1, 2, …',
  'Countries the recomputation puts on the list.':
    'Страны, которые по результатам перерасчета включаются в перечень.',
  'Country ISO3 code': 'Код ISO3 страны',
  'Create a personal API token (shown once)': 'Создание личного токена API (показывается один раз)',
  'Create the account of an invitation, and sign in':
    'Создание учетной записи по приглашению и вход в систему',
  'Create the first administrator with the setup link, and sign in':
    'Создание первого администратора по ссылке для настройки и вход в систему',
  'Current values of the unit': 'Текущие значения единицы',
  'Current values of the unit stored after its last submission or approval; null if never submitted':
    'Текущие значения единицы, сохраненные после ее последнего представления или утверждения; null, если она ни разу не представлялась',
  'Current values stored for this measure.': 'Текущие значения, сохраненные для этого показателя.',
  'Data year of the value (the latest of its inputs).':
    'Год данных значения (последний из годов исходных данных).',
  'Data years, newest first, in which at least one country has a value.':
    'Годы данных, начиная с последнего, за которые хотя бы у одной страны имеется значение.',
  'Dataset code the values are stored under (default USER).':
    'Код набора данных, под которым сохраняются значения (по умолчанию USER).',
  'Dataset code(s), e.g. WHO.GHO.': 'Код(ы) набора данных, например WHO.GHO.',
  'Datasets loaded, with publisher and licence': 'Загруженные наборы данных с указанием издателя и лицензии',
  'Datasets to prefer, in order, when several give a value for the same year, e.g. OECD.HEALTH_WFMI,WHO.GHO.':
    'Предпочтительные наборы данных в порядке приоритета, если несколько из них дают значение за один и тот же год, например OECD.HEALTH_WFMI,WHO.GHO.',
  'Deaths by region of residence, in the order of areas':
    'Число смертей по региону проживания, в порядке территорий',
  'Delete an upload': 'Удаление загруженного файла',
  'Density as WHO published it (published-first, the default) or from headcount / population.':
    'Плотность в том виде, в каком ее опубликовала ВОЗ (published-first, по умолчанию), или по отношению численности к населению.',
  'Density from headcount / population, or as published: computed-first (default) uses the published density only where no headcount and population pair exists.':
    'Плотность по отношению численности к населению или опубликованная: при computed-first (по умолчанию) опубликованная плотность используется только там, где нет пары данных о численности и населении.',
  'Density year, or "latest".': 'Год данных о плотности или "latest".',
  'E-mail address; compared without regard to case.':
    'Адрес электронной почты; сравнивается без учета регистра.',
  'Editions of the WHO Health Workforce Support and Safeguards List and their rules':
    'Издания Перечня ВОЗ мер по поддержке и защите кадровых ресурсов здравоохранения и их правила',
  'End every session of a user': 'Завершение всех сеансов пользователя',
  'End one’s other sessions': 'Завершение других собственных сеансов',
  'Estimate and report what would be stored; store nothing':
    'Рассчитать оценку и сообщить, что было бы сохранено, ничего не сохраняя',
  'Estimate bilateral flows from two years of stored stocks and store them (unless dryRun)':
    'Оценка двусторонних потоков по сохраненным данным о численности за два года и их сохранение (если не указан dryRun)',
  'Estimation runs, newest first, with method, parameters and input batches':
    'Расчеты оценок, начиная с последних, с указанием метода, параметров и исходных пакетов',
  'Every Member State assessed; differences explained.':
    'Оценены все государства-члены; расхождения объяснены.',
  'Every column whose header is a year is a value column of that year.':
    'Каждый столбец, заголовком которого является год, содержит значения за этот год.',
  'Every problem type': 'Все типы проблем',
  'Fit a seed table to row and/or column totals (IPF, or conditional maximisation)':
    'Подгонка исходной таблицы к итогам по строкам и/или столбцам (IPF или условная максимизация)',
  'Flows by stock differencing (migest ffs_diff)': 'Потоки по разности численности (migest ffs_diff)',
  'Flows from rates implied by stock tables (Dennett; Rogers–von Rabenau)':
    'Потоки по коэффициентам, вытекающим из таблиц численности (Dennett; Rogers–von Rabenau)',
  'Flows from two stock tables with demographic accounting (migest ffs_demo)':
    'Потоки по двум таблицам численности методом демографического баланса (migest ffs_demo)',
  'Flows of the previous estimate for an area pair no longer estimated':
    'Потоки предыдущей оценки для пары территорий, которая больше не оценивается',
  'Foreign stock from partners outside the areas estimated':
    'Иностранная численность из стран-партнеров вне оцениваемых территорий',
  'Foreign stock subtracted from the total for the diagonal':
    'Иностранная численность, вычитаемая из общей численности для диагонали',
  'Global flow total (Dennett)': 'Общий глобальный объем потоков (Dennett)',
  'How many were revoked.': 'Сколько было отозвано.',
  'How sure the suggestion was (0-1); informational, ignored on import.':
    'Степень достоверности предложения (0-1); справочное значение, при импорте не учитывается.',
  'How the birthplace totals of the two tables are made equal':
    'Способ приведения в соответствие итогов по месту рождения двух таблиц',
  'IPF tolerance (largest cell change)': 'Допуск IPF (наибольшее изменение ячейки)',
  'ISO 8601 time.': 'Время в формате ISO 8601.',
  'ISO 8601, UTC': 'ISO 8601, UTC',
  'ISO3 of the area, for an area-bound role only.':
    'Код ISO3 территории; только для роли, привязанной к территории.',
  'Import an upload as one batch, read as its preview was; the upload is then deleted':
    'Импорт загруженного файла одним пакетом в том виде, в каком он был прочитан при предварительном просмотре; затем загруженный файл удаляется',
  'Import batch the value came from.': 'Пакет импорта, из которого получено значение.',
  'Import batches, newest first': 'Пакеты импорта, начиная с последних',
  'Import one or more files (multipart field "file"); same report as `hwmo import --json`':
    'Импорт одного или нескольких файлов (поле multipart "file"); тот же отчет, что и `hwmo import --json`',
  'Include superseded values (revisions) as well as current ones.':
    'Включать замененные значения (результаты пересмотра) наряду с текущими.',
  'Indicator slug.': 'Идентификатор (slug) показателя.',
  'Input stock measure': 'Исходный показатель численности',
  'Invitations sent, pending or not': 'Отправленные приглашения, ожидающие ответа или нет',
  'Invite someone by e-mail, with one role; answers the link, also sent (or put in the outbox)':
    'Приглашение пользователя по электронной почте с одной ролью; в ответе возвращается ссылка, которая также отправляется по почте (или помещается в папку исходящих)',
  'Key indicators at their latest values.': 'Основные показатели по их последним значениям.',
  'Labels of the rows and columns of every table, in order':
    'Метки строк и столбцов каждой таблицы по порядку',
  'Lacks a sign-in for the area, or the installation is read-only':
    'Отсутствует вход в систему для этой территории, или экземпляр системы доступен только для чтения',
  'Lacks the permission account.self for the area, or the installation is read-only':
    'Отсутствует разрешение account.self для этой территории, или экземпляр системы доступен только для чтения',
  'Lacks the permission approval.decide for the area, or the installation is read-only':
    'Отсутствует разрешение approval.decide для этой территории, или экземпляр системы доступен только для чтения',
  'Lacks the permission approval.submit for the area, or the installation is read-only':
    'Отсутствует разрешение approval.submit для этой территории, или экземпляр системы доступен только для чтения',
  'Lacks the permission audit.read for the area, or the installation is read-only':
    'Отсутствует разрешение audit.read для этой территории, или экземпляр системы доступен только для чтения',
  'Lacks the permission data.import for the area, or the installation is read-only':
    'Отсутствует разрешение data.import для этой территории, или экземпляр системы доступен только для чтения',
  'Lacks the permission data.rollback for the area, or the installation is read-only':
    'Отсутствует разрешение data.rollback для этой территории, или экземпляр системы доступен только для чтения',
  'Lacks the permission flows.store for the area, or the installation is read-only':
    'Отсутствует разрешение flows.store для этой территории, или экземпляр системы доступен только для чтения',
  'Lacks the permission reference.edit for the area, or the installation is read-only':
    'Отсутствует разрешение reference.edit для этой территории, или экземпляр системы доступен только для чтения',
  'Lacks the permission users.manage for the area, or the installation is read-only':
    'Отсутствует разрешение users.manage для этой территории, или экземпляр системы доступен только для чтения',
  'Leave out or null for a token that does not expire.':
    'Не указывать или указать null для бессрочного токена.',
  'List edition, e.g. 2023': 'Издание перечня, например 2023',
  'Liveness and database status': 'Работоспособность и состояние базы данных',
  'Measure code(s), comma-separated.': 'Код(ы) показателя через запятую.',
  'Measures with unit and aggregation rule': 'Показатели с единицей измерения и правилом агрегирования',
  'Median density of doctors, nurses and midwives over WHO Member States with a value: the basis of the threshold.':
    'Медианная плотность врачей, медицинских сестер и акушерок по государствам — членам ВОЗ, для которых имеется значение: основа порогового значения.',
  'Messages not sent by SMTP (none configured): invitations and password-reset links to pass on':
    'Сообщения, не отправленные по SMTP (сервер не настроен): приглашения и ссылки для сброса пароля, которые следует передать самостоятельно',
  'Mirror statistics: outflows reported by origins against inflows reported by destinations':
    'Зеркальная статистика: оттоки по данным стран происхождения в сопоставлении с притоками по данным стран назначения',
  'Name of the person who sent the invitation.': 'Имя лица, отправившего приглашение.',
  'Name of the unit.': 'Название единицы.',
  'Name shown to others.': 'Имя, видимое другим пользователям.',
  'Needed by Rogers–von Rabenau': 'Требуется для метода Rogers–von Rabenau',
  'Needs data.import for every area the files hold rows for; a file with rows of another area is refused whole.':
    'Требуется разрешение data.import для каждой территории, строки по которой содержатся в файлах; файл, содержащий строки по другой территории, отклоняется целиком.',
  'Needs data.rollback for every area the batch holds values for.':
    'Требуется разрешение data.rollback для каждой территории, значения по которой содержатся в пакете.',
  'Needs reference.edit for the country of every unit (and of the one it leaves, when it moves).':
    'Требуется разрешение reference.edit для страны каждой единицы (и для страны, из которой она выходит, при ее перемещении).',
  'Net migration (in − out) of each area, summing to zero':
    'Чистая миграция (приток − отток) по каждой территории; сумма равна нулю',
  'New values.': 'Новые значения.',
  'Not signed in (problem unauthenticated)': 'Вход в систему не выполнен (проблема unauthenticated)',
  'Observations with their source file and row': 'Наблюдения с указанием исходного файла и строки',
  'Occupation slug of the estimated flows':
    'Идентификатор (slug) профессиональной группы оцениваемых потоков',
  'Occupation slug(s), e.g. medical-doctors.':
    'Идентификатор(ы) (slug) профессиональной группы, например medical-doctors.',
  'Occupation slug, e.g. medical-doctors':
    'Идентификатор (slug) профессиональной группы, например medical-doctors',
  'Occupation slug; density adds several (medical-doctors,nursing-and-midwifery, the default for density and sdg-gap). Others default to medical-doctors.':
    'Идентификатор (slug) профессиональной группы; для плотности суммируются несколько групп (medical-doctors,nursing-and-midwifery — по умолчанию для density и sdg-gap). Для остальных показателей по умолчанию используется medical-doctors.',
  'Occupations (ISCO-08 based slugs)': 'Профессиональные группы (идентификаторы на основе МСКЗ-08)',
  'On the list WHO published; null when that edition is not loaded.':
    'Включена в перечень, опубликованный ВОЗ; null, если это издание не загружено.',
  'On the published list; null when that edition is not loaded.':
    'Включена в опубликованный перечень; null, если это издание не загружено.',
  'One batch with its skipped rows and revision links':
    'Один пакет с его пропущенными строками и ссылками на результаты пересмотра',
  'One result per area; a null value carries its reason.':
    'Один результат на территорию; при значении null указывается причина.',
  'One’s open sessions': 'Собственные открытые сеансы',
  'One’s own account': 'Собственная учетная запись',
  'One’s personal API tokens': 'Собственные личные токены API',
  'Only areas of this kind, e.g. country or who-region.':
    'Только территории этого типа, например country или who-region.',
  'Only the children of this area (subnational units).':
    'Только дочерние единицы этой территории (субнациональные единицы).',
  'Only values imported by this batch.': 'Только значения, импортированные этим пакетом.',
  'OpenAPI 3.1': 'OpenAPI 3.1',
  'Opens the page that creates the first administrator; works once.':
    'Открывает страницу создания первого администратора; действует один раз.',
  'Other names files use for it; in CSV separated by "|".':
    'Другие названия, используемые для него в файлах; в CSV разделяются знаком "|".',
  'Page size (at most 10 000).': 'Размер страницы (не более 10 000).',
  'Pairs, one-sided shares and adjustment factors with their fit, per year.':
    'Пары, односторонние доли и поправочные коэффициенты с показателями согласия, по годам.',
  'Partner area code(s): origin or destination.':
    'Код(ы) территории-партнера: страны происхождения или назначения.',
  'Partner area for bilateral measures.': 'Территория-партнер для двусторонних показателей.',
  'Partner basis of the inflows, when several are stored':
    'Признак страны-партнера для притоков, если сохранено несколько',
  'Partner basis of the outflows, when several are stored':
    'Признак страны-партнера для оттоков, если сохранено несколько',
  'Partners among the areas with no stored value: 0':
    'Партнеры среди территорий, для которых нет сохраненного значения: 0',
  'Per indicator and accepted occupation choice, the data years in which at least one country has a value (default vintage options); recomputed when the data change.':
    'Для каждого показателя и допустимого выбора профессиональной группы — годы данных, за которые хотя бы у одной страны имеется значение (варианты выпуска данных по умолчанию); пересчитывается при изменении данных.',
  'Percentage of the foreign total.': 'Процентная доля в общей иностранной численности.',
  'Permissions held for at least one area.': 'Разрешения, имеющиеся хотя бы для одной территории.',
  'Preferred sources of headcounts, densities and population, in order.':
    'Предпочтительные источники данных о численности, плотности и населении в порядке приоритета.',
  'Preferred sources of the index, in order: OWID, WB.WDI, WHO.GHO (the 2015–2017 legacy series).':
    'Предпочтительные источники индекса в порядке приоритета: OWID, WB.WDI, WHO.GHO (прежний ряд 2015–2017 гг.).',
  'Prior flows [origin][destination]': 'Априорные потоки [происхождение][назначение]',
  'RFC 9457 problem details': 'Сведения о проблеме по RFC 9457',
  'Read as this format instead of detecting it.': 'Читать в этом формате, не определяя его автоматически.',
  'Read through this column mapping (excludes format).':
    'Читать с использованием этого сопоставления столбцов (исключает format).',
  'Reference year': 'Базовый год',
  'Rename, disable or enable a user; disabling ends the user’s sessions and tokens':
    'Переименование, отключение или включение пользователя; при отключении сеансы и токены пользователя прекращают действие',
  'Replace the roles of a user': 'Замена ролей пользователя',
  'Return submitted data with a comment saying what to correct':
    'Возврат представленных данных с комментарием о том, что следует исправить',
  'Reuse the mapping saved with this batch.':
    'Повторно использовать сопоставление, сохраненное с этим пакетом.',
  'Revoke one of one’s tokens': 'Отзыв одного из собственных токенов',
  'Role; national_authority, data_manager and data_approver are bound to one area.':
    'Роль; роли national_authority, data_manager и data_approver привязаны к одной территории.',
  'Roll back a batch, restoring the values it superseded':
    'Отмена импорта пакета с восстановлением замененных им значений',
  'Row labels; default 1, 2, …': 'Метки строк; по умолчанию 1, 2, …',
  'Row of the file, as a spreadsheet numbers it.': 'Строка файла в нумерации электронной таблицы.',
  'Row of the header, as the spreadsheet numbers it; found when absent.':
    'Строка заголовка в нумерации электронной таблицы; если не указана, определяется автоматически.',
  'Row of the source file the value came from.': 'Строка исходного файла, из которой получено значение.',
  'Row of the source file.': 'Строка исходного файла.',
  'Rows to skip.': 'Число пропускаемых строк.',
  'Said whether or not the account exists.': 'Сообщается независимо от того, существует ли учетная запись.',
  'Send a link to choose a new password (the answer is the same whether or not the account exists)':
    'Отправка ссылки для выбора нового пароля (ответ одинаков независимо от того, существует ли учетная запись)',
  'Send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE made with the session cookie.':
    'Передавайте его в заголовке X-CSRF-Token с каждым запросом POST, PUT, PATCH и DELETE, выполняемым с сеансовым файлом cookie.',
  'Sets the session cookie (a new one at every sign-in). After 5 failed attempts in 15 minutes for an account or from an address, refused with 429 and Retry-After, whatever the password.':
    'Устанавливает сеансовый файл cookie (новый при каждом входе). После 5 неудачных попыток в течение 15 минут для учетной записи или с одного адреса запрос отклоняется с кодом 429 и заголовком Retry-After независимо от пароля.',
  'Sex: _T (total), F or M.': 'Пол: _T (всего), F или M.',
  'Sign in with e-mail address and password': 'Вход в систему по адресу электронной почты и паролю',
  'Sign out: end this session': 'Выход из системы: завершение текущего сеанса',
  'Skip rows naming an unknown area instead of refusing the file.':
    'Пропускать строки с неизвестной территорией вместо отклонения файла.',
  'Source of the bilateral stocks, when several sources hold them':
    'Источник данных о двусторонней численности, если их содержат несколько источников',
  'Source of the inflows, when several hold them':
    'Источник данных о притоках, если их содержат несколько источников',
  'Source of the outflows, when several hold them':
    'Источник данных об оттоках, если их содержат несколько источников',
  'Source of the total stocks (for the home-trained diagonal), when several hold them':
    'Источник данных об общей численности (для диагонали подготовленных в стране), если их содержат несколько источников',
  'Sources of the stocks the flows were estimated from':
    'Источники данных о численности, на основе которых оценены потоки',
  'Stable code of the remark, for clients that translate it.':
    'Неизменный код примечания для клиентов, которые его переводят.',
  'Stocks and flows of health workers by area, year, occupation and origin, each value traceable to its source file and row.':
    'Численность и потоки работников здравоохранения по территориям, годам, профессиональным группам и происхождению; каждое значение прослеживается до исходного файла и строки.',
  'Submit the data of a country for a year (one dataset, or all) for approval':
    'Представление данных страны за год (по одному или всем наборам данных) на утверждение',
  'The actions this state allows (permissions aside)':
    'Действия, допустимые в этом состоянии (без учета разрешений)',
  'The audit trail as CSV, with the same filters as /api/audit (every matching record, newest first)':
    'Журнал аудита в формате CSV с теми же фильтрами, что и /api/audit (все соответствующие записи, начиная с последних)',
  'The audit trail, newest first: who changed what, when, with the values before and after (a national authority reads its area only)':
    'Журнал аудита, начиная с последних записей: кто, что и когда изменил, со значениями до и после изменения (национальный орган видит только свою территорию)',
  'The batch a saved mapping came from.': 'Пакет, из которого взято сохраненное сопоставление.',
  'The batch that revised this value, if it is not current.':
    'Пакет, в котором пересмотрено это значение, если оно не является текущим.',
  'The column mapping the file was read with, saved with the batch.':
    'Сопоставление столбцов, с использованием которого был прочитан файл; сохраняется вместе с пакетом.',
  'The comment of the last transition': 'Комментарий к последнему переходу',
  'The country or subnational unit it belongs to.':
    'Страна или субнациональная единица, к которой она относится.',
  "The country's approved data, newest year first": 'Утвержденные данные страны, начиная с последнего года',
  "The destinations of the country's workers, per cadre.":
    'Страны назначения работников страны по категориям кадров.',
  'The dry run: what a commit would store, revise, leave unchanged and skip.':
    'Пробный импорт: что при фиксации будет сохранено, пересмотрено, оставлено без изменений и пропущено.',
  'The estimate, the tables it was made from, dropped areas and what was stored.':
    'Оценка, таблицы, на основе которых она получена, исключенные территории и сохраненные данные.',
  'The explanation in parts, for clients that translate it.':
    'Пояснение по частям для клиентов, которые его переводят.',
  'The file is kept for its owner for 24 hours, so that the preview, the dry run and the commit do not send it again.':
    'Файл хранится для его владельца в течение 24 часов, чтобы не отправлять его повторно для предварительного просмотра, пробного импорта и фиксации.',
  'The first 20 values as they will be stored.':
    'Первые 20 значений в том виде, в каком они будут сохранены.',
  'The first characters of the token, to recognise it.': 'Первые символы токена для его распознавания.',
  'The first rows of an upload as they will be stored, and the dry run of its import':
    'Первые строки загруженного файла в том виде, в каком они будут сохранены, и пробный импорт',
  'The format that read the file, or `mapped` (read through a column mapping).':
    'Формат, в котором прочитан файл, или `mapped` (прочитан через сопоставление столбцов).',
  'The format that reads the file, or null when it needs a column mapping.':
    'Формат, в котором читается файл, или null, если требуется сопоставление столбцов.',
  'The header cell as the file writes it (case, accents and spacing ignored).':
    'Ячейка заголовка в том виде, в каком она записана в файле (регистр, диакритические знаки и пробелы не учитываются).',
  'The hwmo long-CSV template: header, two example rows and the allowed values as # comments':
    'Длинный шаблон CSV hwmo: заголовок, две строки примеров и допустимые значения в виде комментариев #',
  'The hwmo template as a workbook: data sheet with drop-down lists, and a sheet of allowed values':
    'Шаблон hwmo в виде книги: лист данных с раскрывающимися списками и лист допустимых значений',
  'The invitation link, shown once; it was also sent (or put in the outbox).':
    'Ссылка-приглашение, показываемая один раз; она также отправлена по почте (или помещена в папку исходящих).',
  'The last approval, kept after an unapproval': 'Последнее утверждение, сохраняемое после его отзыва',
  'The last transition': 'Последний переход',
  'The later batches that revised them.': 'Более поздние пакеты, в которых они пересмотрены.',
  'The list as WHO published it': 'Перечень в том виде, в каком его опубликовала ВОЗ',
  "The list recomputed from the loaded data with chosen vintages, and its differences from WHO's":
    'Перечень, пересчитанный по загруженным данным с выбранными выпусками данных, и его расхождения с перечнем ВОЗ',
  'The occupation choices the indicator accepts; a choice with no years has no data loaded.':
    'Варианты профессиональных групп, допустимые для показателя; вариант без годов не имеет загруженных данных.',
  'The occupation slugs of this choice; several are added (density only).':
    'Идентификаторы (slug) профессиональных групп этого варианта; несколько групп суммируются (только для плотности).',
  'The problem type': 'Тип проблемы',
  'The problem types errors are answered with': 'Типы проблем, с которыми возвращаются ошибки',
  'The proposed mapping, with a confidence per column; send it back as it is or edited.':
    'Предлагаемое сопоставление с указанием достоверности для каждого столбца; отправьте его обратно без изменений или отредактировав.',
  'The remark in English.': 'Примечание на английском языке.',
  'The request as applied, defaults filled in':
    'Запрос в примененном виде, с подставленными значениями по умолчанию',
  'The role of who approved: national_authority, data_approver, admin, operator':
    'Роль утвердившего лица: national_authority, data_approver, admin, operator',
  'The role they acted in: data_approver, national_authority, admin, operator …':
    'Роль, в которой действовало лицо: data_approver, national_authority, admin, operator …',
  'The same breakdown for each cadre with data.':
    'Такая же разбивка для каждой категории кадров, по которой имеются данные.',
  'The same record as the CLI prints with --format json.':
    'Та же запись, которую выводит CLI с параметром --format json.',
  'The signed-in user; null for the public or the operator.':
    'Пользователь, выполнивший вход; null для публичного доступа или оператора.',
  'The token (hwmo_…), shown this once; send it as Authorization: Bearer.':
    'Токен (hwmo_…), показываемый только сейчас; передавайте его в заголовке Authorization: Bearer.',
  'The token of the link (the part after token=).': 'Токен из ссылки (часть после token=).',
  'The window of "latest": no value more than this many years before a series\' latest.':
    'Окно для "latest": ни одно значение не может быть более чем на это число лет старше последнего значения ряда.',
  'The worksheet detected from.': 'Лист, по которому выполнено определение.',
  'The year selection in words.': 'Словесное описание выбора года.',
  'This description': 'Настоящее описание',
  'Total stock of the occupation (null for ffs-diff)':
    'Общая численность профессиональной группы (null для ffs-diff)',
  'UHC service coverage index year, or "latest".': 'Год индекса охвата услугами в рамках ВОУЗ или "latest".',
  'Unapprove approved data, with a comment: it can be changed again':
    'Отзыв утверждения данных с комментарием: данные снова можно изменять',
  'Upload a file to import (multipart field "file"): its format, sheets and proposed column mapping':
    'Загрузка файла для импорта (поле multipart "file"): его формат, листы и предлагаемое сопоставление столбцов',
  'Upload id': 'Идентификатор загруженного файла',
  'Users with their roles': 'Пользователи и их роли',
  'Values already stored as they are.': 'Значения, уже сохраненные в том же виде.',
  'Values of the batch revised since by later batches.':
    'Значения пакета, пересмотренные впоследствии более поздними пакетами.',
  'Values of the batch that are current.': 'Значения пакета, являющиеся текущими.',
  'Values read; a wide file (one column per year) counts one per filled cell.':
    'Прочитанные значения; в широком файле (по столбцу на каждый год) учитывается каждая заполненная ячейка.',
  'Values that replaced a different earlier value, which stays in history.':
    'Значения, заменившие отличающееся от них более раннее значение, которое сохраняется в истории.',
  'Values the remark names: codes, years, numbers, year selections and nested remarks.':
    'Значения, упоминаемые в примечании: коды, годы, числа, выбор годов и вложенные примечания.',
  'Visible worksheets of a workbook; empty for a text file.':
    'Видимые листы книги; для текстового файла — пусто.',
  'What an invitation link is for': 'Назначение ссылки-приглашения',
  'What lowered the confidence, or why the mapping is incomplete.':
    'Что снизило достоверность или почему сопоставление неполное.',
  'What one problem type means': 'Значение одного типа проблемы',
  'What the loaded data can give: per indicator, the occupations it accepts and their years with a value':
    'Что могут дать загруженные данные: для каждого показателя — допустимые профессиональные группы и годы, за которые имеется значение',
  'What was imported but deserves a look: a last line without a line terminator, totals rows that do not match the rows they cover, rows left unread below a note line.':
    'Что было импортировано, но заслуживает внимания: последняя строка без символа конца строки, строки итогов, не совпадающие с охватываемыми ими строками, непрочитанные строки ниже строки примечания.',
  'When (ISO 8601)': 'Время (ISO 8601)',
  'When it was approved (ISO 8601)': 'Время утверждения (ISO 8601)',
  'When neither a format nor a mapping could be found: why, so that a mapping can be written by hand.':
    'Если не удалось найти ни формат, ни сопоставление: причина, чтобы сопоставление можно было составить вручную.',
  'When no format reads the file: the proposed column mapping.':
    'Если ни один формат не подходит для файла: предлагаемое сопоставление столбцов.',
  'When the change in total stock is matched to births − deaths':
    'Если изменение общей численности приводится в соответствие с разностью рождений и смертей',
  'When the session ends at the latest, if not used before its idle end.':
    'Крайний срок завершения сеанса, если он не завершится раньше из-за бездействия.',
  'Where the unit stands in the approval cycle.': 'Этап цикла утверждения, на котором находится единица.',
  'Whether the mapping says all it must (an area, a year, value columns with what they count).':
    'Содержит ли сопоставление все необходимое (территорию, год, столбцы значений с указанием того, что они учитывают).',
  'Whether the reader may submit, and approve, return or unapprove, for this area':
    'Может ли пользователь представлять, а также утверждать, возвращать данные или отзывать их утверждение для этой территории',
  'Whether the value is below the threshold; null when it is missing.':
    'Ниже ли значение порогового; null, если значение отсутствует.',
  'Whether year=latest gives at least one country a value.':
    'Дает ли year=latest значение хотя бы для одной страны.',
  'Who acted; only signed-in readers see names':
    'Действующее лицо; имена видят только пользователи, выполнившие вход',
  'Who is signed in, with the CSRF token to send with changes':
    'Пользователь, выполнивший вход, и токен CSRF, передаваемый с запросами на изменение',
  'Why a country is or is not on the list: both values, their years and sources, each criterion':
    'Почему страна включена или не включена в перечень: оба значения, их годы и источники, каждый критерий',
  'Why there is no value.': 'Причина отсутствия значения.',
  'Why: required to return or unapprove': 'Причина: обязательна для возврата или отзыва утверждения',
  'With densityYear=latest: no density later than this year.':
    'При densityYear=latest: плотность не позднее этого года.',
  'With densityYear=latest: no density more than this many years before densityUpTo.':
    'При densityYear=latest: плотность не более чем на это число лет ранее densityUpTo.',
  'With sciYear=latest: no index value later than this year.':
    'При sciYear=latest: значение индекса не позднее этого года.',
  'With sciYear=latest: no value more than this many years before sciUpTo.':
    'При sciYear=latest: значение не более чем на это число лет ранее sciUpTo.',
  'With year=latest: take no value later than this year.':
    'При year=latest: не брать значения позднее этого года.',
  'With year=latest: take no value more than this many years before upTo (or before the latest).':
    'При year=latest: не брать значения более чем на это число лет ранее upTo (или ранее последнего значения).',
  'Withdraw a pending invitation': 'Отзыв ожидающего приглашения',
  'Worksheet of a workbook to detect; the first visible one when absent':
    'Лист книги для определения формата; если не указан — первый видимый',
  'Worksheet of a workbook.': 'Лист книги.',
  'Worksheet of an .xlsx workbook.': 'Лист книги .xlsx.',
  'XLSX template': 'Шаблон XLSX',
  '[origin][destination], diagonal zero': '[происхождение][назначение], диагональ равна нулю',
  '[origin][destination][place of birth]': '[происхождение][назначение][место рождения]',
  '[place of birth][place of residence] at the end': '[место рождения][место проживания] на конец периода',
  '[place of birth][place of residence] at the start': '[место рождения][место проживания] на начало периода',
  'csv: the hwmo long template; sdmx-csv: SDMX-CSV 1.0': 'csv: длинный шаблон hwmo; sdmx-csv: SDMX-CSV 1.0',
  'emigration-rate: count those abroad by country of training (default), of birth, or whichever a destination reports.':
    'emigration-rate: учитывать работников за рубежом по стране подготовки (по умолчанию), по стране рождения или по признаку, используемому страной назначения.',
  'hwmo — Health Worker Migration Observatory API':
    'hwmo — API Обсерватории миграции работников здравоохранения',
  'ipf, or conditional maximisation (both margins)':
    'ipf или условная максимизация (по обоим маргинальным итогам)',
  'let a last line without a line terminator revise stored values':
    'разрешить последней строке без символа конца строки пересматривать сохраненные значения',
  'net-migration over several areas: the migration effectiveness index 100 × Σ|net| / Σ turnover.':
    'net-migration по нескольким территориям: индекс эффективности миграции 100 × Σ|сальдо| / Σ оборота.',
  'null for a dry run': 'null для пробного импорта',
  'null: all datasets': 'null: все наборы данных',
  'null: all the datasets of the area and year': 'null: все наборы данных по территории и году',
  'records at or after this day or instant': 'записи начиная с этого дня или момента времени',
  'records up to this day (inclusive) or instant': 'записи по этот день (включительно) или момент времени',
  'the action recorded, e.g. import, rollback, approval.approve':
    'зарегистрированное действие, например import, rollback, approval.approve',
  'the area the change touched (ISO 3166 alpha-3 or a subnational code)':
    'территория, затронутая изменением (ISO 3166 alpha-3 или субнациональный код)',
  'the id of the object changed (with objectType)': 'идентификатор измененного объекта (вместе с objectType)',
  'the kind of object changed: batch, area, approval, user…':
    'тип измененного объекта: batch, area, approval, user…',
  'the object after the change (null when removed)': 'объект после изменения (null, если удален)',
  'the object before the change (null when created)': 'объект до изменения (null, если создан)',
  'true while no administrator exists: open the setup link printed by the server.':
    'true, пока администратор отсутствует: откройте ссылку для настройки, выведенную сервером.',
  'true: minimum migration (stayers = min of the two stocks); false: independence':
    'true: минимальная миграция (оставшиеся = минимум из двух значений численности); false: независимость',
  'true: report what would change and write nothing (also a form field)':
    'true: сообщить, что изменится, ничего не записывая (также поле формы)',
  'who acted: an e-mail address, or the label recorded ("operator root@host")':
    'действующее лицо: адрес электронной почты или зарегистрированная метка ("operator root@host")',
  'who acted: the id of a user account': 'действующее лицо: идентификатор учетной записи пользователя',
  'zero: a fall in a stock is no flow; return: a fall is a return flow':
    'zero: сокращение численности не является потоком; return: сокращение является обратным потоком',
  'Language: ar, zh, en, fr, ru or es.': 'Язык: ar, zh, en, fr, ru или es.',
  'The language for the interface, messages and mail; null to follow each request’s language.':
    'Язык интерфейса, сообщений и почты; null — язык каждого запроса.',
  'The language of the invitation mail; by default the language of the request that sends it.':
    'Язык письма с приглашением; по умолчанию — язык запроса, который его отправляет.',
  'The language the user chose for the interface, messages and mail; null: the language of each request.':
    'Язык, выбранный пользователем для интерфейса, сообщений и почты; null — язык каждого запроса.',
  'Change one’s own name and preferred language': 'Изменить свое имя и предпочитаемый язык',
};
