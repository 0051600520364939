import { describe, expect, test } from 'vitest';
import { checkResidentId } from '../../../../shared/ids';
import { makeResidentId } from './make-codes';

const AS_OF = { asOf: '2024-06-01' };
// GB 11643-1999's own example: born 1949-12-31, female, check character X.
const STANDARD_EXAMPLE = '11010519491231002X';
const id = (birth: string, seq = '001'): string => makeResidentId(`330102${birth}${seq}`);

describe('checkResidentId accepts', () => {
  test('the standard example, reading birth date and sex', () => {
    expect(makeResidentId(STANDARD_EXAMPLE.slice(0, 17))).toBe(STANDARD_EXAMPLE);
    expect(checkResidentId(STANDARD_EXAMPLE, AS_OF)).toEqual({
      ok: true,
      value: STANDARD_EXAMPLE,
      birthDate: '1949-12-31',
      sex: '女',
    });
  });

  test.each([
    ['lower-case x', '11010519491231002x', STANDARD_EXAMPLE],
    ['full-width digits and spaces', '１１０１０５ １９４９１２３１\u3000００２ｘ', STANDARD_EXAMPLE],
    ['Feb 29 of a leap year', id('20000229'), id('20000229')],
    ['Feb 29 of 2024', id('20240229'), id('20240229')],
    ['born on asOf', id('20240601'), id('20240601')],
    ['born 1900-01-01', id('19000101'), id('19000101')],
    ['Dec 31', id('19991231'), id('19991231')],
  ])('%s', (_name, input, value) => {
    expect(checkResidentId(input, AS_OF)).toMatchObject({ ok: true, value });
  });

  test.each([
    ['001', '男'],
    ['002', '女'],
    ['019', '男'],
    ['020', '女'],
  ])('sequence %s gives %s', (seq, sex) => {
    expect(checkResidentId(id('19850615', seq), AS_OF)).toMatchObject({
      ok: true,
      sex,
      birthDate: '1985-06-15',
    });
  });
});

describe('checkResidentId rejects', () => {
  test.each([
    ['empty', '', 'empty', undefined, '请输入身份证号'],
    [
      '15-digit old number',
      '110105491231002',
      'length',
      undefined,
      '身份证号应为18位，实为15位（请使用18位新号码）',
    ],
    ['17 digits', STANDARD_EXAMPLE.slice(0, 17), 'length', undefined, '身份证号应为18位，实为17位'],
    ['19 digits', `${STANDARD_EXAMPLE.slice(0, 17)}00`, 'length', undefined, '身份证号应为18位，实为19位'],
    [
      'check digit changed',
      '110105194912310023',
      'check-digit',
      18,
      '身份证号第18位（校验码）应为「X」，实为「3」',
    ],
    ['letter inside', '1101A5194912310023', 'invalid-char', 5, '身份证号第5位「A」不是数字'],
    [
      'X before the end',
      '1101X5194912310023',
      'invalid-char',
      5,
      '身份证号第5位「X」应为数字（只有第18位可以是X）',
    ],
    ['letter at the end', '11010519491231002Y', 'invalid-char', 18, '身份证号第18位「Y」应为数字或X'],
    ['hyphen', '110105-19491231002X', 'invalid-char', 7, '身份证号第7位「-」不是数字'],
    ['Feb 30', id('20230230'), 'birth-date-invalid', 7, '身份证号中的出生日期 2023-02-30 不存在'],
    [
      'Feb 29 of a non-leap year',
      id('20230229'),
      'birth-date-invalid',
      7,
      '身份证号中的出生日期 2023-02-29 不存在',
    ],
    [
      'Feb 29 of 1900 (not leap)',
      id('19000229'),
      'birth-date-invalid',
      7,
      '身份证号中的出生日期 1900-02-29 不存在',
    ],
    ['month 13', id('19991301'), 'birth-date-invalid', 7, '身份证号中的出生日期 1999-13-01 不存在'],
    ['month 00', id('19990001'), 'birth-date-invalid', 7, '身份证号中的出生日期 1999-00-01 不存在'],
    ['day 00', id('19990100'), 'birth-date-invalid', 7, '身份证号中的出生日期 1999-01-00 不存在'],
    ['April 31', id('19990431'), 'birth-date-invalid', 7, '身份证号中的出生日期 1999-04-31 不存在'],
    [
      'born the day after asOf',
      id('20240602'),
      'birth-date-future',
      7,
      '身份证号中的出生日期 2024-06-02 晚于 2024-06-01',
    ],
    [
      'born 1899-12-31',
      id('18991231'),
      'birth-date-too-early',
      7,
      '身份证号中的出生日期 1899-12-31 早于 1900-01-01',
    ],
    // The standard's other example is valid by checksum but born 1880, before our floor.
    [
      'born 1880',
      '440524188001010014',
      'birth-date-too-early',
      7,
      '身份证号中的出生日期 1880-01-01 早于 1900-01-01',
    ],
  ])('%s', (_name, input, code, position, message) => {
    const result = checkResidentId(input, AS_OF);
    expect(result).toMatchObject({ ok: false, code, message });
    expect(result.ok ? undefined : result.position).toBe(position);
  });

  test('defaults asOf to today', () => {
    const result = checkResidentId(id('29990101'));
    expect(result).toMatchObject({ ok: false, code: 'birth-date-future' });
    expect(checkResidentId(id('20000101'))).toMatchObject({ ok: true });
  });

  test.each(['2024-02-30', '20240601', '2024-6-1', ''])('throws on malformed asOf %j', (asOf) => {
    expect(() => checkResidentId(STANDARD_EXAMPLE, { asOf })).toThrow(RangeError);
  });
});
