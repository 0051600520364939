import { bi } from '../../schemas/field-meta';
import { apprenticeshipUserAmount } from '../rules/apprenticeship';
import {
  dualShareAtLeast,
  dualTeacherTeamUserAmount,
  practiceAtLeastMonths,
} from '../rules/dual-teacher-team';
import { onePlusXUserAmount } from '../rules/one-plus-x';
import { perPersonAmount, selectedWithin } from '../rules/talent-allowance';
import { serviceFieldIn, trainingBaseUserAmount } from '../rules/training-base';
import { perUnitEstimate } from '../estimates';
import type { Pack } from '../types';

const TALENT_ALLOWANCE_FEN = 500_000;

/** The six industry clusters of 二.7, in simplified characters for matching user input. */
export const YONGZHOU_CLUSTERS = [
  '生物医药',
  '电子信息',
  '先进装备制造',
  '农产品精深加工',
  '轻纺箱包制鞋',
  '新材料',
];

/**
 * 永政发〔2021〕7号. The source (file 001) is a web page in traditional characters with pinyin
 * annotations and mis-encoded runs; clauses are quoted as the file reads once the `(pinyin)`
 * annotations are removed, traditional characters kept. The “十四五”期间 that opens clauses 11 and
 * 13 is garbled in the file, so those quotes start after it; the window is applied in the rules.
 */
export const yongzhou2021: Pack = {
  id: 'yongzhou-2021',
  version: '2021.1',
  title: '永州市人民政府印发《关于全市推进职业教育现代化服务“三高四新”战略的若干政策措施》的通知',
  titleEn: 'Yongzhou: policy measures to modernise vocational education',
  docNumber: '永政发〔2021〕7号',
  issuer: '永州市人民政府',
  region: { code: '431100', name: '永州市', province: '湖南省', areaCode: '0746' },
  dates: {
    issued: '2021-09-04',
    inForceFrom: '2021-09-04',
    note: bi(
      '2021年9月4日发文，信息时效性“有效”；人才津贴等措施限“十四五”期间（至2025年）',
      'Issued 2021-09-04, marked in force; several measures are limited to the 14th five-year plan (to 2025)',
    ),
  },
  sourceFile: '001_4e5abfeb663b5354.txt',
  sourceNote: '引文为去除拼音注音后的原文（繁体及乱码字符保持原样）',
  clauses: [
    { ref: '發文日期', text: '發文日期: 2021-09-04' },
    {
      ref: '二.7',
      text: '7.建設產教融合實訓基地。全面規范和深化產教融合校企合作,引企入校,校企共同設計人才培養方案、共同開發課程、共同開發教材、共同組建教學團隊、共同建設實訓實習平臺、共同制定人才培養質量標準和共同開展考核評價。加大政府支持力度,每個縣市區依托本地產業發展,至少建設1個高水平實習實訓基地,服務“三高四新”戰略,服務鄉村振興,服務本地產業、本地經濟,服務職業教育人才培養,建設成為吸引先進產業的中心、學生實習實訓的中心、學生畢業即就業的對接中心。全市建成涵蓋生物醫藥、電子信息、先進裝備制造、農產品精深加工、輕紡箱包制鞋、新材料等六大制造產業集群的專業群和示范基地群。',
    },
    {
      ref: '二.10',
      text: '10.推進校企協同育人。全面推進現代學徒制和企業新型學徒制,探索由職業院校、企業和永州經濟技術開發區合作共建產業學院,全面開展“1+X”證書制度試點,',
    },
    { ref: '三.11', text: '全市“雙師型”教師占比達到50%以上。' },
    {
      ref: '三.12',
      text: '每年公費選派一批優秀專業教師到國內行業領軍企業實踐半年以上,掌握行業前沿技能,提升專業教師技能水平,落實5年一周期的全員輪訓制度。',
    },
    {
      ref: '三.13',
      text: '在職業院校擇優遴選專業帶頭人、產業導師、技能大師,每人一次性給予人才津貼5000元。每兩年遴選一次,每年進行考核,實行動態管理。',
    },
    {
      // The document's closing paragraph has no number; we label it 结尾 (simplified, as every label we print).
      ref: '结尾',
      text: '本文件所列獎補政策與其他文件如有重疊,按就高不就低的原則處理,不得重復發放獎補資金。',
    },
  ],
  periodClauses: { start: '發文日期' },
  stacking: { higherAward: '结尾' },
  programs: {
    'talent-allowance': {
      clauses: ['三.13', '结尾'],
      formula: bi('入选人数 × 5000元（每人一次性）', 'People × 5,000 yuan, once each'),
      rules: [selectedWithin('2021-09-04', '2025-12-31', '三.13')],
      amount: perPersonAmount(TALENT_ALLOWANCE_FEN),
      userStandard: 'ignored',
      estimate: perUnitEstimate('talents', TALENT_ALLOWANCE_FEN, { zh: '人', en: 'people' }),
    },
    'dual-teacher-team': {
      clauses: ['三.11', '三.12', '结尾'],
      formula: bi('文件未规定金额', 'No amount stated'),
      rules: [
        dualShareAtLeast({ percent: 50, of: 'all', clause: '三.11' }),
        practiceAtLeastMonths(6, '三.12'),
      ],
      amount: dualTeacherTeamUserAmount,
      userStandard: 'used',
    },
    'training-base': {
      clauses: ['二.7', '结尾'],
      formula: bi('文件未规定金额（每个县市区至少建设1个高水平实习实训基地）', 'No amount stated'),
      rules: [
        serviceFieldIn({
          ruleId: 'yongzhou-2021.training-base.cluster',
          fields: YONGZHOU_CLUSTERS,
          clause: '二.7',
          severity: 'warning',
          what: { zh: '全市六大制造产业集群', en: 'six manufacturing clusters' },
        }),
      ],
      amount: trainingBaseUserAmount,
      userStandard: 'used',
    },
    apprenticeship: {
      clauses: ['二.10', '结尾'],
      formula: bi('文件未规定金额', 'No amount stated'),
      rules: [],
      amount: apprenticeshipUserAmount,
      userStandard: 'used',
    },
    'one-plus-x': {
      clauses: ['二.10', '结尾'],
      formula: bi('文件未规定金额', 'No amount stated'),
      rules: [],
      amount: onePlusXUserAmount,
      userStandard: 'used',
    },
  },
};
