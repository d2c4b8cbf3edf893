import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { approvalsEn } from './en.ts';

export const approvalsFr = {
  'approvals.filters': 'Choisir les données à afficher',
  'approvals.filter.country': 'Pays',
  'approvals.filter.anyCountry': 'Tous les pays',
  'approvals.filter.state': 'État',
  'approvals.filter.anyState': 'Tous les états',
  'approvals.filter.year': 'Année',
  'approvals.filter.anyYear': 'Toutes les années',
  'approvals.filter.apply': 'Afficher',
  'approvals.filter.clear': 'Effacer les filtres',
  'approvals.overview.title': 'Pays',
  'approvals.overview.intro': 'Choisissez un pays pour voir ses données année par année et agir sur elles.',
  'approvals.overview.caption': 'Données de chaque pays, par état d’approbation',
  'approvals.overview.country': 'Pays',
  'approvals.overview.waiting': 'Soumises, en attente d’une décision',
  'approvals.overview.all': 'Tous les pays',
  'approvals.overview.cell': '{{country}} : {{state}}, {{n}}',
  'approvals.overview.none': 'Aucun pays n’a de données dans cet état.',
  'approvals.overview.noneThisYear': 'Aucun pays n’a de données pour {{year}}.',
  'approvals.backToAll': 'Retour à tous les pays',
  'approvals.notInScope':
    'La soumission ou l’approbation des données de ce pays ({{country}}) ne relève pas de vous.',
  'approvals.noMatch': 'Aucune donnée de ce pays ({{country}}) ne correspond à ces filtres.',
} as const satisfies Catalogue<typeof approvalsEn, 'fr'>;
