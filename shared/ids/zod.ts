import { z } from 'zod';
import type { IdCheckResult } from './check-result';
import { checkBankAccount } from './bank-account';
import { checkMobile } from './mobile';
import { checkOrgCode, type OrgKind } from './org-code';
import { checkPhone } from './phone';
import { checkResidentId, type ResidentIdOptions } from './resident-id';
import { checkUscc } from './uscc';

/**
 * Turns a check into a zod string schema whose output is the normalised value. A failure becomes one
 * custom issue with the Chinese message; `params` carries `code`, `messageEn` and `position`.
 */
function fromCheck(check: (input: string) => IdCheckResult) {
  return z.string().transform((input, ctx) => {
    const result = check(input);
    if (result.ok) return result.value;
    ctx.addIssue({
      code: 'custom',
      message: result.message,
      input,
      params: { code: result.code, messageEn: result.messageEn, position: result.position },
    });
    return z.NEVER;
  });
}

/** 统一社会信用代码 → normalised 18 characters. */
export const zUscc = fromCheck(checkUscc);

/** 居民身份证号 → normalised 18 characters; `asOf` as in {@link checkResidentId}. */
export function zResidentId(opts?: ResidentIdOptions) {
  return fromCheck((input) => checkResidentId(input, opts));
}

/** Mainland mobile number → 11 digits. */
export const zMobile = fromCheck(checkMobile);

/** Mobile or landline → 11 digits or 0570-1234567[-123]. */
export const zPhone = fromCheck(checkPhone);

/** An enterprise's USCC, or a school's USCC or 学校标识码 → normalised code. */
export function zOrgCode(kind: OrgKind) {
  return fromCheck((input) => checkOrgCode(input, kind));
}

/** Bank account number → digits only. */
export const zBankAccount = fromCheck(checkBankAccount);
