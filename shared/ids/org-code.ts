import { type IdCheckResult, idFailure } from './check-result';
import { normalizeIdentifier } from './normalize';
import { checkSchoolCode } from './school-code';
import { checkUscc } from './uscc';

export type OrgKind = 'enterprise' | 'school';

export type OrgCodeResult = IdCheckResult<{ format: 'uscc' | 'school-code' }>;

/**
 * Checks an applicant's organisation code. An enterprise must give its 统一社会信用代码; a school may
 * give either that or its 10-digit 学校标识码, told apart by length after normalisation (a school's
 * input that is neither 18 nor 10 characters long gets a message naming both formats).
 */
export function checkOrgCode(input: string, kind: OrgKind): OrgCodeResult {
  const value = normalizeIdentifier(input);
  const length = Array.from(value).length;
  if (kind === 'enterprise' || length === 18) {
    const uscc = checkUscc(input);
    return uscc.ok ? { ok: true, value: uscc.value, format: 'uscc' } : uscc;
  }
  if (length === 10) {
    const school = checkSchoolCode(input);
    return school.ok ? { ok: true, value: school.value, format: 'school-code' } : school;
  }
  if (length === 0) {
    return idFailure(
      'empty',
      '请输入统一社会信用代码或学校标识码',
      'Enter the unified social credit code or the school code',
    );
  }
  return idFailure(
    'length',
    `请填写18位统一社会信用代码或10位学校标识码，实为${length}位`,
    `Enter an 18-character unified social credit code or a 10-digit school code, got ${length} characters`,
  );
}
