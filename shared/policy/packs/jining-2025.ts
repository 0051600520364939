import { bi } from '../../schemas/field-meta';
import { apprenticeshipUserAmount } from '../rules/apprenticeship';
import { catalogueIn, newSpecialtyUserAmount, requireCoDraftingPartner } from '../rules/new-specialty';
import type { Pack } from '../types';

/**
 * 济教字〔2025〕8号. The page lists 有效性 “0” and states no in-force date; the date it was written
 * (成文日期) is used. Targets run to 2026 but no end of validity is stated.
 */
export const jining2025: Pack = {
  id: 'jining-2025',
  version: '2025.1',
  title:
    '济宁市教育局 济宁市财政局 济宁市人力资源和社会保障局关于印发《关于推动职业教育与技工教育融合发展的工作方案》的通知',
  titleEn: 'Jining: work plan for integrating vocational and technician education',
  docNumber: '济教字〔2025〕8号',
  issuer: '济宁市教育局、济宁市财政局、济宁市人力资源和社会保障局',
  region: { code: '370800', name: '济宁市', province: '山东省', areaCode: '0537' },
  dates: {
    issued: '2025-05-15',
    inForceFrom: '2025-05-15',
    note: bi(
      '2025年5月15日印发，目标至2026年，未规定截止日期',
      'Issued 2025-05-15; targets to 2026; no end date',
    ),
  },
  sourceFile: '002_c73f843f9da30652.txt',
  clauses: [
    { ref: '成文日期', text: '成文日期: | 2025-05-15 |' },
    {
      ref: '一',
      text: '至2026年,在全市范围内成功构建起管理体制顺畅高效、布局规划科学合理、办学理念先进前沿、培养模式科学精准、服务社会功能突出显著的现代职业教育与培训体系,实现职业教育与技工教育的深度融合与高质量发展。',
    },
    {
      ref: '二(三)',
      text: '依据《中等职业学校专业目录》《全国技工院校专业目录(2022年修订)》《国家职业分类大典》全面修订和更新专业人才培养方案。',
    },
    {
      ref: '二(五)',
      text: '职业院校和技工院校申报新增专业须以至少一家深度合作企业共同参与制定人才培养方案为前提,且校企合作应贯穿人才培养全过程。鼓励在职业院校和技工院校开展中国特色学徒制和企业新型学徒制工作,集中建设一批高技能人才培训基地、技能大师工作室、齐鲁名师工作室以及公共实训基地,全面提升职业院校和技工院校培养技术技能人才的能力。',
    },
  ],
  periodClauses: { start: '成文日期' },
  programs: {
    'new-specialty': {
      clauses: ['二(五)', '二(三)'],
      formula: bi('文件未规定金额', 'No amount stated'),
      rules: [
        requireCoDraftingPartner('二(五)'),
        catalogueIn(
          ['secondary-vocational', 'technician-2022'],
          '《中等职业学校专业目录》《全国技工院校专业目录(2022年修订)》',
          '二(三)',
        ),
      ],
      amount: newSpecialtyUserAmount,
      userStandard: 'used',
    },
    apprenticeship: {
      clauses: ['二(五)'],
      formula: bi('文件未规定金额', 'No amount stated'),
      rules: [],
      amount: apprenticeshipUserAmount,
      userStandard: 'used',
    },
  },
};
