// The drafts-list summary and a draft's 申报汇总表, read back with exceljs: amounts are the checker's,
// numbers with two decimals; the form sheet says what the printed form says.
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { checkForPrint } from '../../../../shared/forms';
import { buildDraftsListWorkbook, type DraftListLine } from '../../../../shared/office/xlsx-drafts-list';
import { buildDraftSummaryWorkbook, FORM_SHEET } from '../../../../shared/office/xlsx-summary';
import { rosterTables } from '../../../../shared/office/roster-columns';
import { checkDraft } from '../../../../shared/policy/engine';
import { listExampleDrafts } from '../../../../shared/policy/examples';
import { getPack } from '../../../../shared/policy/registry';
import { formTemplate } from '../../../../templates';

const TODAY = '2026-11-23';
const TEXTS = {
  title: '申报草稿汇总',
  headers: ['申报单位', '项目', '政策文号', '状态', '金额（元）', '截止日期', '最后保存'],
  notComputed: '未计算',
  total: '合计',
} as const;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return workbook;
}

describe('drafts list summary', () => {
  test('20 drafts: each amount is checkDraft’s in yuan (#,##0.00), the total their sum', async () => {
    const examples = listExampleDrafts();
    expect(examples).toHaveLength(20);
    const lines: DraftListLine[] = examples.map(({ draft, policy }, i) => ({
      applicant: (draft['applicant'] as { name: string }).name,
      program: String(draft['program']),
      docNumber: getPack(policy)!.docNumber,
      status: '草稿',
      amountFen: checkDraft(draft, { today: TODAY }).amount.amountFen,
      deadline: i % 2 ? '2026-12-31' : null,
      savedAt: '2026-11-23T09:05',
    }));
    // One draft whose amount cannot be computed says so instead of a number.
    lines[3] = { ...lines[3]!, amountFen: undefined };
    const sheet = (await load(await buildDraftsListWorkbook(lines, TEXTS))).worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, ...TEXTS.headers]);
    let sumFen = 0;
    lines.forEach((line, i) => {
      const row = sheet.getRow(3 + i);
      expect(row.getCell(1).value).toBe(line.applicant);
      expect(row.getCell(3).value).toBe(line.docNumber);
      const amount = row.getCell(5);
      if (line.amountFen === undefined) expect(amount.value).toBe('未计算');
      else {
        expect(Math.round((amount.value as number) * 100)).toBe(line.amountFen);
        expect(amount.numFmt).toBe('#,##0.00');
        sumFen += line.amountFen;
      }
      const deadline = row.getCell(6).value;
      if (line.deadline) expect((deadline as Date).toISOString()).toBe('2026-12-31T00:00:00.000Z');
      else expect(deadline).toBeNull();
      expect((row.getCell(7).value as Date).toISOString()).toBe('2026-11-23T09:05:00.000Z');
    });
    expect(sumFen).toBeGreaterThan(0);
    const total = sheet.getRow(3 + lines.length);
    expect(total.getCell(1).value).toBe('合计');
    expect(Math.round((total.getCell(5).value as number) * 100)).toBe(sumFen);
  });
});

describe('申报汇总表 of a draft', () => {
  test.each(listExampleDrafts().map((e) => [`${e.policy} ${e.program}`, e] as const))(
    '%s: form sheet with amount and 大写 as the checker gives them, one sheet per roster',
    async (_name, { draft, program }) => {
      const { check, source } = checkForPrint(draft, { today: TODAY });
      const bytes = await buildDraftSummaryWorkbook({
        draft: { ...draft, program },
        template: formTemplate(program),
        source: source!,
        amount: check.amount,
      });
      const workbook = await load(bytes);
      const tables = rosterTables(program);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([FORM_SHEET, ...tables.map((t) => t.label.zh)]);
      const form = workbook.worksheets[0]!;
      const byLabel = new Map<string, ExcelJS.CellValue>();
      form.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
      expect(byLabel.get('政策文号')).toBe(source!.pack.docNumber);
      const applicant = draft['applicant'] as { name: string; orgCode: string };
      expect([...byLabel.values()]).toContain(applicant.name);
      expect([...byLabel.values()]).toContain(applicant.orgCode);
      const amountFen = check.amount.amountFen;
      if (amountFen !== undefined) {
        const section = formTemplate(program).sections.find((s) => s.kind === 'amount');
        const label = section?.kind === 'amount' ? section.label : '';
        expect(Math.round((byLabel.get(`${label}（元）`) as number) * 100)).toBe(amountFen);
        expect(byLabel.get('大写')).toBe(check.amount.amountText);
      }
      tables.forEach((t, i) => {
        const sheet = workbook.worksheets[i + 1]!;
        const rows = (draft['data'] as Record<string, unknown[]>)[t.field] ?? [];
        expect(sheet.rowCount).toBe(3 + rows.length);
      });
    },
  );
});
