import { describe, expect, test } from 'vitest';
import { checkUscc } from '../../../../shared/ids';
import { makeUscc, orgCheck, usccCheck } from './make-codes';

// Published example (GB 32100 explanatory material), verified by both check characters.
const PUBLISHED = '91350100M000100Y43';

describe('test helpers', () => {
  test('reproduce the published example', () => {
    expect(orgCheck('M000100Y')).toBe('4');
    expect(usccCheck('91350100M000100Y4')).toBe('3');
    expect(makeUscc('91350100', 'M000100Y')).toBe(PUBLISHED);
  });
});

describe('checkUscc accepts', () => {
  test.each([
    ['published example', PUBLISHED, PUBLISHED],
    ['enterprise 91, MA2 body', makeUscc('91330800', 'MA2A0B1C'), makeUscc('91330800', 'MA2A0B1C')],
    ['sole trader 92', makeUscc('92330100', 'MA2H1234'), makeUscc('92330100', 'MA2H1234')],
    ['public school 12', makeUscc('12330000', '47000123'), makeUscc('12330000', '47000123')],
    ['private school 52', makeUscc('52330100', 'MJ876543'), makeUscc('52330100', 'MJ876543')],
    ['lower case', PUBLISHED.toLowerCase(), PUBLISHED],
    ['full-width and spaces', '９１３５ ０１００\u3000ｍ０００ １００ ｙ４３', PUBLISHED],
    ['zero-width characters', `\u200B${PUBLISHED}\uFEFF`, PUBLISHED],
  ])('%s', (_name, input, value) => {
    expect(checkUscc(input)).toMatchObject({ ok: true, value });
  });

  test('reports the division and organisation code', () => {
    expect(checkUscc(PUBLISHED)).toEqual({
      ok: true,
      value: PUBLISHED,
      divisionCode: '350100',
      organizationCode: 'M000100Y4',
    });
  });

  test('finds check characters that are 0 (sum ≡ 0 mod 31) and X (GB 11714 remainder 10)', () => {
    const bodies = Array.from({ length: 2000 }, (_, i) => `MA${String(i).padStart(6, '0')}`);
    const zeroCheck = bodies.map((b) => makeUscc('91330800', b)).find((c) => c.endsWith('0'));
    const xOrg = bodies.find((b) => orgCheck(b) === 'X');
    expect(zeroCheck).toBeDefined();
    expect(xOrg).toBeDefined();
    expect(checkUscc(zeroCheck ?? '')).toMatchObject({ ok: true });
    expect(checkUscc(makeUscc('91330800', xOrg ?? ''))).toMatchObject({ ok: true });
  });
});

describe('checkUscc authority and category combinations', () => {
  test.each(
    [
      '11',
      '12',
      '13',
      '19',
      '21',
      '29',
      '31',
      '32',
      '33',
      '34',
      '35',
      '39',
      '41',
      '49',
      '51',
      '52',
      '53',
      '59',
    ]
      .concat(['61', '62', '69', '71', '72', '79', '81', '89', '91', '92', '93', 'A1', 'A9', 'N1', 'N2'])
      .concat(['N3', 'N9', 'Y1']),
  )('accepts %s', (head) => {
    expect(checkUscc(makeUscc(`${head}330100`, 'MA2A0B1C'))).toMatchObject({ ok: true });
  });

  test.each([
    ['B1', 'registration-authority', 1, '统一社会信用代码第1位「B」不是有效的登记管理部门代码'],
    ['01', 'registration-authority', 1, '统一社会信用代码第1位「0」不是有效的登记管理部门代码'],
    ['H1', 'registration-authority', 1, '统一社会信用代码第1位「H」不是有效的登记管理部门代码'],
    [
      '14',
      'category',
      2,
      '统一社会信用代码第2位「4」不是有效的机构类别代码（第1位为「1」时应为 1、2、3、9）',
    ],
    [
      '54',
      'category',
      2,
      '统一社会信用代码第2位「4」不是有效的机构类别代码（第1位为「5」时应为 1、2、3、9）',
    ],
    ['94', 'category', 2, '统一社会信用代码第2位「4」不是有效的机构类别代码（第1位为「9」时应为 1、2、3）'],
    ['99', 'category', 2, '统一社会信用代码第2位「9」不是有效的机构类别代码（第1位为「9」时应为 1、2、3）'],
    ['90', 'category', 2, '统一社会信用代码第2位「0」不是有效的机构类别代码（第1位为「9」时应为 1、2、3）'],
    ['Y2', 'category', 2, '统一社会信用代码第2位「2」不是有效的机构类别代码（第1位为「Y」时应为 1）'],
    ['22', 'category', 2, '统一社会信用代码第2位「2」不是有效的机构类别代码（第1位为「2」时应为 1、9）'],
  ])('rejects %s', (head, code, position, message) => {
    expect(checkUscc(makeUscc(`${head}330100`, 'MA2A0B1C'))).toMatchObject({
      ok: false,
      code,
      position,
      message,
    });
  });
});

describe('checkUscc rejects', () => {
  const valid = makeUscc('91330800', 'MA2A0B1C');
  const wrong18 = usccCheck(valid.slice(0, 17)) === '0' ? '1' : '0';
  const badOrgBody = `91330800MA2A0B1C${orgCheck('MA2A0B1C') === '0' ? '1' : '0'}`;

  test.each([
    ['empty', '', 'empty', undefined, '请输入统一社会信用代码'],
    ['blank', ' \u3000 ', 'empty', undefined, '请输入统一社会信用代码'],
    ['17 characters', PUBLISHED.slice(0, 17), 'length', undefined, '统一社会信用代码应为18位，实为17位'],
    ['19 characters', `${PUBLISHED}0`, 'length', undefined, '统一社会信用代码应为18位，实为19位'],
    [
      'I at position 5',
      '9135I100M000100Y43',
      'invalid-char',
      5,
      '第5位「I」不是统一社会信用代码允许的字符（代码中不使用字母 I、O、Z、S、V）',
    ],
    [
      'O at position 9',
      '91350100O000100Y43',
      'invalid-char',
      9,
      '第9位「O」不是统一社会信用代码允许的字符（代码中不使用字母 I、O、Z、S、V）',
    ],
    [
      'lower-case s is upper-cased then named',
      '91350100M000100s43',
      'invalid-char',
      16,
      '第16位「S」不是统一社会信用代码允许的字符（代码中不使用字母 I、O、Z、S、V）',
    ],
    ['hyphen', '91350100-M000100Y43', 'invalid-char', 9, '第9位「-」不是统一社会信用代码允许的字符'],
    [
      'Chinese label pasted in',
      '代码91350100M000100Y43',
      'invalid-char',
      1,
      '第1位「代」不是统一社会信用代码允许的字符',
    ],
    [
      'letter in the division code',
      '9133A800MA2A0B1C00',
      'division',
      5,
      '统一社会信用代码第5位「A」应为数字（第3-8位是行政区划码）',
    ],
    [
      'check character changed',
      '91350100M000100Y44',
      'check-char',
      18,
      '统一社会信用代码第18位（校验码）应为「3」，实为「4」',
    ],
    [
      'a typo inside the body is reported at the check character',
      '91350100M000200Y43',
      'check-char',
      18,
      `统一社会信用代码第18位（校验码）应为「${usccCheck('91350100M000200Y4')}」，实为「3」`,
    ],
    [
      'generated code with check character changed',
      valid.slice(0, 17) + wrong18,
      'check-char',
      18,
      `统一社会信用代码第18位（校验码）应为「${valid.charAt(17)}」，实为「${wrong18}」`,
    ],
    [
      'organisation code check wrong while the 18th is consistent',
      badOrgBody + usccCheck(badOrgBody),
      'org-check-char',
      17,
      `统一社会信用代码第17位（组织机构代码校验码）应为「${orgCheck('MA2A0B1C')}」，实为「${badOrgBody.charAt(16)}」`,
    ],
  ])('%s', (_name, input, code, position, message) => {
    const result = checkUscc(input);
    expect(result).toMatchObject({ ok: false, code, message });
    expect(result.ok ? undefined : result.position).toBe(position);
    expect(result.ok ? '' : result.messageEn).not.toBe('');
  });
});
