// The problems 导入发票 names for one invoice: its buyer, its dates, its files.
import type { Severity } from '../policy/types';
import type { InvoiceGroup } from './group';
import type { Invoice } from './types';

/** Identifiers compared as typed: full-width folded, spaces dropped, upper case. */
export const normId = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

export interface PreviewProblem {
  code:
    | 'buyer-mismatch'
    | 'buyer-person'
    | 'no-applicant-code'
    | 'red-letter'
    | 'cancelled'
    | 'partly-cancelled'
    | 'in-draft'
    | 'in-other-draft'
    | 'after-application'
    | 'outside-period'
    | 'basis-special'
    | 'same-invoice-files'
    | 'duplicate-file'
    | 'files-disagree';
  severity: Severity;
  message: string;
  messageEn: string;
}

/** A problem of one invoice, in both languages. */
export function problem(
  code: PreviewProblem['code'],
  severity: Severity,
  message: string,
  messageEn: string,
): PreviewProblem {
  return { code, severity, message, messageEn };
}

const FIELD_NAMES: Record<string, [string, string]> = {
  issueDate: ['开票日期', 'issue date'],
  totalFen: ['价税合计', 'total'],
  amountFen: ['金额', 'amount'],
  taxFen: ['税额', 'tax'],
  sellerTaxId: ['销售方税号', 'seller tax ID'],
  buyerTaxId: ['购买方税号', 'buyer tax ID'],
  buyerName: ['购买方名称', 'buyer name'],
};

/** Several files of one invoice: a copy of the same bytes, its other formats, or files that disagree. */
export function fileProblems(g: InvoiceGroup): PreviewProblem[] {
  const out: PreviewProblem[] = [];
  if (g.conflicts.length > 0) {
    const what = g.conflicts.map((c) => FIELD_NAMES[c] ?? [c, c]);
    out.push(
      problem(
        'files-disagree',
        'error',
        `同一发票的几个文件内容不一致（${what.map((w) => w[0]).join('、')}），请核对原件`,
        `The files of this invoice disagree (${what.map((w) => w[1]).join(', ')}); check the originals`,
      ),
    );
  }
  const seen = new Map<string, string>();
  for (const f of g.files) {
    const first = seen.get(f.sha256);
    if (first)
      out.push(
        problem(
          'duplicate-file',
          'warning',
          `「${f.file}」与「${first}」是同一个文件，只导入一次`,
          `"${f.file}" is the same file as "${first}"; imported once`,
        ),
      );
    else seen.set(f.sha256, f.file);
  }
  if (seen.size > 1) {
    const names = [...seen.values()].join('、');
    out.push(
      problem(
        'same-invoice-files',
        'info',
        `${seen.size} 个文件是同一张发票（${names}），只导入一行`,
        `${seen.size} files are one invoice (${names}); imported once`,
      ),
    );
  }
  return out;
}

/** The buyer must be the applicant (by 统一社会信用代码); a person with no tax ID never is. */
export function buyerProblems(i: Invoice, code: string): PreviewProblem[] {
  const applicant = normId(code);
  if (!applicant)
    return [
      problem(
        'no-applicant-code',
        'warning',
        '申报单位未填写统一社会信用代码，无法核对购买方',
        "The applicant's unified social credit code is not filled in; the buyer cannot be checked",
      ),
    ];
  if (!i.buyerTaxId.trim())
    return [
      problem(
        'buyer-person',
        'error',
        `购买方「${i.buyerName}」没有纳税人识别号（个人），不是申报单位 ${applicant}`,
        `The buyer "${i.buyerName}" has no tax ID (a person), not the applicant ${applicant}`,
      ),
    ];
  const buyer = normId(i.buyerTaxId);
  if (buyer === applicant) return [];
  return [
    problem(
      'buyer-mismatch',
      'error',
      `购买方「${i.buyerName}」的纳税人识别号 ${buyer} 不是申报单位的统一社会信用代码 ${applicant}`,
      `The buyer "${i.buyerName}" has tax ID ${buyer}, not the applicant's code ${applicant}`,
    ),
  ];
}

/** Issued after the application (error) or outside the construction period / tax year (warning). */
export function dateProblems(
  i: Invoice,
  period: { from: string; to: string } | undefined,
  applicationDate: string,
): PreviewProblem[] {
  const out: PreviewProblem[] = [];
  if (i.issueDate > applicationDate)
    out.push(
      problem(
        'after-application',
        'error',
        `开票日期 ${i.issueDate} 晚于申报日期 ${applicationDate}`,
        `Issued ${i.issueDate}, after the application date ${applicationDate}`,
      ),
    );
  const p = period;
  if (p && (i.issueDate < p.from || i.issueDate > p.to))
    out.push(
      problem(
        'outside-period',
        'warning',
        `开票日期 ${i.issueDate} 不在建设期间（${p.from} 至 ${p.to}）内`,
        `Issued ${i.issueDate}, outside the period ${p.from} to ${p.to}`,
      ),
    );
  return out;
}
