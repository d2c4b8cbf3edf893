/**
 * The API description's texts (route summaries, parameter and field descriptions, error titles) in this language,
 * keyed by their English. A test lists every English text of the document that lacks a translation here.
 */
export const fr: Readonly<Record<string, string>> = {
  'A bilateral flow table matching net migration totals (migest net_matrix_ipf)':
    'Une table de flux bilatéraux cohérente avec les totaux de migration nette (migest net_matrix_ipf)',
  'A column mapping as JSON text (see `hwmo import --suggest-mapping`).':
    'Une correspondance de colonnes en texte JSON (voir `hwmo import --suggest-mapping`).',
  "A country's key indicators, time series, foreign-trained workforce, emigrants and SSL status":
    'Les indicateurs clés d’un pays, ses séries temporelles, ses effectifs formés à l’étranger, ses émigrants et son statut sur la liste OMS d’appui et de sauvegarde',
  'A data year, or "latest" (the default): the latest year available, see upTo and window.':
    'Une année de données, ou "latest" (par défaut) : la dernière année disponible, voir upTo et window.',
  'A dataset (source code); omitted: all datasets of the area and year':
    'Un jeu de données (code de source) ; omis : tous les jeux de données de la zone et de l’année',
  'A measure code.': 'Un code de mesure.',
  'A new setup link while no administrator exists (the operator: `hwmo users setup-link`)':
    'Un nouveau lien de configuration tant qu’aucun administrateur n’existe (l’opérateur : `hwmo users setup-link`)',
  'A remark on a value: why it is missing or what to keep in mind.':
    'Une remarque sur une valeur : pourquoi elle manque ou ce qu’il faut garder à l’esprit.',
  'A year or an inclusive range such as 2010-2020.': 'Une année ou une plage inclusive telle que 2010-2020.',
  'A year or an inclusive range; each year is compared on its own':
    'Une année ou une plage inclusive ; chaque année est comparée séparément',
  'Add or rename subnational units (provinces, districts) under a country':
    'Ajouter ou renommer des unités infranationales (provinces, districts) d’un pays',
  'All observations matching the filters as CSV (hwmo template) or SDMX-CSV':
    'Toutes les observations correspondant aux filtres, en CSV (modèle hwmo) ou SDMX-CSV',
  'An indicator for one or many areas, each value with its year, sources and inputs':
    'Un indicateur pour une ou plusieurs zones, chaque valeur avec son année, ses sources et ses données d’entrée',
  'An occupation slug.': 'Un identifiant de profession.',
  'An upload and what reads one of its sheets': 'Un fichier téléversé et ce qui lit l’une de ses feuilles',
  "Approval status of a country's data per year and dataset":
    'État d’approbation des données d’un pays par année et jeu de données',
  'Approval status of the data per country, year and dataset':
    'État d’approbation des données par pays, année et jeu de données',
  'Approve submitted data: it is locked against imports, revisions and rollbacks':
    'Approuver des données soumises : elles sont verrouillées contre les imports, révisions et annulations',
  'Area ISO3 code.': 'Code ISO3 de la zone.',
  'Area code(s) (ISO3 or hwmo code), comma-separated.':
    'Code(s) de zone (ISO3 ou code hwmo), séparés par des virgules.',
  'Area whose two factors are fixed at 1; default the area in most pairs':
    'Zone dont les deux facteurs sont fixés à 1 ; par défaut la zone présente dans le plus de paires',
  'Areas of the system; default every area reporting the measure in either year':
    'Zones du système ; par défaut toute zone déclarant la mesure l’une ou l’autre année',
  'Areas, comma-separated: ISO3 countries, subnational codes, or aggregates (WHO regions AFR…WPR, income groups HIC/UMC/LMC/LIC, WLD). Omitted: every country.':
    'Zones, séparées par des virgules : pays ISO3, codes infranationaux ou agrégats (régions de l’OMS AFR…WPR, groupes de revenu HIC/UMC/LMC/LIC, WLD). Omis : tous les pays.',
  'Areas: countries, regions, income groups, aggregates, subnational units':
    'Zones : pays, régions, groupes de revenu, agrégats, unités infranationales',
  'At least 12 characters, not the e-mail address.': 'Au moins 12 caractères, et pas l’adresse électronique.',
  'Basis of the origins, from the input measure; the stored flows carry it':
    'Base des origines, tirée de la mesure d’entrée ; les flux enregistrés la portent',
  'Batch id': 'Identifiant du lot',
  'Bilateral stock measure read as [partner][area]': 'Mesure de stock bilatéral lue comme [partenaire][zone]',
  'Births by region of residence, in the order of areas':
    'Naissances par région de résidence, dans l’ordre des zones',
  'CSV file': 'Fichier CSV',
  'CSV file, cells safe to open in a spreadsheet': 'Fichier CSV, aux cellules sûres à ouvrir dans un tableur',
  'CSV template': 'Modèle CSV',
  'Change one’s own password; the other sessions end':
    'Changer son propre mot de passe ; les autres sessions prennent fin',
  'Check everything and report, storing nothing.': 'Tout vérifier et rendre compte, sans rien enregistrer.',
  'Choices that took the edition default.': 'Choix qui ont pris la valeur par défaut de l’édition.',
  'Choose a new password with a reset link; ends every session of the account, and signs in':
    'Choisir un nouveau mot de passe avec un lien de réinitialisation ; met fin à toutes les sessions du compte, et connecte',
  'Code of the unit, e.g. ISO 3166-2 KE-30.': 'Code de l’unité, par ex. ISO 3166-2 KE-30.',
  'Column labels; default 1, 2, …': 'Libellés des colonnes ; par défaut 1, 2, …',
  'Countries the recomputation puts on the list.': 'Pays que le recalcul place sur la liste.',
  'Country ISO3 code': 'Code ISO3 du pays',
  'Create a personal API token (shown once)': 'Créer un jeton d’API personnel (affiché une seule fois)',
  'Create the account of an invitation, and sign in': 'Créer le compte d’une invitation, et se connecter',
  'Create the first administrator with the setup link, and sign in':
    'Créer le premier administrateur avec le lien de configuration, et se connecter',
  'Current values of the unit': 'Valeurs actuelles de l’unité',
  'Current values of the unit stored after its last submission or approval; null if never submitted':
    'Valeurs actuelles de l’unité enregistrées après sa dernière soumission ou approbation ; null si jamais soumise',
  'Current values stored for this measure.': 'Valeurs actuelles enregistrées pour cette mesure.',
  'Data year of the value (the latest of its inputs).':
    'Année de données de la valeur (la plus récente de ses données d’entrée).',
  'Data years, newest first, in which at least one country has a value.':
    'Années de données, de la plus récente à la plus ancienne, où au moins un pays a une valeur.',
  'Dataset code the values are stored under (default USER).':
    'Code du jeu de données sous lequel les valeurs sont enregistrées (par défaut USER).',
  'Dataset code(s), e.g. WHO.GHO.': 'Code(s) de jeu de données, par ex. WHO.GHO.',
  'Datasets loaded, with publisher and licence': 'Jeux de données chargés, avec éditeur et licence',
  'Datasets to prefer, in order, when several give a value for the same year, e.g. OECD.HEALTH_WFMI,WHO.GHO.':
    'Jeux de données à privilégier, dans l’ordre, quand plusieurs donnent une valeur pour la même année, par ex. OECD.HEALTH_WFMI,WHO.GHO.',
  'Deaths by region of residence, in the order of areas':
    'Décès par région de résidence, dans l’ordre des zones',
  'Delete an upload': 'Supprimer un fichier téléversé',
  'Density as WHO published it (published-first, the default) or from headcount / population.':
    'Densité telle que publiée par l’OMS (published-first, par défaut) ou calculée à partir des effectifs et de la population.',
  'Density from headcount / population, or as published: computed-first (default) uses the published density only where no headcount and population pair exists.':
    'Densité calculée à partir des effectifs et de la population, ou telle que publiée : computed-first (par défaut) n’utilise la densité publiée que là où aucune paire effectifs-population n’existe.',
  'Density year, or "latest".': 'Année de la densité, ou "latest".',
  'E-mail address; compared without regard to case.':
    'Adresse électronique ; comparée sans tenir compte de la casse.',
  'Editions of the WHO Health Workforce Support and Safeguards List and their rules':
    'Éditions de la liste OMS d’appui et de sauvegarde pour les personnels de santé et leurs règles',
  'End every session of a user': 'Mettre fin à toutes les sessions d’un utilisateur',
  'End one’s other sessions': 'Mettre fin à ses autres sessions',
  'Estimate and report what would be stored; store nothing':
    'Estimer et indiquer ce qui serait enregistré ; ne rien enregistrer',
  'Estimate bilateral flows from two years of stored stocks and store them (unless dryRun)':
    'Estimer les flux bilatéraux à partir de deux années de stocks enregistrés et les enregistrer (sauf dryRun)',
  'Estimation runs, newest first, with method, parameters and input batches':
    'Estimations réalisées, de la plus récente à la plus ancienne, avec méthode, paramètres et lots d’entrée',
  'Every Member State assessed; differences explained.':
    'Chaque État Membre évalué ; les différences expliquées.',
  'Every column whose header is a year is a value column of that year.':
    'Chaque colonne dont l’en-tête est une année est une colonne de valeurs de cette année.',
  'Every problem type': 'Tous les types de problème',
  'Fit a seed table to row and/or column totals (IPF, or conditional maximisation)':
    'Ajuster une table initiale aux totaux de lignes et/ou de colonnes (IPF, ou maximisation conditionnelle)',
  'Flows by stock differencing (migest ffs_diff)': 'Flux par différence de stocks (migest ffs_diff)',
  'Flows from rates implied by stock tables (Dennett; Rogers–von Rabenau)':
    'Flux à partir des taux implicites de tables de stocks (Dennett ; Rogers–von Rabenau)',
  'Flows from two stock tables with demographic accounting (migest ffs_demo)':
    'Flux à partir de deux tables de stocks avec comptabilité démographique (migest ffs_demo)',
  'Flows of the previous estimate for an area pair no longer estimated':
    'Flux de l’estimation précédente pour une paire de zones qui n’est plus estimée',
  'Foreign stock from partners outside the areas estimated':
    'Stock étranger venant de partenaires hors des zones estimées',
  'Foreign stock subtracted from the total for the diagonal':
    'Stock étranger soustrait du total pour la diagonale',
  'Global flow total (Dennett)': 'Total mondial des flux (Dennett)',
  'How many were revoked.': 'Combien ont été révoqués.',
  'How sure the suggestion was (0-1); informational, ignored on import.':
    'Degré de certitude de la suggestion (0-1) ; informatif, ignoré à l’import.',
  'How the birthplace totals of the two tables are made equal':
    'Comment les totaux par lieu de naissance des deux tables sont rendus égaux',
  'IPF tolerance (largest cell change)': 'Tolérance de l’IPF (plus grande variation d’une cellule)',
  'ISO 8601 time.': 'Heure ISO 8601.',
  'ISO 8601, UTC': 'ISO 8601, UTC',
  'ISO3 of the area, for an area-bound role only.':
    'ISO3 de la zone, pour un rôle lié à une zone uniquement.',
  'Import an upload as one batch, read as its preview was; the upload is then deleted':
    'Importer un fichier téléversé en un lot, lu comme l’a été son aperçu ; le fichier est ensuite supprimé',
  'Import batch the value came from.': 'Lot d’import dont provient la valeur.',
  'Import batches, newest first': 'Lots d’import, du plus récent au plus ancien',
  'Import one or more files (multipart field "file"); same report as `hwmo import --json`':
    'Importer un ou plusieurs fichiers (champ multipart "file") ; même rapport que `hwmo import --json`',
  'Include superseded values (revisions) as well as current ones.':
    'Inclure les valeurs remplacées (révisions) en plus des valeurs actuelles.',
  'Indicator slug.': 'Identifiant de l’indicateur.',
  'Input stock measure': 'Mesure de stock en entrée',
  'Invitations sent, pending or not': 'Invitations envoyées, en attente ou non',
  'Invite someone by e-mail, with one role; answers the link, also sent (or put in the outbox)':
    'Inviter quelqu’un par courriel, avec un rôle ; répond le lien, également envoyé (ou placé dans la boîte d’envoi)',
  'Key indicators at their latest values.': 'Indicateurs clés à leurs dernières valeurs.',
  'Labels of the rows and columns of every table, in order':
    'Libellés des lignes et des colonnes de chaque table, dans l’ordre',
  'Lacks a sign-in for the area, or the installation is read-only':
    'Pas de connexion pour la zone, ou l’installation est en lecture seule',
  'Lacks the permission account.self for the area, or the installation is read-only':
    'N’a pas la permission account.self pour la zone, ou l’installation est en lecture seule',
  'Lacks the permission approval.decide for the area, or the installation is read-only':
    'N’a pas la permission approval.decide pour la zone, ou l’installation est en lecture seule',
  'Lacks the permission approval.submit for the area, or the installation is read-only':
    'N’a pas la permission approval.submit pour la zone, ou l’installation est en lecture seule',
  'Lacks the permission audit.read for the area, or the installation is read-only':
    'N’a pas la permission audit.read pour la zone, ou l’installation est en lecture seule',
  'Lacks the permission data.import for the area, or the installation is read-only':
    'N’a pas la permission data.import pour la zone, ou l’installation est en lecture seule',
  'Lacks the permission data.rollback for the area, or the installation is read-only':
    'N’a pas la permission data.rollback pour la zone, ou l’installation est en lecture seule',
  'Lacks the permission flows.store for the area, or the installation is read-only':
    'N’a pas la permission flows.store pour la zone, ou l’installation est en lecture seule',
  'Lacks the permission reference.edit for the area, or the installation is read-only':
    'N’a pas la permission reference.edit pour la zone, ou l’installation est en lecture seule',
  'Lacks the permission users.manage for the area, or the installation is read-only':
    'N’a pas la permission users.manage pour la zone, ou l’installation est en lecture seule',
  'Leave out or null for a token that does not expire.': 'Omettre ou null pour un jeton qui n’expire pas.',
  'List edition, e.g. 2023': 'Édition de la liste, par ex. 2023',
  'Liveness and database status': 'Disponibilité et état de la base de données',
  'Measure code(s), comma-separated.': 'Code(s) de mesure, séparés par des virgules.',
  'Measures with unit and aggregation rule': 'Mesures avec unité et règle d’agrégation',
  'Median density of doctors, nurses and midwives over WHO Member States with a value: the basis of the threshold.':
    'Densité médiane de médecins, de personnel infirmier et de sages-femmes dans les États Membres de l’OMS ayant une valeur : la base du seuil.',
  'Messages not sent by SMTP (none configured): invitations and password-reset links to pass on':
    'Messages non envoyés par SMTP (aucun configuré) : invitations et liens de réinitialisation de mot de passe à transmettre',
  'Mirror statistics: outflows reported by origins against inflows reported by destinations':
    'Statistiques miroir : sorties déclarées par les pays d’origine face aux entrées déclarées par les pays de destination',
  'Name of the person who sent the invitation.': 'Nom de la personne qui a envoyé l’invitation.',
  'Name of the unit.': 'Nom de l’unité.',
  'Name shown to others.': 'Nom montré aux autres.',
  'Needed by Rogers–von Rabenau': 'Requis par Rogers–von Rabenau',
  'Needs data.import for every area the files hold rows for; a file with rows of another area is refused whole.':
    'Nécessite data.import pour chaque zone dont les fichiers contiennent des lignes ; un fichier contenant des lignes d’une autre zone est refusé en entier.',
  'Needs data.rollback for every area the batch holds values for.':
    'Nécessite data.rollback pour chaque zone dont le lot contient des valeurs.',
  'Needs reference.edit for the country of every unit (and of the one it leaves, when it moves).':
    'Nécessite reference.edit pour le pays de chaque unité (et pour celui qu’elle quitte, quand elle change de pays).',
  'Net migration (in − out) of each area, summing to zero':
    'Migration nette (entrées − sorties) de chaque zone, de somme nulle',
  'New values.': 'Nouvelles valeurs.',
  'Not signed in (problem unauthenticated)': 'Non connecté (problème unauthenticated)',
  'Observations with their source file and row': 'Observations avec leur fichier et leur ligne source',
  'Occupation slug of the estimated flows': 'Identifiant de la profession des flux estimés',
  'Occupation slug(s), e.g. medical-doctors.': 'Identifiant(s) de profession, par ex. medical-doctors.',
  'Occupation slug, e.g. medical-doctors': 'Identifiant de profession, par ex. medical-doctors',
  'Occupation slug; density adds several (medical-doctors,nursing-and-midwifery, the default for density and sdg-gap). Others default to medical-doctors.':
    'Identifiant de profession ; la densité en additionne plusieurs (medical-doctors,nursing-and-midwifery, la valeur par défaut pour density et sdg-gap). Les autres ont medical-doctors par défaut.',
  'Occupations (ISCO-08 based slugs)': 'Professions (identifiants fondés sur la CITP-08)',
  'On the list WHO published; null when that edition is not loaded.':
    'Sur la liste publiée par l’OMS ; null quand cette édition n’est pas chargée.',
  'On the published list; null when that edition is not loaded.':
    'Sur la liste publiée ; null quand cette édition n’est pas chargée.',
  'One batch with its skipped rows and revision links':
    'Un lot avec ses lignes ignorées et ses liens de révision',
  'One result per area; a null value carries its reason.':
    'Un résultat par zone ; une valeur null porte sa raison.',
  'One’s open sessions': 'Ses sessions ouvertes',
  'One’s own account': 'Son propre compte',
  'One’s personal API tokens': 'Ses jetons d’API personnels',
  'Only areas of this kind, e.g. country or who-region.':
    'Seulement les zones de ce type, par ex. country ou who-region.',
  'Only the children of this area (subnational units).':
    'Seulement les enfants de cette zone (unités infranationales).',
  'Only values imported by this batch.': 'Seulement les valeurs importées par ce lot.',
  'OpenAPI 3.1': 'OpenAPI 3.1',
  'Opens the page that creates the first administrator; works once.':
    'Ouvre la page qui crée le premier administrateur ; ne fonctionne qu’une fois.',
  'Other names files use for it; in CSV separated by "|".':
    'Autres noms que les fichiers lui donnent ; en CSV séparés par "|".',
  'Page size (at most 10 000).': 'Taille de page (au plus 10 000).',
  'Pairs, one-sided shares and adjustment factors with their fit, per year.':
    'Paires, parts unilatérales et facteurs d’ajustement avec leur ajustement, par année.',
  'Partner area code(s): origin or destination.': 'Code(s) de zone partenaire : origine ou destination.',
  'Partner area for bilateral measures.': 'Zone partenaire pour les mesures bilatérales.',
  'Partner basis of the inflows, when several are stored':
    'Base partenaire des entrées, quand plusieurs sont enregistrées',
  'Partner basis of the outflows, when several are stored':
    'Base partenaire des sorties, quand plusieurs sont enregistrées',
  'Partners among the areas with no stored value: 0':
    'Partenaires parmi les zones sans valeur enregistrée : 0',
  'Per indicator and accepted occupation choice, the data years in which at least one country has a value (default vintage options); recomputed when the data change.':
    'Par indicateur et choix de profession accepté, les années de données où au moins un pays a une valeur (options de millésime par défaut) ; recalculé quand les données changent.',
  'Percentage of the foreign total.': 'Pourcentage du total étranger.',
  'Permissions held for at least one area.': 'Permissions détenues pour au moins une zone.',
  'Preferred sources of headcounts, densities and population, in order.':
    'Sources à privilégier pour les effectifs, les densités et la population, dans l’ordre.',
  'Preferred sources of the index, in order: OWID, WB.WDI, WHO.GHO (the 2015–2017 legacy series).':
    'Sources à privilégier pour l’indice, dans l’ordre : OWID, WB.WDI, WHO.GHO (la série historique 2015–2017).',
  'Prior flows [origin][destination]': 'Flux a priori [origine][destination]',
  'RFC 9457 problem details': 'Détails de problème RFC 9457',
  'Read as this format instead of detecting it.': 'Lire dans ce format au lieu de le détecter.',
  'Read through this column mapping (excludes format).':
    'Lire au moyen de cette correspondance de colonnes (exclut format).',
  'Reference year': 'Année de référence',
  'Rename, disable or enable a user; disabling ends the user’s sessions and tokens':
    'Renommer, désactiver ou réactiver un utilisateur ; la désactivation met fin à ses sessions et jetons',
  'Replace the roles of a user': 'Remplacer les rôles d’un utilisateur',
  'Return submitted data with a comment saying what to correct':
    'Renvoyer des données soumises avec un commentaire disant quoi corriger',
  'Reuse the mapping saved with this batch.': 'Réutiliser la correspondance enregistrée avec ce lot.',
  'Revoke one of one’s tokens': 'Révoquer l’un de ses jetons',
  'Role; national_authority, data_manager and data_approver are bound to one area.':
    'Rôle ; national_authority, data_manager et data_approver sont liés à une zone.',
  'Roll back a batch, restoring the values it superseded':
    'Annuler un lot, en rétablissant les valeurs qu’il avait remplacées',
  'Row labels; default 1, 2, …': 'Libellés des lignes ; par défaut 1, 2, …',
  'Row of the file, as a spreadsheet numbers it.': 'Ligne du fichier, telle qu’un tableur la numérote.',
  'Row of the header, as the spreadsheet numbers it; found when absent.':
    'Ligne de l’en-tête, telle que le tableur la numérote ; trouvée si absente.',
  'Row of the source file the value came from.': 'Ligne du fichier source dont provient la valeur.',
  'Row of the source file.': 'Ligne du fichier source.',
  'Rows to skip.': 'Lignes à sauter.',
  'Said whether or not the account exists.': 'Dit, que le compte existe ou non.',
  'Send a link to choose a new password (the answer is the same whether or not the account exists)':
    'Envoyer un lien pour choisir un nouveau mot de passe (la réponse est la même que le compte existe ou non)',
  'Send it as X-CSRF-Token with every POST, PUT, PATCH and DELETE made with the session cookie.':
    'L’envoyer en X-CSRF-Token avec chaque POST, PUT, PATCH et DELETE fait avec le cookie de session.',
  'Sets the session cookie (a new one at every sign-in). After 5 failed attempts in 15 minutes for an account or from an address, refused with 429 and Retry-After, whatever the password.':
    'Pose le cookie de session (un nouveau à chaque connexion). Après 5 échecs en 15 minutes pour un compte ou depuis une adresse, refusé avec 429 et Retry-After, quel que soit le mot de passe.',
  'Sex: _T (total), F or M.': 'Sexe : _T (total), F ou M.',
  'Sign in with e-mail address and password': 'Se connecter avec adresse électronique et mot de passe',
  'Sign out: end this session': 'Se déconnecter : mettre fin à cette session',
  'Skip rows naming an unknown area instead of refusing the file.':
    'Ignorer les lignes nommant une zone inconnue au lieu de refuser le fichier.',
  'Source of the bilateral stocks, when several sources hold them':
    'Source des stocks bilatéraux, quand plusieurs sources les détiennent',
  'Source of the inflows, when several hold them': 'Source des entrées, quand plusieurs les détiennent',
  'Source of the outflows, when several hold them': 'Source des sorties, quand plusieurs les détiennent',
  'Source of the total stocks (for the home-trained diagonal), when several hold them':
    'Source des stocks totaux (pour la diagonale des personnels formés dans le pays), quand plusieurs les détiennent',
  'Sources of the stocks the flows were estimated from':
    'Sources des stocks à partir desquels les flux ont été estimés',
  'Stable code of the remark, for clients that translate it.':
    'Code stable de la remarque, pour les clients qui la traduisent.',
  'Stocks and flows of health workers by area, year, occupation and origin, each value traceable to its source file and row.':
    'Stocks et flux de personnels de santé par zone, année, profession et origine, chaque valeur pouvant être retracée jusqu’à son fichier et sa ligne source.',
  'Submit the data of a country for a year (one dataset, or all) for approval':
    'Soumettre à approbation les données d’un pays pour une année (un jeu de données, ou tous)',
  'The actions this state allows (permissions aside)': 'Les actions que cet état permet (hors permissions)',
  'The audit trail as CSV, with the same filters as /api/audit (every matching record, newest first)':
    'La piste d’audit en CSV, avec les mêmes filtres que /api/audit (chaque enregistrement correspondant, du plus récent au plus ancien)',
  'The audit trail, newest first: who changed what, when, with the values before and after (a national authority reads its area only)':
    'La piste d’audit, du plus récent au plus ancien : qui a modifié quoi, quand, avec les valeurs avant et après (une autorité nationale ne lit que sa zone)',
  'The batch a saved mapping came from.': 'Le lot dont provient une correspondance enregistrée.',
  'The batch that revised this value, if it is not current.':
    'Le lot qui a révisé cette valeur, si elle n’est pas actuelle.',
  'The column mapping the file was read with, saved with the batch.':
    'La correspondance de colonnes avec laquelle le fichier a été lu, enregistrée avec le lot.',
  'The comment of the last transition': 'Le commentaire de la dernière transition',
  'The country or subnational unit it belongs to.':
    'Le pays ou l’unité infranationale dont elle fait partie.',
  "The country's approved data, newest year first":
    'Les données approuvées du pays, de l’année la plus récente à la plus ancienne',
  "The destinations of the country's workers, per cadre.":
    'Les destinations des personnels du pays, par catégorie.',
  'The dry run: what a commit would store, revise, leave unchanged and skip.':
    'L’essai à blanc : ce qu’une validation enregistrerait, réviserait, laisserait inchangé et ignorerait.',
  'The estimate, the tables it was made from, dropped areas and what was stored.':
    'L’estimation, les tables dont elle a été tirée, les zones écartées et ce qui a été enregistré.',
  'The explanation in parts, for clients that translate it.':
    'L’explication en parties, pour les clients qui la traduisent.',
  'The file is kept for its owner for 24 hours, so that the preview, the dry run and the commit do not send it again.':
    'Le fichier est conservé pour son propriétaire pendant 24 heures, afin que l’aperçu, l’essai à blanc et la validation ne le renvoient pas.',
  'The first 20 values as they will be stored.':
    'Les 20 premières valeurs telles qu’elles seront enregistrées.',
  'The first characters of the token, to recognise it.':
    'Les premiers caractères du jeton, pour le reconnaître.',
  'The first rows of an upload as they will be stored, and the dry run of its import':
    'Les premières lignes d’un fichier téléversé telles qu’elles seront enregistrées, et l’essai à blanc de son import',
  'The format that read the file, or `mapped` (read through a column mapping).':
    'Le format qui a lu le fichier, ou `mapped` (lu au moyen d’une correspondance de colonnes).',
  'The format that reads the file, or null when it needs a column mapping.':
    'Le format qui lit le fichier, ou null quand il faut une correspondance de colonnes.',
  'The header cell as the file writes it (case, accents and spacing ignored).':
    'La cellule d’en-tête telle que le fichier l’écrit (casse, accents et espaces ignorés).',
  'The hwmo long-CSV template: header, two example rows and the allowed values as # comments':
    'Le modèle CSV long de hwmo : en-tête, deux lignes d’exemple et les valeurs permises en commentaires #',
  'The hwmo template as a workbook: data sheet with drop-down lists, and a sheet of allowed values':
    'Le modèle hwmo en classeur : feuille de données avec listes déroulantes, et une feuille des valeurs permises',
  'The invitation link, shown once; it was also sent (or put in the outbox).':
    'Le lien d’invitation, affiché une seule fois ; il a aussi été envoyé (ou placé dans la boîte d’envoi).',
  'The last approval, kept after an unapproval':
    'La dernière approbation, conservée après une désapprobation',
  'The last transition': 'La dernière transition',
  'The later batches that revised them.': 'Les lots ultérieurs qui les ont révisées.',
  'The list as WHO published it': 'La liste telle que l’OMS l’a publiée',
  "The list recomputed from the loaded data with chosen vintages, and its differences from WHO's":
    'La liste recalculée à partir des données chargées avec les millésimes choisis, et ses différences avec celle de l’OMS',
  'The occupation choices the indicator accepts; a choice with no years has no data loaded.':
    'Les choix de profession que l’indicateur accepte ; un choix sans année n’a pas de données chargées.',
  'The occupation slugs of this choice; several are added (density only).':
    'Les identifiants de profession de ce choix ; plusieurs sont additionnés (densité seulement).',
  'The problem type': 'Le type de problème',
  'The problem types errors are answered with':
    'Les types de problème par lesquels les erreurs sont répondues',
  'The proposed mapping, with a confidence per column; send it back as it is or edited.':
    'La correspondance proposée, avec un degré de confiance par colonne ; renvoyez-la telle quelle ou modifiée.',
  'The remark in English.': 'La remarque en anglais.',
  'The request as applied, defaults filled in': 'La requête telle qu’appliquée, valeurs par défaut comprises',
  'The role of who approved: national_authority, data_approver, admin, operator':
    'Le rôle de qui a approuvé : national_authority, data_approver, admin, operator',
  'The role they acted in: data_approver, national_authority, admin, operator …':
    'Le rôle dans lequel la personne a agi : data_approver, national_authority, admin, operator …',
  'The same breakdown for each cadre with data.':
    'La même ventilation pour chaque catégorie ayant des données.',
  'The same record as the CLI prints with --format json.':
    'Le même enregistrement que celui que la CLI affiche avec --format json.',
  'The signed-in user; null for the public or the operator.':
    'L’utilisateur connecté ; null pour le public ou l’opérateur.',
  'The token (hwmo_…), shown this once; send it as Authorization: Bearer.':
    'Le jeton (hwmo_…), affiché cette seule fois ; envoyez-le en Authorization: Bearer.',
  'The token of the link (the part after token=).': 'Le jeton du lien (la partie après token=).',
  'The window of "latest": no value more than this many years before a series\' latest.':
    'La fenêtre de "latest" : aucune valeur antérieure de plus de ce nombre d’années à la dernière d’une série.',
  'The worksheet detected from.': 'La feuille de calcul à partir de laquelle la détection a été faite.',
  'The year selection in words.': 'La sélection d’années en mots.',
  'This description': 'Cette description',
  'Total stock of the occupation (null for ffs-diff)': 'Stock total de la profession (null pour ffs-diff)',
  'UHC service coverage index year, or "latest".':
    'Année de l’indice de couverture des services de la CSU, ou "latest".',
  'Unapprove approved data, with a comment: it can be changed again':
    'Désapprouver des données approuvées, avec un commentaire : elles peuvent de nouveau être modifiées',
  'Upload a file to import (multipart field "file"): its format, sheets and proposed column mapping':
    'Téléverser un fichier à importer (champ multipart "file") : son format, ses feuilles et la correspondance de colonnes proposée',
  'Upload id': 'Identifiant du fichier téléversé',
  'Users with their roles': 'Utilisateurs avec leurs rôles',
  'Values already stored as they are.': 'Valeurs déjà enregistrées telles quelles.',
  'Values of the batch revised since by later batches.':
    'Valeurs du lot révisées depuis par des lots ultérieurs.',
  'Values of the batch that are current.': 'Valeurs du lot qui sont actuelles.',
  'Values read; a wide file (one column per year) counts one per filled cell.':
    'Valeurs lues ; un fichier large (une colonne par année) en compte une par cellule remplie.',
  'Values that replaced a different earlier value, which stays in history.':
    'Valeurs qui ont remplacé une valeur antérieure différente, laquelle reste dans l’historique.',
  'Values the remark names: codes, years, numbers, year selections and nested remarks.':
    'Valeurs que nomme la remarque : codes, années, nombres, sélections d’années et remarques imbriquées.',
  'Visible worksheets of a workbook; empty for a text file.':
    'Feuilles visibles d’un classeur ; vide pour un fichier texte.',
  'What an invitation link is for': 'À quoi sert un lien d’invitation',
  'What lowered the confidence, or why the mapping is incomplete.':
    'Ce qui a abaissé la confiance, ou pourquoi la correspondance est incomplète.',
  'What one problem type means': 'Ce que signifie un type de problème',
  'What the loaded data can give: per indicator, the occupations it accepts and their years with a value':
    'Ce que les données chargées permettent : par indicateur, les professions qu’il accepte et leurs années ayant une valeur',
  'What was imported but deserves a look: a last line without a line terminator, totals rows that do not match the rows they cover, rows left unread below a note line.':
    'Ce qui a été importé mais mérite un coup d’œil : une dernière ligne sans fin de ligne, des lignes de totaux qui ne correspondent pas aux lignes qu’elles couvrent, des lignes non lues sous une ligne de note.',
  'When (ISO 8601)': 'Quand (ISO 8601)',
  'When it was approved (ISO 8601)': 'Date de l’approbation (ISO 8601)',
  'When neither a format nor a mapping could be found: why, so that a mapping can be written by hand.':
    'Quand ni un format ni une correspondance n’ont pu être trouvés : pourquoi, afin qu’une correspondance puisse être écrite à la main.',
  'When no format reads the file: the proposed column mapping.':
    'Quand aucun format ne lit le fichier : la correspondance de colonnes proposée.',
  'When the change in total stock is matched to births − deaths':
    'Quand la variation du stock total est alignée sur naissances − décès',
  'When the session ends at the latest, if not used before its idle end.':
    'Quand la session prend fin au plus tard, si elle n’est pas utilisée avant sa fin d’inactivité.',
  'Where the unit stands in the approval cycle.': 'Où en est l’unité dans le cycle d’approbation.',
  'Whether the mapping says all it must (an area, a year, value columns with what they count).':
    'Si la correspondance dit tout ce qu’elle doit (une zone, une année, des colonnes de valeurs avec ce qu’elles comptent).',
  'Whether the reader may submit, and approve, return or unapprove, for this area':
    'Si le lecteur peut soumettre, et approuver, renvoyer ou désapprouver, pour cette zone',
  'Whether the value is below the threshold; null when it is missing.':
    'Si la valeur est sous le seuil ; null quand elle manque.',
  'Whether year=latest gives at least one country a value.':
    'Si year=latest donne une valeur à au moins un pays.',
  'Who acted; only signed-in readers see names': 'Qui a agi ; seuls les lecteurs connectés voient les noms',
  'Who is signed in, with the CSRF token to send with changes':
    'Qui est connecté, avec le jeton CSRF à envoyer avec les modifications',
  'Why a country is or is not on the list: both values, their years and sources, each criterion':
    'Pourquoi un pays est ou n’est pas sur la liste : les deux valeurs, leurs années et sources, chaque critère',
  'Why there is no value.': 'Pourquoi il n’y a pas de valeur.',
  'Why: required to return or unapprove': 'Pourquoi : requis pour renvoyer ou désapprouver',
  'With densityYear=latest: no density later than this year.':
    'Avec densityYear=latest : aucune densité postérieure à cette année.',
  'With densityYear=latest: no density more than this many years before densityUpTo.':
    'Avec densityYear=latest : aucune densité antérieure de plus de ce nombre d’années à densityUpTo.',
  'With sciYear=latest: no index value later than this year.':
    'Avec sciYear=latest : aucune valeur de l’indice postérieure à cette année.',
  'With sciYear=latest: no value more than this many years before sciUpTo.':
    'Avec sciYear=latest : aucune valeur antérieure de plus de ce nombre d’années à sciUpTo.',
  'With year=latest: take no value later than this year.':
    'Avec year=latest : ne prendre aucune valeur postérieure à cette année.',
  'With year=latest: take no value more than this many years before upTo (or before the latest).':
    'Avec year=latest : ne prendre aucune valeur antérieure de plus de ce nombre d’années à upTo (ou à la plus récente).',
  'Withdraw a pending invitation': 'Retirer une invitation en attente',
  'Worksheet of a workbook to detect; the first visible one when absent':
    'Feuille d’un classeur à détecter ; la première visible si absente',
  'Worksheet of a workbook.': 'Feuille d’un classeur.',
  'Worksheet of an .xlsx workbook.': 'Feuille d’un classeur .xlsx.',
  'XLSX template': 'Modèle XLSX',
  '[origin][destination], diagonal zero': '[origine][destination], diagonale nulle',
  '[origin][destination][place of birth]': '[origine][destination][lieu de naissance]',
  '[place of birth][place of residence] at the end': '[lieu de naissance][lieu de résidence] à la fin',
  '[place of birth][place of residence] at the start': '[lieu de naissance][lieu de résidence] au début',
  'csv: the hwmo long template; sdmx-csv: SDMX-CSV 1.0':
    'csv : le modèle long de hwmo ; sdmx-csv : SDMX-CSV 1.0',
  'emigration-rate: count those abroad by country of training (default), of birth, or whichever a destination reports.':
    'emigration-rate : compter les personnes à l’étranger par pays de formation (par défaut), de naissance, ou celui que déclare une destination.',
  'hwmo — Health Worker Migration Observatory API':
    'hwmo — API de l’Observatoire des migrations des personnels de santé',
  'ipf, or conditional maximisation (both margins)': 'ipf, ou maximisation conditionnelle (les deux marges)',
  'let a last line without a line terminator revise stored values':
    'laisser une dernière ligne sans fin de ligne réviser les valeurs enregistrées',
  'net-migration over several areas: the migration effectiveness index 100 × Σ|net| / Σ turnover.':
    'net-migration sur plusieurs zones : l’indice d’efficacité migratoire 100 × Σ|net| / Σ rotation.',
  'null for a dry run': 'null pour un essai à blanc',
  'null: all datasets': 'null : tous les jeux de données',
  'null: all the datasets of the area and year': 'null : tous les jeux de données de la zone et de l’année',
  'records at or after this day or instant': 'enregistrements à partir de ce jour ou de cet instant',
  'records up to this day (inclusive) or instant': 'enregistrements jusqu’à ce jour (inclus) ou cet instant',
  'the action recorded, e.g. import, rollback, approval.approve':
    'l’action enregistrée, par ex. import, rollback, approval.approve',
  'the area the change touched (ISO 3166 alpha-3 or a subnational code)':
    'la zone touchée par la modification (ISO 3166 alpha-3 ou un code infranational)',
  'the id of the object changed (with objectType)': 'l’identifiant de l’objet modifié (avec objectType)',
  'the kind of object changed: batch, area, approval, user…':
    'le type d’objet modifié : batch, area, approval, user…',
  'the object after the change (null when removed)':
    'l’objet après la modification (null quand il a été supprimé)',
  'the object before the change (null when created)':
    'l’objet avant la modification (null quand il a été créé)',
  'true while no administrator exists: open the setup link printed by the server.':
    'true tant qu’aucun administrateur n’existe : ouvrez le lien de configuration affiché par le serveur.',
  'true: minimum migration (stayers = min of the two stocks); false: independence':
    'true : migration minimale (personnes restées = minimum des deux stocks) ; false : indépendance',
  'true: report what would change and write nothing (also a form field)':
    'true : indiquer ce qui changerait et ne rien écrire (aussi un champ de formulaire)',
  'who acted: an e-mail address, or the label recorded ("operator root@host")':
    'qui a agi : une adresse électronique, ou le libellé enregistré ("operator root@host")',
  'who acted: the id of a user account': 'qui a agi : l’identifiant d’un compte utilisateur',
  'zero: a fall in a stock is no flow; return: a fall is a return flow':
    'zero : une baisse d’un stock n’est pas un flux ; return : une baisse est un flux de retour',
  'Language: ar, zh, en, fr, ru or es.': 'Langue : ar, zh, en, fr, ru ou es.',
  'The language for the interface, messages and mail; null to follow each request’s language.':
    'La langue de l’interface, des messages et du courrier ; null pour suivre la langue de chaque requête.',
  'The language of the invitation mail; by default the language of the request that sends it.':
    'La langue du courrier d’invitation ; par défaut, celle de la requête qui l’envoie.',
  'The language the user chose for the interface, messages and mail; null: the language of each request.':
    'La langue choisie par l’utilisateur pour l’interface, les messages et le courrier ; null : la langue de chaque requête.',
  'Change one’s own name and preferred language': 'Modifier son nom et sa langue préférée',
};
