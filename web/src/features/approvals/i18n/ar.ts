import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { approvalsEn } from './en.ts';

export const approvalsAr = {
  'approvals.filters': 'اختيار البيانات المعروضة',
  'approvals.filter.country': 'البلد',
  'approvals.filter.anyCountry': 'جميع البلدان',
  'approvals.filter.state': 'الحالة',
  'approvals.filter.anyState': 'جميع الحالات',
  'approvals.filter.year': 'السنة',
  'approvals.filter.anyYear': 'جميع السنوات',
  'approvals.filter.apply': 'عرض',
  'approvals.filter.clear': 'مسح عوامل التصفية',
  'approvals.overview.title': 'البلدان',
  'approvals.overview.intro': 'اختر بلدًا لعرض بياناته سنةً بسنة واتخاذ الإجراء بشأنها.',
  'approvals.overview.caption': 'بيانات كل بلد حسب حالة الاعتماد',
  'approvals.overview.country': 'البلد',
  'approvals.overview.waiting': 'مقدَّمة، بانتظار قرار',
  'approvals.overview.all': 'جميع البلدان',
  'approvals.overview.cell': '{{country}}: {{state}}، {{n}}',
  'approvals.overview.none': 'لا توجد لدى أي بلد بيانات في هذه الحالة.',
  'approvals.overview.noneThisYear': 'لا توجد لدى أي بلد بيانات لعام {{year}}.',
  'approvals.backToAll': 'العودة إلى جميع البلدان',
  'approvals.notInScope': 'ليس من صلاحياتك تقديم بيانات هذا البلد ({{country}}) أو اعتمادها.',
  'approvals.noMatch': 'لا توجد بيانات لهذا البلد ({{country}}) تطابق عوامل التصفية هذه.',
} as const satisfies Catalogue<typeof approvalsEn, 'ar'>;
