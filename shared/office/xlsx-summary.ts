// A draft's 申报汇总表: the form's fields and the amount with 大写 on one sheet (the values and wording
// of the printed 申报表, from the same template and amount code), then one sheet per roster.
import type ExcelJS from 'exceljs';
import { formTitle, type FormSource } from '../forms/build-form';
import { valueAt } from '../forms/draft-path';
import { amountBlocks, type SectionContext } from '../forms/form-sections';
import type { FormTemplate, SectionOf } from '../forms/template-schema';
import type { AmountResult } from '../policy/types';
import { draftFieldMeta, type Draft, type FieldMetaMap, type ProgramId } from '../schemas';
import { isIdentifierColumn, rosterTables } from './roster-columns';
import { setFieldValue, setMoney, setText } from './xlsx-cells';
import { addRosterSheet, newWorkbook, workbookBytes } from './xlsx-roster';

/** What the summary is built from: the draft (raw or parsed), its form template and policy, its amount. */
export interface DraftSummaryInput {
  /** The draft envelope; a draft with errors is summarised as it stands. */
  draft: Record<string, unknown> & { program: ProgramId };
  template: FormTemplate;
  source: FormSource;
  /** The checker's amount for the draft (checkDraft(draft).amount). */
  amount: AmountResult;
}

const DATE_META = {
  input: 'date',
  section: 'project',
  required: true,
  label: { zh: '申报日期', en: 'Date' },
} as const;

/** The name of the summary's first sheet. */
export const FORM_SHEET = '申报表';

function labelRow(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  const row = sheet.addRow([]);
  setText(row.getCell(1), label);
  row.getCell(1).font = { bold: true };
  return row;
}

function headingRow(sheet: ExcelJS.Worksheet, heading: string | undefined): void {
  if (!heading) return;
  sheet.addRow([]);
  const row = sheet.addRow([]);
  setText(row.getCell(1), heading);
  row.getCell(1).font = { bold: true, size: 12 };
}

function fieldsRows(
  sheet: ExcelJS.Worksheet,
  section: SectionOf<'fields'>,
  meta: FieldMetaMap,
  draft: unknown,
) {
  headingRow(sheet, section.heading);
  for (const field of section.fields) {
    const m = meta[field.key];
    // The label the printed form shows (the template's own, else the field's).
    const label = field.label ?? m?.label.zh ?? field.key;
    const money = m?.input === 'money' && !label.includes('元');
    const row = labelRow(sheet, money ? `${label}（元）` : label);
    const value = valueAt(draft, field.key);
    const key = field.key.slice(field.key.lastIndexOf('.') + 1);
    // An empty field prints 无 on the form.
    if (value === undefined || value === null || value === '') setText(row.getCell(2), '无');
    else setFieldValue(row.getCell(2), value, m, m ? isIdentifierColumn(key, m) : false);
  }
}

// A roster is its own sheet; the form sheet says how many rows it has, where the form prints the table.
function tableRow(sheet: ExcelJS.Worksheet, section: SectionOf<'table'>, draft: DraftSummaryInput['draft']) {
  const rows = valueAt(draft, section.key);
  const name = rosterTables(draft.program).find((t) => t.key === section.key)?.label.zh ?? section.key;
  const count = Array.isArray(rows) ? rows.length : 0;
  setText(labelRow(sheet, section.heading ?? name).getCell(2), `共 ${count} 行，见工作表「${name}」`);
}

function amountRows(sheet: ExcelJS.Worksheet, section: SectionOf<'amount'>, ctx: SectionContext) {
  headingRow(sheet, section.heading);
  // The printed form's own blocks: 政策依据 and 计算办法, then the amount with 大写 or the reason there is none.
  const [basis, figure] = amountBlocks(section, ctx);
  if (basis?.kind === 'table') {
    const [text, formula] = basis.rows[0] ?? [];
    setText(labelRow(sheet, '政策依据').getCell(2), String(text ?? ''));
    setText(labelRow(sheet, '计算办法').getCell(2), String(formula ?? ''));
  }
  const amountFen = ctx.facts?.amount.amountFen;
  if (figure?.kind === 'amount' && amountFen !== undefined) {
    setMoney(labelRow(sheet, `${figure.label}（元）`).getCell(2), amountFen);
    setText(labelRow(sheet, '大写').getCell(2), figure.uppercase ?? '');
    const trace = figure.trace ?? [];
    if (trace.length > 0) {
      const cell = labelRow(sheet, '计算过程').getCell(2);
      // The form prints 计算过程： before the first line; here the label says it.
      setText(cell, trace.join('\n').replace(/^计算过程：/, ''));
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
  } else if (figure?.kind === 'fields') {
    const cells = figure.rows[0] ?? [];
    setText(labelRow(sheet, section.label).getCell(2), String(cells[1]?.text ?? ''));
  }
}

/** Adds the form sheet: title, 政策文号, the template's field sections and its amount section. */
export function addFormSheet(workbook: ExcelJS.Workbook, input: DraftSummaryInput): ExcelJS.Worksheet {
  const { draft, template, source, amount } = input;
  const sheet = workbook.addWorksheet(FORM_SHEET);
  sheet.columns = [{ width: 26 }, { width: 64 }];
  const meta = draftFieldMeta(draft.program);
  const title = sheet.addRow([]);
  setText(title.getCell(1), formTitle(template, source, draft as unknown as Draft));
  title.getCell(1).font = { bold: true, size: 16 };
  setText(labelRow(sheet, '政策文号').getCell(2), source.pack.docNumber);
  setFieldValue(labelRow(sheet, '申报日期').getCell(2), draft['applicationDate'], DATE_META);
  const ctx: SectionContext = {
    template,
    meta,
    draft,
    source,
    facts: { amount, findings: [] },
    cells: { blank: false, value: (_path, formatted) => formatted() },
  };
  for (const section of template.sections) {
    if (section.kind === 'fields') fieldsRows(sheet, section, meta, draft);
    else if (section.kind === 'amount') amountRows(sheet, section, ctx);
    else if (section.kind === 'table') tableRow(sheet, section, draft);
  }
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return sheet;
}

/**
 * The 申报汇总表 of one draft as .xlsx: the form sheet (see addFormSheet), then every roster of the
 * program as its own sheet, laid out as the roster export is (so each re-imports on its own).
 */
export async function buildDraftSummaryWorkbook(input: DraftSummaryInput): Promise<Uint8Array> {
  const workbook = newWorkbook();
  addFormSheet(workbook, input);
  const applicant = String(valueAt(input.draft, 'applicant.name') ?? '');
  const data = (input.draft['data'] ?? {}) as Record<string, unknown>;
  for (const table of rosterTables(input.draft.program)) {
    const list: unknown[] = Array.isArray(data[table.field]) ? (data[table.field] as unknown[]) : [];
    // A draft with errors is summarised as it stands: entries that are not rows are left out.
    const rows = list.filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object');
    addRosterSheet(workbook, table, rows, { applicant });
  }
  return workbookBytes(workbook);
}
