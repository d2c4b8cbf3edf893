/**
 * The API description's texts (route summaries, parameter and field descriptions, error titles) in this language,
 * keyed by their English. A test lists every English text of the document that lacks a translation here.
 */
export const es: Readonly<Record<string, string>> = {
  'A bilateral flow table matching net migration totals (migest net_matrix_ipf)':
    'Tabla de flujos bilaterales ajustada a los totales de migración neta (migest net_matrix_ipf)',
  'A column mapping as JSON text (see `hwmo import --suggest-mapping`).':
    'Una correspondencia de columnas en forma de texto JSON (véase `hwmo import --suggest-mapping`).',
  "A country's key indicators, time series, foreign-trained workforce, emigrants and SSL status":
    'Indicadores clave de un país, series temporales, personal formado en el extranjero, emigrantes y situación respecto de la Lista de apoyo y salvaguardias',
  'A data year, or "latest" (the default): the latest year available, see upTo and window.':
    'Un año de los datos, o "latest" (valor predeterminado): el último año disponible; véanse upTo y window.',
  'A dataset (source code); omitted: all datasets of the area and year':
    'Un conjunto de datos (código de fuente); si se omite: todos los conjuntos de datos de la zona y el año',
  'A measure code.': 'Un código de medida.',
  'A new setup link while no administrator exists (the operator: `hwmo users setup-link`)':
    'Un nuevo enlace de configuración mientras no exista ningún administrador (el operador: `hwmo users setup-link`)',
  'A remark on a value: why it is missing or what to keep in mind.':
    'Una observación sobre un valor: por qué falta o qué debe tenerse en cuenta.',
  'A year or an inclusive range such as 2010-2020.':
    'Un año o un intervalo inclusivo, por ejemplo 2010-2020.',
  'A year or an inclusive range; each year is compared on its own':
    'Un año o un intervalo inclusivo; cada año se compara por separado',
  'Add or rename subnational units (provinces, districts) under a country':
    'Añadir o cambiar el nombre de unidades subnacionales (provincias, distritos) de un país',
  'All observations matching the filters as CSV (hwmo template) or SDMX-CSV':
    'Todas las observaciones que cumplen los filtros, en CSV (plantilla de hwmo) o SDMX-CSV',
  'An indicator for one or many areas, each value with its year, sources and inputs':
    'Un indicador para una o varias zonas, cada valor con su año, sus fuentes y sus datos de partida',
  'An occupation slug.': 'Un slug de ocupación.',
  'An upload and what reads one of its sheets': 'Una carga y lo que lee una de sus hojas',
  "Approval status of a country's data per year and dataset":
    'Estado de aprobación de los datos de un país por año y conjunto de datos',
  'Approval status of the data per country, year and dataset':
    'Estado de aprobación de los datos por país, año y conjunto de datos',
  'Approve submitted data: it is locked against imports, revisions and rollbacks':
    'Aprobar los datos presentados: quedan bloqueados frente a importaciones, revisiones y reversiones',
  'Area ISO3 code.': 'Código ISO3 de la zona.',
  'Area code(s) (ISO3 or hwmo code), comma-separated.':
    'Código o códigos de zona (ISO3 o código de hwmo), separados por comas.',
  'Area whose two factors are fixed at 1; default the area in most pairs':
    'Zona cuyos dos factores se fijan en 1; por defecto, la zona presente en más pares',
  'Areas of the system; default every area reporting the measure in either year':
    'Zonas del sistema; por defecto, todas las zonas que notifican la medida en cualquiera de los dos años',
  'Areas, comma-separated: ISO3 countries, subnational codes, or aggregates (WHO regions AFR…WPR, income groups HIC/UMC/LMC/LIC, WLD). Omitted: every country.':
    'Zonas, separadas por comas: países ISO3, códigos subnacionales o agregados (regiones de la OMS AFR…WPR, grupos de ingresos HIC/UMC/LMC/LIC, WLD). Si se omite: todos los países.',
  'Areas: countries, regions, income groups, aggregates, subnational units':
    'Zonas: países, regiones, grupos de ingresos, agregados, unidades subnacionales',
  'At least 12 characters, not the e-mail address.':
    'Al menos 12 caracteres; no puede ser la dirección de correo electrónico.',
  'Basis of the origins, from the input measure; the stored flows carry it':
    'Criterio de los orígenes, tomado de la medida de partida; los flujos almacenados lo conservan',
  'Batch id': 'Identificador del lote',
  'Bilateral stock measure read as [partner][area]':
    'Medida de efectivos bilaterales leída como [país asociado][zona]',
  'Births by region of residence, in the order of areas':
    'Nacimientos por región de residencia, en el orden de las zonas',
  'CSV file': 'Archivo CSV',
  'CSV file, cells safe to open in a spreadsheet':
    'Archivo CSV, con celdas que pueden abrirse sin riesgo en una hoja de cálculo',
  'CSV template': 'Plantilla CSV',
  'Change one’s own password; the other sessions end':
    'Cambiar su propia contraseña; las demás sesiones finalizan',
  'Check everything and report, storing nothing.': 'Comprobarlo todo e informar, sin almacenar nada.',
  'Choices that took the edition default.': 'Opciones que tomaron el valor predeterminado de la edición.',
  'Choose a new password with a reset link; ends every session of the account, and signs in':
    'Elegir una nueva contraseña con un enlace de restablecimiento; cierra todas las sesiones de la cuenta e inicia sesión',
  'Code of the unit, e.g. ISO 3166-2 KE-30.': 'Código de la unidad, por ejemplo ISO 3166-2 KE-30.',
  'Column labels; default 1, 2, …': 'Etiquetas de las columnas; por defecto 1, 2, …',
  'Countries the recomputation puts on the list.': 'Países que el nuevo cálculo incluye en la lista.',
  'Country ISO3 code': 'Código ISO3 del país',
  'Create a personal API token (shown once)': 'Crear un token personal de la API (se muestra una sola vez)',
  'Create the account of an invitation, and sign in': 'Crear la cuenta de una invitación e iniciar sesión',
  'Create the first administrator with the setup link, and sign in':
    'Crear el primer administrador con el enlace de configuración e iniciar sesión',
  'Current values of the unit': 'Valores vigentes de la unidad',
  'Current values of the unit stored after its last submission or approval; null if never submitted':
    'Valores vigentes de la unidad almacenados después de su última presentación o aprobación; null si nunca se presentó',
  'Current values stored for this measure.': 'Valores vigentes almacenados para esta medida.',
  'Data year of the value (the latest of its inputs).':
    'Año de los datos del valor (el más reciente de sus datos de partida).',
  'Data years, newest first, in which at least one country has a value.':
    'Años de los datos, del más reciente al más antiguo, en los que al menos un país tiene un valor.',
  'Dataset code the values are stored under (default USER).':
    'Código del conjunto de datos en el que se almacenan los valores (por defecto USER).',
  'Dataset code(s), e.g. WHO.GHO.': 'Código o códigos de conjuntos de datos, por ejemplo WHO.GHO.',
  'Datasets loaded, with publisher and licence': 'Conjuntos de datos cargados, con su editor y su licencia',
  'Datasets to prefer, in order, when several give a value for the same year, e.g. OECD.HEALTH_WFMI,WHO.GHO.':
    'Conjuntos de datos preferidos, por orden, cuando varios dan un valor para el mismo año, por ejemplo OECD.HEALTH_WFMI,WHO.GHO.',
  'Deaths by region of residence, in the order of areas':
    'Defunciones por región de residencia, en el orden de las zonas',
  'Delete an upload': 'Eliminar una carga',
  'Density as WHO published it (published-first, the default) or from headcount / population.':
    'Densidad según la publicó la OMS (published-first, valor predeterminado) o calculada como efectivos / población.',
  'Density from headcount / population, or as published: computed-first (default) uses the published density only where no headcount and population pair exists.':
    'Densidad calculada como efectivos / población, o según se publica: computed-first (valor predeterminado) solo utiliza la densidad publicada cuando no existe ningún par de efectivos y población.',
  'Density year, or "latest".': 'Año de la densidad, o "latest".',
  'E-mail address; compared without regard to case.':
    'Dirección de correo electrónico; se compara sin distinguir mayúsculas de minúsculas.',
  'Editions of the WHO Health Workforce Support and Safeguards List and their rules':
    'Ediciones de la Lista de apoyo y salvaguardias de la OMS en materia de personal de salud y sus reglas',
  'End every session of a user': 'Cerrar todas las sesiones de un usuario',
  'End one’s other sessions': 'Cerrar sus demás sesiones',
  'Estimate and report what would be stored; store nothing':
    'Estimar e informar de lo que se almacenaría; no almacenar nada',
  'Estimate bilateral flows from two years of stored stocks and store them (unless dryRun)':
    'Estimar los flujos bilaterales a partir de los efectivos almacenados de dos años y almacenarlos (salvo con dryRun)',
  'Estimation runs, newest first, with method, parameters and input batches':
    'Ejecuciones de estimación, de la más reciente a la más antigua, con el método, los parámetros y los lotes de partida',
  'Every Member State assessed; differences explained.':
    'Todos los Estados Miembros evaluados; diferencias explicadas.',
  'Every column whose header is a year is a value column of that year.':
    'Toda columna cuyo encabezado sea un año es una columna de valores de ese año.',
  'Every problem type': 'Todos los tipos de problema',
  'Fit a seed table to row and/or column totals (IPF, or conditional maximisation)':
    'Ajustar una tabla semilla a los totales de filas y/o columnas (IPF o maximización condicional)',
  'Flows by stock differencing (migest ffs_diff)': 'Flujos por diferencia de efectivos (migest ffs_diff)',
  'Flows from rates implied by stock tables (Dennett; Rogers–von Rabenau)':
    'Flujos a partir de las tasas implícitas en las tablas de efectivos (Dennett; Rogers–von Rabenau)',
  'Flows from two stock tables with demographic accounting (migest ffs_demo)':
    'Flujos a partir de dos tablas de efectivos con contabilidad demográfica (migest ffs_demo)',
  'Flows of the previous estimate for an area pair no longer estimated':
    'Flujos de la estimación anterior para un par de zonas que ya no se estima',
  'Foreign stock from partners outside the areas estimated':
    'Efectivos extranjeros procedentes de países asociados ajenos a las zonas estimadas',
  'Foreign stock subtracted from the total for the diagonal':
    'Efectivos extranjeros restados del total para la diagonal',
  'Global flow total (Dennett)': 'Total mundial de flujos (Dennett)',
  'How many were revoked.': 'Cuántos se revocaron.',
  'How sure the suggestion was (0-1); informational, ignored on import.':
    'Grado de certeza de la sugerencia (0-1); con fines informativos, no se tiene en cuenta en la importación.',
  'How the birthplace totals of the two tables are made equal':
    'Forma en que se igualan los totales por lugar de nacimiento de las dos tablas',
  'IPF tolerance (largest cell change)': 'Tolerancia del IPF (mayor variación de una celda)',
  'ISO 8601 time.': 'Hora en formato ISO 8601.',
  'ISO 8601, UTC': 'ISO 8601, UTC',
  'ISO3 of the area, for an area-bound role only.':
    'ISO3 de la zona, solo para una función vinculada a una zona.',
  'Import an upload as one batch, read as its preview was; the upload is then deleted':
    'Importar una carga como un único lote, leída como en su vista previa; a continuación se elimina la carga',
  'Import batch the value came from.': 'Lote de importación del que procede el valor.',
  'Import batches, newest first': 'Lotes de importación, del más reciente al más antiguo',
  'Import one or more files (multipart field "file"); same report as `hwmo import --json`':
    'Importar uno o varios archivos (campo multipart "file"); mismo informe que `hwmo import --json`',
  'Include superseded values (revisions) as well as current ones.':
    'Incluir los valores sustituidos (revisiones) además de los vigentes.',
  'Indicator slug.': 'Slug del indicador.',
  'Input stock measure': 'Medida de efectivos de partida',
  'Invitations sent, pending or not': 'Invitaciones enviadas, pendientes o no',
  'Invite someone by e-mail, with one role; answers the link, also sent (or put in the outbox)':
    'Invitar a una persona por correo electrónico, con una función; devuelve el enlace, que también se envía (o se deja en la bandeja de salida)',
  'Key indicators at their latest values.': 'Indicadores clave en sus valores más recientes.',
  'Labels of the rows and columns of every table, in order':
    'Etiquetas de las filas y columnas de cada tabla, por orden',
  'Lacks a sign-in for the area, or the installation is read-only':
    'Carece de una sesión iniciada para la zona, o la instalación es de solo lectura',
  'Lacks the permission account.self for the area, or the installation is read-only':
    'Carece del permiso account.self para la zona, o la instalación es de solo lectura',
  'Lacks the permission approval.decide for the area, or the installation is read-only':
    'Carece del permiso approval.decide para la zona, o la instalación es de solo lectura',
  'Lacks the permission approval.submit for the area, or the installation is read-only':
    'Carece del permiso approval.submit para la zona, o la instalación es de solo lectura',
  'Lacks the permission audit.read for the area, or the installation is read-only':
    'Carece del permiso audit.read para la zona, o la instalación es de solo lectura',
  'Lacks the permission data.import for the area, or the installation is read-only':
    'Carece del permiso data.import para la zona, o la instalación es de solo lectura',
  'Lacks the permission data.rollback for the area, or the installation is read-only':
    'Carece del permiso data.rollback para la zona, o la instalación es de solo lectura',
  'Lacks the permission flows.store for the area, or the installation is read-only':
    'Carece del permiso flows.store para la zona, o la instalación es de solo lectura',
  'Lacks the permission reference.edit for the area, or the installation is read-only':
    'Carece del permiso reference.edit para la zona, o la instalación es de solo lectura',
  'Lacks the permission users.manage for the area, or the installation is read-only':
    'Carece del permiso users.manage para la zona, o la instalación es de solo lectura',
  'Leave out or null for a token that does not expire.':
    'Omitir o dejar en null para un token que no caduca.',
  'List edition, e.g. 2023': 'Edición de la lista, por ejemplo 2023',
  'Liveness and database status': 'Estado de funcionamiento y de la base de datos',
  'Measure code(s), comma-separated.': 'Código o códigos de medida, separados por comas.',
  'Measures with unit and aggregation rule': 'Medidas con su unidad y su regla de agregación',
  'Median density of doctors, nurses and midwives over WHO Member States with a value: the basis of the threshold.':
    'Mediana de la densidad de médicos, enfermeras y parteras en los Estados Miembros de la OMS que tienen un valor: la base del umbral.',
  'Messages not sent by SMTP (none configured): invitations and password-reset links to pass on':
    'Mensajes no enviados por SMTP (no hay ninguno configurado): invitaciones y enlaces de restablecimiento de contraseña que deben transmitirse',
  'Mirror statistics: outflows reported by origins against inflows reported by destinations':
    'Estadísticas espejo: flujos de salida notificados por los países de origen frente a flujos de entrada notificados por los países de destino',
  'Name of the person who sent the invitation.': 'Nombre de la persona que envió la invitación.',
  'Name of the unit.': 'Nombre de la unidad.',
  'Name shown to others.': 'Nombre que ven los demás.',
  'Needed by Rogers–von Rabenau': 'Necesario para Rogers–von Rabenau',
  'Needs data.import for every area the files hold rows for; a file with rows of another area is refused whole.':
    'Requiere data.import para todas las zonas de las que los archivos contienen filas; un archivo con filas de otra zona se rechaza en su totalidad.',
  'Needs data.rollback for every area the batch holds values for.':
    'Requiere data.rollback para todas las zonas de las que el lote contiene valores.',
  'Needs reference.edit for the country of every unit (and of the one it leaves, when it moves).':
    'Requiere reference.edit para el país de cada unidad (y para el que abandona, cuando cambia de país).',
  'Net migration (in − out) of each area, summing to zero':
    'Migración neta (entradas − salidas) de cada zona, cuya suma es cero',
  'New values.': 'Nuevos valores.',
  'Not signed in (problem unauthenticated)': 'Sesión no iniciada (problema unauthenticated)',
  'Observations with their source file and row': 'Observaciones con su archivo y fila de origen',
  'Occupation slug of the estimated flows': 'Slug de ocupación de los flujos estimados',
  'Occupation slug(s), e.g. medical-doctors.': 'Slug o slugs de ocupación, por ejemplo medical-doctors.',
  'Occupation slug, e.g. medical-doctors': 'Slug de ocupación, por ejemplo medical-doctors',
  'Occupation slug; density adds several (medical-doctors,nursing-and-midwifery, the default for density and sdg-gap). Others default to medical-doctors.':
    'Slug de ocupación; density suma varios (medical-doctors,nursing-and-midwifery, valor predeterminado para density y sdg-gap). Los demás tienen por defecto medical-doctors.',
  'Occupations (ISCO-08 based slugs)': 'Ocupaciones (slugs basados en la CIUO-08)',
  'On the list WHO published; null when that edition is not loaded.':
    'Incluido en la lista publicada por la OMS; null cuando esa edición no está cargada.',
  'On the published list; null when that edition is not loaded.':
    'Incluido en la lista publicada; null cuando esa edición no está cargada.',
  'One batch with its skipped rows and revision links':
    'Un lote con sus filas omitidas y sus vínculos de revisión',
  'One result per area; a null value carries its reason.':
    'Un resultado por zona; un valor null indica su motivo.',
  'One’s open sessions': 'Sus sesiones abiertas',
  'One’s own account': 'Su propia cuenta',
  'One’s personal API tokens': 'Sus tokens personales de la API',
  'Only areas of this kind, e.g. country or who-region.':
    'Solo las zonas de este tipo, por ejemplo country o who-region.',
  'Only the children of this area (subnational units).':
    'Solo las zonas dependientes de esta zona (unidades subnacionales).',
  'Only values imported by this batch.': 'Solo los valores importados por este lote.',
  'OpenAPI 3.1': 'OpenAPI 3.1',
  'Opens the page that creates the first administrator; works once.':
    'Abre la página en la que se crea el primer administrador; funciona una sola vez.',
  'Other names files use for it; in CSV separated by "|".':
    'Otros nombres que le dan los archivos; en CSV, separados por "|".',
  'Page size (at most 10 000).': 'Tamaño de página (como máximo 10 000).',
  'Pairs, one-sided shares and adjustment factors with their fit, per year.':
    'Pares, proporciones unilaterales y factores de ajuste con la calidad de su ajuste, por año.',
  'Partner area code(s): origin or destination.': 'Código o códigos del país asociado: origen o destino.',
  'Partner area for bilateral measures.': 'País asociado para las medidas bilaterales.',
  'Partner basis of the inflows, when several are stored':
    'Criterio del país asociado de los flujos de entrada, cuando se almacenan varios',
  'Partner basis of the outflows, when several are stored':
    'Criterio del país asociado de los flujos de salida, cuando se almacenan varios',
  'Partners among the areas with no stored value: 0':
    'Países asociados entre las zonas sin valor almacenado: 0',
  'Per indicator and accepted occupation choice, the data years in which at least one country has a value (default vintage options); recomputed when the data change.':
    'Por indicador y opción de ocupación admitida, los años de los datos en los que al menos un país tiene un valor (opciones de edición predeterminadas); se recalcula cuando cambian los datos.',
  'Percentage of the foreign total.': 'Porcentaje del total extranjero.',
  'Permissions held for at least one area.': 'Permisos de los que se dispone para al menos una zona.',
  'Preferred sources of headcounts, densities and population, in order.':
    'Fuentes preferidas de efectivos, densidades y población, por orden.',
  'Preferred sources of the index, in order: OWID, WB.WDI, WHO.GHO (the 2015–2017 legacy series).':
    'Fuentes preferidas del índice, por orden: OWID, WB.WDI, WHO.GHO (la serie anterior de 2015–2017).',
  'Prior flows [origin][destination]': 'Flujos previos [origen][destino]',
  'RFC 9457 problem details': 'Detalles de problemas según la RFC 9457',
  'Read as this format instead of detecting it.': 'Leer en este formato en lugar de detectarlo.',
  'Read through this column mapping (excludes format).':
    'Leer mediante esta correspondencia de columnas (excluye format).',
  'Reference year': 'Año de referencia',
  'Rename, disable or enable a user; disabling ends the user’s sessions and tokens':
    'Cambiar el nombre de un usuario, desactivarlo o activarlo; la desactivación cierra las sesiones y revoca los tokens del usuario',
  'Replace the roles of a user': 'Sustituir las funciones de un usuario',
  'Return submitted data with a comment saying what to correct':
    'Devolver los datos presentados con un comentario que indique qué debe corregirse',
  'Reuse the mapping saved with this batch.': 'Reutilizar la correspondencia guardada con este lote.',
  'Revoke one of one’s tokens': 'Revocar uno de sus tokens',
  'Role; national_authority, data_manager and data_approver are bound to one area.':
    'Función; national_authority, data_manager y data_approver están vinculadas a una zona.',
  'Roll back a batch, restoring the values it superseded':
    'Revertir un lote, restableciendo los valores que sustituyó',
  'Row labels; default 1, 2, …': 'Etiquetas de las filas; por defecto 1, 2, …',
  'Row of the file, as a spreadsheet numbers it.': 'Fila del archivo, según la numera una hoja de cálculo.',
  'Row of the header, as the spreadsheet numbers it; found when absent.':
    'Fila del encabezado, según la numera la hoja de cálculo; se detecta si se omite.',
  'Row of the source file the value came from.': 'Fila del archivo de origen del que procede el valor.',
  'Row of the source file.': 'Fila del archivo de origen.',
  'Rows to skip.': 'Filas que deben omitirse.',
  'Said whether or not the account exists.': 'Se responde lo mismo exista o no la cuenta.',
  'Send a link to choose a new password (the answer is the same whether or not the account exists)':
    'Enviar un enlace para elegir una nueva contraseña (la respuesta es la misma exista o no la cuenta)',
  'Send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE made with the session cookie.':
    'Envíelo como X-CSRF-Token con cada POST, PUT, PATCH y DELETE realizado con la cookie de sesión.',
  'Sets the session cookie (a new one at every sign-in). After 5 failed attempts in 15 minutes for an account or from an address, refused with 429 and Retry-After, whatever the password.':
    'Establece la cookie de sesión (una nueva en cada inicio de sesión). Tras 5 intentos fallidos en 15 minutos para una cuenta o desde una dirección, se rechaza con 429 y Retry-After, sea cual sea la contraseña.',
  'Sex: _T (total), F or M.': 'Sexo: _T (total), F o M.',
  'Sign in with e-mail address and password':
    'Iniciar sesión con la dirección de correo electrónico y la contraseña',
  'Sign out: end this session': 'Cerrar sesión: finalizar esta sesión',
  'Skip rows naming an unknown area instead of refusing the file.':
    'Omitir las filas que indiquen una zona desconocida en lugar de rechazar el archivo.',
  'Source of the bilateral stocks, when several sources hold them':
    'Fuente de los efectivos bilaterales, cuando varias fuentes los contienen',
  'Source of the inflows, when several hold them':
    'Fuente de los flujos de entrada, cuando varias los contienen',
  'Source of the outflows, when several hold them':
    'Fuente de los flujos de salida, cuando varias los contienen',
  'Source of the total stocks (for the home-trained diagonal), when several hold them':
    'Fuente de los efectivos totales (para la diagonal de los formados en el país), cuando varias los contienen',
  'Sources of the stocks the flows were estimated from':
    'Fuentes de los efectivos a partir de los cuales se estimaron los flujos',
  'Stable code of the remark, for clients that translate it.':
    'Código estable de la observación, para los clientes que la traducen.',
  'Stocks and flows of health workers by area, year, occupation and origin, each value traceable to its source file and row.':
    'Efectivos y flujos de trabajadores de la salud por zona, año, ocupación y origen, cada valor con su archivo y fila de origen.',
  'Submit the data of a country for a year (one dataset, or all) for approval':
    'Presentar para su aprobación los datos de un país para un año (un conjunto de datos o todos)',
  'The actions this state allows (permissions aside)':
    'Las acciones que permite este estado (al margen de los permisos)',
  'The audit trail as CSV, with the same filters as /api/audit (every matching record, newest first)':
    'El registro de auditoría en CSV, con los mismos filtros que /api/audit (todos los registros coincidentes, del más reciente al más antiguo)',
  'The audit trail, newest first: who changed what, when, with the values before and after (a national authority reads its area only)':
    'El registro de auditoría, del más reciente al más antiguo: quién cambió qué y cuándo, con los valores anteriores y posteriores (una autoridad nacional solo consulta su zona)',
  'The batch a saved mapping came from.': 'El lote del que procede una correspondencia guardada.',
  'The batch that revised this value, if it is not current.':
    'El lote que revisó este valor, si no es el vigente.',
  'The column mapping the file was read with, saved with the batch.':
    'La correspondencia de columnas con la que se leyó el archivo, guardada con el lote.',
  'The comment of the last transition': 'El comentario de la última transición',
  'The country or subnational unit it belongs to.': 'El país o la unidad subnacional a la que pertenece.',
  "The country's approved data, newest year first":
    'Los datos aprobados del país, del año más reciente al más antiguo',
  "The destinations of the country's workers, per cadre.":
    'Los destinos de los trabajadores del país, por categoría.',
  'The dry run: what a commit would store, revise, leave unchanged and skip.':
    'La simulación: lo que una confirmación almacenaría, revisaría, dejaría sin cambios y omitiría.',
  'The estimate, the tables it was made from, dropped areas and what was stored.':
    'La estimación, las tablas a partir de las cuales se realizó, las zonas excluidas y lo que se almacenó.',
  'The explanation in parts, for clients that translate it.':
    'La explicación por partes, para los clientes que la traducen.',
  'The file is kept for its owner for 24 hours, so that the preview, the dry run and the commit do not send it again.':
    'El archivo se conserva para su propietario durante 24 horas, de modo que la vista previa, la simulación y la confirmación no tengan que volver a enviarlo.',
  'The first 20 values as they will be stored.': 'Los 20 primeros valores tal como se almacenarán.',
  'The first characters of the token, to recognise it.':
    'Los primeros caracteres del token, para reconocerlo.',
  'The first rows of an upload as they will be stored, and the dry run of its import':
    'Las primeras filas de una carga tal como se almacenarán, y la simulación de su importación',
  'The format that read the file, or `mapped` (read through a column mapping).':
    'El formato con el que se leyó el archivo, o `mapped` (leído mediante una correspondencia de columnas).',
  'The format that reads the file, or null when it needs a column mapping.':
    'El formato que lee el archivo, o null cuando requiere una correspondencia de columnas.',
  'The header cell as the file writes it (case, accents and spacing ignored).':
    'La celda de encabezado tal como figura en el archivo (sin tener en cuenta mayúsculas, acentos ni espacios).',
  'The hwmo long-CSV template: header, two example rows and the allowed values as # comments':
    'La plantilla CSV larga de hwmo: encabezado, dos filas de ejemplo y los valores admitidos como comentarios #',
  'The hwmo template as a workbook: data sheet with drop-down lists, and a sheet of allowed values':
    'La plantilla de hwmo en forma de libro: hoja de datos con listas desplegables y una hoja de valores admitidos',
  'The invitation link, shown once; it was also sent (or put in the outbox).':
    'El enlace de invitación, que se muestra una sola vez; también se envió (o se dejó en la bandeja de salida).',
  'The last approval, kept after an unapproval':
    'La última aprobación, que se conserva tras una anulación de la aprobación',
  'The last transition': 'La última transición',
  'The later batches that revised them.': 'Los lotes posteriores que los revisaron.',
  'The list as WHO published it': 'La lista tal como la publicó la OMS',
  "The list recomputed from the loaded data with chosen vintages, and its differences from WHO's":
    'La lista recalculada a partir de los datos cargados con las ediciones elegidas, y sus diferencias respecto de la de la OMS',
  'The occupation choices the indicator accepts; a choice with no years has no data loaded.':
    'Las opciones de ocupación que admite el indicador; una opción sin años no tiene datos cargados.',
  'The occupation slugs of this choice; several are added (density only).':
    'Los slugs de ocupación de esta opción; se suman varios (solo para density).',
  'The problem type': 'El tipo de problema',
  'The problem types errors are answered with': 'Los tipos de problema con los que se responde a los errores',
  'The proposed mapping, with a confidence per column; send it back as it is or edited.':
    'La correspondencia propuesta, con un grado de confianza por columna; devuélvala tal cual o modificada.',
  'The remark in English.': 'La observación en inglés.',
  'The request as applied, defaults filled in':
    'La solicitud tal como se aplicó, con los valores predeterminados completados',
  'The role of who approved: national_authority, data_approver, admin, operator':
    'La función de quien aprobó: national_authority, data_approver, admin, operator',
  'The role they acted in: data_approver, national_authority, admin, operator …':
    'La función en la que actuaron: data_approver, national_authority, admin, operator …',
  'The same breakdown for each cadre with data.': 'El mismo desglose para cada categoría con datos.',
  'The same record as the CLI prints with --format json.':
    'El mismo registro que imprime la CLI con --format json.',
  'The signed-in user; null for the public or the operator.':
    'El usuario que ha iniciado sesión; null para el público o el operador.',
  'The token (hwmo_…), shown this once; send it as Authorization: Bearer.':
    'El token (hwmo_…), que se muestra solo esta vez; envíelo como Authorization: Bearer.',
  'The token of the link (the part after token=).': 'El token del enlace (la parte que sigue a token=).',
  'The window of "latest": no value more than this many years before a series\' latest.':
    'El intervalo de "latest": ningún valor anterior en más de este número de años al último de una serie.',
  'The worksheet detected from.': 'La hoja de cálculo a partir de la cual se detectó.',
  'The year selection in words.': 'La selección de años expresada en palabras.',
  'This description': 'Esta descripción',
  'Total stock of the occupation (null for ffs-diff)':
    'Efectivos totales de la ocupación (null para ffs-diff)',
  'UHC service coverage index year, or "latest".':
    'Año del índice de cobertura de servicios de la CSU, o "latest".',
  'Unapprove approved data, with a comment: it can be changed again':
    'Anular la aprobación de datos aprobados, con un comentario: pueden volver a modificarse',
  'Upload a file to import (multipart field "file"): its format, sheets and proposed column mapping':
    'Cargar un archivo para importarlo (campo multipart "file"): su formato, sus hojas y la correspondencia de columnas propuesta',
  'Upload id': 'Identificador de la carga',
  'Users with their roles': 'Usuarios con sus funciones',
  'Values already stored as they are.': 'Valores ya almacenados tal como están.',
  'Values of the batch revised since by later batches.':
    'Valores del lote revisados posteriormente por lotes ulteriores.',
  'Values of the batch that are current.': 'Valores del lote que están vigentes.',
  'Values read; a wide file (one column per year) counts one per filled cell.':
    'Valores leídos; un archivo ancho (una columna por año) cuenta uno por cada celda rellenada.',
  'Values that replaced a different earlier value, which stays in history.':
    'Valores que sustituyeron a un valor anterior diferente, que se conserva en el historial.',
  'Values the remark names: codes, years, numbers, year selections and nested remarks.':
    'Valores que cita la observación: códigos, años, números, selecciones de años y observaciones anidadas.',
  'Visible worksheets of a workbook; empty for a text file.':
    'Hojas de cálculo visibles de un libro; vacío para un archivo de texto.',
  'What an invitation link is for': 'Finalidad de un enlace de invitación',
  'What lowered the confidence, or why the mapping is incomplete.':
    'Lo que redujo el grado de confianza, o por qué la correspondencia está incompleta.',
  'What one problem type means': 'Significado de un tipo de problema',
  'What the loaded data can give: per indicator, the occupations it accepts and their years with a value':
    'Lo que pueden ofrecer los datos cargados: por indicador, las ocupaciones que admite y sus años con un valor',
  'What was imported but deserves a look: a last line without a line terminator, totals rows that do not match the rows they cover, rows left unread below a note line.':
    'Lo que se importó pero merece revisarse: una última línea sin terminador de línea, filas de totales que no coinciden con las filas que abarcan, filas no leídas situadas debajo de una línea de nota.',
  'When (ISO 8601)': 'Fecha y hora (ISO 8601)',
  'When it was approved (ISO 8601)': 'Fecha y hora de la aprobación (ISO 8601)',
  'When neither a format nor a mapping could be found: why, so that a mapping can be written by hand.':
    'Cuando no se pudo encontrar ni un formato ni una correspondencia: el motivo, para que pueda redactarse una correspondencia manualmente.',
  'When no format reads the file: the proposed column mapping.':
    'Cuando ningún formato lee el archivo: la correspondencia de columnas propuesta.',
  'When the change in total stock is matched to births − deaths':
    'Cuando la variación de los efectivos totales se ajusta a nacimientos − defunciones',
  'When the session ends at the latest, if not used before its idle end.':
    'Momento en que la sesión finaliza a más tardar, si no se utiliza antes de que expire por inactividad.',
  'Where the unit stands in the approval cycle.': 'Situación de la unidad en el ciclo de aprobación.',
  'Whether the mapping says all it must (an area, a year, value columns with what they count).':
    'Si la correspondencia indica todo lo necesario (una zona, un año, columnas de valores con lo que contabilizan).',
  'Whether the reader may submit, and approve, return or unapprove, for this area':
    'Si el lector puede presentar, y aprobar, devolver o anular la aprobación, para esta zona',
  'Whether the value is below the threshold; null when it is missing.':
    'Si el valor es inferior al umbral; null cuando falta.',
  'Whether year=latest gives at least one country a value.': 'Si year=latest da un valor a al menos un país.',
  'Who acted; only signed-in readers see names':
    'Quién actuó; solo los lectores que han iniciado sesión ven los nombres',
  'Who is signed in, with the CSRF token to send with changes':
    'Quién ha iniciado sesión, con el token CSRF que debe enviarse con los cambios',
  'Why a country is or is not on the list: both values, their years and sources, each criterion':
    'Por qué un país está o no está en la lista: ambos valores, sus años y fuentes, cada criterio',
  'Why there is no value.': 'Por qué no hay valor.',
  'Why: required to return or unapprove': 'Motivo: obligatorio para devolver o anular la aprobación',
  'With densityYear=latest: no density later than this year.':
    'Con densityYear=latest: ninguna densidad posterior a este año.',
  'With densityYear=latest: no density more than this many years before densityUpTo.':
    'Con densityYear=latest: ninguna densidad anterior en más de este número de años a densityUpTo.',
  'With sciYear=latest: no index value later than this year.':
    'Con sciYear=latest: ningún valor del índice posterior a este año.',
  'With sciYear=latest: no value more than this many years before sciUpTo.':
    'Con sciYear=latest: ningún valor anterior en más de este número de años a sciUpTo.',
  'With year=latest: take no value later than this year.':
    'Con year=latest: no tomar ningún valor posterior a este año.',
  'With year=latest: take no value more than this many years before upTo (or before the latest).':
    'Con year=latest: no tomar ningún valor anterior en más de este número de años a upTo (o al más reciente).',
  'Withdraw a pending invitation': 'Retirar una invitación pendiente',
  'Worksheet of a workbook to detect; the first visible one when absent':
    'Hoja de cálculo de un libro en la que se realiza la detección; si se omite, la primera visible',
  'Worksheet of a workbook.': 'Hoja de cálculo de un libro.',
  'Worksheet of an .xlsx workbook.': 'Hoja de cálculo de un libro .xlsx.',
  'XLSX template': 'Plantilla XLSX',
  '[origin][destination], diagonal zero': '[origen][destino], diagonal cero',
  '[origin][destination][place of birth]': '[origen][destino][lugar de nacimiento]',
  '[place of birth][place of residence] at the end': '[lugar de nacimiento][lugar de residencia] al final',
  '[place of birth][place of residence] at the start': '[lugar de nacimiento][lugar de residencia] al inicio',
  'csv: the hwmo long template; sdmx-csv: SDMX-CSV 1.0':
    'csv: la plantilla larga de hwmo; sdmx-csv: SDMX-CSV 1.0',
  'emigration-rate: count those abroad by country of training (default), of birth, or whichever a destination reports.':
    'emigration-rate: contabilizar a quienes están en el extranjero según el país de formación (valor predeterminado), el de nacimiento, o el que notifique cada destino.',
  'hwmo — Health Worker Migration Observatory API':
    'hwmo — API del Observatorio de la Migración del Personal de Salud',
  'ipf, or conditional maximisation (both margins)': 'ipf, o maximización condicional (ambos márgenes)',
  'let a last line without a line terminator revise stored values':
    'permitir que una última línea sin terminador de línea revise los valores almacenados',
  'net-migration over several areas: the migration effectiveness index 100 × Σ|net| / Σ turnover.':
    'net-migration sobre varias zonas: el índice de eficacia migratoria 100 × Σ|neta| / Σ movimientos.',
  'null for a dry run': 'null para una simulación',
  'null: all datasets': 'null: todos los conjuntos de datos',
  'null: all the datasets of the area and year': 'null: todos los conjuntos de datos de la zona y el año',
  'records at or after this day or instant': 'registros de este día o instante en adelante',
  'records up to this day (inclusive) or instant': 'registros hasta este día (inclusive) o instante',
  'the action recorded, e.g. import, rollback, approval.approve':
    'la acción registrada, por ejemplo import, rollback, approval.approve',
  'the area the change touched (ISO 3166 alpha-3 or a subnational code)':
    'la zona afectada por el cambio (ISO 3166 alfa-3 o un código subnacional)',
  'the id of the object changed (with objectType)': 'el identificador del objeto modificado (con objectType)',
  'the kind of object changed: batch, area, approval, user…':
    'el tipo de objeto modificado: batch, area, approval, user…',
  'the object after the change (null when removed)': 'el objeto después del cambio (null si se eliminó)',
  'the object before the change (null when created)': 'el objeto antes del cambio (null si se creó)',
  'true while no administrator exists: open the setup link printed by the server.':
    'true mientras no exista ningún administrador: abra el enlace de configuración que muestra el servidor.',
  'true: minimum migration (stayers = min of the two stocks); false: independence':
    'true: migración mínima (quienes permanecen = mínimo de ambos efectivos); false: independencia',
  'true: report what would change and write nothing (also a form field)':
    'true: informar de lo que cambiaría sin escribir nada (también es un campo de formulario)',
  'who acted: an e-mail address, or the label recorded ("operator root@host")':
    'quién actuó: una dirección de correo electrónico o la etiqueta registrada ("operator root@host")',
  'who acted: the id of a user account': 'quién actuó: el identificador de una cuenta de usuario',
  'zero: a fall in a stock is no flow; return: a fall is a return flow':
    'zero: una disminución de los efectivos no es un flujo; return: una disminución es un flujo de retorno',
  'Language: ar, zh, en, fr, ru or es.': 'Idioma: ar, zh, en, fr, ru o es.',
  'The language for the interface, messages and mail; null to follow each request’s language.':
    'El idioma de la interfaz, los mensajes y el correo; null para seguir el idioma de cada solicitud.',
  'The language of the invitation mail; by default the language of the request that sends it.':
    'El idioma del correo de invitación; por defecto, el de la solicitud que lo envía.',
  'The language the user chose for the interface, messages and mail; null: the language of each request.':
    'El idioma que el usuario eligió para la interfaz, los mensajes y el correo; null: el idioma de cada solicitud.',
  'Change one’s own name and preferred language': 'Cambiar el nombre propio y el idioma preferido',
};
