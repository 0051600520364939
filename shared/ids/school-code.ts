import { type IdCheckResult, idFailure } from './check-result';
import { normalizeIdentifier } from './normalize';

/**
 * 学校类别码 (first two digits) from the Ministry of Education's 《学校（机构）代码管理办法》:
 * 36 is 中等职业学校 and 41 普通高等学校 (including 高职), the two our users mostly are.
 */
const SCHOOL_CATEGORIES: Readonly<Record<string, string>> = {
  '11': '幼儿园',
  '21': '普通小学',
  '22': '成人小学',
  '31': '普通初中',
  '32': '职业初中',
  '33': '成人初中',
  '34': '普通高中',
  '35': '成人高中',
  '36': '中等职业学校',
  '37': '工读学校',
  '41': '普通高等学校',
  '42': '成人高等学校',
  '51': '特殊教育学校',
  '91': '培养研究生的科研机构',
  '92': '民办的其他高等教育机构',
  '93': '中等职业培训机构',
};

/** Province-level division codes (GB/T 2260 first two digits) that appear in positions 3-4. */
const PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(
    ' ',
  ),
);

export type SchoolCodeErrorCode = 'empty' | 'invalid-char' | 'length' | 'category' | 'province';

export type SchoolCodeResult = IdCheckResult<{ category: string }, SchoolCodeErrorCode>;

/**
 * Checks a 学校（机构）标识码: ten digits, 2-digit school category + 2-digit province + 6-digit
 * serial. `category` names the school type (e.g. 中等职业学校). There is no check digit, so a typo
 * in the serial cannot be detected.
 */
export function checkSchoolCode(input: string): SchoolCodeResult {
  const value = normalizeIdentifier(input);
  const chars = Array.from(value);
  if (chars.length === 0) return idFailure('empty', '请输入学校标识码', 'Enter the school code');
  const badIndex = chars.findIndex((c) => !/^\d$/.test(c));
  if (badIndex >= 0) {
    const bad = chars[badIndex] ?? '';
    return idFailure(
      'invalid-char',
      `学校标识码第${badIndex + 1}位「${bad}」不是数字`,
      `Character ${badIndex + 1} "${bad}" of the school code is not a digit`,
      badIndex + 1,
    );
  }
  if (chars.length !== 10) {
    return idFailure(
      'length',
      `学校标识码应为10位数字，实为${chars.length}位`,
      `A school code has 10 digits, got ${chars.length}`,
    );
  }
  const category = SCHOOL_CATEGORIES[value.slice(0, 2)];
  if (category === undefined) {
    return idFailure(
      'category',
      `学校标识码前两位「${value.slice(0, 2)}」不是学校类别码（如 36 中等职业学校、41 普通高等学校）`,
      `"${value.slice(0, 2)}" is not a school category code (e.g. 36 secondary vocational, 41 higher education)`,
      1,
    );
  }
  if (!PROVINCES.has(value.slice(2, 4))) {
    return idFailure(
      'province',
      `学校标识码第3-4位「${value.slice(2, 4)}」不是省级行政区划代码`,
      `"${value.slice(2, 4)}" at characters 3-4 is not a province code`,
      3,
    );
  }
  return { ok: true, value, category };
}
