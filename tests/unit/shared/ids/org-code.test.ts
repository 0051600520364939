import { describe, expect, test } from 'vitest';
import { checkOrgCode, checkSchoolCode } from '../../../../shared/ids';
import { makeUscc } from './make-codes';

const USCC = makeUscc('52330100', 'MJ876543');

describe('checkSchoolCode', () => {
  test.each([
    ['3633000123', '3633000123', '中等职业学校'],
    ['4111010001', '4111010001', '普通高等学校'],
    ['4233010002', '4233010002', '成人高等学校'],
    ['9333000001', '9333000001', '中等职业培训机构'],
    ['1182000001', '1182000001', '幼儿园'],
    ['３６３３ ０００ １２３', '3633000123', '中等职业学校'],
  ])('accepts %j', (input, value, category) => {
    expect(checkSchoolCode(input)).toEqual({ ok: true, value, category });
  });

  test.each([
    ['', 'empty', undefined, '请输入学校标识码'],
    ['363300012', 'length', undefined, '学校标识码应为10位数字，实为9位'],
    ['36330001234', 'length', undefined, '学校标识码应为10位数字，实为11位'],
    ['36330001A3', 'invalid-char', 9, '学校标识码第9位「A」不是数字'],
    ['3633-000123', 'invalid-char', 5, '学校标识码第5位「-」不是数字'],
    [
      '3833000123',
      'category',
      1,
      '学校标识码前两位「38」不是学校类别码（如 36 中等职业学校、41 普通高等学校）',
    ],
    [
      '4333000123',
      'category',
      1,
      '学校标识码前两位「43」不是学校类别码（如 36 中等职业学校、41 普通高等学校）',
    ],
    [
      '0133000123',
      'category',
      1,
      '学校标识码前两位「01」不是学校类别码（如 36 中等职业学校、41 普通高等学校）',
    ],
    ['3699000123', 'province', 3, '学校标识码第3-4位「99」不是省级行政区划代码'],
    ['3610000123', 'province', 3, '学校标识码第3-4位「10」不是省级行政区划代码'],
  ])('rejects %j', (input, code, position, message) => {
    const result = checkSchoolCode(input);
    expect(result).toMatchObject({ ok: false, code, message });
    expect(result.ok ? undefined : result.position).toBe(position);
  });
});

describe('checkOrgCode', () => {
  test.each([
    ['enterprise', USCC, USCC, 'uscc'],
    ['enterprise', USCC.toLowerCase(), USCC, 'uscc'],
    ['school', USCC, USCC, 'uscc'],
    ['school', '3633000123', '3633000123', 'school-code'],
    ['school', '３６３３０００１２３', '3633000123', 'school-code'],
  ] as const)('%s accepts %j', (kind, input, value, format) => {
    expect(checkOrgCode(input, kind)).toEqual({ ok: true, value, format });
  });

  test.each([
    ['enterprise', '3633000123', 'length', '统一社会信用代码应为18位，实为10位'],
    ['enterprise', '', 'empty', '请输入统一社会信用代码'],
    ['school', '', 'empty', '请输入统一社会信用代码或学校标识码'],
    ['school', '363300012345', 'length', '请填写18位统一社会信用代码或10位学校标识码，实为12位'],
    ['school', USCC.slice(0, 17), 'length', '请填写18位统一社会信用代码或10位学校标识码，实为17位'],
    [
      'school',
      '3833000123',
      'category',
      '学校标识码前两位「38」不是学校类别码（如 36 中等职业学校、41 普通高等学校）',
    ],
    [
      'school',
      `${USCC.slice(0, 17)}${USCC.endsWith('0') ? '1' : '0'}`,
      'check-char',
      `统一社会信用代码第18位（校验码）应为「${USCC.charAt(17)}」，实为「${USCC.endsWith('0') ? '1' : '0'}」`,
    ],
  ] as const)('%s rejects %j', (kind, input, code, message) => {
    expect(checkOrgCode(input, kind)).toMatchObject({ ok: false, code, message });
  });
});
