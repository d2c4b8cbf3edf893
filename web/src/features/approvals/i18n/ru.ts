import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { approvalsEn } from './en.ts';

export const approvalsRu = {
  'approvals.filters': 'Выбор показываемых данных',
  'approvals.filter.country': 'Страна',
  'approvals.filter.anyCountry': 'Все страны',
  'approvals.filter.state': 'Состояние',
  'approvals.filter.anyState': 'Любое состояние',
  'approvals.filter.year': 'Год',
  'approvals.filter.anyYear': 'Все годы',
  'approvals.filter.apply': 'Показать',
  'approvals.filter.clear': 'Сбросить фильтры',
  'approvals.overview.title': 'Страны',
  'approvals.overview.intro': 'Выберите страну, чтобы увидеть ее данные по годам и работать с ними.',
  'approvals.overview.caption': 'Данные каждой страны по состоянию утверждения',
  'approvals.overview.country': 'Страна',
  'approvals.overview.waiting': 'Представлены, ожидают решения',
  'approvals.overview.all': 'Все страны',
  'approvals.overview.cell': '{{country}}: {{state}}, {{n}}',
  'approvals.overview.none': 'Ни у одной страны нет данных в этом состоянии.',
  'approvals.overview.noneThisYear': 'Ни у одной страны нет данных за {{year}} год.',
  'approvals.backToAll': 'Назад ко всем странам',
  'approvals.notInScope': 'Вы не уполномочены представлять или утверждать данные этой страны ({{country}}).',
  'approvals.noMatch': 'Ни одни данные этой страны ({{country}}) не соответствуют этим фильтрам.',
} as const satisfies Catalogue<typeof approvalsEn, 'ru'>;
