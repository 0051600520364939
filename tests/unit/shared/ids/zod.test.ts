import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { zBankAccount, zMobile, zOrgCode, zPhone, zResidentId, zUscc } from '../../../../shared/ids';
import { makeUscc } from './make-codes';

const USCC = makeUscc('91330800', 'MA2A0B1C');

function issues(schema: z.ZodType, input: unknown): { message: string; params?: unknown }[] {
  const result = schema.safeParse(input);
  return result.success ? [] : (result.error.issues as { message: string; params?: unknown }[]);
}

describe('zod schemas transform to the normalised value', () => {
  test.each([
    ['zUscc', zUscc, ` ${USCC.toLowerCase()} `, USCC],
    ['zResidentId', zResidentId({ asOf: '2024-06-01' }), '11010519491231002x', '11010519491231002X'],
    ['zMobile', zMobile, '+86 138-0013-8000', '13800138000'],
    ['zPhone', zPhone, '(0570)12345678', '0570-12345678'],
    ['zOrgCode school', zOrgCode('school'), '3633 000 123', '3633000123'],
    ['zOrgCode enterprise', zOrgCode('enterprise'), USCC, USCC],
    ['zBankAccount', zBankAccount, '6222 0212 3456', '622202123456'],
  ])('%s', (_name, schema, input, output) => {
    expect(schema.parse(input)).toBe(output);
  });
});

describe('zod schemas report the Chinese message as the only issue', () => {
  test.each([
    [
      'zUscc',
      zUscc,
      '91350100M000100Y44',
      '统一社会信用代码第18位（校验码）应为「3」，实为「4」',
      'check-char',
    ],
    [
      'zResidentId',
      zResidentId({ asOf: '2024-06-01' }),
      '110105194912310023',
      '身份证号第18位（校验码）应为「X」，实为「3」',
      'check-digit',
    ],
    ['zMobile', zMobile, '12345678901', '手机号第2位应为3-9，实为「2」', 'second-digit'],
    [
      'zPhone',
      zPhone,
      '6234567',
      '座机号码请加区号，如 010-12345678；手机号为1开头的11位',
      'missing-area-code',
    ],
    [
      'zOrgCode enterprise',
      zOrgCode('enterprise'),
      '3633000123',
      '统一社会信用代码应为18位，实为10位',
      'length',
    ],
    ['zBankAccount', zBankAccount, '1234567', '银行账号应为8-32位数字，实为7位', 'length'],
  ])('%s', (_name, schema, input, message, code) => {
    const found = issues(schema, input);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe(message);
    expect(found[0]?.params).toMatchObject({ code });
  });

  test('a non-string fails before the check runs', () => {
    expect(issues(zUscc, 123)).toHaveLength(1);
    expect(issues(zUscc, 123)[0]?.message).not.toContain('统一社会信用代码');
  });

  test('works inside an object schema', () => {
    const schema = z.object({ uscc: zUscc, mobile: zMobile });
    expect(schema.parse({ uscc: USCC.toLowerCase(), mobile: '138 0013 8000' })).toEqual({
      uscc: USCC,
      mobile: '13800138000',
    });
    const result = schema.safeParse({ uscc: USCC, mobile: '1380013800' });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path, i.message])).toEqual([
      [['mobile'], '手机号应为11位，实为10位'],
    ]);
  });
});
