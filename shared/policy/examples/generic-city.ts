import { addDays, yearOf } from '../dates';
import type { Pack } from '../types';
import type { City } from './cities';
import { makeUscc } from './identifiers';

/**
 * Example data for a pack that brings no city of its own (an imported pack): fictional
 * organisations named after the pack's region, synthetic codes of its division, and dates inside
 * the pack's period (150 days after it takes effect, or its last day if sooner).
 */
export function genericCity(pack: Pack): City {
  const { code, name, province, areaCode } = pack.region;
  const from = addDays(pack.dates.inForceFrom, 150);
  const end = pack.dates.periodEnd;
  const applicationDate = end !== undefined && end < from ? end : from;
  const projectEnd = addDays(applicationDate, -20);
  const place = `${province === name ? '' : province}${name}`;
  const organisation = (kind: string, orgCode: string, account: string) => ({
    name: `${name}示例${kind}`,
    orgCode,
    legalRepresentative: '王建平',
    address: `${place}示例路1号`,
    contactPerson: '李晓红',
    phone: `${areaCode}-6123456`,
    bankName: `中国工商银行${name}分行`,
    bankAccount: account,
  });
  return {
    areas: [code],
    enterprise: organisation('智造有限公司', makeUscc('91', code, 'MA2EX8P1'), '1209270019200654321'),
    school: organisation('中等职业学校', makeUscc('12', code, '44012345'), '201000156832789'),
    partnerSchools: [`${name}示例职业技术学院`],
    partnerEnterprises: [{ name: `${name}示例精密制造有限公司`, uscc: makeUscc('91', code, 'MA2EY9Q3') }],
    applicationDate,
    year: yearOf(projectEnd),
    projectStart: addDays(applicationDate, -140),
    projectEnd,
    majors: ['数控技术应用', '机电技术应用'],
    occupations: ['数控车工', '电工'],
    specialtyGroup: '智能制造专业群',
    serviceField: '智能制造',
  };
}
