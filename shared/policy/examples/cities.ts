import type { PolicyId } from '../../schemas';
import { makeUscc } from './identifiers';

/** Everything local an example draft needs: places, organisations, dates inside the pack's period. */
export interface City {
  /** Area codes for resident IDs (the city and a few of its districts). */
  areas: readonly string[];
  enterprise: Organisation;
  school: Organisation;
  /** Partner schools for enterprise programs. */
  partnerSchools: readonly string[];
  /** Partner enterprises for school programs. */
  partnerEnterprises: readonly { name: string; uscc: string }[];
  applicationDate: string;
  /** The year whose activity the examples claim (tax year, certificate year). */
  year: number;
  /** Window of the claimed activity (construction, internships …), before the application date. */
  projectStart: string;
  projectEnd: string;
  /** Majors of interns and students, 工种 of apprentices, the teacher team's specialty group. */
  majors: readonly string[];
  occupations: readonly string[];
  specialtyGroup: string;
  /** Training-base service field, worded as a local enterprise would. */
  serviceField: string;
}

export interface Organisation {
  name: string;
  orgCode: string;
  legalRepresentative: string;
  address: string;
  contactPerson: string;
  phone: string;
  bankName: string;
  bankAccount: string;
}

/** Example data per pack; organisations are fictional or carry synthetic codes. */
export const CITIES: Readonly<Record<PolicyId, City>> = {
  'quzhou-2025': {
    areas: ['330802', '330803', '330881', '330825'],
    enterprise: {
      name: '衢州智造精工机械有限公司',
      orgCode: makeUscc('91', '330803', 'MA2DK7Q3'),
      legalRepresentative: '徐国平',
      address: '浙江省衢州市衢江区廿里镇百灵北路18号',
      contactPerson: '郑晓燕',
      phone: '0570-3021186',
      bankName: '中国工商银行衢州衢江支行',
      bankAccount: '1209270019200123456',
    },
    school: {
      name: '衢州市信安中等职业学校',
      orgCode: '3633004127',
      legalRepresentative: '方建华',
      address: '浙江省衢州市柯城区信安大道56号',
      contactPerson: '毛丽娟',
      phone: '0570-8836210',
      bankName: '浙江衢州农村商业银行柯城支行',
      bankAccount: '201000156832451',
    },
    partnerSchools: ['衢州职业技术学院', '衢州中等专业学校'],
    partnerEnterprises: [{ name: '衢州元立精密制造有限公司', uscc: makeUscc('91', '330802', 'MA2DL05K') }],
    applicationDate: '2025-10-20',
    year: 2025,
    projectStart: '2025-05-26',
    projectEnd: '2025-09-30',
    majors: ['数控技术应用', '机电技术应用', '工业机器人技术应用'],
    occupations: ['数控车工', '工业机器人系统操作员', '电工'],
    specialtyGroup: '智能制造专业群',
    serviceField: '智能制造',
  },
  'yongzhou-2021': {
    areas: ['431102', '431103', '431181', '431126'],
    enterprise: {
      name: '永州潇湘电子科技有限公司',
      orgCode: makeUscc('91', '431103', 'MA4QX2B7'),
      legalRepresentative: '蒋志强',
      address: '湖南省永州市冷水滩区永州经济技术开发区长丰大道88号',
      contactPerson: '唐雅琴',
      phone: '0746-8326617',
      bankName: '中国建设银行永州冷水滩支行',
      bankAccount: '43050168620800001234',
    },
    school: {
      name: '永州市工业贸易中等专业学校',
      orgCode: makeUscc('12', '431100', '44771235'),
      legalRepresentative: '邓建国',
      address: '湖南省永州市冷水滩区凤凰路168号',
      contactPerson: '周丹',
      phone: '0746-8221536',
      bankName: '中国农业银行永州分行营业部',
      bankAccount: '18150101040012345',
    },
    partnerSchools: ['永州职业技术学院', '永州市工业贸易中等专业学校'],
    partnerEnterprises: [{ name: '永州湘江纺织有限公司', uscc: makeUscc('91', '431102', 'MA4R0C6P') }],
    applicationDate: '2025-06-18',
    year: 2025,
    projectStart: '2024-09-02',
    projectEnd: '2025-04-30',
    majors: ['电子信息技术', '电子技术应用', '计算机应用'],
    occupations: ['电子产品装配工', '电工', '网络与信息安全管理员'],
    specialtyGroup: '电子信息技术专业群',
    serviceField: '电子信息',
  },
  'jining-2025': {
    areas: ['370811', '370812', '370881', '370883'],
    enterprise: {
      name: '济宁鲁锐工程机械有限公司',
      orgCode: makeUscc('91', '370811', 'MA3FQ81N'),
      legalRepresentative: '孔繁军',
      address: '山东省济宁市任城区济宁高新区崇文大道6699号',
      contactPerson: '颜婷婷',
      phone: '0537-2336851',
      bankName: '中国银行济宁高新区支行',
      bankAccount: '216045678912',
    },
    school: {
      name: '济宁市运河技工学校',
      orgCode: '3637008215',
      legalRepresentative: '孟宪伟',
      address: '山东省济宁市任城区古槐路37号',
      contactPerson: '曹雨桐',
      phone: '0537-3216408',
      bankName: '济宁银行任城支行',
      bankAccount: '8130200000123456789',
    },
    partnerSchools: ['济宁市高级职业学校'],
    partnerEnterprises: [
      { name: '济宁鲁锐工程机械有限公司', uscc: makeUscc('91', '370811', 'MA3FQ81N') },
      { name: '济宁运河智能装备有限公司', uscc: makeUscc('91', '370812', 'MA3G2T5C') },
    ],
    applicationDate: '2025-09-10',
    year: 2025,
    projectStart: '2025-03-03',
    projectEnd: '2025-08-15',
    majors: ['工业机器人应用与维护', '数控加工'],
    occupations: ['工业机器人系统运维员', '数控铣工', '焊工'],
    specialtyGroup: '智能制造专业群',
    serviceField: '高端装备制造',
  },
  'wuzhou-2024': {
    areas: ['450403', '450405', '450406', '450481'],
    enterprise: {
      name: '梧州六堡茶业科技有限公司',
      orgCode: makeUscc('91', '450405', 'MA5N3K8D'),
      legalRepresentative: '黎振华',
      address: '广西壮族自治区梧州市长洲区新兴二路128号',
      contactPerson: '覃嘉怡',
      phone: '0774-3859126',
      bankName: '广西北部湾银行梧州分行',
      bankAccount: '800123456789012',
    },
    school: {
      name: '梧州市现代职业技术学校',
      orgCode: '3645006132',
      legalRepresentative: '莫宏伟',
      address: '广西壮族自治区梧州市万秀区西江四路22号',
      contactPerson: '蒙静怡',
      phone: '0774-2028375',
      bankName: '中国工商银行梧州分行',
      bankAccount: '2108002109200345678',
    },
    partnerSchools: ['梧州职业学院'],
    partnerEnterprises: [{ name: '梧州六堡茶业科技有限公司', uscc: makeUscc('91', '450405', 'MA5N3K8D') }],
    applicationDate: '2025-03-20',
    year: 2024,
    projectStart: '2024-03-04',
    projectEnd: '2024-11-29',
    majors: ['茶叶生产与加工', '食品加工工艺'],
    occupations: ['评茶员', '茶叶加工工'],
    specialtyGroup: '茶产业专业群',
    serviceField: '食品生物技术（六堡茶加工）',
  },
  'linping-2023': {
    areas: ['330113'],
    enterprise: {
      name: '杭州临平智联精密制造有限公司',
      orgCode: makeUscc('91', '330113', 'MA2KC9X4'),
      legalRepresentative: '沈海波',
      address: '浙江省杭州市临平区临平街道新丰路166号',
      contactPerson: '俞佳琪',
      phone: '0571-86237715',
      bankName: '杭州银行临平支行',
      bankAccount: '3301040160012345678',
    },
    school: {
      name: '杭州市临平职业高级中学',
      orgCode: makeUscc('12', '330113', '47024531'),
      legalRepresentative: '陆文博',
      address: '浙江省杭州市临平区南苑街道人民大道360号',
      contactPerson: '钱敏',
      phone: '0571-86163025',
      bankName: '中国农业银行杭州临平支行',
      bankAccount: '19035101040012345',
    },
    partnerSchools: ['杭州市临平职业高级中学', '杭州市乔司职业高级中学'],
    partnerEnterprises: [
      { name: '杭州临平智联精密制造有限公司', uscc: makeUscc('91', '330113', 'MA2KC9X4') },
    ],
    applicationDate: '2025-06-16',
    year: 2025,
    projectStart: '2024-09-02',
    projectEnd: '2025-04-30',
    majors: ['智能设备运行与维护', '工业机器人技术应用', '数控技术应用'],
    occupations: ['工业机器人系统操作员', '数控车工', '电工'],
    specialtyGroup: '智能制造与控制专业群',
    serviceField: '智能制造',
  },
};
