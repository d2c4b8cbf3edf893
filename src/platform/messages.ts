import type { Catalogue } from './i18n/catalogue.ts';
import { defineMessages } from './i18n/messages.ts';

/**
 * The platform's own words in the six languages: each error code's title and description, the words of a location,
 * and every message the platform builds (HTTP edge, validation, CLI, database, permissions, configuration).
 */
const en = {
  'code.invalid_input.title': 'Invalid input',
  'code.invalid_input.description':
    'A parameter, option, form field or body value is missing, malformed or names a code hwmo does not know (a measure, occupation, source or query parameter). The problem lists each field with what is wrong and, for a mistyped code, the code most likely meant. Correct the fields named and send the request again.',
  'code.invalid_file.title': 'File refused',
  'code.invalid_file.description':
    'An imported file cannot be read as any supported format, or a cell cannot be used; the problem names the file, row and column. Nothing of the file was written. Correct the file (or choose --format / --sheet) and import it again.',
  'code.unknown_area.title': 'Unknown area',
  'code.unknown_area.description':
    'A file, a filter or an option names an area (country, region, income group, subnational unit) that the reference tables do not hold. The problem gives the area most likely meant. Use an ISO 3166 alpha-3 code or a listed name (`hwmo areas`, GET /api/areas), add subnational units with `hwmo areas add`, or import with --skip-unknown-areas.',
  'code.not_found.title': 'Not found',
  'code.not_found.description':
    'The batch, edition, file, route or country asked for does not exist. List what exists (`hwmo batches`, GET /api/batches, GET /api/safeguards, /api/openapi.json) and ask again.',
  'code.conflict.title': 'Conflict',
  'code.conflict.description':
    'The request contradicts the state of the data: for instance a batch already rolled back, or one whose values a later batch revised (roll that one back first). Nothing was changed.',
  'code.unavailable.title': 'Service unavailable',
  'code.unavailable.description':
    'The database cannot be reached or is held by another process. Start or point to the database (DATABASE_URL), or stop the process holding the data directory, and try again.',
  'code.locked.title': 'Data directory in use',
  'code.locked.description':
    'The embedded database directory (HWMO_DATA_DIR) is owned by another running hwmo process, named in the problem with its pid, address and start time. Commands that read or write data are sent to a running server automatically; this one cannot be. Stop that process, send the command to it with --server URL, or use a PostgreSQL server through DATABASE_URL.',
  'code.internal.title': 'Internal error',
  'code.internal.description':
    'hwmo failed in a way it did not foresee. The error was logged with its details on the server. Nothing was half-written: writes are transactional. Report it with the request that caused it.',
  'code.unauthenticated.title': 'Sign-in required',
  'code.unauthenticated.description':
    'The request changes data or reads something that is not public, and it comes from no one signed in. Sign in (the web app), or send a personal API token as `Authorization: Bearer …` (`hwmo --server URL` with HWMO_TOKEN).',
  'code.forbidden.title': 'Not allowed',
  'code.forbidden.description':
    'The signed-in user (or the API token) does not hold the permission the request needs for the area it touches: a data manager for one country cannot change another country’s data. The problem names the permission and the area. Ask an administrator for the role, or use a token carrying the permission.',
  'code.read_only.title': 'Read-only observatory',
  'code.read_only.description':
    'This installation serves published data only (HWMO_PUBLIC_READONLY=true): every change of data, reference tables or accounts is refused, through the API and the CLI alike. Make the change on the installation that holds the data.',
  'code.rate_limited.title': 'Too many attempts',
  'code.rate_limited.description':
    'Too many failed sign-ins for this account or from this address in the last 15 minutes: further attempts are refused, even with the right password, until the time given in Retry-After has passed. Wait, or reset the password by the link sent by e-mail.',
  'code.cross_site.title': 'Cross-site request refused',
  'code.cross_site.description':
    'A change (POST, PUT, PATCH or DELETE) was sent by a page of another site, or of a local file (origin "null"), named by its Origin or Sec-Fetch-Site header. hwmo accepts changes only from its own pages (the origins of HWMO_PUBLIC_URL, HWMO_ALLOWED_HOSTS and the loopback addresses) and from programs that are not browsers. Open hwmo at its own address and make the change there.',
  'code.unsupported_media_type.title': 'Unsupported body type',
  'code.unsupported_media_type.description':
    'The body of the request has a Content-Type the route does not take: a route with a JSON body takes only application/json, the import route only multipart/form-data, and a route without a body takes none (no form, no text/plain). The problem names the type sent and the types accepted.',
  'code.misdirected.title': 'Unknown host',
  'code.misdirected.description':
    'The Host header of the request names an address this server does not answer for (a guard against DNS rebinding). It answers for localhost, 127.0.0.1 and [::1] on the port it serves, the host of HWMO_PUBLIC_URL and those listed in HWMO_ALLOWED_HOSTS. Use one of these addresses, or add the host to HWMO_ALLOWED_HOSTS.',
  'code.invalid_state_transition.title': 'Not allowed in this approval state',
  'code.invalid_state_transition.description':
    'The action asked of an approval unit (an area, year and dataset) is not allowed in its state: for instance approving data that was not submitted, or submitting data already approved. The problem names the state and the actions it allows. Nothing was changed.',
  'code.data_locked.title': 'Data approved and locked',
  'code.data_locked.description':
    'An import, revision or rollback touches values of an area, year and dataset that were approved; approved values are locked. The problem names the approval, who gave it and when. Ask a data approver to unapprove it (with a comment), then write again. Nothing was written.',

  'loc.row': 'row {{row}}',
  'loc.column': 'column {{name}}',
  'loc.field': 'field {{name}}',
  'loc.separator': ', ',
  'loc.around': '({{where}})',
  'list.separator': '; ',
  'field.message': '{{field}}: {{message}}',
  cause: '{{text}}',

  'internal.unexpected': 'An unexpected error occurred; it has been logged.',
  'route.none': 'No route {{method}} {{path}}',

  'body.json_type': 'Send the request body as JSON (Content-Type: application/json)',
  'body.sent_as': 'The body was sent as {{type}}.',
  'body.not_json': 'The request body is not JSON',
  'body.multipart_type': 'Send the request body as multipart/form-data',
  'body.multipart_unreadable': 'The multipart/form-data body cannot be read',
  'body.multipart_hint': 'send a well-formed multipart/form-data body',
  'body.field_repeated': 'Form field {{name}} is given more than once',
  'body.too_large': 'The request body exceeds the limit of {{limit}} bytes',
  'body.too_large_hint': 'import large files with the CLI, or raise HWMO_MAX_UPLOAD_BYTES',
  'signin.first': 'Sign in first',
  'signin.hint': 'sign in, or send a personal API token as "Authorization: Bearer …"',

  'input.invalid.path': 'Invalid path',
  'input.invalid.query': 'Invalid query',
  'input.invalid.body': 'Invalid body',
  'input.invalid.form': 'Invalid form',
  'input.invalid.other': 'Invalid {{what}}',
  'input.nul.path': 'Invalid path: {{field}} contains a NUL character',
  'input.nul.query': 'Invalid query: {{field}} contains a NUL character',
  'input.nul.body': 'Invalid body: {{field}} contains a NUL character',
  'input.nul.form': 'Invalid form: {{field}} contains a NUL character',
  'input.nul.other': 'Invalid {{what}}: {{field}} contains a NUL character',
  'input.nul_issue': 'contains a NUL character (\\u0000)',
  'input.options': 'Invalid command-line options',
  'input.config': 'Invalid configuration',
  'input.lang': 'not one of the languages {{langs}}',

  'query.repeated_one': 'Query parameter {{name}} is given {{count}} time',
  'query.repeated_other': 'Query parameter {{name}} is given {{count}} times',
  'query.repeated_hint':
    'give it once; parameters taking several codes take them comma-separated (area=GBR,FRA)',
  'query.unknown': 'unknown query parameter {{name}}',
  'query.unknown_meant': 'unknown query parameter {{name}}; did you mean "{{hit}}"?',
  'query.accepts': 'This route accepts: {{names}}.',
  'query.none': 'This route takes no query parameters.',
  'value.unknown': 'unknown value {{value}} (expected one of {{options}})',
  'value.unknown_meant': 'unknown value {{value}}; did you mean "{{hit}}"? (expected one of {{options}})',
  'value.list_item': 'not a valid {{what}}',
  'value.year_range': 'a year (2020) or a range (2010-2020)',
  'value.range_backwards': 'the range must not run backwards',
  'value.at_most': 'at most {{max}}',

  'readonly.refused': 'This observatory is read-only: {{action}} is refused',
  'readonly.detail': 'HWMO_PUBLIC_READONLY=true: the published data can be read, not changed.',
  'readonly.hint': 'make the change on the installation that holds the data',

  'db.unsafe_identifier': 'Unsafe SQL identifier {{name}}',
  'db.cannot_open': 'Cannot open the database at {{where}}',
  'db.hint_postgres': 'check that the PostgreSQL server is running and DATABASE_URL is right',
  'db.hint_data_dir': 'check that HWMO_DATA_DIR is writable and not used by another hwmo process',
  'db.migration_failed': 'Migration {{version}} {{name}} failed',

  'lock.in_use': 'The data directory {{dir}} is in use by another hwmo process',
  'lock.holder': 'pid {{pid}}, running `{{command}}` since {{since}}',
  'lock.holder_host': 'pid {{pid}} on host {{host}}, running `{{command}}` since {{since}}',
  'lock.holder_server': 'pid {{pid}}, serving {{url}}, running `{{command}}` since {{since}}',
  'lock.holder_host_server':
    'pid {{pid}} on host {{host}}, serving {{url}}, running `{{command}}` since {{since}}',
  'lock.hint_server':
    'stop that server (kill {{pid}}); commands that read or write data (import, query, export, batches, indicator, ssl, areas, flows estimate) are sent to it, as with `--server {{url}}`',
  'lock.hint_starting': 'that server is starting: try again once it listens, or stop it (kill {{pid}})',
  'lock.hint_wait':
    'wait for it to finish or stop it (kill {{pid}}); with a server running, `--server URL` sends commands to it',
  'lock.hint_postgres': 'set DATABASE_URL to a PostgreSQL server, which several processes can share',
  'lock.hint_delete': 'if that process no longer exists, delete {{path}}',
  'lock.or': '; or ',
  'lock.takeover': 'Cannot take over the lock of the data directory {{dir}}',
  'lock.takeover_hint': 'remove {{path}} if no hwmo process uses this directory',

  'perm.data.import': 'import data',
  'perm.data.rollback': 'roll back an import',
  'perm.reference.edit': 'edit reference data',
  'perm.flows.store': 'store a flow estimation run',
  'perm.safeguards.load': 'load a Safeguards List edition',
  'perm.approval.submit': 'submit data for approval',
  'perm.approval.decide': 'approve, return or unapprove data',
  'perm.recruitment.configure':
    "configure a destination's recruitment status (its code, list editions and exceptions)",
  'perm.agreements.manage': 'manage the agreements registry',
  'perm.wisn.manage': 'manage WISN staffing-need studies',
  'perm.planning.save': 'save workforce planning scenarios and start projection runs',
  'perm.audit.read': 'read the audit trail',
  'perm.reporting.manage':
    'manage Code reporting rounds, national authorities, questionnaires and the progress report',
  'perm.reporting.review': 'review, return, accept and publish Code reports',
  'perm.reporting.report': 'fill in and submit the national report of the area',
  'perm.reporting.stakeholder': 'fill in and submit stakeholder reports',
  'perm.recruiters.review':
    'review the recruiters’ register: applications, complaints, sanctions and appeals',
  'perm.users.manage': 'manage users',
  'perm.account.self': 'manage one’s own account',
  'perm.sign_in': 'Sign in to {{what}}',
  'perm.sign_in_area': 'Sign in to {{what}} for {{area}}',
  'perm.needs': 'This needs the permission {{permission}}.',
  'perm.forbidden': 'Not allowed to {{what}}',
  'perm.forbidden_area': 'Not allowed to {{what}} for {{area}}',
  'perm.token_lacks': 'The API token used does not carry the permission {{permission}}.',
  'perm.not_held': 'This needs the permission {{permission}}, which {{who}} does not hold.',
  'perm.not_held_area': 'This needs the permission {{permission}} for {{area}}, which {{who}} does not hold.',
  'perm.this_actor': 'this actor',
  'perm.token_hint': 'create a token with this permission',
  'perm.role_hint': 'ask an administrator for a role that allows it',

  'host.unknown': 'This server does not answer for the host {{host}}',
  'host.hint': 'use the address hwmo is served at, or add this host to HWMO_ALLOWED_HOSTS',
  'cross.origin':
    "A {{method}} from the origin {{origin}} is refused: only hwmo's own pages may send changes",
  'cross.site': "A cross-site {{method}} is refused: only hwmo's own pages may send changes",
  'cross.hint':
    'open hwmo at its own address and make the change there, or send it from a program that is not a browser',
  'media.declared': '{{method}} {{path}} takes a {{declared}} body, not {{sent}}',
  'media.declared_untyped': '{{method}} {{path}} takes a {{declared}} body, not one without a Content-Type',
  'media.none': '{{method}} {{path}} takes no body; {{sent}} was sent',
  'media.none_untyped': '{{method}} {{path}} takes no body; a body was sent',
  'media.hint_declared': 'send the body as {{declared}}',
  'media.hint_none': 'send the request without a body',

  'problem.none': 'No problem type {{code}}',
  'problem.hint': 'problem types: {{codes}} (GET /problems)',
  'problem.types': 'Problem types',
  'problem.type': 'Type',
  'problem.code': 'Code',
  'problem.status': 'HTTP status',
  'problem.exit': 'CLI exit code',
  'problem.about':
    'Errors are answered as RFC 9457 application/problem+json: detail says what was wrong, errors lists each field, row or column concerned and hint the way forward.',
  'problem.status_line': 'HTTP status {{status}}, CLI exit code {{exit}}',

  'cli.error': 'error',
  'cli.detail': 'detail',
  'cli.hint': 'hint',
  'cli.more_one': '… and {{count}} more',
  'cli.more_other': '… and {{count}} more',
  'cli.server_url': '--server {{url}} is not an http:// URL',
  'cli.lang': '--lang {{value}} is not one of the languages {{langs}}',
  'cli.needs_db': 'This command cannot be sent to a server: it needs the database itself',
  'cli.needs_db_hint':
    'run it without --server where the database is (stop the server first when it owns HWMO_DATA_DIR)',
  'cli.delegating': 'hwmo: the server at {{url}} (pid {{pid}}) owns {{dir}}; sending {{what}} to it',
  'cli.unreachable': 'Cannot reach the hwmo server at {{url}}',
  'cli.unreachable_hint':
    'check that `hwmo serve` runs there, or leave out --server to use the local database',
  'cli.server_status': '{{status}} {{statusText}} from {{url}}',
  'cli.server_empty': 'Empty answer from {{url}}',
  'cli.xlsx_terminal': 'an XLSX workbook is not for a terminal',
  'cli.xlsx_hint': 'redirect it to a file: hwmo template --xlsx > hwmo-template.xlsx',

  'cli.migrated': 'Applied {{versions}}; schema version {{version}}',
  'cli.schema_current': 'Schema is up to date (version {{version}})',
  'server.port_in_use': 'Port {{port}} on {{host}} is already in use',
  'server.port_hint': 'stop the program using it, or choose another with PORT=…',
} as const;

const fr = {
  'code.invalid_input.title': 'Saisie non valide',
  'code.invalid_input.description':
    'Un paramètre, une option, un champ de formulaire ou une valeur du corps manque, est mal formé ou nomme un code que hwmo ne connaît pas (mesure, profession, source ou paramètre de requête). Le problème énumère chaque champ avec ce qui ne va pas et, pour un code mal saisi, le code le plus probable. Corrigez les champs nommés et renvoyez la requête.',
  'code.invalid_file.title': 'Fichier refusé',
  'code.invalid_file.description':
    'Un fichier importé ne peut être lu dans aucun format pris en charge, ou une cellule est inutilisable ; le problème nomme le fichier, la ligne et la colonne. Rien du fichier n’a été écrit. Corrigez le fichier (ou choisissez --format / --sheet) et importez-le à nouveau.',
  'code.unknown_area.title': 'Zone inconnue',
  'code.unknown_area.description':
    'Un fichier, un filtre ou une option nomme une zone (pays, région, groupe de revenu, unité infranationale) que les tables de référence ne contiennent pas. Le problème donne la zone la plus probable. Utilisez un code ISO 3166 alpha-3 ou un nom listé (`hwmo areas`, GET /api/areas), ajoutez des unités infranationales avec `hwmo areas add`, ou importez avec --skip-unknown-areas.',
  'code.not_found.title': 'Introuvable',
  'code.not_found.description':
    'Le lot, l’édition, le fichier, la route ou le pays demandé n’existe pas. Listez ce qui existe (`hwmo batches`, GET /api/batches, GET /api/safeguards, /api/openapi.json) et redemandez.',
  'code.conflict.title': 'Conflit',
  'code.conflict.description':
    'La requête contredit l’état des données : par exemple un lot déjà annulé, ou un lot dont un lot ultérieur a révisé les valeurs (annulez d’abord celui-ci). Rien n’a été modifié.',
  'code.unavailable.title': 'Service indisponible',
  'code.unavailable.description':
    'La base de données est injoignable ou tenue par un autre processus. Démarrez la base de données ou indiquez-la (DATABASE_URL), ou arrêtez le processus qui tient le répertoire de données, puis réessayez.',
  'code.locked.title': 'Répertoire de données occupé',
  'code.locked.description':
    'Le répertoire de la base de données intégrée (HWMO_DATA_DIR) appartient à un autre processus hwmo en cours, nommé dans le problème avec son pid, son adresse et son heure de démarrage. Les commandes qui lisent ou écrivent des données sont envoyées automatiquement à un serveur en cours ; celle-ci ne peut pas l’être. Arrêtez ce processus, envoyez-lui la commande avec --server URL, ou utilisez un serveur PostgreSQL via DATABASE_URL.',
  'code.internal.title': 'Erreur interne',
  'code.internal.description':
    'hwmo a échoué d’une manière imprévue. L’erreur a été journalisée avec ses détails sur le serveur. Rien n’a été écrit à moitié : les écritures sont transactionnelles. Signalez-la avec la requête qui l’a causée.',
  'code.unauthenticated.title': 'Connexion requise',
  'code.unauthenticated.description':
    'La requête modifie des données ou lit quelque chose qui n’est pas public, et elle ne vient de personne de connecté. Connectez-vous (application web), ou envoyez un jeton d’API personnel en `Authorization: Bearer …` (`hwmo --server URL` avec HWMO_TOKEN).',
  'code.forbidden.title': 'Non autorisé',
  'code.forbidden.description':
    'L’utilisateur connecté (ou le jeton d’API) ne détient pas la permission dont la requête a besoin pour la zone concernée : un gestionnaire de données d’un pays ne peut pas modifier les données d’un autre pays. Le problème nomme la permission et la zone. Demandez le rôle à un administrateur, ou utilisez un jeton portant la permission.',
  'code.read_only.title': 'Observatoire en lecture seule',
  'code.read_only.description':
    'Cette installation ne sert que des données publiées (HWMO_PUBLIC_READONLY=true) : toute modification des données, des tables de référence ou des comptes est refusée, par l’API comme par la CLI. Faites la modification sur l’installation qui détient les données.',
  'code.rate_limited.title': 'Trop de tentatives',
  'code.rate_limited.description':
    'Trop de connexions échouées pour ce compte ou depuis cette adresse au cours des 15 dernières minutes : les tentatives suivantes sont refusées, même avec le bon mot de passe, jusqu’à l’heure indiquée par Retry-After. Patientez, ou réinitialisez le mot de passe par le lien envoyé par courriel.',
  'code.cross_site.title': 'Requête intersite refusée',
  'code.cross_site.description':
    'Une modification (POST, PUT, PATCH ou DELETE) a été envoyée par une page d’un autre site, ou d’un fichier local (origine « null »), nommée par son en-tête Origin ou Sec-Fetch-Site. hwmo n’accepte de modifications que de ses propres pages (les origines de HWMO_PUBLIC_URL, HWMO_ALLOWED_HOSTS et les adresses de bouclage) et des programmes qui ne sont pas des navigateurs. Ouvrez hwmo à sa propre adresse et faites-y la modification.',
  'code.unsupported_media_type.title': 'Type de corps non pris en charge',
  'code.unsupported_media_type.description':
    'Le corps de la requête a un Content-Type que la route n’accepte pas : une route à corps JSON n’accepte que application/json, la route d’import que multipart/form-data, et une route sans corps n’en accepte aucun (ni formulaire, ni text/plain). Le problème nomme le type envoyé et les types acceptés.',
  'code.misdirected.title': 'Hôte inconnu',
  'code.misdirected.description':
    'L’en-tête Host de la requête nomme une adresse pour laquelle ce serveur ne répond pas (une protection contre le DNS rebinding). Il répond pour localhost, 127.0.0.1 et [::1] sur le port qu’il sert, l’hôte de HWMO_PUBLIC_URL et ceux listés dans HWMO_ALLOWED_HOSTS. Utilisez l’une de ces adresses, ou ajoutez l’hôte à HWMO_ALLOWED_HOSTS.',
  'code.invalid_state_transition.title': 'Non autorisé dans cet état d’approbation',
  'code.invalid_state_transition.description':
    'L’action demandée pour une unité d’approbation (une zone, une année et un jeu de données) n’est pas permise dans son état : par exemple approuver des données non soumises, ou soumettre des données déjà approuvées. Le problème nomme l’état et les actions qu’il permet. Rien n’a été modifié.',
  'code.data_locked.title': 'Données approuvées et verrouillées',
  'code.data_locked.description':
    'Un import, une révision ou une annulation touche des valeurs d’une zone, d’une année et d’un jeu de données approuvés ; les valeurs approuvées sont verrouillées. Le problème nomme l’approbation, qui l’a donnée et quand. Demandez à un approbateur de données de la lever (avec un commentaire), puis écrivez à nouveau. Rien n’a été écrit.',

  'loc.row': 'ligne {{row}}',
  'loc.column': 'colonne {{name}}',
  'loc.field': 'champ {{name}}',
  'loc.separator': ', ',
  'loc.around': '({{where}})',
  'list.separator': ' ; ',
  'field.message': '{{field}} : {{message}}',
  cause: '{{text}}',

  'internal.unexpected': 'Une erreur inattendue s’est produite ; elle a été journalisée.',
  'route.none': 'Aucune route {{method}} {{path}}',

  'body.json_type': 'Envoyez le corps de la requête en JSON (Content-Type: application/json)',
  'body.sent_as': 'Le corps a été envoyé en {{type}}.',
  'body.not_json': 'Le corps de la requête n’est pas du JSON',
  'body.multipart_type': 'Envoyez le corps de la requête en multipart/form-data',
  'body.multipart_unreadable': 'Le corps multipart/form-data est illisible',
  'body.multipart_hint': 'envoyez un corps multipart/form-data bien formé',
  'body.field_repeated': 'Le champ de formulaire {{name}} est donné plus d’une fois',
  'body.too_large': 'Le corps de la requête dépasse la limite de {{limit}} octets',
  'body.too_large_hint': 'importez les gros fichiers avec la CLI, ou augmentez HWMO_MAX_UPLOAD_BYTES',
  'signin.first': 'Connectez-vous d’abord',
  'signin.hint': 'connectez-vous, ou envoyez un jeton d’API personnel en « Authorization: Bearer … »',

  'input.invalid.path': 'Chemin non valide',
  'input.invalid.query': 'Requête non valide',
  'input.invalid.body': 'Corps non valide',
  'input.invalid.form': 'Formulaire non valide',
  'input.invalid.other': 'Saisie non valide ({{what}})',
  'input.nul.path': 'Chemin non valide : {{field}} contient un caractère NUL',
  'input.nul.query': 'Requête non valide : {{field}} contient un caractère NUL',
  'input.nul.body': 'Corps non valide : {{field}} contient un caractère NUL',
  'input.nul.form': 'Formulaire non valide : {{field}} contient un caractère NUL',
  'input.nul.other': 'Saisie non valide ({{what}}) : {{field}} contient un caractère NUL',
  'input.nul_issue': 'contient un caractère NUL (\\u0000)',
  'input.options': 'Options de ligne de commande non valides',
  'input.config': 'Configuration non valide',
  'input.lang': 'n’est pas l’une des langues {{langs}}',

  'query.repeated_one': 'Le paramètre de requête {{name}} est donné {{count}} fois',
  'query.repeated_many': 'Le paramètre de requête {{name}} est donné {{count}} fois',
  'query.repeated_other': 'Le paramètre de requête {{name}} est donné {{count}} fois',
  'query.repeated_hint':
    'donnez-le une seule fois ; les paramètres qui prennent plusieurs codes les prennent séparés par des virgules (area=GBR,FRA)',
  'query.unknown': 'paramètre de requête inconnu {{name}}',
  'query.unknown_meant': 'paramètre de requête inconnu {{name}} ; vouliez-vous dire « {{hit}} » ?',
  'query.accepts': 'Cette route accepte : {{names}}.',
  'query.none': 'Cette route ne prend aucun paramètre de requête.',
  'value.unknown': 'valeur inconnue {{value}} (attendu : l’une de {{options}})',
  'value.unknown_meant':
    'valeur inconnue {{value}} ; vouliez-vous dire « {{hit}} » ? (attendu : l’une de {{options}})',
  'value.list_item': 'pas un(e) {{what}} valide',
  'value.year_range': 'une année (2020) ou une plage (2010-2020)',
  'value.range_backwards': 'la plage ne doit pas aller à rebours',
  'value.at_most': 'au plus {{max}}',

  'readonly.refused': 'Cet observatoire est en lecture seule : {{action}} est refusé',
  'readonly.detail': 'HWMO_PUBLIC_READONLY=true : les données publiées peuvent être lues, pas modifiées.',
  'readonly.hint': 'faites la modification sur l’installation qui détient les données',

  'db.unsafe_identifier': 'Identifiant SQL dangereux {{name}}',
  'db.cannot_open': 'Impossible d’ouvrir la base de données {{where}}',
  'db.hint_postgres': 'vérifiez que le serveur PostgreSQL tourne et que DATABASE_URL est juste',
  'db.hint_data_dir':
    'vérifiez que HWMO_DATA_DIR est accessible en écriture et n’est pas utilisé par un autre processus hwmo',
  'db.migration_failed': 'La migration {{version}} {{name}} a échoué',

  'lock.in_use': 'Le répertoire de données {{dir}} est utilisé par un autre processus hwmo',
  'lock.holder': 'pid {{pid}}, exécute `{{command}}` depuis {{since}}',
  'lock.holder_host': 'pid {{pid}} sur l’hôte {{host}}, exécute `{{command}}` depuis {{since}}',
  'lock.holder_server': 'pid {{pid}}, sert {{url}}, exécute `{{command}}` depuis {{since}}',
  'lock.holder_host_server':
    'pid {{pid}} sur l’hôte {{host}}, sert {{url}}, exécute `{{command}}` depuis {{since}}',
  'lock.hint_server':
    'arrêtez ce serveur (kill {{pid}}) ; les commandes qui lisent ou écrivent des données (import, query, export, batches, indicator, ssl, areas, flows estimate) lui sont envoyées, comme avec `--server {{url}}`',
  'lock.hint_starting': 'ce serveur démarre : réessayez dès qu’il écoute, ou arrêtez-le (kill {{pid}})',
  'lock.hint_wait':
    'attendez qu’il finisse ou arrêtez-le (kill {{pid}}) ; avec un serveur en cours, `--server URL` lui envoie les commandes',
  'lock.hint_postgres':
    'définissez DATABASE_URL vers un serveur PostgreSQL, que plusieurs processus peuvent partager',
  'lock.hint_delete': 'si ce processus n’existe plus, supprimez {{path}}',
  'lock.or': ' ; ou ',
  'lock.takeover': 'Impossible de reprendre le verrou du répertoire de données {{dir}}',
  'lock.takeover_hint': 'supprimez {{path}} si aucun processus hwmo n’utilise ce répertoire',

  'perm.data.import': 'importer des données',
  'perm.data.rollback': 'annuler un import',
  'perm.reference.edit': 'modifier les données de référence',
  'perm.flows.store': 'enregistrer une estimation de flux',
  'perm.safeguards.load':
    'charger une édition de la liste OMS d’appui et de sauvegarde pour les personnels de santé',
  'perm.approval.submit': 'soumettre des données à approbation',
  'perm.approval.decide': 'approuver, renvoyer ou désapprouver des données',
  'perm.recruitment.configure':
    'configurer le statut de recrutement d’un pays de destination (son code, les éditions de la liste et ses exceptions)',
  'perm.agreements.manage': 'gérer le registre des accords',
  'perm.wisn.manage': 'gérer les études des besoins en personnel WISN',
  'perm.planning.save': 'enregistrer des scénarios de planification des personnels et lancer des projections',
  'perm.audit.read': 'lire la piste d’audit',
  'perm.reporting.manage':
    'gérer les cycles de rapports sur le Code, les autorités nationales, les questionnaires et le rapport de situation',
  'perm.reporting.review': 'examiner, renvoyer, accepter et publier les rapports sur le Code',
  'perm.reporting.report': 'remplir et soumettre le rapport national de la zone',
  'perm.reporting.stakeholder': 'remplir et soumettre des rapports de parties prenantes',
  'perm.recruiters.review':
    'examiner le registre des recruteurs : candidatures, plaintes, sanctions et recours',
  'perm.users.manage': 'gérer les utilisateurs',
  'perm.account.self': 'gérer son propre compte',
  'perm.sign_in': 'Connectez-vous pour {{what}}',
  'perm.sign_in_area': 'Connectez-vous pour {{what}} pour {{area}}',
  'perm.needs': 'Il faut pour cela la permission {{permission}}.',
  'perm.forbidden': 'Non autorisé à {{what}}',
  'perm.forbidden_area': 'Non autorisé à {{what}} pour {{area}}',
  'perm.token_lacks': 'Le jeton d’API utilisé ne porte pas la permission {{permission}}.',
  'perm.not_held': 'Il faut pour cela la permission {{permission}}, que {{who}} ne détient pas.',
  'perm.not_held_area':
    'Il faut pour cela la permission {{permission}} pour {{area}}, que {{who}} ne détient pas.',
  'perm.this_actor': 'cet acteur',
  'perm.token_hint': 'créez un jeton portant cette permission',
  'perm.role_hint': 'demandez à un administrateur un rôle qui le permet',

  'host.unknown': 'Ce serveur ne répond pas pour l’hôte {{host}}',
  'host.hint': 'utilisez l’adresse où hwmo est servi, ou ajoutez cet hôte à HWMO_ALLOWED_HOSTS',
  'cross.origin':
    'Un {{method}} depuis l’origine {{origin}} est refusé : seules les pages de hwmo peuvent envoyer des modifications',
  'cross.site':
    'Un {{method}} intersite est refusé : seules les pages de hwmo peuvent envoyer des modifications',
  'cross.hint':
    'ouvrez hwmo à sa propre adresse et faites-y la modification, ou envoyez-la depuis un programme qui n’est pas un navigateur',
  'media.declared': '{{method}} {{path}} prend un corps {{declared}}, pas {{sent}}',
  'media.declared_untyped': '{{method}} {{path}} prend un corps {{declared}}, pas un corps sans Content-Type',
  'media.none': '{{method}} {{path}} ne prend pas de corps ; {{sent}} a été envoyé',
  'media.none_untyped': '{{method}} {{path}} ne prend pas de corps ; un corps a été envoyé',
  'media.hint_declared': 'envoyez le corps en {{declared}}',
  'media.hint_none': 'envoyez la requête sans corps',

  'problem.none': 'Aucun type de problème {{code}}',
  'problem.hint': 'types de problème : {{codes}} (GET /problems)',
  'problem.types': 'Types de problème',
  'problem.type': 'Type',
  'problem.code': 'Code',
  'problem.status': 'Statut HTTP',
  'problem.exit': 'Code de sortie de la CLI',
  'problem.about':
    'Les erreurs sont répondues en RFC 9457 application/problem+json : detail dit ce qui n’allait pas, errors énumère chaque champ, ligne ou colonne concerné et hint la marche à suivre.',
  'problem.status_line': 'Statut HTTP {{status}}, code de sortie de la CLI {{exit}}',

  'cli.error': 'erreur',
  'cli.detail': 'détail',
  'cli.hint': 'astuce',
  'cli.more_one': '… et {{count}} de plus',
  'cli.more_many': '… et {{count}} de plus',
  'cli.more_other': '… et {{count}} de plus',
  'cli.server_url': '--server {{url}} n’est pas une URL http://',
  'cli.lang': '--lang {{value}} n’est pas l’une des langues {{langs}}',
  'cli.needs_db':
    'Cette commande ne peut pas être envoyée à un serveur : elle a besoin de la base de données elle-même',
  'cli.needs_db_hint':
    'lancez-la sans --server là où se trouve la base de données (arrêtez d’abord le serveur s’il détient HWMO_DATA_DIR)',
  'cli.delegating': 'hwmo : le serveur {{url}} (pid {{pid}}) détient {{dir}} ; {{what}} lui est envoyé',
  'cli.unreachable': 'Impossible de joindre le serveur hwmo {{url}}',
  'cli.unreachable_hint':
    'vérifiez que `hwmo serve` y tourne, ou omettez --server pour utiliser la base de données locale',
  'cli.server_status': '{{status}} {{statusText}} de {{url}}',
  'cli.server_empty': 'Réponse vide de {{url}}',
  'cli.xlsx_terminal': 'un classeur XLSX n’est pas fait pour un terminal',
  'cli.xlsx_hint': 'redirigez-le vers un fichier : hwmo template --xlsx > hwmo-template.xlsx',

  'cli.migrated': 'Appliqué : {{versions}} ; version du schéma {{version}}',
  'cli.schema_current': 'Le schéma est à jour (version {{version}})',
  'server.port_in_use': 'Le port {{port}} sur {{host}} est déjà utilisé',
  'server.port_hint': 'arrêtez le programme qui l’utilise, ou choisissez-en un autre avec PORT=…',
} satisfies Catalogue<typeof en, 'fr'>;

const es = {
  'code.invalid_input.title': 'Entrada no válida',
  'code.invalid_input.description':
    'Falta un parámetro, una opción, un campo de formulario o un valor del cuerpo, está mal formado o nombra un código que hwmo no conoce (una medida, ocupación, fuente o parámetro de consulta). El problema enumera cada campo con lo que está mal y, para un código mal escrito, el código más probable. Corrija los campos indicados y envíe de nuevo la solicitud.',
  'code.invalid_file.title': 'Archivo rechazado',
  'code.invalid_file.description':
    'Un archivo importado no puede leerse en ningún formato admitido, o una celda no puede usarse; el problema indica el archivo, la fila y la columna. No se escribió nada del archivo. Corrija el archivo (o elija --format / --sheet) e impórtelo de nuevo.',
  'code.unknown_area.title': 'Zona desconocida',
  'code.unknown_area.description':
    'Un archivo, un filtro o una opción nombra una zona (país, región, grupo de ingresos, unidad subnacional) que las tablas de referencia no contienen. El problema da la zona más probable. Use un código ISO 3166 alfa-3 o un nombre de la lista (`hwmo areas`, GET /api/areas), añada unidades subnacionales con `hwmo areas add`, o importe con --skip-unknown-areas.',
  'code.not_found.title': 'No encontrado',
  'code.not_found.description':
    'El lote, la edición, el archivo, la ruta o el país solicitado no existe. Liste lo que existe (`hwmo batches`, GET /api/batches, GET /api/safeguards, /api/openapi.json) y vuelva a pedirlo.',
  'code.conflict.title': 'Conflicto',
  'code.conflict.description':
    'La solicitud contradice el estado de los datos: por ejemplo, un lote ya revertido, o uno cuyos valores revisó un lote posterior (revierta primero ese). No se cambió nada.',
  'code.unavailable.title': 'Servicio no disponible',
  'code.unavailable.description':
    'No se puede acceder a la base de datos o la tiene otro proceso. Inicie o indique la base de datos (DATABASE_URL), o detenga el proceso que tiene el directorio de datos, e inténtelo de nuevo.',
  'code.locked.title': 'Directorio de datos en uso',
  'code.locked.description':
    'El directorio de la base de datos integrada (HWMO_DATA_DIR) pertenece a otro proceso hwmo en ejecución, indicado en el problema con su pid, dirección y hora de inicio. Los comandos que leen o escriben datos se envían automáticamente a un servidor en ejecución; este no puede enviarse. Detenga ese proceso, envíele el comando con --server URL, o use un servidor PostgreSQL mediante DATABASE_URL.',
  'code.internal.title': 'Error interno',
  'code.internal.description':
    'hwmo falló de una manera imprevista. El error se registró con sus detalles en el servidor. Nada quedó escrito a medias: las escrituras son transaccionales. Notifíquelo con la solicitud que lo causó.',
  'code.unauthenticated.title': 'Se requiere iniciar sesión',
  'code.unauthenticated.description':
    'La solicitud cambia datos o lee algo que no es público, y no procede de nadie que haya iniciado sesión. Inicie sesión (la aplicación web), o envíe un token de API personal como `Authorization: Bearer …` (`hwmo --server URL` con HWMO_TOKEN).',
  'code.forbidden.title': 'No permitido',
  'code.forbidden.description':
    'El usuario que inició sesión (o el token de API) no tiene el permiso que la solicitud necesita para la zona afectada: un gestor de datos de un país no puede cambiar los datos de otro país. El problema indica el permiso y la zona. Pida el rol a un administrador, o use un token que tenga el permiso.',
  'code.read_only.title': 'Observatorio de solo lectura',
  'code.read_only.description':
    'Esta instalación sirve solo datos publicados (HWMO_PUBLIC_READONLY=true): se rechaza todo cambio de datos, tablas de referencia o cuentas, tanto por la API como por la CLI. Haga el cambio en la instalación que tiene los datos.',
  'code.rate_limited.title': 'Demasiados intentos',
  'code.rate_limited.description':
    'Demasiados inicios de sesión fallidos para esta cuenta o desde esta dirección en los últimos 15 minutos: se rechazan los intentos siguientes, incluso con la contraseña correcta, hasta que pase el tiempo indicado en Retry-After. Espere, o restablezca la contraseña con el enlace enviado por correo electrónico.',
  'code.cross_site.title': 'Solicitud entre sitios rechazada',
  'code.cross_site.description':
    'Un cambio (POST, PUT, PATCH o DELETE) fue enviado por una página de otro sitio, o de un archivo local (origen "null"), indicada por su encabezado Origin o Sec-Fetch-Site. hwmo solo acepta cambios de sus propias páginas (los orígenes de HWMO_PUBLIC_URL, HWMO_ALLOWED_HOSTS y las direcciones de bucle invertido) y de programas que no son navegadores. Abra hwmo en su propia dirección y haga el cambio allí.',
  'code.unsupported_media_type.title': 'Tipo de cuerpo no admitido',
  'code.unsupported_media_type.description':
    'El cuerpo de la solicitud tiene un Content-Type que la ruta no acepta: una ruta con cuerpo JSON solo acepta application/json, la ruta de importación solo multipart/form-data, y una ruta sin cuerpo no acepta ninguno (ni formulario, ni text/plain). El problema indica el tipo enviado y los tipos aceptados.',
  'code.misdirected.title': 'Host desconocido',
  'code.misdirected.description':
    'El encabezado Host de la solicitud nombra una dirección a la que este servidor no responde (una protección contra el DNS rebinding). Responde a localhost, 127.0.0.1 y [::1] en el puerto que sirve, al host de HWMO_PUBLIC_URL y a los listados en HWMO_ALLOWED_HOSTS. Use una de estas direcciones, o añada el host a HWMO_ALLOWED_HOSTS.',
  'code.invalid_state_transition.title': 'No permitido en este estado de aprobación',
  'code.invalid_state_transition.description':
    'La acción pedida sobre una unidad de aprobación (una zona, un año y un conjunto de datos) no está permitida en su estado: por ejemplo, aprobar datos no presentados, o presentar datos ya aprobados. El problema indica el estado y las acciones que permite. No se cambió nada.',
  'code.data_locked.title': 'Datos aprobados y bloqueados',
  'code.data_locked.description':
    'Una importación, revisión o reversión afecta a valores de una zona, un año y un conjunto de datos aprobados; los valores aprobados están bloqueados. El problema indica la aprobación, quién la dio y cuándo. Pida a un aprobador de datos que la retire (con un comentario) y escriba de nuevo. No se escribió nada.',

  'loc.row': 'fila {{row}}',
  'loc.column': 'columna {{name}}',
  'loc.field': 'campo {{name}}',
  'loc.separator': ', ',
  'loc.around': '({{where}})',
  'list.separator': '; ',
  'field.message': '{{field}}: {{message}}',
  cause: '{{text}}',

  'internal.unexpected': 'Se produjo un error inesperado; ha quedado registrado.',
  'route.none': 'No hay ninguna ruta {{method}} {{path}}',

  'body.json_type': 'Envíe el cuerpo de la solicitud como JSON (Content-Type: application/json)',
  'body.sent_as': 'El cuerpo se envió como {{type}}.',
  'body.not_json': 'El cuerpo de la solicitud no es JSON',
  'body.multipart_type': 'Envíe el cuerpo de la solicitud como multipart/form-data',
  'body.multipart_unreadable': 'No se puede leer el cuerpo multipart/form-data',
  'body.multipart_hint': 'envíe un cuerpo multipart/form-data bien formado',
  'body.field_repeated': 'El campo de formulario {{name}} se da más de una vez',
  'body.too_large': 'El cuerpo de la solicitud supera el límite de {{limit}} bytes',
  'body.too_large_hint': 'importe los archivos grandes con la CLI, o aumente HWMO_MAX_UPLOAD_BYTES',
  'signin.first': 'Inicie sesión primero',
  'signin.hint': 'inicie sesión, o envíe un token de API personal como "Authorization: Bearer …"',

  'input.invalid.path': 'Ruta no válida',
  'input.invalid.query': 'Consulta no válida',
  'input.invalid.body': 'Cuerpo no válido',
  'input.invalid.form': 'Formulario no válido',
  'input.invalid.other': 'Entrada no válida ({{what}})',
  'input.nul.path': 'Ruta no válida: {{field}} contiene un carácter NUL',
  'input.nul.query': 'Consulta no válida: {{field}} contiene un carácter NUL',
  'input.nul.body': 'Cuerpo no válido: {{field}} contiene un carácter NUL',
  'input.nul.form': 'Formulario no válido: {{field}} contiene un carácter NUL',
  'input.nul.other': 'Entrada no válida ({{what}}): {{field}} contiene un carácter NUL',
  'input.nul_issue': 'contiene un carácter NUL (\\u0000)',
  'input.options': 'Opciones de línea de comandos no válidas',
  'input.config': 'Configuración no válida',
  'input.lang': 'no es uno de los idiomas {{langs}}',

  'query.repeated_one': 'El parámetro de consulta {{name}} se da {{count}} vez',
  'query.repeated_many': 'El parámetro de consulta {{name}} se da {{count}} veces',
  'query.repeated_other': 'El parámetro de consulta {{name}} se da {{count}} veces',
  'query.repeated_hint':
    'dé uno solo; los parámetros que admiten varios códigos los admiten separados por comas (area=GBR,FRA)',
  'query.unknown': 'parámetro de consulta desconocido {{name}}',
  'query.unknown_meant': 'parámetro de consulta desconocido {{name}}; ¿quiso decir "{{hit}}"?',
  'query.accepts': 'Esta ruta acepta: {{names}}.',
  'query.none': 'Esta ruta no admite parámetros de consulta.',
  'value.unknown': 'valor desconocido {{value}} (se esperaba uno de {{options}})',
  'value.unknown_meant':
    'valor desconocido {{value}}; ¿quiso decir "{{hit}}"? (se esperaba uno de {{options}})',
  'value.list_item': 'no es un {{what}} válido',
  'value.year_range': 'un año (2020) o un intervalo (2010-2020)',
  'value.range_backwards': 'el intervalo no debe ir hacia atrás',
  'value.at_most': 'como máximo {{max}}',

  'readonly.refused': 'Este observatorio es de solo lectura: se rechaza {{action}}',
  'readonly.detail': 'HWMO_PUBLIC_READONLY=true: los datos publicados pueden leerse, no cambiarse.',
  'readonly.hint': 'haga el cambio en la instalación que tiene los datos',

  'db.unsafe_identifier': 'Identificador SQL inseguro {{name}}',
  'db.cannot_open': 'No se puede abrir la base de datos en {{where}}',
  'db.hint_postgres': 'compruebe que el servidor PostgreSQL está en marcha y que DATABASE_URL es correcta',
  'db.hint_data_dir': 'compruebe que HWMO_DATA_DIR admite escritura y no lo usa otro proceso hwmo',
  'db.migration_failed': 'La migración {{version}} {{name}} falló',

  'lock.in_use': 'El directorio de datos {{dir}} está en uso por otro proceso hwmo',
  'lock.holder': 'pid {{pid}}, ejecuta `{{command}}` desde {{since}}',
  'lock.holder_host': 'pid {{pid}} en el host {{host}}, ejecuta `{{command}}` desde {{since}}',
  'lock.holder_server': 'pid {{pid}}, sirve {{url}}, ejecuta `{{command}}` desde {{since}}',
  'lock.holder_host_server':
    'pid {{pid}} en el host {{host}}, sirve {{url}}, ejecuta `{{command}}` desde {{since}}',
  'lock.hint_server':
    'detenga ese servidor (kill {{pid}}); los comandos que leen o escriben datos (import, query, export, batches, indicator, ssl, areas, flows estimate) se le envían, como con `--server {{url}}`',
  'lock.hint_starting':
    'ese servidor está arrancando: inténtelo de nuevo cuando escuche, o deténgalo (kill {{pid}})',
  'lock.hint_wait':
    'espere a que termine o deténgalo (kill {{pid}}); con un servidor en marcha, `--server URL` le envía los comandos',
  'lock.hint_postgres':
    'defina DATABASE_URL con un servidor PostgreSQL, que varios procesos pueden compartir',
  'lock.hint_delete': 'si ese proceso ya no existe, elimine {{path}}',
  'lock.or': '; o ',
  'lock.takeover': 'No se puede tomar el bloqueo del directorio de datos {{dir}}',
  'lock.takeover_hint': 'elimine {{path}} si ningún proceso hwmo usa este directorio',

  'perm.data.import': 'importar datos',
  'perm.data.rollback': 'revertir una importación',
  'perm.reference.edit': 'editar los datos de referencia',
  'perm.flows.store': 'guardar una estimación de flujos',
  'perm.safeguards.load':
    'cargar una edición de la lista de apoyo y salvaguardias de la OMS en materia de personal de salud',
  'perm.approval.submit': 'presentar datos para su aprobación',
  'perm.approval.decide': 'aprobar, devolver o retirar la aprobación de datos',
  'perm.recruitment.configure':
    'configurar la situación de contratación de un país de destino (su código, las ediciones de la lista y sus excepciones)',
  'perm.agreements.manage': 'gestionar el registro de acuerdos',
  'perm.wisn.manage': 'gestionar los estudios WISN de necesidades de personal',
  'perm.planning.save': 'guardar escenarios de planificación del personal y lanzar proyecciones',
  'perm.audit.read': 'leer el registro de auditoría',
  'perm.reporting.manage':
    'gestionar las rondas de presentación de informes sobre el Código, las autoridades nacionales, los cuestionarios y el informe sobre los progresos',
  'perm.reporting.review': 'examinar, devolver, aceptar y publicar los informes sobre el Código',
  'perm.reporting.report': 'cumplimentar y presentar el informe nacional de la zona',
  'perm.reporting.stakeholder': 'cumplimentar y presentar informes de partes interesadas',
  'perm.recruiters.review': 'revisar el registro de reclutadores: solicitudes, quejas, sanciones y recursos',
  'perm.users.manage': 'gestionar usuarios',
  'perm.account.self': 'gestionar la propia cuenta',
  'perm.sign_in': 'Inicie sesión para {{what}}',
  'perm.sign_in_area': 'Inicie sesión para {{what}} de {{area}}',
  'perm.needs': 'Se necesita el permiso {{permission}}.',
  'perm.forbidden': 'No se permite {{what}}',
  'perm.forbidden_area': 'No se permite {{what}} de {{area}}',
  'perm.token_lacks': 'El token de API usado no tiene el permiso {{permission}}.',
  'perm.not_held': 'Se necesita el permiso {{permission}}, que {{who}} no tiene.',
  'perm.not_held_area': 'Se necesita el permiso {{permission}} para {{area}}, que {{who}} no tiene.',
  'perm.this_actor': 'este actor',
  'perm.token_hint': 'cree un token con este permiso',
  'perm.role_hint': 'pida a un administrador un rol que lo permita',

  'host.unknown': 'Este servidor no responde al host {{host}}',
  'host.hint': 'use la dirección en la que se sirve hwmo, o añada este host a HWMO_ALLOWED_HOSTS',
  'cross.origin':
    'Se rechaza un {{method}} desde el origen {{origin}}: solo las páginas de hwmo pueden enviar cambios',
  'cross.site': 'Se rechaza un {{method}} entre sitios: solo las páginas de hwmo pueden enviar cambios',
  'cross.hint':
    'abra hwmo en su propia dirección y haga allí el cambio, o envíelo desde un programa que no sea un navegador',
  'media.declared': '{{method}} {{path}} admite un cuerpo {{declared}}, no {{sent}}',
  'media.declared_untyped': '{{method}} {{path}} admite un cuerpo {{declared}}, no uno sin Content-Type',
  'media.none': '{{method}} {{path}} no admite cuerpo; se envió {{sent}}',
  'media.none_untyped': '{{method}} {{path}} no admite cuerpo; se envió un cuerpo',
  'media.hint_declared': 'envíe el cuerpo como {{declared}}',
  'media.hint_none': 'envíe la solicitud sin cuerpo',

  'problem.none': 'No hay ningún tipo de problema {{code}}',
  'problem.hint': 'tipos de problema: {{codes}} (GET /problems)',
  'problem.types': 'Tipos de problema',
  'problem.type': 'Tipo',
  'problem.code': 'Código',
  'problem.status': 'Estado HTTP',
  'problem.exit': 'Código de salida de la CLI',
  'problem.about':
    'Los errores se responden como RFC 9457 application/problem+json: detail dice qué estaba mal, errors enumera cada campo, fila o columna afectados y hint el camino a seguir.',
  'problem.status_line': 'Estado HTTP {{status}}, código de salida de la CLI {{exit}}',

  'cli.error': 'error',
  'cli.detail': 'detalle',
  'cli.hint': 'sugerencia',
  'cli.more_one': '… y {{count}} más',
  'cli.more_many': '… y {{count}} más',
  'cli.more_other': '… y {{count}} más',
  'cli.server_url': '--server {{url}} no es una URL http://',
  'cli.lang': '--lang {{value}} no es uno de los idiomas {{langs}}',
  'cli.needs_db': 'Este comando no puede enviarse a un servidor: necesita la propia base de datos',
  'cli.needs_db_hint':
    'ejecútelo sin --server donde está la base de datos (detenga antes el servidor si tiene HWMO_DATA_DIR)',
  'cli.delegating': 'hwmo: el servidor {{url}} (pid {{pid}}) tiene {{dir}}; se le envía {{what}}',
  'cli.unreachable': 'No se puede acceder al servidor hwmo en {{url}}',
  'cli.unreachable_hint':
    'compruebe que `hwmo serve` se ejecuta allí, u omita --server para usar la base de datos local',
  'cli.server_status': '{{status}} {{statusText}} de {{url}}',
  'cli.server_empty': 'Respuesta vacía de {{url}}',
  'cli.xlsx_terminal': 'un libro XLSX no es para un terminal',
  'cli.xlsx_hint': 'rediríjalo a un archivo: hwmo template --xlsx > hwmo-template.xlsx',

  'cli.migrated': 'Aplicado: {{versions}}; versión del esquema {{version}}',
  'cli.schema_current': 'El esquema está al día (versión {{version}})',
  'server.port_in_use': 'El puerto {{port}} en {{host}} ya está en uso',
  'server.port_hint': 'detenga el programa que lo usa, o elija otro con PORT=…',
} satisfies Catalogue<typeof en, 'es'>;

const ar = {
  'code.invalid_input.title': 'مُدخلات غير صالحة',
  'code.invalid_input.description':
    'معلمة أو خيار أو حقل نموذج أو قيمة في نص الطلب مفقودة أو مشوّهة أو تسمّي رمزًا لا يعرفه hwmo (مقياسًا أو مهنة أو مصدرًا أو معلمة استعلام). تسرد المشكلة كل حقل مع ما فيه من خطأ، وللرمز المكتوب خطأً الرمزَ المقصود على الأرجح. صحّح الحقول المذكورة وأرسل الطلب مرة أخرى.',
  'code.invalid_file.title': 'رُفض الملف',
  'code.invalid_file.description':
    'تتعذّر قراءة ملف مستورد بأي صيغة مدعومة، أو تتعذّر الاستفادة من خلية؛ وتذكر المشكلة الملف والصف والعمود. لم يُكتب شيء من الملف. صحّح الملف (أو اختر --format / --sheet) واستورده مرة أخرى.',
  'code.unknown_area.title': 'منطقة غير معروفة',
  'code.unknown_area.description':
    'يسمّي ملف أو عامل تصفية أو خيار منطقةً (بلدًا أو إقليمًا أو فئة دخل أو وحدة دون وطنية) لا تحتويها الجداول المرجعية. تعطي المشكلة المنطقة المقصودة على الأرجح. استخدم رمز ISO 3166 alpha-3 أو اسمًا مدرجًا (`hwmo areas`، GET /api/areas)، أو أضف الوحدات دون الوطنية بالأمر `hwmo areas add`، أو استورد مع --skip-unknown-areas.',
  'code.not_found.title': 'غير موجود',
  'code.not_found.description':
    'الدفعة أو الإصدار أو الملف أو المسار أو البلد المطلوب غير موجود. اعرض قائمة الموجود (`hwmo batches`، GET /api/batches، GET /api/safeguards، /api/openapi.json) ثم اطلب مرة أخرى.',
  'code.conflict.title': 'تعارض',
  'code.conflict.description':
    'يتعارض الطلب مع حالة البيانات: مثل دفعة تم التراجع عنها من قبل، أو دفعة نقّحت دفعةٌ لاحقة قيمها (تراجع عن تلك أولًا). لم يتغيّر شيء.',
  'code.unavailable.title': 'الخدمة غير متاحة',
  'code.unavailable.description':
    'يتعذّر الوصول إلى قاعدة البيانات أو تحتجزها عملية أخرى. شغّل قاعدة البيانات أو حدّد مكانها (DATABASE_URL)، أو أوقف العملية التي تحتجز دليل البيانات، ثم حاول مرة أخرى.',
  'code.locked.title': 'دليل البيانات قيد الاستخدام',
  'code.locked.description':
    'دليل قاعدة البيانات المضمّنة (HWMO_DATA_DIR) مملوك لعملية hwmo أخرى قيد التشغيل، مذكورة في المشكلة مع معرّف العملية (pid) وعنوانها ووقت بدئها. تُرسل الأوامر التي تقرأ البيانات أو تكتبها تلقائيًا إلى الخادم العامل؛ أما هذا الأمر فلا يمكن إرساله. أوقف تلك العملية، أو أرسل الأمر إليها باستخدام --server URL، أو استخدم خادم PostgreSQL عبر DATABASE_URL.',
  'code.internal.title': 'خطأ داخلي',
  'code.internal.description':
    'أخفق hwmo على نحو لم يتوقّعه. سُجّل الخطأ بتفاصيله على الخادم. لم يُكتب شيء على نحو منقوص: عمليات الكتابة تجري ضمن معاملات. أبلغ عنه مع الطلب الذي تسبّب فيه.',
  'code.unauthenticated.title': 'يلزم تسجيل الدخول',
  'code.unauthenticated.description':
    'يغيّر الطلب بيانات أو يقرأ شيئًا غير عام، ولم يصدر عن أي مستخدم مسجّل الدخول. سجّل الدخول (تطبيق الويب)، أو أرسل رمزًا شخصيًا لواجهة API بصيغة `Authorization: Bearer …` (`hwmo --server URL` مع HWMO_TOKEN).',
  'code.forbidden.title': 'غير مسموح',
  'code.forbidden.description':
    'لا يحمل المستخدم المسجّل الدخول (أو رمز API) الإذن الذي يحتاجه الطلب للمنطقة التي يمسّها: فمدير بيانات بلد ما لا يمكنه تغيير بيانات بلد آخر. تذكر المشكلة الإذن والمنطقة. اطلب الدور من أحد المسؤولين، أو استخدم رمزًا يحمل الإذن.',
  'code.read_only.title': 'مرصد للقراءة فقط',
  'code.read_only.description':
    'لا يقدّم هذا التثبيت إلا البيانات المنشورة (HWMO_PUBLIC_READONLY=true): يُرفض كل تغيير في البيانات أو الجداول المرجعية أو الحسابات، عبر واجهة API وسطر الأوامر على السواء. أجرِ التغيير على التثبيت الذي يحتفظ بالبيانات.',
  'code.rate_limited.title': 'محاولات كثيرة جدًا',
  'code.rate_limited.description':
    'محاولات تسجيل دخول فاشلة كثيرة جدًا لهذا الحساب أو من هذا العنوان خلال آخر 15 دقيقة: تُرفض المحاولات التالية، حتى بكلمة المرور الصحيحة، حتى ينقضي الوقت المذكور في Retry-After. انتظر، أو أعد تعيين كلمة المرور عبر الرابط المرسل بالبريد الإلكتروني.',
  'code.cross_site.title': 'رُفض طلب عبر المواقع',
  'code.cross_site.description':
    'أُرسل تغيير (POST أو PUT أو PATCH أو DELETE) من صفحة موقع آخر، أو من ملف محلي (الأصل "null")، كما يبيّنه الترويس Origin أو Sec-Fetch-Site. لا يقبل hwmo التغييرات إلا من صفحاته (أصول HWMO_PUBLIC_URL وHWMO_ALLOWED_HOSTS وعناوين الاسترجاع المحلي) ومن البرامج التي ليست متصفحات. افتح hwmo على عنوانه وأجرِ التغيير هناك.',
  'code.unsupported_media_type.title': 'نوع نص طلب غير مدعوم',
  'code.unsupported_media_type.description':
    'لنص الطلب Content-Type لا يقبله المسار: المسار ذو النص JSON لا يقبل إلا application/json، ومسار الاستيراد لا يقبل إلا multipart/form-data، والمسار الذي لا نص له لا يقبل أي نص (لا نموذج ولا text/plain). تذكر المشكلة النوع المرسل والأنواع المقبولة.',
  'code.misdirected.title': 'مضيف غير معروف',
  'code.misdirected.description':
    'يسمّي الترويس Host في الطلب عنوانًا لا يجيب عنه هذا الخادم (حماية من إعادة ربط DNS). يجيب الخادم عن localhost و127.0.0.1 و[::1] على المنفذ الذي يخدمه، وعن مضيف HWMO_PUBLIC_URL وعن المضيفين المدرجين في HWMO_ALLOWED_HOSTS. استخدم أحد هذه العناوين، أو أضف المضيف إلى HWMO_ALLOWED_HOSTS.',
  'code.invalid_state_transition.title': 'غير مسموح في حالة الاعتماد هذه',
  'code.invalid_state_transition.description':
    'الإجراء المطلوب على وحدة الاعتماد (منطقة وسنة ومجموعة بيانات) غير مسموح في حالتها: مثل اعتماد بيانات لم تُقدَّم، أو تقديم بيانات معتمدة من قبل. تذكر المشكلة الحالة والإجراءات التي تسمح بها. لم يتغيّر شيء.',
  'code.data_locked.title': 'البيانات معتمدة ومقفلة',
  'code.data_locked.description':
    'يمسّ استيراد أو تنقيح أو تراجع قيمًا لمنطقة وسنة ومجموعة بيانات معتمدة؛ والقيم المعتمدة مقفلة. تذكر المشكلة الاعتماد ومن منحه ومتى. اطلب من معتمِد البيانات إلغاء الاعتماد (مع تعليق)، ثم اكتب مرة أخرى. لم يُكتب شيء.',

  'loc.row': 'الصف {{row}}',
  'loc.column': 'العمود {{name}}',
  'loc.field': 'الحقل {{name}}',
  'loc.separator': '، ',
  'loc.around': '({{where}})',
  'list.separator': '؛ ',
  'field.message': '{{field}}: {{message}}',
  cause: '{{text}}',

  'internal.unexpected': 'حدث خطأ غير متوقّع؛ وقد سُجّل.',
  'route.none': 'لا يوجد مسار {{method}} {{path}}',

  'body.json_type': 'أرسل نص الطلب بصيغة JSON (Content-Type: application/json)',
  'body.sent_as': 'أُرسل النص بالنوع {{type}}.',
  'body.not_json': 'نص الطلب ليس JSON',
  'body.multipart_type': 'أرسل نص الطلب بالنوع multipart/form-data',
  'body.multipart_unreadable': 'تتعذّر قراءة نص multipart/form-data',
  'body.multipart_hint': 'أرسل نص multipart/form-data سليم البنية',
  'body.field_repeated': 'حقل النموذج {{name}} مُعطى أكثر من مرة',
  'body.too_large': 'يتجاوز نص الطلب الحد البالغ {{limit}} بايت',
  'body.too_large_hint': 'استورد الملفات الكبيرة بسطر الأوامر، أو ارفع HWMO_MAX_UPLOAD_BYTES',
  'signin.first': 'سجّل الدخول أولًا',
  'signin.hint': 'سجّل الدخول، أو أرسل رمز API شخصيًا بصيغة "Authorization: Bearer …"',

  'input.invalid.path': 'مسار غير صالح',
  'input.invalid.query': 'استعلام غير صالح',
  'input.invalid.body': 'نص طلب غير صالح',
  'input.invalid.form': 'نموذج غير صالح',
  'input.invalid.other': 'مُدخلات غير صالحة ({{what}})',
  'input.nul.path': 'مسار غير صالح: يحتوي {{field}} على محرف NUL',
  'input.nul.query': 'استعلام غير صالح: يحتوي {{field}} على محرف NUL',
  'input.nul.body': 'نص طلب غير صالح: يحتوي {{field}} على محرف NUL',
  'input.nul.form': 'نموذج غير صالح: يحتوي {{field}} على محرف NUL',
  'input.nul.other': 'مُدخلات غير صالحة ({{what}}): يحتوي {{field}} على محرف NUL',
  'input.nul_issue': 'يحتوي على محرف NUL (\\u0000)',
  'input.options': 'خيارات سطر الأوامر غير صالحة',
  'input.config': 'إعدادات غير صالحة',
  'input.lang': 'ليست إحدى اللغات {{langs}}',

  'query.repeated_zero': 'معلمة الاستعلام {{name}} مُعطاة {{count}} مرة',
  'query.repeated_one': 'معلمة الاستعلام {{name}} مُعطاة مرة واحدة',
  'query.repeated_two': 'معلمة الاستعلام {{name}} مُعطاة مرتين',
  'query.repeated_few': 'معلمة الاستعلام {{name}} مُعطاة {{count}} مرات',
  'query.repeated_many': 'معلمة الاستعلام {{name}} مُعطاة {{count}} مرة',
  'query.repeated_other': 'معلمة الاستعلام {{name}} مُعطاة {{count}} مرة',
  'query.repeated_hint': 'أعطها مرة واحدة؛ المعلمات التي تأخذ عدة رموز تأخذها مفصولة بفواصل (area=GBR,FRA)',
  'query.unknown': 'معلمة استعلام غير معروفة {{name}}',
  'query.unknown_meant': 'معلمة استعلام غير معروفة {{name}}؛ هل تقصد "{{hit}}"؟',
  'query.accepts': 'يقبل هذا المسار: {{names}}.',
  'query.none': 'لا يقبل هذا المسار أي معلمات استعلام.',
  'value.unknown': 'قيمة غير معروفة {{value}} (المتوقّع إحدى القيم {{options}})',
  'value.unknown_meant': 'قيمة غير معروفة {{value}}؛ هل تقصد "{{hit}}"؟ (المتوقّع إحدى القيم {{options}})',
  'value.list_item': 'ليس {{what}} صالحًا',
  'value.year_range': 'سنة (2020) أو نطاق (2010-2020)',
  'value.range_backwards': 'يجب ألا يسير النطاق إلى الوراء',
  'value.at_most': '{{max}} على الأكثر',

  'readonly.refused': 'هذا المرصد للقراءة فقط: رُفض {{action}}',
  'readonly.detail': 'HWMO_PUBLIC_READONLY=true: يمكن قراءة البيانات المنشورة، لا تغييرها.',
  'readonly.hint': 'أجرِ التغيير على التثبيت الذي يحتفظ بالبيانات',

  'db.unsafe_identifier': 'معرّف SQL غير آمن {{name}}',
  'db.cannot_open': 'يتعذّر فتح قاعدة البيانات في {{where}}',
  'db.hint_postgres': 'تحقّق من أن خادم PostgreSQL يعمل وأن DATABASE_URL صحيح',
  'db.hint_data_dir': 'تحقّق من أن HWMO_DATA_DIR قابل للكتابة ولا تستخدمه عملية hwmo أخرى',
  'db.migration_failed': 'أخفق الترحيل {{version}} {{name}}',

  'lock.in_use': 'دليل البيانات {{dir}} قيد الاستخدام من عملية hwmo أخرى',
  'lock.holder': 'pid {{pid}}، يشغّل `{{command}}` منذ {{since}}',
  'lock.holder_host': 'pid {{pid}} على المضيف {{host}}، يشغّل `{{command}}` منذ {{since}}',
  'lock.holder_server': 'pid {{pid}}، يخدم {{url}}، يشغّل `{{command}}` منذ {{since}}',
  'lock.holder_host_server':
    'pid {{pid}} على المضيف {{host}}، يخدم {{url}}، يشغّل `{{command}}` منذ {{since}}',
  'lock.hint_server':
    'أوقف ذلك الخادم (kill {{pid}})؛ تُرسل إليه الأوامر التي تقرأ البيانات أو تكتبها (import وquery وexport وbatches وindicator وssl وareas وflows estimate)، كما مع `--server {{url}}`',
  'lock.hint_starting': 'ذلك الخادم قيد البدء: حاول مرة أخرى حين يبدأ الاستماع، أو أوقفه (kill {{pid}})',
  'lock.hint_wait':
    'انتظر حتى ينتهي أو أوقفه (kill {{pid}})؛ وحين يعمل خادم، يرسل `--server URL` الأوامر إليه',
  'lock.hint_postgres': 'اضبط DATABASE_URL على خادم PostgreSQL، يمكن لعدة عمليات أن تتشاركه',
  'lock.hint_delete': 'إن لم تعد تلك العملية موجودة، فاحذف {{path}}',
  'lock.or': '؛ أو ',
  'lock.takeover': 'يتعذّر الاستيلاء على قفل دليل البيانات {{dir}}',
  'lock.takeover_hint': 'احذف {{path}} إن لم تكن أي عملية hwmo تستخدم هذا الدليل',

  'perm.data.import': 'استيراد البيانات',
  'perm.data.rollback': 'التراجع عن استيراد',
  'perm.reference.edit': 'تعديل البيانات المرجعية',
  'perm.flows.store': 'حفظ تقدير للتدفقات',
  'perm.safeguards.load':
    'تحميل إصدار من قائمة منظمة الصحة العالمية للدعم والضمانات الخاصة بالقوى العاملة الصحية',
  'perm.approval.submit': 'تقديم البيانات للاعتماد',
  'perm.approval.decide': 'اعتماد البيانات أو إعادتها أو إلغاء اعتمادها',
  'perm.recruitment.configure': 'ضبط حالة التوظيف لبلد مقصد (مدونته وإصدارات القائمة واستثناءاته)',
  'perm.agreements.manage': 'إدارة سجل الاتفاقات',
  'perm.wisn.manage': 'إدارة دراسات ⁨WISN⁩ لاحتياجات الموظفين',
  'perm.planning.save': 'حفظ سيناريوهات تخطيط القوى العاملة وبدء عمليات الإسقاط',
  'perm.audit.read': 'قراءة سجل التدقيق',
  'perm.reporting.manage': 'إدارة جولات الإبلاغ عن المدونة والسلطات الوطنية والاستبيانات والتقرير المرحلي',
  'perm.reporting.review': 'استعراض تقارير المدونة وإعادتها وقبولها ونشرها',
  'perm.reporting.report': 'ملء التقرير الوطني للمنطقة وتقديمه',
  'perm.reporting.stakeholder': 'ملء تقارير أصحاب المصلحة وتقديمها',
  'perm.recruiters.review': 'مراجعة سجل الجهات المستقدِمة: الطلبات والشكاوى والعقوبات والطعون',
  'perm.users.manage': 'إدارة المستخدمين',
  'perm.account.self': 'إدارة الحساب الشخصي',
  'perm.sign_in': 'سجّل الدخول من أجل {{what}}',
  'perm.sign_in_area': 'سجّل الدخول من أجل {{what}} لـ {{area}}',
  'perm.needs': 'يتطلّب هذا الإذن {{permission}}.',
  'perm.forbidden': 'غير مسموح بـ{{what}}',
  'perm.forbidden_area': 'غير مسموح بـ{{what}} لـ {{area}}',
  'perm.token_lacks': 'رمز API المستخدم لا يحمل الإذن {{permission}}.',
  'perm.not_held': 'يتطلّب هذا الإذن {{permission}}، الذي لا يحمله {{who}}.',
  'perm.not_held_area': 'يتطلّب هذا الإذن {{permission}} لـ {{area}}، الذي لا يحمله {{who}}.',
  'perm.this_actor': 'هذا الفاعل',
  'perm.token_hint': 'أنشئ رمزًا يحمل هذا الإذن',
  'perm.role_hint': 'اطلب من أحد المسؤولين دورًا يسمح بذلك',

  'host.unknown': 'لا يجيب هذا الخادم عن المضيف {{host}}',
  'host.hint': 'استخدم العنوان الذي يُخدَم عليه hwmo، أو أضف هذا المضيف إلى HWMO_ALLOWED_HOSTS',
  'cross.origin': 'رُفض طلب {{method}} من الأصل {{origin}}: لا ترسل التغييرات إلا صفحات hwmo نفسه',
  'cross.site': 'رُفض طلب {{method}} عبر المواقع: لا ترسل التغييرات إلا صفحات hwmo نفسه',
  'cross.hint': 'افتح hwmo على عنوانه وأجرِ التغيير هناك، أو أرسله من برنامج ليس متصفحًا',
  'media.declared': 'يأخذ {{method}} {{path}} نصًا من النوع {{declared}}، لا {{sent}}',
  'media.declared_untyped': 'يأخذ {{method}} {{path}} نصًا من النوع {{declared}}، لا نصًا بلا Content-Type',
  'media.none': 'لا يأخذ {{method}} {{path}} أي نص؛ وقد أُرسل {{sent}}',
  'media.none_untyped': 'لا يأخذ {{method}} {{path}} أي نص؛ وقد أُرسل نص',
  'media.hint_declared': 'أرسل النص بالنوع {{declared}}',
  'media.hint_none': 'أرسل الطلب بلا نص',

  'problem.none': 'لا يوجد نوع مشكلة {{code}}',
  'problem.hint': 'أنواع المشكلات: {{codes}} (GET /problems)',
  'problem.types': 'أنواع المشكلات',
  'problem.type': 'النوع',
  'problem.code': 'الرمز',
  'problem.status': 'حالة HTTP',
  'problem.exit': 'رمز خروج سطر الأوامر',
  'problem.about':
    'يُجاب عن الأخطاء بصيغة RFC 9457 application/problem+json: يقول detail ما كان خطأً، ويسرد errors كل حقل أو صف أو عمود معنيّ، ويبيّن hint سبيل المضيّ قدمًا.',
  'problem.status_line': 'حالة HTTP {{status}}، رمز خروج سطر الأوامر {{exit}}',

  'cli.error': 'خطأ',
  'cli.detail': 'تفاصيل',
  'cli.hint': 'تلميح',
  'cli.more_zero': '… ولا شيء آخر',
  'cli.more_one': '… وواحد آخر',
  'cli.more_two': '… واثنان آخران',
  'cli.more_few': '… و{{count}} أخرى',
  'cli.more_many': '… و{{count}} أخرى',
  'cli.more_other': '… و{{count}} أخرى',
  'cli.server_url': '--server {{url}} ليس عنوان URL من نوع http://',
  'cli.lang': '--lang {{value}} ليست إحدى اللغات {{langs}}',
  'cli.needs_db': 'لا يمكن إرسال هذا الأمر إلى خادم: إنه يحتاج إلى قاعدة البيانات نفسها',
  'cli.needs_db_hint':
    'شغّله بلا --server حيث توجد قاعدة البيانات (أوقف الخادم أولًا إن كان يملك HWMO_DATA_DIR)',
  'cli.delegating': 'hwmo: الخادم {{url}} (pid {{pid}}) يملك {{dir}}؛ يُرسل إليه {{what}}',
  'cli.unreachable': 'يتعذّر الوصول إلى خادم hwmo في {{url}}',
  'cli.unreachable_hint':
    'تحقّق من أن `hwmo serve` يعمل هناك، أو احذف --server لاستخدام قاعدة البيانات المحلية',
  'cli.server_status': '{{status}} {{statusText}} من {{url}}',
  'cli.server_empty': 'إجابة فارغة من {{url}}',
  'cli.xlsx_terminal': 'مصنّف XLSX ليس للعرض في طرفية',
  'cli.xlsx_hint': 'أعد توجيهه إلى ملف: hwmo template --xlsx > hwmo-template.xlsx',

  'cli.migrated': 'طُبّق: {{versions}}؛ إصدار المخطط {{version}}',
  'cli.schema_current': 'المخطط محدَّث (الإصدار {{version}})',
  'server.port_in_use': 'المنفذ {{port}} على {{host}} مستخدم بالفعل',
  'server.port_hint': 'أوقف البرنامج الذي يستخدمه، أو اختر منفذًا آخر بـ PORT=…',
} satisfies Catalogue<typeof en, 'ar'>;

const ru = {
  'code.invalid_input.title': 'Недопустимые входные данные',
  'code.invalid_input.description':
    'Параметр, опция, поле формы или значение тела запроса отсутствует, имеет неверный формат или называет код, неизвестный hwmo (показатель, профессию, источник или параметр запроса). В описании проблемы перечислено каждое поле с ошибкой, а для опечатки в коде — наиболее вероятный код. Исправьте названные поля и отправьте запрос снова.',
  'code.invalid_file.title': 'Файл отклонён',
  'code.invalid_file.description':
    'Импортированный файл не читается ни в одном поддерживаемом формате, или ячейку нельзя использовать; в описании проблемы указаны файл, строка и столбец. Ничего из файла не записано. Исправьте файл (или выберите --format / --sheet) и импортируйте его снова.',
  'code.unknown_area.title': 'Неизвестная территория',
  'code.unknown_area.description':
    'Файл, фильтр или опция называет территорию (страну, регион, группу по уровню дохода, субнациональную единицу), которой нет в справочных таблицах. В описании проблемы дана наиболее вероятная территория. Используйте код ISO 3166 alpha-3 или название из списка (`hwmo areas`, GET /api/areas), добавьте субнациональные единицы командой `hwmo areas add` или импортируйте с --skip-unknown-areas.',
  'code.not_found.title': 'Не найдено',
  'code.not_found.description':
    'Запрошенный пакет, выпуск, файл, маршрут или страна не существует. Посмотрите, что существует (`hwmo batches`, GET /api/batches, GET /api/safeguards, /api/openapi.json), и запросите снова.',
  'code.conflict.title': 'Конфликт',
  'code.conflict.description':
    'Запрос противоречит состоянию данных: например, пакет уже откачен или его значения пересмотрены более поздним пакетом (сначала откатите тот). Ничего не изменено.',
  'code.unavailable.title': 'Служба недоступна',
  'code.unavailable.description':
    'База данных недоступна или занята другим процессом. Запустите базу данных или укажите её (DATABASE_URL) либо остановите процесс, занимающий каталог данных, и повторите попытку.',
  'code.locked.title': 'Каталог данных занят',
  'code.locked.description':
    'Каталог встроенной базы данных (HWMO_DATA_DIR) принадлежит другому работающему процессу hwmo, указанному в описании проблемы с его pid, адресом и временем запуска. Команды, которые читают или записывают данные, автоматически отправляются работающему серверу; эту команду отправить нельзя. Остановите тот процесс, отправьте ему команду с --server URL или используйте сервер PostgreSQL через DATABASE_URL.',
  'code.internal.title': 'Внутренняя ошибка',
  'code.internal.description':
    'В hwmo произошёл непредвиденный сбой. Ошибка записана в журнал сервера со всеми подробностями. Ничего не записано наполовину: запись выполняется в транзакциях. Сообщите о ней, приложив вызвавший её запрос.',
  'code.unauthenticated.title': 'Требуется вход',
  'code.unauthenticated.description':
    'Запрос изменяет данные или читает непубличные сведения, но исходит не от вошедшего пользователя. Войдите (веб-приложение) или отправьте личный API-токен как `Authorization: Bearer …` (`hwmo --server URL` с HWMO_TOKEN).',
  'code.forbidden.title': 'Не разрешено',
  'code.forbidden.description':
    'У вошедшего пользователя (или API-токена) нет разрешения, которое нужно запросу для затрагиваемой территории: менеджер данных одной страны не может изменять данные другой страны. В описании проблемы названы разрешение и территория. Попросите роль у администратора или используйте токен с этим разрешением.',
  'code.read_only.title': 'Обсерватория только для чтения',
  'code.read_only.description':
    'Эта установка предоставляет только опубликованные данные (HWMO_PUBLIC_READONLY=true): любое изменение данных, справочных таблиц или учётных записей отклоняется — как через API, так и через CLI. Внесите изменение в установке, где хранятся данные.',
  'code.rate_limited.title': 'Слишком много попыток',
  'code.rate_limited.description':
    'Слишком много неудачных попыток входа для этой учётной записи или с этого адреса за последние 15 минут: следующие попытки отклоняются, даже с верным паролем, пока не пройдёт время, указанное в Retry-After. Подождите или сбросьте пароль по ссылке, отправленной по электронной почте.',
  'code.cross_site.title': 'Межсайтовый запрос отклонён',
  'code.cross_site.description':
    'Изменение (POST, PUT, PATCH или DELETE) отправлено страницей другого сайта или локального файла (origin "null"), указанной в заголовке Origin или Sec-Fetch-Site. hwmo принимает изменения только от своих страниц (origin из HWMO_PUBLIC_URL, HWMO_ALLOWED_HOSTS и адресов loopback) и от программ, не являющихся браузерами. Откройте hwmo по его собственному адресу и внесите изменение там.',
  'code.unsupported_media_type.title': 'Неподдерживаемый тип тела запроса',
  'code.unsupported_media_type.description':
    'Тело запроса имеет Content-Type, который маршрут не принимает: маршрут с телом JSON принимает только application/json, маршрут импорта — только multipart/form-data, а маршрут без тела не принимает никакого (ни формы, ни text/plain). В описании проблемы указаны отправленный тип и допустимые типы.',
  'code.misdirected.title': 'Неизвестный хост',
  'code.misdirected.description':
    'Заголовок Host запроса называет адрес, на который этот сервер не отвечает (защита от DNS rebinding). Сервер отвечает на localhost, 127.0.0.1 и [::1] на обслуживаемом порту, на хост из HWMO_PUBLIC_URL и на перечисленные в HWMO_ALLOWED_HOSTS. Используйте один из этих адресов или добавьте хост в HWMO_ALLOWED_HOSTS.',
  'code.invalid_state_transition.title': 'Не разрешено в этом состоянии утверждения',
  'code.invalid_state_transition.description':
    'Запрошенное действие над единицей утверждения (территория, год и набор данных) не разрешено в её состоянии: например, утвердить данные, которые не были представлены, или представить уже утверждённые данные. В описании проблемы названы состояние и разрешённые в нём действия. Ничего не изменено.',
  'code.data_locked.title': 'Данные утверждены и заблокированы',
  'code.data_locked.description':
    'Импорт, пересмотр или откат затрагивает значения территории, года и набора данных, которые были утверждены; утверждённые значения заблокированы. В описании проблемы указаны утверждение, кто и когда его дал. Попросите утверждающего данные отменить утверждение (с комментарием), затем запишите снова. Ничего не записано.',

  'loc.row': 'строка {{row}}',
  'loc.column': 'столбец {{name}}',
  'loc.field': 'поле {{name}}',
  'loc.separator': ', ',
  'loc.around': '({{where}})',
  'list.separator': '; ',
  'field.message': '{{field}}: {{message}}',
  cause: '{{text}}',

  'internal.unexpected': 'Произошла непредвиденная ошибка; она записана в журнал.',
  'route.none': 'Нет маршрута {{method}} {{path}}',

  'body.json_type': 'Отправьте тело запроса в формате JSON (Content-Type: application/json)',
  'body.sent_as': 'Тело отправлено как {{type}}.',
  'body.not_json': 'Тело запроса не является JSON',
  'body.multipart_type': 'Отправьте тело запроса как multipart/form-data',
  'body.multipart_unreadable': 'Не удаётся прочитать тело multipart/form-data',
  'body.multipart_hint': 'отправьте корректно сформированное тело multipart/form-data',
  'body.field_repeated': 'Поле формы {{name}} указано более одного раза',
  'body.too_large': 'Тело запроса превышает предел в {{limit}} байт',
  'body.too_large_hint': 'импортируйте большие файлы через CLI или увеличьте HWMO_MAX_UPLOAD_BYTES',
  'signin.first': 'Сначала войдите',
  'signin.hint': 'войдите или отправьте личный API-токен как "Authorization: Bearer …"',

  'input.invalid.path': 'Недопустимый путь',
  'input.invalid.query': 'Недопустимый запрос',
  'input.invalid.body': 'Недопустимое тело запроса',
  'input.invalid.form': 'Недопустимая форма',
  'input.invalid.other': 'Недопустимые данные ({{what}})',
  'input.nul.path': 'Недопустимый путь: {{field}} содержит символ NUL',
  'input.nul.query': 'Недопустимый запрос: {{field}} содержит символ NUL',
  'input.nul.body': 'Недопустимое тело запроса: {{field}} содержит символ NUL',
  'input.nul.form': 'Недопустимая форма: {{field}} содержит символ NUL',
  'input.nul.other': 'Недопустимые данные ({{what}}): {{field}} содержит символ NUL',
  'input.nul_issue': 'содержит символ NUL (\\u0000)',
  'input.options': 'Недопустимые параметры командной строки',
  'input.config': 'Недопустимая конфигурация',
  'input.lang': 'не является одним из языков {{langs}}',

  'query.repeated_one': 'Параметр запроса {{name}} указан {{count}} раз',
  'query.repeated_few': 'Параметр запроса {{name}} указан {{count}} раза',
  'query.repeated_many': 'Параметр запроса {{name}} указан {{count}} раз',
  'query.repeated_other': 'Параметр запроса {{name}} указан {{count}} раза',
  'query.repeated_hint':
    'укажите его один раз; параметры с несколькими кодами принимают их через запятую (area=GBR,FRA)',
  'query.unknown': 'неизвестный параметр запроса {{name}}',
  'query.unknown_meant': 'неизвестный параметр запроса {{name}}; возможно, имелось в виду "{{hit}}"?',
  'query.accepts': 'Этот маршрут принимает: {{names}}.',
  'query.none': 'Этот маршрут не принимает параметров запроса.',
  'value.unknown': 'неизвестное значение {{value}} (ожидалось одно из {{options}})',
  'value.unknown_meant':
    'неизвестное значение {{value}}; возможно, имелось в виду "{{hit}}"? (ожидалось одно из {{options}})',
  'value.list_item': 'недопустимое значение ({{what}})',
  'value.year_range': 'год (2020) или диапазон (2010-2020)',
  'value.range_backwards': 'диапазон не должен идти в обратном порядке',
  'value.at_most': 'не более {{max}}',

  'readonly.refused': 'Эта обсерватория доступна только для чтения: {{action}} отклонено',
  'readonly.detail': 'HWMO_PUBLIC_READONLY=true: опубликованные данные можно читать, но не изменять.',
  'readonly.hint': 'внесите изменение в установке, где хранятся данные',

  'db.unsafe_identifier': 'Небезопасный идентификатор SQL {{name}}',
  'db.cannot_open': 'Не удаётся открыть базу данных {{where}}',
  'db.hint_postgres': 'проверьте, что сервер PostgreSQL запущен и DATABASE_URL указан верно',
  'db.hint_data_dir':
    'проверьте, что HWMO_DATA_DIR доступен для записи и не используется другим процессом hwmo',
  'db.migration_failed': 'Миграция {{version}} {{name}} не удалась',

  'lock.in_use': 'Каталог данных {{dir}} используется другим процессом hwmo',
  'lock.holder': 'pid {{pid}}, выполняет `{{command}}` с {{since}}',
  'lock.holder_host': 'pid {{pid}} на хосте {{host}}, выполняет `{{command}}` с {{since}}',
  'lock.holder_server': 'pid {{pid}}, обслуживает {{url}}, выполняет `{{command}}` с {{since}}',
  'lock.holder_host_server':
    'pid {{pid}} на хосте {{host}}, обслуживает {{url}}, выполняет `{{command}}` с {{since}}',
  'lock.hint_server':
    'остановите этот сервер (kill {{pid}}); команды, которые читают или записывают данные (import, query, export, batches, indicator, ssl, areas, flows estimate), отправляются ему, как с `--server {{url}}`',
  'lock.hint_starting':
    'этот сервер запускается: повторите, когда он начнёт принимать соединения, или остановите его (kill {{pid}})',
  'lock.hint_wait':
    'дождитесь его завершения или остановите его (kill {{pid}}); при работающем сервере `--server URL` отправляет ему команды',
  'lock.hint_postgres':
    'укажите в DATABASE_URL сервер PostgreSQL, который могут совместно использовать несколько процессов',
  'lock.hint_delete': 'если этого процесса больше нет, удалите {{path}}',
  'lock.or': '; или ',
  'lock.takeover': 'Не удаётся перехватить блокировку каталога данных {{dir}}',
  'lock.takeover_hint': 'удалите {{path}}, если этот каталог не использует ни один процесс hwmo',

  'perm.data.import': 'импортировать данные',
  'perm.data.rollback': 'откатить импорт',
  'perm.reference.edit': 'изменять справочные данные',
  'perm.flows.store': 'сохранить оценку потоков',
  'perm.safeguards.load':
    'загрузить выпуск перечня ВОЗ мер по поддержке и защите кадровых ресурсов здравоохранения',
  'perm.approval.submit': 'представить данные на утверждение',
  'perm.approval.decide': 'утверждать, возвращать или отменять утверждение данных',
  'perm.recruitment.configure':
    'настраивать статус найма для страны назначения (её кодекс, выпуски перечня и исключения)',
  'perm.agreements.manage': 'вести реестр соглашений',
  'perm.wisn.manage': 'вести исследования потребности в персонале WISN',
  'perm.planning.save': 'сохранять сценарии планирования кадров и запускать прогнозы',
  'perm.audit.read': 'читать журнал аудита',
  'perm.reporting.manage':
    'управлять раундами отчетности по Кодексу, национальными органами, вопросниками и докладом о ходе работы',
  'perm.reporting.review': 'рассматривать, возвращать, принимать и публиковать отчеты по Кодексу',
  'perm.reporting.report': 'заполнять и представлять национальный отчет по территории',
  'perm.reporting.stakeholder': 'заполнять и представлять отчеты заинтересованных сторон',
  'perm.recruiters.review': 'рассматривать реестр вербовщиков: заявки, жалобы, санкции и апелляции',
  'perm.users.manage': 'управлять пользователями',
  'perm.account.self': 'управлять своей учётной записью',
  'perm.sign_in': 'Войдите, чтобы {{what}}',
  'perm.sign_in_area': 'Войдите, чтобы {{what}} для {{area}}',
  'perm.needs': 'Для этого нужно разрешение {{permission}}.',
  'perm.forbidden': 'Не разрешено {{what}}',
  'perm.forbidden_area': 'Не разрешено {{what}} для {{area}}',
  'perm.token_lacks': 'Использованный API-токен не содержит разрешения {{permission}}.',
  'perm.not_held': 'Для этого нужно разрешение {{permission}}, которого нет у {{who}}.',
  'perm.not_held_area': 'Для этого нужно разрешение {{permission}} для {{area}}, которого нет у {{who}}.',
  'perm.this_actor': 'этого субъекта',
  'perm.token_hint': 'создайте токен с этим разрешением',
  'perm.role_hint': 'попросите у администратора роль, которая это разрешает',

  'host.unknown': 'Этот сервер не отвечает на хост {{host}}',
  'host.hint':
    'используйте адрес, по которому обслуживается hwmo, или добавьте этот хост в HWMO_ALLOWED_HOSTS',
  'cross.origin':
    '{{method}} с origin {{origin}} отклонён: изменения могут отправлять только страницы самого hwmo',
  'cross.site': 'Межсайтовый {{method}} отклонён: изменения могут отправлять только страницы самого hwmo',
  'cross.hint':
    'откройте hwmo по его собственному адресу и внесите изменение там или отправьте его из программы, не являющейся браузером',
  'media.declared': '{{method}} {{path}} принимает тело {{declared}}, а не {{sent}}',
  'media.declared_untyped': '{{method}} {{path}} принимает тело {{declared}}, а не тело без Content-Type',
  'media.none': '{{method}} {{path}} не принимает тела; отправлено {{sent}}',
  'media.none_untyped': '{{method}} {{path}} не принимает тела; тело было отправлено',
  'media.hint_declared': 'отправьте тело как {{declared}}',
  'media.hint_none': 'отправьте запрос без тела',

  'problem.none': 'Нет типа проблемы {{code}}',
  'problem.hint': 'типы проблем: {{codes}} (GET /problems)',
  'problem.types': 'Типы проблем',
  'problem.type': 'Тип',
  'problem.code': 'Код',
  'problem.status': 'Статус HTTP',
  'problem.exit': 'Код завершения CLI',
  'problem.about':
    'Ошибки возвращаются как RFC 9457 application/problem+json: detail говорит, что было не так, errors перечисляет каждое затронутое поле, строку или столбец, а hint — что делать дальше.',
  'problem.status_line': 'Статус HTTP {{status}}, код завершения CLI {{exit}}',

  'cli.error': 'ошибка',
  'cli.detail': 'подробности',
  'cli.hint': 'подсказка',
  'cli.more_one': '… и ещё {{count}}',
  'cli.more_few': '… и ещё {{count}}',
  'cli.more_many': '… и ещё {{count}}',
  'cli.more_other': '… и ещё {{count}}',
  'cli.server_url': '--server {{url}} не является URL http://',
  'cli.lang': '--lang {{value}} не является одним из языков {{langs}}',
  'cli.needs_db': 'Эту команду нельзя отправить серверу: ей нужна сама база данных',
  'cli.needs_db_hint':
    'запустите её без --server там, где находится база данных (сначала остановите сервер, если он владеет HWMO_DATA_DIR)',
  'cli.delegating': 'hwmo: сервер {{url}} (pid {{pid}}) владеет {{dir}}; {{what}} отправляется ему',
  'cli.unreachable': 'Не удаётся связаться с сервером hwmo {{url}}',
  'cli.unreachable_hint':
    'проверьте, что там запущен `hwmo serve`, или уберите --server, чтобы использовать локальную базу данных',
  'cli.server_status': '{{status}} {{statusText}} от {{url}}',
  'cli.server_empty': 'Пустой ответ от {{url}}',
  'cli.xlsx_terminal': 'книга XLSX не предназначена для терминала',
  'cli.xlsx_hint': 'перенаправьте её в файл: hwmo template --xlsx > hwmo-template.xlsx',

  'cli.migrated': 'Применено: {{versions}}; версия схемы {{version}}',
  'cli.schema_current': 'Схема актуальна (версия {{version}})',
  'server.port_in_use': 'Порт {{port}} на {{host}} уже используется',
  'server.port_hint': 'остановите использующую его программу или выберите другой через PORT=…',
} satisfies Catalogue<typeof en, 'ru'>;

const zh = {
  'code.invalid_input.title': '输入无效',
  'code.invalid_input.description':
    '某个参数、选项、表单字段或请求体的值缺失、格式错误，或指向 hwmo 不认识的代码（指标、职业、来源或查询参数）。问题说明会列出每个出错字段及其错误，对于拼错的代码，还会给出最可能的正确代码。请更正所列字段后重新发送请求。',
  'code.invalid_file.title': '文件被拒绝',
  'code.invalid_file.description':
    '导入的文件无法按任何支持的格式读取，或某个单元格无法使用；问题说明会指出文件、行和列。文件中的内容均未写入。请更正文件（或选择 --format / --sheet）后重新导入。',
  'code.unknown_area.title': '未知地区',
  'code.unknown_area.description':
    '文件、筛选条件或选项指向了参考表中没有的地区（国家、区域、收入组、次国家级单位）。问题说明会给出最可能的地区。请使用 ISO 3166 alpha-3 代码或列表中的名称（`hwmo areas`，GET /api/areas），用 `hwmo areas add` 添加次国家级单位，或使用 --skip-unknown-areas 导入。',
  'code.not_found.title': '未找到',
  'code.not_found.description':
    '所请求的批次、版本、文件、路由或国家不存在。请列出现有内容（`hwmo batches`，GET /api/batches，GET /api/safeguards，/api/openapi.json）后再次请求。',
  'code.conflict.title': '冲突',
  'code.conflict.description':
    '请求与数据的状态相矛盾：例如某个批次已被回滚，或其数值已被后来的批次修订（请先回滚后者）。未作任何更改。',
  'code.unavailable.title': '服务不可用',
  'code.unavailable.description':
    '无法连接数据库，或数据库被另一个进程占用。请启动或指定数据库（DATABASE_URL），或停止占用数据目录的进程，然后重试。',
  'code.locked.title': '数据目录正在使用',
  'code.locked.description':
    '嵌入式数据库目录（HWMO_DATA_DIR）属于另一个正在运行的 hwmo 进程，问题说明中给出其 pid、地址和启动时间。读取或写入数据的命令会自动发送给正在运行的服务器；本命令无法发送。请停止该进程，用 --server URL 将命令发送给它，或通过 DATABASE_URL 使用 PostgreSQL 服务器。',
  'code.internal.title': '内部错误',
  'code.internal.description':
    'hwmo 发生了未预料的故障。错误及其详情已记录在服务器日志中。没有写入一半的数据：写入均在事务中进行。请连同引发错误的请求一起报告。',
  'code.unauthenticated.title': '需要登录',
  'code.unauthenticated.description':
    '该请求会更改数据或读取非公开内容，但并非来自已登录的用户。请登录（网页应用），或以 `Authorization: Bearer …` 发送个人 API 令牌（`hwmo --server URL` 配合 HWMO_TOKEN）。',
  'code.forbidden.title': '不允许',
  'code.forbidden.description':
    '已登录的用户（或 API 令牌）没有该请求在所涉地区所需的权限：一个国家的数据管理员不能更改另一个国家的数据。问题说明会指出权限和地区。请向管理员申请该角色，或使用带有该权限的令牌。',
  'code.read_only.title': '只读观测站',
  'code.read_only.description':
    '本安装只提供已发布的数据（HWMO_PUBLIC_READONLY=true）：无论通过 API 还是 CLI，对数据、参考表或账户的任何更改都会被拒绝。请在保存数据的安装上进行更改。',
  'code.rate_limited.title': '尝试次数过多',
  'code.rate_limited.description':
    '过去 15 分钟内，此账户或此地址的登录失败次数过多：在 Retry-After 所示时间过去之前，后续尝试即使密码正确也会被拒绝。请等待，或通过电子邮件发送的链接重置密码。',
  'code.cross_site.title': '跨站请求被拒绝',
  'code.cross_site.description':
    '一项更改（POST、PUT、PATCH 或 DELETE）由另一网站的页面或本地文件（origin "null"）发送，见其 Origin 或 Sec-Fetch-Site 请求头。hwmo 只接受来自其自身页面（HWMO_PUBLIC_URL、HWMO_ALLOWED_HOSTS 的源和回环地址）以及非浏览器程序的更改。请在 hwmo 自身的地址打开它并在那里进行更改。',
  'code.unsupported_media_type.title': '不支持的请求体类型',
  'code.unsupported_media_type.description':
    '请求体的 Content-Type 不被该路由接受：JSON 请求体的路由只接受 application/json，导入路由只接受 multipart/form-data，无请求体的路由不接受任何请求体（不接受表单，也不接受 text/plain）。问题说明会指出发送的类型和接受的类型。',
  'code.misdirected.title': '未知主机',
  'code.misdirected.description':
    '请求的 Host 请求头指向本服务器不响应的地址（防范 DNS 重绑定）。本服务器响应其服务端口上的 localhost、127.0.0.1 和 [::1]，HWMO_PUBLIC_URL 的主机以及 HWMO_ALLOWED_HOSTS 中列出的主机。请使用其中一个地址，或将该主机加入 HWMO_ALLOWED_HOSTS。',
  'code.invalid_state_transition.title': '在此审批状态下不允许',
  'code.invalid_state_transition.description':
    '对审批单元（地区、年份和数据集）请求的操作在其当前状态下不允许：例如批准未提交的数据，或提交已批准的数据。问题说明会指出状态及其允许的操作。未作任何更改。',
  'code.data_locked.title': '数据已批准并锁定',
  'code.data_locked.description':
    '某次导入、修订或回滚涉及已批准的地区、年份和数据集的数值；已批准的数值被锁定。问题说明会指出该批准、批准人和时间。请数据审批人撤销批准（附说明），然后再写入。未写入任何内容。',

  'loc.row': '第 {{row}} 行',
  'loc.column': '列 {{name}}',
  'loc.field': '字段 {{name}}',
  'loc.separator': '，',
  'loc.around': '（{{where}}）',
  'list.separator': '；',
  'field.message': '{{field}}：{{message}}',
  cause: '{{text}}',

  'internal.unexpected': '发生意外错误；已记录在日志中。',
  'route.none': '没有路由 {{method}} {{path}}',

  'body.json_type': '请以 JSON 发送请求体（Content-Type: application/json）',
  'body.sent_as': '请求体以 {{type}} 发送。',
  'body.not_json': '请求体不是 JSON',
  'body.multipart_type': '请以 multipart/form-data 发送请求体',
  'body.multipart_unreadable': '无法读取 multipart/form-data 请求体',
  'body.multipart_hint': '请发送格式正确的 multipart/form-data 请求体',
  'body.field_repeated': '表单字段 {{name}} 出现了不止一次',
  'body.too_large': '请求体超过 {{limit}} 字节的限制',
  'body.too_large_hint': '请用 CLI 导入大文件，或提高 HWMO_MAX_UPLOAD_BYTES',
  'signin.first': '请先登录',
  'signin.hint': '请登录，或以 "Authorization: Bearer …" 发送个人 API 令牌',

  'input.invalid.path': '路径无效',
  'input.invalid.query': '查询无效',
  'input.invalid.body': '请求体无效',
  'input.invalid.form': '表单无效',
  'input.invalid.other': '输入无效（{{what}}）',
  'input.nul.path': '路径无效：{{field}} 含有 NUL 字符',
  'input.nul.query': '查询无效：{{field}} 含有 NUL 字符',
  'input.nul.body': '请求体无效：{{field}} 含有 NUL 字符',
  'input.nul.form': '表单无效：{{field}} 含有 NUL 字符',
  'input.nul.other': '输入无效（{{what}}）：{{field}} 含有 NUL 字符',
  'input.nul_issue': '含有 NUL 字符（\\u0000）',
  'input.options': '命令行选项无效',
  'input.config': '配置无效',
  'input.lang': '不是以下语言之一：{{langs}}',

  'query.repeated_other': '查询参数 {{name}} 出现了 {{count}} 次',
  'query.repeated_hint': '只给出一次；可取多个代码的参数以逗号分隔（area=GBR,FRA）',
  'query.unknown': '未知查询参数 {{name}}',
  'query.unknown_meant': '未知查询参数 {{name}}；您是否指 "{{hit}}"？',
  'query.accepts': '此路由接受：{{names}}。',
  'query.none': '此路由不接受查询参数。',
  'value.unknown': '未知值 {{value}}（应为以下之一：{{options}}）',
  'value.unknown_meant': '未知值 {{value}}；您是否指 "{{hit}}"？（应为以下之一：{{options}}）',
  'value.list_item': '不是有效的{{what}}',
  'value.year_range': '年份（2020）或范围（2010-2020）',
  'value.range_backwards': '范围不得倒序',
  'value.at_most': '最多 {{max}}',

  'readonly.refused': '本观测站为只读：{{action}} 被拒绝',
  'readonly.detail': 'HWMO_PUBLIC_READONLY=true：已发布的数据可以读取，不能更改。',
  'readonly.hint': '请在保存数据的安装上进行更改',

  'db.unsafe_identifier': '不安全的 SQL 标识符 {{name}}',
  'db.cannot_open': '无法打开位于 {{where}} 的数据库',
  'db.hint_postgres': '请检查 PostgreSQL 服务器是否在运行以及 DATABASE_URL 是否正确',
  'db.hint_data_dir': '请检查 HWMO_DATA_DIR 是否可写且未被另一个 hwmo 进程使用',
  'db.migration_failed': '迁移 {{version}} {{name}} 失败',

  'lock.in_use': '数据目录 {{dir}} 正被另一个 hwmo 进程使用',
  'lock.holder': 'pid {{pid}}，自 {{since}} 起运行 `{{command}}`',
  'lock.holder_host': 'pid {{pid}}，位于主机 {{host}}，自 {{since}} 起运行 `{{command}}`',
  'lock.holder_server': 'pid {{pid}}，服务于 {{url}}，自 {{since}} 起运行 `{{command}}`',
  'lock.holder_host_server':
    'pid {{pid}}，位于主机 {{host}}，服务于 {{url}}，自 {{since}} 起运行 `{{command}}`',
  'lock.hint_server':
    '停止该服务器（kill {{pid}}）；读取或写入数据的命令（import、query、export、batches、indicator、ssl、areas、flows estimate）会发送给它，如同使用 `--server {{url}}`',
  'lock.hint_starting': '该服务器正在启动：待其开始监听后重试，或停止它（kill {{pid}}）',
  'lock.hint_wait': '等待其结束或停止它（kill {{pid}}）；有服务器运行时，`--server URL` 会把命令发送给它',
  'lock.hint_postgres': '将 DATABASE_URL 设为 PostgreSQL 服务器，多个进程可以共用',
  'lock.hint_delete': '如果该进程已不存在，请删除 {{path}}',
  'lock.or': '；或',
  'lock.takeover': '无法接管数据目录 {{dir}} 的锁',
  'lock.takeover_hint': '如果没有 hwmo 进程使用此目录，请删除 {{path}}',

  'perm.data.import': '导入数据',
  'perm.data.rollback': '回滚导入',
  'perm.reference.edit': '编辑参考数据',
  'perm.flows.store': '保存流动估算运行',
  'perm.safeguards.load': '加载世卫组织卫生人力支持和保障清单的版本',
  'perm.approval.submit': '提交数据以供审批',
  'perm.approval.decide': '批准、退回或撤销批准数据',
  'perm.recruitment.configure': '配置目的地国家的招聘状态（其守则、清单版本和例外）',
  'perm.agreements.manage': '管理协议登记册',
  'perm.wisn.manage': '管理 WISN 人员需求研究',
  'perm.planning.save': '保存卫生人力规划情景并启动预测运行',
  'perm.audit.read': '阅读审计记录',
  'perm.reporting.manage': '管理《守则》报告周期、国家主管机构、问卷和进展报告',
  'perm.reporting.review': '审查、退回、接受和发布《守则》报告',
  'perm.reporting.report': '填写并提交本地区的国家报告',
  'perm.reporting.stakeholder': '填写并提交利益攸关方报告',
  'perm.recruiters.review': '审核招聘机构名册：申请、投诉、制裁和申诉',
  'perm.users.manage': '管理用户',
  'perm.account.self': '管理自己的账户',
  'perm.sign_in': '请登录后再{{what}}',
  'perm.sign_in_area': '请登录后再为 {{area}} {{what}}',
  'perm.needs': '此操作需要权限 {{permission}}。',
  'perm.forbidden': '不允许{{what}}',
  'perm.forbidden_area': '不允许为 {{area}} {{what}}',
  'perm.token_lacks': '所用 API 令牌不带有权限 {{permission}}。',
  'perm.not_held': '此操作需要权限 {{permission}}，而 {{who}} 没有该权限。',
  'perm.not_held_area': '此操作需要 {{area}} 的权限 {{permission}}，而 {{who}} 没有该权限。',
  'perm.this_actor': '此操作者',
  'perm.token_hint': '请创建带有此权限的令牌',
  'perm.role_hint': '请向管理员申请允许此操作的角色',

  'host.unknown': '本服务器不响应主机 {{host}}',
  'host.hint': '请使用 hwmo 的服务地址，或将此主机加入 HWMO_ALLOWED_HOSTS',
  'cross.origin': '来自源 {{origin}} 的 {{method}} 被拒绝：只有 hwmo 自身的页面可以发送更改',
  'cross.site': '跨站 {{method}} 被拒绝：只有 hwmo 自身的页面可以发送更改',
  'cross.hint': '请在 hwmo 自身的地址打开它并在那里进行更改，或从非浏览器的程序发送',
  'media.declared': '{{method}} {{path}} 接受 {{declared}} 请求体，而不是 {{sent}}',
  'media.declared_untyped': '{{method}} {{path}} 接受 {{declared}} 请求体，而不是没有 Content-Type 的请求体',
  'media.none': '{{method}} {{path}} 不接受请求体；但发送了 {{sent}}',
  'media.none_untyped': '{{method}} {{path}} 不接受请求体；但发送了请求体',
  'media.hint_declared': '请以 {{declared}} 发送请求体',
  'media.hint_none': '请发送不带请求体的请求',

  'problem.none': '没有问题类型 {{code}}',
  'problem.hint': '问题类型：{{codes}}（GET /problems）',
  'problem.types': '问题类型',
  'problem.type': '类型',
  'problem.code': '代码',
  'problem.status': 'HTTP 状态',
  'problem.exit': 'CLI 退出码',
  'problem.about':
    '错误以 RFC 9457 application/problem+json 答复：detail 说明出了什么问题，errors 列出所涉及的每个字段、行或列，hint 给出解决办法。',
  'problem.status_line': 'HTTP 状态 {{status}}，CLI 退出码 {{exit}}',

  'cli.error': '错误',
  'cli.detail': '详情',
  'cli.hint': '提示',
  'cli.more_other': '……另有 {{count}} 项',
  'cli.server_url': '--server {{url}} 不是 http:// URL',
  'cli.lang': '--lang {{value}} 不是以下语言之一：{{langs}}',
  'cli.needs_db': '此命令不能发送给服务器：它需要数据库本身',
  'cli.needs_db_hint': '请在数据库所在处不带 --server 运行（如服务器占有 HWMO_DATA_DIR，请先停止服务器）',
  'cli.delegating': 'hwmo：位于 {{url}} 的服务器（pid {{pid}}）占有 {{dir}}；正将{{what}}发送给它',
  'cli.unreachable': '无法连接位于 {{url}} 的 hwmo 服务器',
  'cli.unreachable_hint': '请检查 `hwmo serve` 是否在那里运行，或去掉 --server 以使用本地数据库',
  'cli.server_status': '来自 {{url}} 的 {{status}} {{statusText}}',
  'cli.server_empty': '来自 {{url}} 的空响应',
  'cli.xlsx_terminal': 'XLSX 工作簿不适合输出到终端',
  'cli.xlsx_hint': '请重定向到文件：hwmo template --xlsx > hwmo-template.xlsx',

  'cli.migrated': '已应用 {{versions}}；架构版本 {{version}}',
  'cli.schema_current': '架构已是最新（版本 {{version}}）',
  'server.port_in_use': '{{host}} 上的端口 {{port}} 已被占用',
  'server.port_hint': '请停止占用它的程序，或用 PORT=… 选择另一个端口',
} satisfies Catalogue<typeof en, 'zh'>;

export const platformText = defineMessages('platform', { en, fr, es, ar, ru, zh });
