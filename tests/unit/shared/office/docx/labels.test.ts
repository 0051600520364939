// The label variants offices write, and what each is recognised as.
import { describe, expect, it } from 'vitest';
import {
  fieldForColumn,
  normaliseLabel,
  pathForLabel,
  programLabels,
} from '../../../../../shared/office/docx';

const internship = programLabels('internship').labels;
const path = (raw: string) => pathForLabel(normaliseLabel(raw), internship);

describe('label recognition', () => {
  it.each([
    ['企业名称', 'applicant.name'],
    ['企　业　名　称：', 'applicant.name'],
    ['单位名称(盖章)', 'applicant.name'],
    ['学校名称', 'applicant.name'],
    ['申报单位', 'applicant.name'],
    ['*统一社会信用代码', 'applicant.orgCode'],
    ['组织机构代码', 'applicant.orgCode'],
    ['法定代表人（负责人）', 'applicant.legalRepresentative'],
    ['法 人 代 表', 'applicant.legalRepresentative'],
    ['联系人及电话', 'applicant.contact'],
    ['联系人及联系方式', 'applicant.contact'],
    ['联 系 人', 'applicant.contactPerson'],
    ['联系电话：', 'applicant.phone'],
    ['手机', 'applicant.phone'],
    ['单位地址', 'applicant.address'],
    ['通讯地址', 'applicant.address'],
    ['开户行', 'applicant.bankName'],
    ['开户银行', 'applicant.bankName'],
    ['开户行及账号', 'applicant.bank'],
    ['银行账号', 'applicant.bankAccount'],
    ['账　　号', 'applicant.bankAccount'],
    ['申请补助金额', 'amount.figures'],
    ['申请补助金额（小写）', 'amount.figures'],
    ['申请补助金额(元)', 'amount.figures'],
    ['小写（元）', 'amount.figures'],
    ['申请补助金额（大写）', 'amount.uppercase'],
    ['大写', 'amount.uppercase'],
    ['金额大写', 'amount.uppercase'],
    ['申报日期', 'applicationDate'],
    ['填表日期：', 'applicationDate'],
    ['项目名称', 'program'],
    ['职工总数（人）', 'data.employeeCount'],
    ['是否规模以上企业', 'data.aboveDesignatedSize'],
  ])('%s → %s', (raw, expected) => {
    expect(path(raw)).toBe(expected);
  });

  it.each(['填报人', '备注', '审核意见', '（盖章）'])('%s is not recognised', (raw) => {
    expect(path(raw)).toBeUndefined();
  });

  it('reads roster column headers by the roster’s labels and common variants', () => {
    const interns = programLabels('internship').rosters.find((r) => r.path === 'data.interns')!;
    const field = (h: string) => fieldForColumn(normaliseLabel(h), interns.fields);
    expect(
      [
        '姓名',
        '学生姓名',
        '身份证号码',
        '公民身份号码',
        '就读院校',
        '所学专业',
        '实习开始日期',
        '起始时间',
      ].map(field),
    ).toEqual(['name', 'name', 'idNumber', 'idNumber', 'school', 'major', 'startDate', 'startDate']);
    expect(field('实习岗位')).toBeUndefined();
  });
});
