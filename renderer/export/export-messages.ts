import type { FeatureMessages } from '../i18n/feature-text';

const zh = {
  exportRoster: '导出 Excel',
  rosterFile: '{label}.xlsx',
  excelFilter: 'Excel 工作簿',
  exportSummary: '导出汇总表',
  summaryFile: '{title}-申报汇总表.xlsx',
  noSummary: '该政策不提供此项目，无法导出汇总表',
  exportDrafts: '导出汇总',
  draftsFile: '申报汇总-{date}.xlsx',
  draftsTitle: '申报草稿汇总（{n} 份）',
  colApplicant: '申报单位',
  colProgram: '项目',
  colDocNumber: '政策文号',
  colStatus: '状态',
  colAmount: '金额（元）',
  colDeadline: '截止日期',
  colSaved: '最后保存',
  notComputed: '未计算',
  total: '合计',
  exported: '已导出「{name}」',
  failed: '导出失败：{error}',
};

/** The Excel exports' buttons, file names, and the drafts summary's headers. */
export const exportMessages: FeatureMessages<typeof zh> = {
  zh,
  en: {
    exportRoster: 'Export to Excel',
    rosterFile: '{label}.xlsx',
    excelFilter: 'Excel workbook',
    exportSummary: 'Export summary',
    summaryFile: '{title} - summary.xlsx',
    noSummary: 'The policy does not offer this program: no summary can be exported',
    exportDrafts: 'Export summary',
    draftsFile: 'Applications summary {date}.xlsx',
    draftsTitle: 'Applications summary ({n})',
    colApplicant: 'Applicant',
    colProgram: 'Program',
    colDocNumber: 'Policy document no.',
    colStatus: 'Status',
    colAmount: 'Amount (yuan)',
    colDeadline: 'Deadline',
    colSaved: 'Last saved',
    notComputed: 'Not computed',
    total: 'Total',
    exported: 'Exported "{name}"',
    failed: 'Export failed: {error}',
  },
};

export type ExportText = (typeof exportMessages)['zh'];
