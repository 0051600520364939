import type { PolicyId } from '../../schemas';
import { addDays, yearOf } from '../dates';
import type { City } from './cities';
import { within } from './enterprise';
import { person } from './people';

interface TeacherShape {
  title: string;
  specialty: boolean;
  dual: boolean;
  partTime: boolean;
  practice: number;
}

// 12 teachers: 10 specialty (9 dual-qualified), 2 culture-course; 3 part-time from enterprises.
// That is 75% dual overall (Yongzhou ≥ 50%), 90% of specialty teachers (Linping ≥ 90%) and 25%
// part-time (Quzhou ≤ 30%).
const TEAM: readonly TeacherShape[] = [
  { title: '高级讲师', specialty: true, dual: true, partTime: false, practice: 12 },
  { title: '高级讲师', specialty: true, dual: true, partTime: false, practice: 6 },
  { title: '讲师', specialty: true, dual: true, partTime: false, practice: 8 },
  { title: '讲师', specialty: true, dual: true, partTime: false, practice: 6 },
  { title: '讲师', specialty: true, dual: true, partTime: false, practice: 7 },
  { title: '一级实习指导教师', specialty: true, dual: true, partTime: false, practice: 9 },
  { title: '高级工程师', specialty: true, dual: true, partTime: true, practice: 0 },
  { title: '高级技师', specialty: true, dual: true, partTime: true, practice: 0 },
  { title: '技师', specialty: true, dual: true, partTime: true, practice: 0 },
  { title: '助理讲师', specialty: true, dual: false, partTime: false, practice: 0 },
  { title: '高级讲师', specialty: false, dual: false, partTime: false, practice: 0 },
  { title: '讲师', specialty: false, dual: false, partTime: false, practice: 0 },
];

/** 双师型教师团队 meeting every pack's ratio. */
export function dualTeacherTeamData(_policy: PolicyId, city: City) {
  const year = yearOf(city.applicationDate);
  return {
    teamName: `${city.specialtyGroup}“双师型”教师教学创新团队`,
    specialtyGroup: city.specialtyGroup,
    teachers: TEAM.map((t, i) => {
      const p = person(i + 30, city.areas[i % city.areas.length] ?? '000000', 1972 + ((i * 3) % 24));
      const base = {
        ...p,
        title: t.title,
        specialtyTeacher: t.specialty,
        dualQualified: t.dual,
        employment: t.partTime ? 'enterprise-part-time' : 'full-time',
        enterprisePracticeMonths: t.practice,
      };
      return t.dual ? { ...base, certificateNumber: `SS${year - 1}${String(i + 1).padStart(4, '0')}` } : base;
    }),
  };
}

const CERTIFICATES = [
  ['工业机器人操作与运维职业技能等级证书', 'intermediate'],
  ['数控车铣加工职业技能等级证书', 'intermediate'],
  ['Web前端开发职业技能等级证书', 'junior'],
  ['智能财税职业技能等级证书', 'junior'],
] as const;

/** 1+X: eight students, one of them with a second certificate in the same year (counted once). */
export function onePlusXData(_policy: PolicyId, city: City) {
  const year = yearOf(city.projectEnd);
  const students = Array.from({ length: 8 }, (_, i) => {
    const [certificateName, level]: readonly [string, string] =
      CERTIFICATES[i % CERTIFICATES.length] ?? CERTIFICATES[0];
    return {
      ...person(i + 40, city.areas[i % city.areas.length] ?? '000000', 2006 + (i % 3)),
      major: city.majors[i % city.majors.length] ?? '',
      certificateName,
      level,
      certificateNumber: `${year}${city.areas[0]?.slice(0, 4) ?? ''}${String(i * 131 + 1007).padStart(6, '0')}`,
      issueDate: addDays(city.projectEnd, -7 * (i % 4)),
    };
  });
  const first = students[0];
  if (first) {
    students.push({
      ...first,
      certificateName: '电工职业技能等级证书',
      level: 'junior',
      certificateNumber: `${year}${city.areas[0]?.slice(0, 4) ?? ''}009999`,
      issueDate: addDays(city.projectEnd, -40),
    });
  }
  return { year, students };
}

/** 人才津贴: two 专业带头人, one 产业导师, one 技能大师 selected in one round. */
export function talentAllowanceData(_policy: PolicyId, city: City) {
  const selectionDate = within(city, 0.4);
  const roles = ['specialty-leader', 'specialty-leader', 'industry-mentor', 'skill-master'] as const;
  const specialties = ['电子信息技术', '计算机应用', '电子产品装配', '电子设备维修'];
  return {
    people: roles.map((role, i) => ({
      ...person(i + 70, city.areas[i % city.areas.length] ?? '000000', 1970 + i * 4),
      role,
      specialty: specialties[i] ?? '',
      selectionDate,
      selectionDocument: `${city.year - 1}年度职业院校专业带头人、产业导师、技能大师遴选结果公示`,
    })),
  };
}

/** 新增专业: one deeply cooperating enterprise co-drafted the plan; an industry association takes part. */
export function newSpecialtyData(policy: PolicyId, city: City) {
  const jining = policy === 'jining-2025';
  return {
    specialtyName: city.majors[0] ?? '',
    specialtyCode: jining ? '0128-4' : '610106',
    catalogue: jining ? 'technician-2022' : 'secondary-vocational',
    plannedEnrolment: jining ? 45 : 40,
    firstIntakeYear: yearOf(city.applicationDate) + (jining ? 1 : 0),
    partners: city.partnerEnterprises.map((e, i) => ({
      ...e,
      deepCooperation: i === 0,
      coDraftedPlan: i === 0,
      agreementDate: addDays(city.applicationDate, -60 - i * 30),
    })),
    industryBodies: [{ name: jining ? '济宁市装备制造行业协会' : '梧州市茶业协会' }],
  };
}
