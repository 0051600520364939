import { z } from 'zod';
import { landlineExample, zBankAccount, zOrgCode, zPhone, type PhoneHints } from '../ids';

import type { ApplicantKind } from './catalog';
import { zPersonName, zText } from './common';
import { bi, type FieldMetaMap } from './field-meta';

/**
 * The applicant block every program shares. `orgCode` is the 统一社会信用代码 of an enterprise; a
 * school may give its 统一社会信用代码 or its 10-digit 学校标识码. Identifiers come out normalised.
 */
export function applicantSchema(kind: ApplicantKind) {
  return z.object({
    name: zText(100),
    orgCode: zOrgCode(kind),
    legalRepresentative: zPersonName,
    address: zText(200),
    contactPerson: zPersonName,
    phone: zPhone,
    bankName: zText(100),
    bankAccount: zBankAccount,
  });
}

export type Applicant = z.output<ReturnType<typeof applicantSchema>>;

/** The phone field's help, with an example in the policy region's area code when `hints` gives it. */
export function phoneHelp(hints: PhoneHints = {}) {
  const example = landlineExample(hints);
  return bi(`手机号或带区号的座机，如 ${example}`, `Mobile, or landline with area code, e.g. ${example}`);
}

/** `meta` with the phone help written for the policy region (0746 for 永州, 0570 for 衢州). */
export function withPhoneHints(meta: FieldMetaMap, hints: PhoneHints): FieldMetaMap {
  const phone = meta['applicant.phone'];
  return phone ? { ...meta, 'applicant.phone': { ...phone, help: phoneHelp(hints) } } : meta;
}

/** Field metadata of the applicant block; the label of `orgCode` depends on the applicant kind. */
export function applicantFieldMeta(kind: ApplicantKind, hints: PhoneHints = {}): FieldMetaMap {
  const section = 'applicant';
  return {
    'applicant.name': {
      label: kind === 'enterprise' ? bi('企业名称', 'Enterprise name') : bi('学校名称', 'School name'),
      help: bi('与营业执照或办学许可证一致', 'As on the business licence or school permit'),
      input: 'text',
      section,
      required: true,
    },
    'applicant.orgCode': {
      label:
        kind === 'enterprise'
          ? bi('统一社会信用代码', 'Unified social credit code')
          : bi('统一社会信用代码或学校标识码', 'Unified social credit code or school code'),
      help:
        kind === 'enterprise'
          ? bi(
              '18位代码，末位为校验码，与营业执照一致',
              '18 characters with a check character, as on the business licence',
            )
          : bi(
              '18位代码，末位为校验码；学校也可填10位学校标识码',
              '18 characters, or the 10-digit school code',
            ),
      input: 'org-code',
      section,
      required: true,
    },
    'applicant.legalRepresentative': {
      label:
        kind === 'enterprise'
          ? bi('法定代表人', 'Legal representative')
          : bi('法定代表人（校长）', 'Legal representative'),
      input: 'text',
      section,
      required: true,
    },
    'applicant.address': { label: bi('地址', 'Address'), input: 'text', section, required: true },
    'applicant.contactPerson': {
      label: bi('联系人', 'Contact person'),
      input: 'text',
      section,
      required: true,
    },
    'applicant.phone': {
      label: bi('联系电话', 'Phone'),
      help: phoneHelp(hints),
      input: 'phone',
      section,
      required: true,
    },
    'applicant.bankName': { label: bi('开户银行', 'Bank'), input: 'text', section, required: true },
    'applicant.bankAccount': {
      label: bi('银行账号', 'Bank account'),
      input: 'bank-account',
      section,
      required: true,
    },
  };
}
