import { bi } from '../../schemas/field-meta';
import { apprenticeshipUserAmount, practiceShareAtLeast } from '../rules/apprenticeship';
import { internshipUserAmount, postsShareOfEmployees } from '../rules/internship';
import {
  enrolmentWarningBelow,
  newSpecialtyUserAmount,
  requireIndustryParticipation,
} from '../rules/new-specialty';
import { creditAgainstSurcharges, requirePilotListed } from '../rules/surcharge-credit';
import { serviceFieldIn, trainingBaseUserAmount } from '../rules/training-base';
import { surchargeCreditEstimate } from '../estimates';
import type { Pack } from '../types';

const CREDIT_RATE = { numerator: 30, denominator: 100 };

/** The priority fields of (七) for training bases. */
export const WUZHOU_PRIORITY_FIELDS = [
  '先进制造',
  '新能源',
  '新材料',
  '生物技术',
  '人工智能',
  '智能制造',
  '医药卫生',
  '电子信息',
  '护理',
  '康养',
  '托育',
  '家政',
];

/** 梧政办发〔2024〕35号: Wuzhou's implementation plan for industry-education integration. */
export const wuzhou2024: Pack = {
  id: 'wuzhou-2024',
  version: '2024.1',
  title: '梧州市人民政府办公室关于印发我市职业教育产教融合实施方案的通知',
  titleEn: 'Wuzhou: implementation plan for industry-education integration',
  docNumber: '梧政办发〔2024〕35号',
  issuer: '梧州市人民政府办公室',
  region: { code: '450400', name: '梧州市', province: '广西壮族自治区', areaCode: '0774' },
  dates: {
    issued: '2024-04-24',
    inForceFrom: '2024-04-24',
    note: bi(
      '2024年4月24日印发，目标至2030年，未规定截止日期',
      'Issued 2024-04-24; targets to 2030; no end date',
    ),
  },
  sourceFile: '003_1b64afbcb61d7c38.txt',
  clauses: [
    { ref: '印发日期', text: '印发日期:2024年04月24日' },
    { ref: '(二)', text: '到2030年总体形成教育和产业统筹融合、良性互动的发展格局,' },
    {
      ref: '(六)',
      text: '严格实行专业预警和退出机制,引导学校对设置雷同、连续3年年均招生规模不足30人(特殊专业除外)、与区域产业不匹配、办学水平低、就业质量差的专业,及时调减或停止招生。',
    },
    {
      ref: '(七)',
      text: '优先考虑先进制造、新能源、新材料、生物技术、人工智能、智能制造、医药卫生、电子信息等领域以及护理、康养、托育、家政等领域的实训基地建设,辐射带动相关产业领域的实习实训、员工培训、产品中试、工艺改进、技术研发等。',
    },
    {
      ref: '(八)',
      text: '纳入产教融合型企业建设培育范围的试点企业,兴办职业教育的投资符合规定的,可按投资额的30%比例,抵免该企业当年应缴教育费附加和地方教育附加。',
    },
    { ref: '(九)', text: '职业院校新设专业原则上应有相关行业企业参与。' },
    { ref: '(十)', text: '规模以上企业原则上按职工总数2%的名额安排职业院校学生实习岗位。' },
    {
      ref: '(十四)',
      text: '推行现代学徒制和企业新型学徒制。根据不同职业(工种)培训成本,按规定给予企业培训补贴。强化实践教学,职业院校学生实践性教学课时不少于总课时的50%。',
    },
  ],
  periodClauses: { start: '印发日期' },
  programs: {
    'surcharge-credit': {
      clauses: ['(八)'],
      formula: bi(
        '投资额 × 30%，以当年应缴教育费附加和地方教育附加为限',
        "30% of investment, limited to the year's education surcharges",
      ),
      rules: [requirePilotListed('(八)')],
      amount: creditAgainstSurcharges(CREDIT_RATE),
      userStandard: 'ignored',
      estimate: surchargeCreditEstimate(CREDIT_RATE),
      excludes: (facts) =>
        facts.pilotListed === false
          ? { zh: '仅限纳入产教融合型企业建设培育范围的试点企业', en: 'Only listed pilot enterprises' }
          : null,
    },
    internship: {
      clauses: ['(十)'],
      formula: bi('文件未规定金额', 'No amount stated'),
      rules: [postsShareOfEmployees(2, '(十)')],
      amount: internshipUserAmount,
      userStandard: 'used',
    },
    apprenticeship: {
      clauses: ['(十四)'],
      formula: bi(
        '按不同职业（工种）培训成本给予补贴，文件未规定金额',
        'By occupation training cost; no amount stated',
      ),
      rules: [practiceShareAtLeast(50, '(十四)')],
      amount: apprenticeshipUserAmount,
      userStandard: 'used',
    },
    'training-base': {
      clauses: ['(七)'],
      formula: bi('文件未规定金额', 'No amount stated'),
      rules: [
        serviceFieldIn({
          ruleId: 'wuzhou-2024.training-base.priority-field',
          fields: WUZHOU_PRIORITY_FIELDS,
          clause: '(七)',
          severity: 'info',
          what: { zh: '优先考虑的领域', en: 'priority fields' },
        }),
      ],
      amount: trainingBaseUserAmount,
      userStandard: 'used',
    },
    'new-specialty': {
      clauses: ['(九)', '(六)'],
      formula: bi('文件未规定金额', 'No amount stated'),
      rules: [requireIndustryParticipation('(九)'), enrolmentWarningBelow(30, '(六)')],
      amount: newSpecialtyUserAmount,
      userStandard: 'used',
    },
  },
};
