import type { PolicyId } from '../../schemas';
import { addDays, daysBetween, yearOf } from '../dates';
import type { City } from './cities';
import { person } from './people';

/** A date `fraction` (0…1) of the way through the city's project window. */
export function within(city: City, fraction: number): string {
  return addDays(city.projectStart, Math.floor(daysBetween(city.projectStart, city.projectEnd) * fraction));
}

/** A 20-digit 数电发票 number unique per city and sequence. */
function invoiceNumber(city: City, date: string, seq: number): string {
  const area = city.areas[0] ?? '000000';
  return `${String(yearOf(date)).slice(2)}${area.slice(0, 2)}2${area}${String(seq * 7919 + 100_000).padStart(9, '0')}`;
}

function investments(city: City, items: readonly (readonly [string, string, number])[]) {
  return items.map(([category, name, yuan], i) => {
    const invoiceDate = within(city, (i + 1) / (items.length + 1));
    return {
      category,
      name,
      amountFen: yuan * 100,
      invoiceNumber: invoiceNumber(city, invoiceDate, i + 1),
      invoiceDate,
    };
  });
}

/** 实训基地: 2,400,000.00 invested, so Quzhou's 25% (600,000.00) is capped at 500,000.00. */
export function trainingBaseData(_policy: PolicyId, city: City) {
  return {
    baseName: `${city.enterprise.name.replace(/有限公司$/, '')}产教融合实训基地`,
    serviceField: city.serviceField,
    partnerSchools: city.partnerSchools.map((name) => ({
      name,
      agreementDate: addDays(city.projectStart, -30),
    })),
    stations: 48,
    trainingCapacity: 1200,
    constructionStart: city.projectStart,
    constructionEnd: city.projectEnd,
    investments: investments(city, [
      ['equipment', '五轴联动数控加工中心', 1_280_000],
      ['equipment', '工业机器人实训工作站（6套）', 690_000],
      ['facility', '实训车间改造及通风照明工程', 310_000],
      ['software', '虚拟仿真实训教学平台', 120_000],
    ]),
  };
}

/** 实习: six interns from the partner schools, each a few whole months inside the project window. */
export function internshipData(_policy: PolicyId, city: City) {
  const interns = Array.from({ length: 6 }, (_, i) => {
    const p = person(i + 1, city.areas[i % city.areas.length] ?? '000000', 2004 + (i % 3));
    const startDate = within(city, i < 3 ? 0 : 0.25);
    return {
      ...p,
      school: city.partnerSchools[i % city.partnerSchools.length] ?? '',
      major: city.majors[i % city.majors.length] ?? '',
      startDate,
      endDate: addDays(city.projectEnd, -(i % 2) * 14),
    };
  });
  return {
    complianceCertified: true,
    employeeCount: 480,
    aboveDesignatedSize: true,
    postsOffered: 12,
    interns,
  };
}

/** 学徒制: five apprentices over one year, a 40/60 theory/practice plan. */
export function apprenticeshipData(policy: PolicyId, city: City) {
  const mentors = [person(60, city.areas[0] ?? '000000', 1978), person(61, city.areas[0] ?? '000000', 1981)];
  const apprentices = Array.from({ length: 5 }, (_, i) => ({
    ...person(i + 20, city.areas[i % city.areas.length] ?? '000000', 2001 + (i % 4)),
    occupation: city.occupations[i % city.occupations.length] ?? '',
    targetLevel: i < 3 ? 'level-4' : 'level-3',
    startDate: city.projectStart,
    endDate: addDays(city.projectStart, 364),
    mentor: mentors[i % 2]?.name ?? '',
  }));
  return {
    scheme: policy === 'jining-2025' || policy === 'linping-2023' ? 'modern' : 'new-type',
    partnerSchool: city.partnerSchools[0] ?? '',
    theoryHours: 480,
    practiceHours: 720,
    apprentices,
  };
}

/** 教育费附加抵免: 1,000,000.00 invested, 300,000.00 credit, limited to 200,000.00 payable. */
export function surchargeCreditData(_policy: PolicyId, city: City) {
  return {
    year: city.year,
    pilotListed: true,
    pilotListDocument: `${city.year}年度产教融合型企业建设培育名单`,
    investments: investments(city, [
      ['equipment', '六堡茶加工实训生产线', 620_000],
      ['facility', '校企共建茶艺实训室装修工程', 260_000],
      ['materials', '六堡茶制作技艺活页式教材开发', 120_000],
    ]),
    educationSurchargePayableFen: 12_000_000,
    localEducationSurchargePayableFen: 8_000_000,
  };
}
