import type { FeatureMessages } from '../../i18n/feature-text';

const zh = {
  expired: '已过方案期限',
  enterprise: '企业申报',
  school: '院校申报',
  heading: '{program}：{formula}',
  basis: '依据：{list}',
  citationSeparator: '；',
  evidence: '需要准备的材料：{list}',
  optional: '（可选）',
  newApplicant: '新的申报单位（在申报表中填写）',
  applicantCode: '（{code}）',
  create: '创建并开始填写',
  created: '已创建申报草稿',
};

export const messages: FeatureMessages<typeof zh> = {
  zh,
  en: {
    expired: 'Period ended',
    enterprise: 'Enterprise',
    school: 'School',
    heading: '{program}: {formula}',
    basis: 'Clauses: {list}',
    citationSeparator: '; ',
    evidence: 'Documents to attach: {list}',
    optional: ' (optional)',
    newApplicant: 'A new applicant (filled in on the form)',
    applicantCode: '({code})',
    create: 'Create and start',
    created: 'Draft created',
  },
};
