import { PAGE_TEXT } from '../../../src/http/page-text.ts';
import type { MessageKey } from './en.ts';

/** French messages; the type makes every English key required. */
export const fr: Record<MessageKey, string> = {
  'app.title': 'Observatoire des migrations des personnels de santé',
  'app.tagline':
    'Données publiques sur la migration internationale des personnels de santé, chaque valeur reliée à sa source.',
  'app.footer': 'Données : leurs éditeurs, sous leurs licences (voir Données). Code : licence Apache 2.0.',
  'nav.main': 'Navigation principale',
  'nav.skip': 'Aller au contenu',
  'nav.map': 'Carte',
  'nav.compare': 'Comparer',
  'nav.flows': 'Flux',
  'nav.data': 'Données',
  'nav.api': 'API',
  'lang.label': 'Langue',
  'lang.en': 'English',
  'lang.fr': 'Français',

  'common.loading': 'Chargement…',
  'common.error': 'Les données n’ont pas pu être chargées : {{message}}',
  'common.retry': 'Réessayer',
  'common.noData': 'Pas de données',
  'common.none': 'Aucun',
  'common.year': 'Année',
  'common.years': 'Années',
  'common.latest': 'Dernière disponible',
  'common.latestWithin': 'Dernière des {{window}} dernières années',
  'common.source': 'Source',
  'common.sources': 'Sources',
  'common.value': 'Valeur',
  'common.unit': 'Unité',
  'common.country': 'Pays',
  'common.countries_one': '{{count}} pays',
  'common.countries_other': '{{count}} pays',
  'common.region': 'Région OMS',
  'common.income': 'Groupe de revenu',
  'common.allRegions': 'Toutes les régions OMS',
  'common.allIncomes': 'Tous les groupes de revenu',
  'common.occupation': 'Profession',
  'common.indicator': 'Indicateur',
  'common.method': 'Méthode',
  'common.filterName': 'Filtrer par nom',
  'common.dataYear': 'données de {{year}}',
  'common.share': 'Part',
  'common.total': 'Total',
  'common.rank': 'Rang',
  'common.notApplicable': 'sans objet',
  'common.colon': ' :',
  'common.noteLine': 'Remarque : {{note}}',

  'download.label': 'Télécharger',
  'download.csv': 'CSV',
  'download.svg': 'SVG',
  'download.png': 'PNG',
  'download.csvOf': 'Télécharger les données de « {{title}} » en CSV',
  'download.svgOf': 'Télécharger le graphique « {{title}} » en SVG',
  'download.pngOf': 'Télécharger le graphique « {{title}} » en PNG',
  'chart.table': 'Tableau de données',
  'chart.showTable': 'Afficher les données sous forme de tableau',
  'chart.sourceNote': 'Source : {{source}}',
  'chart.valuesIn': 'Valeurs en {{unit}}',
  'table.sortBy': 'Trier par {{column}}',
  'table.rows_one': '{{count}} ligne',
  'table.rows_other': '{{count}} lignes',
  'table.empty': 'Aucune ligne ne correspond aux filtres.',

  'indicator.density': 'Densité',
  'indicator.foreign-trained-share': 'Part formée à l’étranger',
  'indicator.foreign-born-share': 'Part née à l’étranger',
  'indicator.emigration-rate': 'Taux d’émigration',
  'indicator.inflow': 'Entrées',
  'indicator.outflow': 'Sorties',
  'indicator.net-migration': 'Migration nette',
  'indicator.growth': 'Croissance annuelle',
  'indicator.sdg-gap': 'Écart au seuil de l’indice ODD',
  'indicator.ssl': 'Liste d’appui et de sauvegarde 2023',
  'indicatorHelp.density': 'Personnels de santé pour 10 000 habitants.',
  'indicatorHelp.foreign-trained-share': 'Part des effectifs formée dans un autre pays.',
  'indicatorHelp.foreign-born-share': 'Part des effectifs née dans un autre pays.',
  'indicatorHelp.emigration-rate':
    'Personnels formés dans le pays qui travaillent à l’étranger, en part de ceux du pays et de l’étranger.',
  'indicatorHelp.inflow': 'Personnels de santé arrivant chaque année.',
  'indicatorHelp.outflow': 'Personnels de santé partant chaque année.',
  'indicatorHelp.net-migration': 'Arrivées moins départs par an.',
  'indicatorHelp.growth': 'Variation annuelle moyenne des effectifs.',
  'indicatorHelp.sdg-gap':
    'Écart entre les médecins, infirmiers et sages-femmes pour 10 000 habitants et le seuil de l’indice ODD.',
  'indicatorHelp.ssl':
    'Pays inscrits sur la Liste OMS d’appui et de sauvegarde en matière de personnels de santé 2023, où le recrutement international actif devrait être évité.',

  'occupation.medical-doctors': 'Médecins',
  'occupation.nursing-and-midwifery': 'Personnel infirmier et sage-femme',
  'occupation.nursing-personnel': 'Personnel infirmier',
  'occupation.midwifery-personnel': 'Personnel sage-femme',
  'occupation.dentists': 'Dentistes',
  'occupation.pharmacists': 'Pharmaciens',
  'occupation.dnm': 'Médecins, infirmiers et sages-femmes',
  'occupation.all': 'Toutes les professions',

  'measure.population': 'Population',
  'measure.stock': 'Personnels de santé (effectif)',
  'measure.density': 'Densité de personnels de santé publiée',
  'measure.foreign-trained-stock': 'Personnels de santé formés à l’étranger (effectif)',
  'measure.foreign-born-stock': 'Personnels de santé nés à l’étranger (effectif)',
  'measure.inflow': 'Entrées de personnels de santé étrangers',
  'measure.outflow': 'Sorties de personnels de santé',
  'measure.migration-flow': 'Flux migratoire estimé sur une période',
  'measure.verification-requests': 'Demandes de vérification',
  'measure.graduates': 'Diplômés',
  'measure.uhc-sci': 'Indice de couverture des services de la CSU (ODD 3.8.1)',
  'batchStatus.committed': 'enregistré',
  'batchStatus.rolled_back': 'annulé',
  'unit.personsPerPeriod': 'personnes par période',
  'unit.requestsPerYear': 'demandes par an',
  'unit.per10k': 'pour 10 000 habitants',
  'unit.percent': '%',
  'unit.persons': 'personnes',
  'unit.personsPerYear': 'personnes par an',
  'unit.percentPerYear': '% par an',
  'unit.healthWorkers': 'personnels de santé',
  'unit.index': 'indice 0–100',

  'region.AFR': 'Région africaine',
  'region.AMR': 'Région des Amériques',
  'region.EMR': 'Région de la Méditerranée orientale',
  'region.EUR': 'Région européenne',
  'region.SEAR': 'Région de l’Asie du Sud-Est',
  'region.WPR': 'Région du Pacifique occidental',
  'income.LIC': 'Revenu faible',
  'income.LMC': 'Revenu intermédiaire inférieur',
  'income.UMC': 'Revenu intermédiaire supérieur',
  'income.HIC': 'Revenu élevé',

  'map.title': 'Carte du monde',
  'map.caption': '{{indicator}}, {{occupation}}, {{year}}',
  'map.legend': 'Légende',
  'map.missing': 'Pas de données',
  'map.outside': 'Hors des filtres choisis',
  'map.summary': '{{countries}} avec une valeur ; années des données {{years}}.',
  'map.summaryNone': 'Aucun pays n’a de valeur pour ce choix.',
  'map.tooSmall': 'Les pays trop petits pour être dessinés à cette échelle figurent dans le tableau.',
  'map.find': 'Aller à un pays',
  'map.open': 'Ouvrir la fiche',
  'map.openProfile': 'Ouvrir la fiche de {{name}}',
  'map.hint': 'Survolez un pays pour sa valeur ; cliquez pour ouvrir sa fiche.',
  'map.sslOn': 'Sur la liste',
  'map.sslOff': 'Hors de la liste',
  'map.sslSource': 'Organisation mondiale de la Santé, Liste d’appui et de sauvegarde 2023',
  'map.tableTitle': '{{indicator}} par pays',
  'map.unavailable': 'Cet indicateur n’est pas encore disponible sur le serveur.',

  'profile.title': 'Fiche pays',
  'profile.printedFrom':
    'Imprimé depuis l’{{title}}, {{url}}, le {{date}}. Chaque valeur y est reliée à son fichier source et à sa ligne.',
  'profile.print': 'Imprimer',
  'profile.headline': 'Indicateurs clés',
  'profile.series': 'Densité dans le temps',
  'profile.seriesTitle': 'Personnels de santé pour 10 000 habitants, {{name}}',
  'profile.foreignTrained': 'Effectifs formés à l’étranger par pays de formation',
  'profile.foreignTrainedTitle':
    'Personnels de santé formés à l’étranger en activité : {{name}}, par pays de formation, {{year}}',
  'profile.foreignTrainedTotal': 'Total formé à l’étranger : {{total}}.',
  'profile.rest': 'Autres pays',
  'profile.unknown': 'Pays de formation inconnu',
  'profile.emigrants': 'Émigrés par pays de destination',
  'profile.emigrantsTitle': 'Personnels de santé venant de {{name}} par pays de destination',
  'profile.emigrantsBasis': 'Comptés selon : {{basis}}.',
  'profile.basis.training': 'pays de formation',
  'profile.basis.birth': 'pays de naissance',
  'profile.noEmigrants':
    'Aucun pays de destination ne déclare de personnels venant de {{name}} dans les données chargées.',
  'profile.noForeignTrained':
    'Aucune donnée sur les personnels formés à l’étranger n’est chargée ({{name}}).',
  'profile.noSeries': 'Aucune série de densité n’est chargée ({{name}}).',
  'profile.ssl': 'Liste OMS d’appui et de sauvegarde',
  'profile.sslEdition': 'Édition {{edition}}',
  'profile.sslOfficial': 'Publiée par l’OMS',
  'profile.sslComputed': 'Calculée par hwmo selon la règle publiée',
  'profile.sslStatus.on': 'Sur la liste',
  'profile.sslStatus.off': 'Hors de la liste',
  'profile.sslStatus.not-assessable': 'Évaluation impossible',
  'profile.sslDensity': 'Densité de médecins, infirmiers et sages-femmes',
  'profile.sslSci': 'Indice de couverture des services de la CSU',
  'profile.sslThreshold': 'seuil {{threshold}}',
  'profile.noSsl': 'Aucune évaluation disponible.',
  'profile.batches': 'Lots de données derrière cette page',
  'profile.batch': 'Lot',
  'profile.file': 'Fichier',
  'profile.backToMap': 'Retour à la carte',
  'profile.partner': 'Pays de formation',
  'profile.destination': 'Destination',

  'compare.title': 'Comparer les pays',
  'compare.intro':
    'Chaque cellule indique la valeur et l’année des données. Cliquez sur un en-tête pour trier.',
  'compare.columns': 'Colonnes',
  'compare.add': 'Ajouter la colonne',
  'compare.remove': 'Retirer la colonne {{column}}',
  'compare.tableTitle': 'Comparaison des pays',

  'flows.title': 'Flux',
  'flows.intro':
    'Personnels de santé formés dans un pays et travaillant dans un autre, tels que déclarés par le pays de destination.',
  'flows.mode': 'Vue',
  'flows.byDestination': 'Personnels d’un pays de destination, par pays de formation',
  'flows.byOrigin': 'Personnels formés dans un pays, par destination',
  'flows.destination': 'Destination',
  'flows.origin': 'Pays de formation',
  'flows.chartTitleDest':
    '{{occupation}} formés à l’étranger en activité : {{name}}, par pays de formation, {{year}}',
  'flows.chartTitleOrigin':
    '{{occupation}} formés : {{name}}, en activité à l’étranger, par destination, {{year}}',
  'flows.others': 'Autres pays ({{count}})',
  'flows.unknown': 'Inconnu',
  'flows.total': 'Total formé à l’étranger déclaré',
  'flows.noData': 'Pas de données bilatérales pour ce choix.',
  'flows.top': '{{count}} premiers',
  'flows.data': 'Données',
  'flows.dataStocks': 'Stocks déclarés',
  'flows.dataEstimated': 'Flux estimés',
  'flows.introEstimated':
    'Personnels de santé ayant changé de pays au cours d’une période, selon les estimations de hwmo à partir des stocks bilatéraux de deux années.',
  'flows.byDestinationEstimated': 'Flux vers une destination, par origine',
  'flows.byOriginEstimated': 'Flux depuis une origine, par destination',
  'flows.originArea': 'Origine',
  'flows.estimate': 'Estimation',
  'flows.estimateOption': '{{start}}–{{end}}, {{method}}',
  'flows.estimateOptionMeasure': '{{start}}–{{end}}, {{method}}, d’après « {{measure}} »',
  'flows.method.ffs-demo': 'flux tirés de deux tableaux de stocks par comptabilité démographique (ffs-demo)',
  'flows.method.ffs-diff': 'flux tirés des différences de stocks (ffs-diff)',
  'flows.estimatedTitleDest':
    '{{occupation}} : flux estimés sur la période {{start}}–{{end}}, destination {{name}}, par origine',
  'flows.estimatedTitleOrigin':
    '{{occupation}} : flux estimés sur la période {{start}}–{{end}}, origine {{name}}, par destination',
  'flows.estimatedNote':
    'Ce sont des estimations tirées des différences de stocks, et non des décomptes de personnels de santé ayant migré. Méthode : {{method}}. Mesure utilisée : {{measure}}, {{start}} et {{end}}.',
  'flows.estimatedTotal': 'Total : {{total}}.',
  'flows.estimatedValue': 'Flux estimé',
  'flows.notDrawn_one': '{{count}} flux arrondi à 0 figure dans le tableau mais n’est pas représenté.',
  'flows.notDrawn_other':
    '{{count}} flux arrondis à 0 figurent dans le tableau mais ne sont pas représentés.',
  'flows.dropped': 'Exclus de l’estimation faute de données enregistrées : {{areas}}.',
  'flows.warnings_one': 'L’estimation a signalé {{count}} avertissement : {{codes}}.',
  'flows.warnings_other': 'L’estimation a signalé {{count}} avertissements : {{codes}}.',
  'flows.estimatedSource_one':
    'Enregistrés par hwmo sous {{source}}, marqués E (estimation) ; stocks issus du lot d’import {{batches}}.',
  'flows.estimatedSource_other':
    'Enregistrés par hwmo sous {{source}}, marqués E (estimation) ; stocks issus des lots d’import {{batches}}.',
  'flows.noEstimatedFlows': 'Aucun flux estimé n’est enregistré pour ce choix.',
  'flows.noEstimates':
    'Aucun flux estimé n’est enregistré. hwmo les estime à partir des stocks bilatéraux qu’il détient pour deux années, par exemple avec :',
  'flows.noEstimatesApi':
    'ou en envoyant les mêmes champs par POST à /api/flows/estimate. Les estimations enregistrées apparaissent ensuite ici.',

  'data.title': 'Données',
  'data.intro': '{{count}} observations en vigueur, chacune reliée à son fichier source et à sa ligne.',
  'data.datasets': 'Jeux de données chargés',
  'data.dataset': 'Jeu de données',
  'data.publisher': 'Éditeur',
  'data.licence': 'Licence',
  'data.values': 'Valeurs',
  'data.disclaimer':
    'Les données appartiennent à leurs éditeurs, pas à hwmo ; elles sont présentées selon leurs conditions.',
  'data.ssl':
    'Liste OMS d’appui et de sauvegarde en matière de personnels de santé {{edition}} : {{count}} pays (Organisation mondiale de la Santé, CC BY-NC-SA 3.0 IGO).',
  'data.measures': 'Mesures',
  'data.measure': 'Mesure',
  'data.batches': 'Derniers imports',
  'data.batch': 'Lot',
  'data.file': 'Fichier',
  'data.format': 'Format',
  'data.status': 'État',
  'data.read': 'Lues',
  'data.new': 'Nouvelles',
  'data.revised': 'Révisées',
  'data.unchanged': 'Inchangées',
  'data.skipped': 'Ignorées',
  'data.imported': 'Importé le',
  'data.api': 'API',
  'data.apiText': 'Tout ce qui est présenté ici est aussi disponible par l’API HTTP.',
  'data.apiDocs': 'Documentation de l’API',
  'data.add':
    'Ajoutez des données avec npx hwmo import FICHIER ou POST /api/imports ; un modèle vierge est à',

  'api.title': 'Documentation de l’API',
  'api.intro': 'Produite à partir de la description OpenAPI servie par ce hwmo :',
  'api.parameters': 'Paramètres',
  'api.name': 'Nom',
  'api.in': 'Emplacement',
  'api.required': 'Obligatoire',
  'api.description': 'Description',
  'api.type': 'Type',
  'api.responses': 'Réponses',
  'api.body': 'Corps de la requête',
  'api.yes': 'oui',
  'api.no': 'non',

  'selection.exact': 'en {{year}}',
  'selection.any': 'quelle que soit l’année',
  'selection.window': 'dans les {{window}} ans précédant la dernière année',
  'selection.upTo': 'jusqu’en {{year}}',
  'selection.range': 'entre {{from}} et {{to}}',
  'method.computed': 'effectif / population',
  'method.published': 'valeur publiée',
  'note.separator': ' ; ',
  'note.no-headcount': 'aucun effectif de {{occupation}} {{selection}}',
  'note.no-population-for-headcount': 'aucune donnée de population pour {{year}}, l’année de l’effectif',
  'note.population-not-positive': 'la population de {{year}} est de {{value}} : la densité n’est pas définie',
  'note.density-computed-disagrees':
    'effectif / population donne {{computed}} mais {{source}} publie {{published}} pour {{year}} : les deux utilisent des chiffres de population ou des notions d’effectif différents',
  'note.density-published-later':
    '{{source}} publie une densité pour {{year}}, postérieure à l’effectif de {{stockYear}}',
  'note.density-published-disagrees':
    'la valeur publiée, {{published}}, diffère du rapport effectif / population ({{computed}}) pour {{year}}',
  'note.no-published-density': 'aucune densité publiée de {{occupation}} {{selection}}',
  'note.for-cadre': '{{occupation}} : {{note}}',
  'note.all-of': '{{notes}}',
  'note.cadre-year': '{{occupation}} {{year}}',
  'note.cadres-different-years': 'les catégories proviennent d’années différentes : {{notes}}',
  'note.mixed-origin-bases':
    'les destinations comptent selon des bases différentes (pays de formation pour certaines, de naissance pour d’autres) : la somme mêle deux notions',
  'note.no-destination-trained':
    'aucun pays de destination ne déclare de {{occupation}} dont le pays de formation est {{origin}} ({{selection}})',
  'note.no-destination-born':
    'aucun pays de destination ne déclare de {{occupation}} dont le pays de naissance est {{origin}} ({{selection}})',
  'note.no-destination-trained-or-born':
    'aucun pays de destination ne déclare de {{occupation}} dont le pays de formation ou de naissance est {{origin}} ({{selection}})',
  'note.destinations-different-years': 'les destinations déclarent des années différentes : {{years}}',
  'note.abroad-lower-bound_one':
    'l’effectif à l’étranger ne compte que la seule destination déclarante ({{areas}}) : le taux est une borne inférieure',
  'note.abroad-lower-bound_other':
    'l’effectif à l’étranger ne compte que les {{count}} destinations qui déclarent ({{areas}}) : le taux est une borne inférieure',
  'note.no-home-headcount':
    'aucun effectif de {{occupation}} exerçant dans le pays ({{origin}}) jusqu’en {{year}}',
  'note.home-year-differs': 'l’effectif national date de {{year}}, celui à l’étranger de {{abroadYear}}',
  'note.abroad-plus-home-zero': 'l’effectif à l’étranger plus l’effectif national est nul',
  'note.abroad-exceeds-home-training':
    'l’effectif à l’étranger ({{abroad}}) dépasse le double de l’effectif national ({{home}}) : un pays de formation n’est pas un pays d’origine, ou les comptages reposent sur des notions différentes',
  'note.abroad-exceeds-home-birth':
    'l’effectif à l’étranger ({{abroad}}) dépasse le double de l’effectif national ({{home}}) : un pays de naissance n’est pas un pays d’origine, ou les comptages reposent sur des notions différentes',
  'note.no-inflow': 'aucune entrée de {{occupation}} ({{area}}, {{selection}})',
  'note.no-outflow': 'aucune sortie de {{occupation}} ({{area}}, {{selection}})',
  'note.sum-over-partners_one': 'somme sur {{count}} partenaire déclaré ; aucun total publié',
  'note.sum-over-partners_other': 'somme sur {{count}} partenaires déclarés ; aucun total publié',
  'note.no-net-migration-year':
    'aucune année avec à la fois des entrées et des sorties de {{occupation}} ({{area}}, {{selection}})',
  'note.flow-without-partners': 'les entrées ou les sorties de {{year}} n’ont aucun pays partenaire',
  'note.no-turnover': 'aucun mouvement parmi les zones ayant des données',
  'note.no-earlier-headcount': 'aucun effectif antérieur dans les {{span}} ans précédant {{year}}',
  'note.source-changed':
    'début selon {{startSource}}, fin selon {{endSource}} : un changement de source n’est pas une croissance',
  'note.start-headcount-not-positive': 'l’effectif de {{year}} est de {{value}}',
  'note.growth-jump':
    '{{rate}} % par an signale en général un changement du comptage (couverture ou définition), pas des effectifs',
  'note.no-foreign-trained':
    'aucun effectif de {{occupation}} formé à l’étranger n’est compté ({{area}}, {{selection}})',
  'note.no-foreign-born':
    'aucun effectif de {{occupation}} né à l’étranger n’est compté ({{area}}, {{selection}})',
  'note.foreign-sum-used_one':
    'aucun total publié de l’effectif de {{occupation}} d’origine étrangère : la somme de {{count}} origine est utilisée',
  'note.foreign-sum-used_other':
    'aucun total publié de l’effectif de {{occupation}} d’origine étrangère : la somme de {{count}} origines est utilisée',
  'note.foreign-sum-used-with-unknown_one':
    'aucun total publié de l’effectif de {{occupation}} d’origine étrangère : la somme de {{count}} origine et de l’origine inconnue est utilisée',
  'note.foreign-sum-used-with-unknown_other':
    'aucun total publié de l’effectif de {{occupation}} d’origine étrangère : la somme de {{count}} origines et de l’origine inconnue est utilisée',
  'note.foreign-total-mismatch_one':
    'le total publié {{total}} diffère de la somme de {{count}} origine ({{parts}}) ; le total publié est utilisé',
  'note.foreign-total-mismatch_other':
    'le total publié {{total}} diffère de la somme de {{count}} origines ({{parts}}) ; le total publié est utilisé',
  'note.foreign-total-mismatch-with-unknown_one':
    'le total publié {{total}} diffère de la somme de {{count}} origine et de l’origine inconnue ({{parts}}) ; le total publié est utilisé',
  'note.foreign-total-mismatch-with-unknown_other':
    'le total publié {{total}} diffère de la somme de {{count}} origines et de l’origine inconnue ({{parts}}) ; le total publié est utilisé',
  'note.aggregate-partners-ignored': 'partenaires régionaux ou agrégés exclus de la répartition : {{areas}}',
  'note.no-headcount-for-share':
    'aucun effectif total de {{occupation}} ({{area}}, {{year}}) par lequel diviser les {{foreign}} d’origine étrangère',
  'note.headcount-not-positive': 'l’effectif de {{occupation}} en {{year}} est de {{value}}',
  'note.share-sources-differ':
    'numérateur selon {{numerator}}, dénominateur selon {{denominator}} : les notions peuvent différer',
  'note.share-over-100':
    'la part dépasse 100 % : le numérateur et le dénominateur ne comptent pas la même chose',
  'note.no-population-for-density': 'aucune donnée de population pour {{year}}, l’année de la densité',
  'note.members-without-value_one': '{{count}} des {{members}} membres n’a pas de valeur',
  'note.members-without-value_other': '{{count}} des {{members}} membres n’ont pas de valeur',
  'note.members-without-population_one': '{{count}} membre n’a pas de population et est exclu',
  'note.members-without-population_other': '{{count}} membres n’ont pas de population et sont exclus',
  'note.population-unknown_one':
    'la population est inconnue pour {{count}} membre sans valeur : la couverture en population ne compte que les membres dont la population est connue',
  'note.population-unknown_other':
    'la population est inconnue pour {{count}} membres sans valeur : la couverture en population ne compte que les membres dont la population est connue',
  'note.members-years': 'les valeurs des membres datent de {{from}}–{{to}}',
  'note.no-member-value': 'aucun membre n’a à la fois une valeur et une population',
  'note.partial-sum': 'une somme sur une partie des membres sous-estime le total du groupe',
  'note.no-value': 'aucune valeur {{selection}}',
  'note.no-sci': 'aucun indice de couverture des services de la CSU',
  'note.ssl-density-missing':
    'la densité de médecins, d’infirmiers et de sages-femmes ne peut être calculée : {{note}}',
  'note.ssl-density-below':
    'la densité de médecins, d’infirmiers et de sages-femmes, {{value}} pour 10 000 ({{notes}}), est inférieure à {{threshold}}',
  'note.ssl-density-not-below':
    'la densité de médecins, d’infirmiers et de sages-femmes, {{value}} pour 10 000 ({{notes}}), n’est pas inférieure à {{threshold}}',
  'note.ssl-cadre-basis': '{{occupation}} {{year}}, {{method}} {{source}}',
  'note.ssl-sci-missing': 'l’indice de couverture des services de la CSU manque : {{note}}',
  'note.ssl-sci-below':
    'l’indice de couverture des services de la CSU, {{value}} ({{year}}, {{source}}), est inférieur à {{threshold}}',
  'note.ssl-sci-not-below':
    'l’indice de couverture des services de la CSU, {{value}} ({{year}}, {{source}}), n’est pas inférieur à {{threshold}}',
  'note.ssl-on': 'les deux critères sont remplis : sur la liste',
  'note.ssl-off': 'un critère n’est pas rempli : pas sur la liste',
  'note.ssl-not-assessable': 'impossible à évaluer avec les données chargées',
  'note.ssl-official-includes': 'la liste publiée par l’OMS l’inclut aussi',
  'note.ssl-official-excludes': 'la liste publiée par l’OMS ne l’inclut pas non plus',
  'note.ssl-official-differs': 'diffère de la liste publiée par l’OMS : {{notes}}',
  'note.ssl-listed-but-fails':
    'l’OMS l’inscrit sur la liste, mais avec les données chargées un critère n’est pas rempli',
  'note.ssl-listed-density-not-below':
    'la densité, {{value}} pour 10 000 ({{year}}), n’est pas inférieure à {{threshold}}',
  'note.ssl-listed-sci-not-below':
    'l’indice de couverture des services de la CSU, {{value}} ({{year}}, {{source}}), n’est pas inférieur à {{threshold}}',
  'note.ssl-listed-but-missing': 'l’OMS l’inscrit sur la liste, mais une donnée manque ici',
  'note.ssl-density-reason': 'densité : {{note}}',
  'note.ssl-sci-reason': 'indice de couverture des services de la CSU : {{note}}',
  'note.ssl-unlisted-but-holds':
    'absent de la liste de l’OMS, mais avec les données chargées les deux critères sont remplis : densité {{density}} ({{densityYear}}) inférieure à {{densityThreshold}} et indice de couverture des services de la CSU {{sci}} ({{sciYear}}, {{source}}) inférieur à {{sciThreshold}}',
  'note.ssl-density-near-threshold':
    'la densité, {{value}}, est à {{margin}} du seuil de {{threshold}} : un autre millésime de données peut changer le résultat',
  'note.ssl-sci-near-threshold':
    'l’indice, {{value}}, est à {{margin}} du seuil de {{threshold}} : un autre millésime de données peut changer le résultat',

  // Safeguards List cards, value forms, page titles, the not-found page.
  'chart.licence': 'Licences : {{licences}}. Figure : hwmo.',
  'profile.sslNotLoaded': 'La liste publiée par l’OMS n’est pas chargée',
  'profile.sslNotLoadedText':
    'L’OMS a publié l’édition {{edition}}, mais sa liste n’est pas chargée dans cette installation ; seul le recalcul de hwmo est montré.',
  'profile.sslPublishedBy': 'Publiée par l’OMS : {{reference}}.',
  'profile.sslRecomputation': 'Recalcul de hwmo à partir des données chargées',
  'profile.sslRecomputed.on': 'Recalcul : sur la liste',
  'profile.sslRecomputed.off': 'Recalcul : hors de la liste',
  'profile.sslRecomputed.not-assessable': 'Recalcul : évaluation impossible',
  'profile.sslAgrees': 'Concorde avec la liste publiée par l’OMS.',
  'profile.sslNotCompared':
    'Ne peut être comparé à la liste publiée par l’OMS, qui ne l’inclut pas : une donnée manque ici.',
  'profile.sslDiffers': 'Diffère de la liste publiée par l’OMS : {{reasons}}.',
  'profile.sslDensityPublished': 'telle que publiée par l’OMS ({{source}}), la forme qu’utilise la liste',
  'profile.ftPublishedTotal':
    'Total formé à l’étranger, tel que publié : {{total}} ; les pays de formation déclarés totalisent {{sum}}.',
  'form.computed': 'calculée à partir des effectifs {{stock}} et de la population {{population}}',
  'form.published': 'telle que publiée par {{source}}',
  'form.mixed':
    'en partie calculée à partir des effectifs et de la population, en partie telle que publiée ({{sources}})',
  'form.differs': 'Diffère de la valeur des indicateurs clés, {{value}} ({{year}}, {{form}}) : {{reasons}}.',
  'form.whyYearUpTo': 'l’édition prend les données jusqu’à {{upTo}}',
  'form.whyYear': 'l’édition prend l’année {{year}}',
  'form.whyPublished':
    'la densité publiée par l’OMS divise par les estimations de population des Nations unies, celle des indicateurs clés par celles de la Banque mondiale',
  'form.whyForm': 'les deux sont calculées de manières différentes',
  'form.whyInputs': 'les deux proviennent de données différentes',
  'flows.publishedTotal':
    'Total déclaré, tel que publié : {{total}} ; les partenaires listés totalisent {{sum}}.',
  ...PAGE_TEXT.fr,
};
