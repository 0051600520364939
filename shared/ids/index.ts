export { type IdCheckFailure, type IdCheckResult } from './check-result';
export { normalizeIdentifier } from './normalize';
export { type UsccErrorCode, type UsccResult, checkUscc } from './uscc';
export { USCC_AUTHORITIES } from './uscc-authorities';
export {
  type ResidentIdErrorCode,
  type ResidentIdOptions,
  type ResidentIdResult,
  checkResidentId,
} from './resident-id';
export { type MobileErrorCode, type MobileResult, checkMobile } from './mobile';
export { type PhoneErrorCode, type PhoneHints, type PhoneResult, checkPhone, landlineExample } from './phone';
export { type SchoolCodeErrorCode, type SchoolCodeResult, checkSchoolCode } from './school-code';
export { type OrgCodeResult, type OrgKind, checkOrgCode } from './org-code';
export { type BankAccountErrorCode, type BankAccountResult, checkBankAccount } from './bank-account';
export { zBankAccount, zMobile, zOrgCode, zPhone, zResidentId, zUscc } from './zod';
