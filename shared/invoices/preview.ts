// What 导入发票 will write, worked out before anything is written: one row per invoice with every problem.
import { formatYuan } from '../money';
import { crossDraftFindings, type ClaimSet } from '../policy/cross-draft';
import { investmentClaims } from '../policy/rules/training-base';
import type { PolicyId, ProgramId } from '../schemas';
import { groupSameInvoice } from './group';
import {
  buyerProblems,
  dateProblems,
  fileProblems,
  normId,
  problem,
  type PreviewProblem,
} from './preview-problems';

export type { PreviewProblem } from './preview-problems';
import type { Invoice, InvoiceReadResult } from './types';

/** The investment an invoice counts for: 价税合计 (total) or 不含税金额 (net). Chosen once per import. */
export type AmountBasis = 'total' | 'net';

/** The draft the invoices go into, as far as the checks need it. */
export interface PreviewDraft {
  id: string;
  policy: PolicyId;
  program: ProgramId;
  title: string;
  /** The applicant's 统一社会信用代码; the buyer of every invoice must be this company. */
  applicantOrgCode: string;
  applicationDate: string;
  /** The construction period (training-base) or the tax year (surcharge-credit); absent while not filled. */
  period?: { from: string; to: string };
  /** The investment rows the draft has now (raw: they may be half typed). */
  existing: readonly Record<string, unknown>[];
}

/** One investment row as it will be written (the training-base / surcharge-credit item shape). */
export interface ImportedRow {
  category: string;
  name: string;
  amountFen: number;
  invoiceNumber: string;
  invoiceDate: string;
  sourceFile: string;
}

/** One invoice of the import: the files it was read from, its problems, and the row written (null: not written). */
export interface PreviewRow {
  invoice: Invoice;
  files: readonly { file: string; sha256: string }[];
  /** The one file kept as evidence: the PDF where there is one (it prints as itself), else OFD, else XML. */
  evidenceFile: { file: string; sha256: string };
  problems: PreviewProblem[];
  /** Investment counted under the chosen basis, after any red-letter cancellation in this import. */
  amountFen: number;
  write: ImportedRow | null;
}

export interface ImportPreview {
  rows: PreviewRow[];
  refused: { file: string; message: string; messageEn: string }[];
  /** Sum of the rows written, in fen. */
  writtenFen: number;
}

export interface PreviewOptions {
  basis: AmountBasis;
  /** The category every imported row takes (editable in the grid afterwards). */
  category: string;
}

const NAME_MAX = 100;
const SOURCE_MAX = 200;
/** The file kept as evidence: a PDF prints as itself; OFD and XML print as a generated page. */
const EVIDENCE_ORDER = { pdf: 0, ofd: 1, xml: 2 } as const;

const label = (i: Invoice) => (i.invoiceCode ? `${i.invoiceCode}-${i.invoiceNumber}` : i.invoiceNumber);
const yuan = (fen: number) => `${formatYuan(fen)} 元`;
const basisFen = (i: Invoice, basis: AmountBasis) => (basis === 'net' ? i.amountFen : i.totalFen);

/** The row name: the first line's goods name (its *tax class* prefix kept), and how many more lines. */
export function itemName(invoice: Invoice): string {
  const first = invoice.items[0]?.name.trim() || invoice.sellerName;
  const more = invoice.items.length > 1 ? `等${invoice.items.length}项` : '';
  return first.slice(0, NAME_MAX - more.length) + more;
}

/** Rows of the draft by invoice number (normalised), 1-based, for "already in this draft". */
function draftRows(existing: PreviewDraft['existing']): Map<string, number> {
  const rows = new Map<string, number>();
  existing.forEach((r, index) => {
    const n = r['invoiceNumber'];
    if (typeof n === 'string' && n.trim() && !rows.has(normId(n))) rows.set(normId(n), index + 1);
  });
  return rows;
}

/** The claim set of another draft's investment rows, for {@link crossDraftFindings}. */
export function otherDraftClaims(other: {
  id: string;
  policy: PolicyId;
  program: ProgramId;
  title: string;
  investments: readonly Record<string, unknown>[];
}): ClaimSet {
  const items = other.investments.flatMap((r) =>
    typeof r['invoiceNumber'] === 'string' && r['invoiceNumber'].trim()
      ? [{ invoiceNumber: normId(r['invoiceNumber']), name: String(r['name'] ?? '') }]
      : [],
  );
  return {
    draftId: other.id,
    policy: other.policy,
    program: other.program,
    title: other.title,
    claims: investmentClaims(items),
    perClaimFen: new Map(),
  };
}

/**
 * Works out what importing `results` into `draft` writes: one row per invoice (several files of one
 * invoice are one row), each with every problem. Rows with an error are not written: the buyer is not
 * the applicant, the invoice is in this draft already or claimed elsewhere, it is red-letter or fully
 * cancelled by one in this import, or it is dated after the application. A partly cancelled invoice is
 * written at its amount less the red-letter one. Pure; amounts integer fen.
 */
export function previewImport(
  results: readonly InvoiceReadResult[],
  draft: PreviewDraft,
  others: readonly ClaimSet[],
  options: PreviewOptions,
): ImportPreview {
  const refused = results.flatMap((r) => ('error' in r ? [{ file: r.file, ...r.error }] : []));
  const groups = groupSameInvoice([...results]);
  const inDraft = draftRows(draft.existing);
  const reds = new Map<string, { invoice: Invoice; file: string }[]>();
  for (const g of groups)
    if (g.invoice.redLetter && g.invoice.cancels)
      reds.set(g.invoice.cancels, [
        ...(reds.get(g.invoice.cancels) ?? []),
        { invoice: g.invoice, file: g.files[0]!.file },
      ]);
  const blues = new Set(groups.filter((g) => !g.invoice.redLetter).map((g) => g.invoice.invoiceNumber));

  const mine: ClaimSet = {
    draftId: draft.id,
    policy: draft.policy,
    program: draft.program,
    title: draft.title,
    claims: investmentClaims(
      groups.map((g) => ({ invoiceNumber: g.invoice.invoiceNumber, name: itemName(g.invoice) })),
    ),
    perClaimFen: new Map(),
  };
  const cross = crossDraftFindings(mine, others);

  const rows = groups.map((g, index): PreviewRow => {
    const i = g.invoice;
    const problems = [...buyerProblems(i, draft.applicantOrgCode)];
    let amountFen = basisFen(i, options.basis);
    if (i.redLetter) {
      const where = i.cancels
        ? blues.has(i.cancels)
          ? `，冲销本次导入的蓝字发票 ${i.cancels}`
          : inDraft.has(normId(i.cancels))
            ? `，冲销本草稿第 ${inDraft.get(normId(i.cancels))} 行的发票 ${i.cancels}，请核减或删除该行`
            : `，冲销发票 ${i.cancels}`
        : '';
      problems.push(
        problem(
          'red-letter',
          'error',
          `红字发票（${yuan(amountFen)}）${where}；红字发票不作为投资导入`,
          `Red-letter invoice (${formatYuan(amountFen)})${i.cancels ? ` cancelling ${i.cancels}` : ''}; not imported as an investment`,
        ),
      );
    }
    const cancelling = i.redLetter ? [] : (reds.get(i.invoiceNumber) ?? []);
    if (cancelling.length > 0) {
      const redFen = cancelling.reduce((s, r) => s + basisFen(r.invoice, options.basis), 0);
      const files = cancelling.map((r) => r.file).join('、');
      const net = amountFen + redFen;
      if (net <= 0)
        problems.push(
          problem(
            'cancelled',
            'error',
            `已被红字发票全额冲销（${files}），不能申报`,
            `Fully cancelled by a red-letter invoice (${files}); it cannot be claimed`,
          ),
        );
      else
        problems.push(
          problem(
            'partly-cancelled',
            'warning',
            `被红字发票部分冲销 ${yuan(-redFen)}（${files}），按冲销后 ${yuan(net)} 导入`,
            `Partly cancelled by ${formatYuan(-redFen)} (${files}); imported at ${formatYuan(net)}`,
          ),
        );
      amountFen = Math.max(0, net);
    }
    const row = inDraft.get(normId(i.invoiceNumber));
    if (row !== undefined)
      problems.push(
        problem(
          'in-draft',
          'error',
          `发票 ${label(i)} 已在本草稿第 ${row} 行`,
          `Invoice ${label(i)} is already in row ${row} of this draft`,
        ),
      );
    for (const f of cross.filter((c) => c.path[2] === index))
      problems.push(problem('in-other-draft', f.severity, f.message, f.messageEn));
    problems.push(...dateProblems(i, draft.period, draft.applicationDate));
    if (options.basis === 'total' && (i.kind === '专票' || i.kind === '数电专票') && i.taxFen !== 0)
      problems.push(
        problem(
          'basis-special',
          'warning',
          `增值税专用发票的税额 ${yuan(i.taxFen)} 通常可以抵扣，按价税合计申报可能多计投资`,
          `The VAT of ${formatYuan(i.taxFen)} on a special VAT invoice is usually deductible; claiming the total may overstate the investment`,
        ),
      );
    problems.push(...fileProblems(g));
    const evidenceFile = [...g.files].sort((a, b) => EVIDENCE_ORDER[a.source] - EVIDENCE_ORDER[b.source])[0]!;
    const blocked = problems.some((p) => p.severity === 'error');
    return {
      invoice: i,
      files: g.files.map(({ file, sha256 }) => ({ file, sha256 })),
      evidenceFile: { file: evidenceFile.file, sha256: evidenceFile.sha256 },
      problems,
      amountFen,
      write: blocked
        ? null
        : {
            category: options.category,
            name: itemName(i),
            amountFen,
            invoiceNumber: i.invoiceNumber,
            invoiceDate: i.issueDate,
            sourceFile: g.files
              .map((f) => f.file)
              .join('、')
              .slice(0, SOURCE_MAX),
          },
    };
  });
  return { rows, refused, writtenFen: rows.reduce((s, r) => s + (r.write?.amountFen ?? 0), 0) };
}
