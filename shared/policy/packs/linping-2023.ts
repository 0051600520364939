import { bi } from '../../schemas/field-meta';
import { apprenticeshipUserAmount } from '../rules/apprenticeship';
import { dualShareAtLeast, dualTeacherTeamUserAmount } from '../rules/dual-teacher-team';
import { onePlusXUserAmount } from '../rules/one-plus-x';
import { trainingBaseUserAmount } from '../rules/training-base';
import type { Pack } from '../types';

/** 临平政办〔2023〕8号: Linping's plan for 2023-2025; it applies from 2023-05-25 to the end of 2025. */
export const linping2023: Pack = {
  id: 'linping-2023',
  version: '2023.1',
  title: '杭州市临平区人民政府办公室关于印发临平区加快现代职业教育高质量发展实施方案(2023-2025)的通知',
  titleEn: 'Linping: plan to speed up high-quality modern vocational education (2023-2025)',
  docNumber: '临平政办〔2023〕8号',
  issuer: '杭州市临平区人民政府办公室',
  region: { code: '330113', name: '杭州市临平区', province: '浙江省', areaCode: '0571' },
  dates: {
    issued: '2023-04-22',
    inForceFrom: '2023-05-25',
    periodEnd: '2025-12-31',
    note: bi(
      '自2023年5月25日起施行，方案期限2023-2025年',
      'In force from 2023-05-25; the plan covers 2023-2025',
    ),
  },
  sourceFile: '004_39088d01e31d5aa1.txt',
  clauses: [
    { ref: '标题', text: '临平区加快现代职业教育高质量发展实施方案(2023-2025)' },
    { ref: '施行', text: '本方案自2023年5月25日起施行,由区教育局负责牵头组织实施。' },
    {
      ref: '二(二)',
      text: '到2025年,建成省市级示范性职业教育集团(联盟)、产教融合实践基地等6个,实施5个实习实训基地和产学合作协同育人项目。',
    },
    {
      ref: '二(三)',
      text: '着力建设一支高素质“双师型”教师队伍,“双师型”教师占专业课教师比例达90%,培育一批有影响力的名师及教育教学创新团队。',
    },
    {
      ref: '三(三)2',
      text: '2.推进“1+X”证书制度试点。积极探索书证融通机制,支持中职学校参与“1+X”证书制度试点,鼓励学生在获得学历证书的同时,积极取得多类职业技能等级证书。',
    },
    {
      ref: '三(四)2',
      text: '构建职业教育与产业集群联动发展机制,打造服务智能制造、生物医药等产业的产教融合项目,探索建设协同共建、成果共享、创新共赢的产教融合联盟,支持联盟内建设一批产教融合实践基地、实习实训基地和产学合作协同育人项目。',
    },
    {
      ref: '三(四)3',
      text: '3.探索产教融合特色模式。继续完善学徒制管理,强化学徒培养标准建设,建立与学徒制相适应的教学管理与运行机制,探索区域特色学徒制,大力培养技术技能人才。职业学校要主动吸纳各行业优秀、优质企业深度参与职业教育专业规划、课程设置、教材开发、教学设计、教学实施,合作共建新专业、开发新课程、开展订单培养。鼓励支持产业园区、产业平台、特色小镇等以资本、技术、管理、设备或其他要素参与职业学校办学,支持各行业优秀、优质企业积极参与职业教育,将企业办学情况纳入企业社会责任报告,支持企业接收学生实习实训,引导企业按岗位总量的一定比例设立学徒岗位。',
    },
  ],
  periodClauses: { start: '施行', end: '标题' },
  programs: {
    'dual-teacher-team': {
      clauses: ['二(三)'],
      formula: bi('文件未规定金额', 'No amount stated'),
      rules: [dualShareAtLeast({ percent: 90, of: 'specialty', clause: '二(三)' })],
      amount: dualTeacherTeamUserAmount,
      userStandard: 'used',
    },
    'training-base': {
      clauses: ['二(二)', '三(四)2'],
      formula: bi('文件未规定金额', 'No amount stated'),
      rules: [],
      amount: trainingBaseUserAmount,
      userStandard: 'used',
    },
    apprenticeship: {
      clauses: ['三(四)3'],
      formula: bi('文件未规定金额（按岗位总量的一定比例设立学徒岗位）', 'No amount stated'),
      rules: [],
      amount: apprenticeshipUserAmount,
      userStandard: 'used',
    },
    'one-plus-x': {
      clauses: ['三(三)2'],
      formula: bi('文件未规定金额', 'No amount stated'),
      rules: [],
      amount: onePlusXUserAmount,
      userStandard: 'used',
    },
  },
};
