import { bi } from '../../schemas/field-meta';
import { dualTeacherTeamUserAmount, partTimeShareAtMost } from '../rules/dual-teacher-team';
import { internshipMinimumAmount, requireComplianceCertified, standardAtLeast } from '../rules/internship';
import { perStudentYearAmount } from '../rules/one-plus-x';
import { trainingBaseRateCapAmount } from '../rules/training-base';
import { perUnitEstimate, rateCapEstimate } from '../estimates';
import type { Pack } from '../types';

const BASE_RATE = { numerator: 25, denominator: 100 };
const BASE_CAP_FEN = 50_000_000;
const INTERN_MONTHLY_MIN_FEN = 20_000;
const ONE_PLUS_X_FEN = 240_000;

/** 衢政办发〔2025〕10号: Quzhou's opinions on deepening the “五统筹” vocational-education reform. */
export const quzhou2025: Pack = {
  id: 'quzhou-2025',
  version: '2025.1',
  title: '衢州市人民政府办公室关于深化职业教育“五统筹”改革的实施意见',
  titleEn: 'Quzhou: implementing opinions on the vocational-education “five coordinations” reform',
  docNumber: '衢政办发〔2025〕10号',
  issuer: '衢州市人民政府办公室',
  region: { code: '330800', name: '衢州市', province: '浙江省', areaCode: '0570' },
  dates: {
    issued: '2025-04-17',
    inForceFrom: '2025-05-22',
    note: bi(
      '自2025年5月22日起施行，未规定截止日期（目标年份2030年）',
      'In force from 2025-05-22; no end date (targets for 2030)',
    ),
  },
  sourceFile: '000_dd645150033164ac.txt',
  clauses: [
    {
      ref: '二(二)6',
      text: '6.完善专业动态调整机制。前瞻性排摸区域主导产业、重点企业用工需求,提前调整布局专业和培养方向。加强专业设置管理,严控不符合区域产业发展方向的专业,逐步淘汰与主导产业不匹配的薄弱专业,专业与市、县主导产业匹配度达到50%;对办学条件严重不足、教学管理混乱、教学质量低下、就业和对口就业率过低的专业逐步削减招生计划或暂停招生。',
    },
    {
      ref: '二(四)13',
      text: '推进1+X证书制度试点工作,每生每年按照2400元标准进行补助,对职业院校在校生考取技能等级证书的,按规定给予补贴。',
    },
    {
      ref: '二(五)16',
      text: '16.开展优质师资培育提升。提升“双师型”教师比例,完善专业技术职务评聘标准。分级打造“新入职教师”“骨干教师”和“领军人才”梯度培养体系,支持打造15个高水平“双师型”(工学一体化师资)团队、技能大师工作室,支持培育职业教育领军人才50名、骨干教师200名以上。',
    },
    {
      ref: '二(五)17',
      text: '17.支持校企高技能人才合作交流。健全兼职教师聘任制度,支持学校按30%比例聘请企业工程技术人员、社会能工巧匠等兼职任教;',
    },
    {
      ref: '二(六)19',
      text: '19.支持校企共建公共实习实训基地。创建一批省级产教融合型企业。支持企业安排专业对口岗位接纳学生实习,落实相关税收政策。对考核认定符合实习实训规范的企业,按照实习实训学生每人每月不低于200元标准予以补助。对企业开展产教融合实训基地项目建设的,按企业实际投资额的25%且最高不超过50万元限额给予补助。',
    },
    { ref: '施行', text: '本实施意见自2025年5月22日起施行。' },
  ],
  periodClauses: { start: '施行' },
  programs: {
    'training-base': {
      clauses: ['二(六)19'],
      formula: bi('企业实际投资额 × 25%，最高不超过50万元', '25% of actual investment, at most 500,000 yuan'),
      rules: [],
      amount: trainingBaseRateCapAmount(BASE_RATE, BASE_CAP_FEN),
      userStandard: 'ignored',
      estimate: rateCapEstimate(BASE_RATE, BASE_CAP_FEN),
    },
    internship: {
      clauses: ['二(六)19'],
      formula: bi(
        '实习学生人月数 × 每人每月补助标准（不低于200元）',
        'Intern-months × the monthly standard (at least 200 yuan)',
      ),
      rules: [requireComplianceCertified('二(六)19'), standardAtLeast(INTERN_MONTHLY_MIN_FEN, '二(六)19')],
      amount: internshipMinimumAmount(INTERN_MONTHLY_MIN_FEN),
      userStandard: 'used',
      estimate: perUnitEstimate('internMonths', INTERN_MONTHLY_MIN_FEN, { zh: '人月', en: 'intern-months' }),
      excludes: (facts) =>
        facts.internshipCertified === false
          ? {
              zh: '需经考核认定符合实习实训规范',
              en: 'Requires certification as meeting internship standards',
            }
          : null,
    },
    'one-plus-x': {
      clauses: ['二(四)13'],
      formula: bi(
        '取证学生人数 × 2400元（每生每年一次）',
        'Students × 2,400 yuan, once per student per year',
      ),
      rules: [],
      amount: perStudentYearAmount(ONE_PLUS_X_FEN),
      userStandard: 'ignored',
      estimate: perUnitEstimate('students', ONE_PLUS_X_FEN, { zh: '人', en: 'students' }),
    },
    'dual-teacher-team': {
      clauses: ['二(五)16', '二(五)17'],
      formula: bi(
        '文件未规定金额（支持打造15个高水平团队）',
        'No amount stated (15 high-level teams supported)',
      ),
      rules: [partTimeShareAtMost(30, '二(五)17')],
      amount: dualTeacherTeamUserAmount,
      userStandard: 'used',
    },
  },
};
