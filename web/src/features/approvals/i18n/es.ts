import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { approvalsEn } from './en.ts';

export const approvalsEs = {
  'approvals.filters': 'Elegir los datos que se muestran',
  'approvals.filter.country': 'País',
  'approvals.filter.anyCountry': 'Todos los países',
  'approvals.filter.state': 'Estado',
  'approvals.filter.anyState': 'Todos los estados',
  'approvals.filter.year': 'Año',
  'approvals.filter.anyYear': 'Todos los años',
  'approvals.filter.apply': 'Mostrar',
  'approvals.filter.clear': 'Borrar los filtros',
  'approvals.overview.title': 'Países',
  'approvals.overview.intro': 'Elija un país para ver sus datos año por año y actuar sobre ellos.',
  'approvals.overview.caption': 'Datos de cada país, por estado de aprobación',
  'approvals.overview.country': 'País',
  'approvals.overview.waiting': 'Presentado, en espera de una decisión',
  'approvals.overview.all': 'Todos los países',
  'approvals.overview.cell': '{{country}}: {{state}}, {{n}}',
  'approvals.overview.none': 'Ningún país tiene datos en este estado.',
  'approvals.overview.noneThisYear': 'Ningún país tiene datos de {{year}}.',
  'approvals.backToAll': 'Volver a todos los países',
  'approvals.notInScope': 'No le corresponde presentar ni aprobar los datos de este país ({{country}}).',
  'approvals.noMatch': 'Ningún dato de este país ({{country}}) corresponde a estos filtros.',
} as const satisfies Catalogue<typeof approvalsEn, 'es'>;
