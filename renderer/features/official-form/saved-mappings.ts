import type { AcroFieldMapping } from '../../../shared/forms';

const PREFIX = 'grantdesk.acroform.';

/** The field mapping the user saved for a form (recognised by its fingerprint), if any. */
export function savedMapping(fingerprint: string): AcroFieldMapping | null {
  try {
    const parsed = JSON.parse(
      localStorage.getItem(PREFIX + fingerprint) ?? 'null',
    ) as AcroFieldMapping | null;
    return parsed && parsed.formFingerprint === fingerprint ? parsed : null;
  } catch {
    return null;
  }
}

export function saveMapping(mapping: AcroFieldMapping): void {
  localStorage.setItem(PREFIX + mapping.formFingerprint, JSON.stringify(mapping));
}

/** Guesses a draft field for a PDF field from their names (company/单位名称 → applicant.name …). */
export function suggestPath(
  fieldName: string,
  options: readonly { value: string; label: string }[],
): string | undefined {
  const name = fieldName.toLowerCase();
  const rules: [RegExp, string][] = [
    [/company|enterprise|单位名称|企业名称|applicant_?name|学校名称/, 'applicant.name'],
    [/credit|uscc|信用代码|org_?code/, 'applicant.orgCode'],
    [/legal|法定代表人|法人/, 'applicant.legalRepresentative'],
    [/address|地址/, 'applicant.address'],
    [/contact|联系人/, 'applicant.contactPerson'],
    [/phone|tel|电话/, 'applicant.phone'],
    [/bank_?name|开户银行|开户行/, 'applicant.bankName'],
    [/account|账号/, 'applicant.bankAccount'],
    [/words|uppercase|大写/, 'amount.uppercase'],
    [/amount|金额/, 'amount.figures'],
  ];
  const hit = rules.find(([re]) => re.test(name))?.[1];
  if (hit && options.some((o) => o.value === hit)) return hit;
  return options.find((o) => o.label === fieldName)?.value;
}
