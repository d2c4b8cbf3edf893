import type { Catalogue } from '../../../../../src/platform/i18n/catalogue.ts';
import type { approvalsEn } from './en.ts';

export const approvalsZh = {
  'approvals.filters': '选择要显示的数据',
  'approvals.filter.country': '国家',
  'approvals.filter.anyCountry': '所有国家',
  'approvals.filter.state': '状态',
  'approvals.filter.anyState': '所有状态',
  'approvals.filter.year': '年份',
  'approvals.filter.anyYear': '所有年份',
  'approvals.filter.apply': '显示',
  'approvals.filter.clear': '清除筛选条件',
  'approvals.overview.title': '国家',
  'approvals.overview.intro': '选择一个国家，按年份查看其数据并进行处理。',
  'approvals.overview.caption': '各国数据，按审批状态分列',
  'approvals.overview.country': '国家',
  'approvals.overview.waiting': '已提交，等待决定',
  'approvals.overview.all': '所有国家',
  'approvals.overview.cell': '{{country}}：{{state}}，{{n}}',
  'approvals.overview.none': '没有国家的数据处于此状态。',
  'approvals.overview.noneThisYear': '没有国家有{{year}}年的数据。',
  'approvals.backToAll': '返回所有国家',
  'approvals.notInScope': '您无权提交或批准该国（{{country}}）的数据。',
  'approvals.noMatch': '该国（{{country}}）没有符合这些筛选条件的数据。',
} as const satisfies Catalogue<typeof approvalsEn, 'zh'>;
