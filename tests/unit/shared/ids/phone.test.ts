import { describe, expect, test } from 'vitest';
import { checkMobile, checkPhone } from '../../../../shared/ids';

describe('checkMobile', () => {
  test.each([
    ['13800138000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-138-0013-8000', '13800138000'],
    ['+8613800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['008613800138000', '13800138000'],
    ['＋８６　１３８００１３８０００', '13800138000'],
    ['１３８－００１３－８０００', '13800138000'],
    ['19912345678', '19912345678'],
    ['13000000000', '13000000000'],
  ])('accepts %j', (input, value) => {
    expect(checkMobile(input)).toEqual({ ok: true, value });
  });

  test.each([
    ['', 'empty', undefined, '请输入手机号'],
    [' - ', 'empty', undefined, '请输入手机号'],
    ['12345678901', 'second-digit', 2, '手机号第2位应为3-9，实为「2」'],
    ['11012345678', 'second-digit', 2, '手机号第2位应为3-9，实为「1」'],
    ['10012345678', 'second-digit', 2, '手机号第2位应为3-9，实为「0」'],
    ['+8612345678901', 'second-digit', 5, '手机号第2位应为3-9，实为「2」'],
    ['23800138000', 'first-digit', 1, '手机号应以1开头，实为「2」'],
    ['05701234567', 'first-digit', 1, '手机号应以1开头，实为「0」'],
    ['1380013800', 'length', undefined, '手机号应为11位，实为10位'],
    ['138001380001', 'length', undefined, '手机号应为11位，实为12位'],
    ['1380013800a', 'invalid-char', 11, '手机号中的「a」不是数字'],
    ['+1 2025550123', 'invalid-char', 1, '手机号中的「+」不是数字'],
    ['138.0013.8000', 'invalid-char', 4, '手机号中的「.」不是数字'],
  ])('rejects %j', (input, code, position, message) => {
    const result = checkMobile(input);
    expect(result).toMatchObject({ ok: false, code, message });
    expect(result.ok ? undefined : result.position).toBe(position);
  });
});

describe('checkPhone', () => {
  test.each([
    ['13800138000', '13800138000', 'mobile', undefined],
    ['+86 138 0013 8000', '13800138000', 'mobile', undefined],
    ['0570-1234567', '0570-1234567', 'landline', undefined],
    ['0570-12345678', '0570-12345678', 'landline', undefined],
    ['(0570)12345678', '0570-12345678', 'landline', undefined],
    ['(0570)-1234567', '0570-1234567', 'landline', undefined],
    ['（０５７０）１２３４５６７８', '0570-12345678', 'landline', undefined],
    ['0570 1234567', '0570-1234567', 'landline', undefined],
    ['05701234567', '0570-1234567', 'landline', undefined],
    ['010-62345678', '010-62345678', 'landline', undefined],
    ['010-12345678', '010-12345678', 'landline', undefined],
    ['01062345678', '010-62345678', 'landline', undefined],
    ['021 5432 1098', '021-54321098', 'landline', undefined],
    ['0570-1234567-123', '0570-1234567-123', 'landline', '123'],
    ['0570-1234567转8001', '0570-1234567-8001', 'landline', '8001'],
    ['0570-1234567 分机 12', '0570-1234567-12', 'landline', '12'],
    ['0570-1234567 ext. 12', '0570-1234567-12', 'landline', '12'],
    ['0570-1234567x12', '0570-1234567-12', 'landline', '12'],
    ['0570-1234567#123456', '0570-1234567-123456', 'landline', '123456'],
  ])('accepts %j', (input, value, kind, extension) => {
    const result = checkPhone(input);
    expect(result).toMatchObject({ ok: true, value, kind });
    expect(result.ok ? result.extension : 'failed').toBe(extension);
  });

  test.each([
    ['', 'empty', '请输入电话号码'],
    ['12345678901', 'second-digit', '手机号第2位应为3-9，实为「2」'],
    ['1380013800', 'length', '手机号应为11位，实为10位'],
    ['6234567', 'missing-area-code', '座机号码请加区号，如 010-12345678；手机号为1开头的11位'],
    ['057-1234567', 'area-code', '区号「057」不对：区号为 010、020-029 这样的3位，或 0310-0999 这样的4位'],
    ['0100-1234567', 'area-code', '区号「0100」不对：区号为 010、020-029 这样的3位，或 0310-0999 这样的4位'],
    [
      '05701-1234567',
      'area-code',
      '区号「05701」不对：区号为 010、020-029 这样的3位，或 0310-0999 这样的4位',
    ],
    ['0570-123456', 'local-length', '座机号码（不含区号）应为7或8位，实为6位'],
    ['0570-123456789', 'local-length', '座机号码（不含区号）应为7或8位，实为9位'],
    ['0570-0234567', 'local-start', '座机号码（不含区号）不能以「0」开头'],
    ['010-0234567', 'local-start', '座机号码（不含区号）不能以「0」开头'],
    ['0570-1234567转', 'extension', '分机号应为1-6位数字'],
    ['0570-1234567转1234567', 'extension', '分机号应为1-6位数字'],
    ['0570-12a4567', 'invalid-char', '电话号码中的「a」不是数字'],
    ['(0570', 'invalid-char', '电话号码中的「(」不是数字'],
    ['0570-1234-567-89', 'format', '座机号码格式不对，应写作 区号-号码，如 010-12345678'],
    ['abc', 'invalid-char', '电话号码中的「a」不是数字'],
  ])('rejects %j', (input, code, message) => {
    expect(checkPhone(input)).toMatchObject({ ok: false, code, message });
  });
});
