// How one draft value goes into a spreadsheet cell: amounts as numbers in yuan with two decimals, dates
// as dates, identifiers and anything a spreadsheet could take for a formula as text.
import type { Cell } from 'exceljs';
import type { FieldMeta } from '../schemas';

/** Excel's format for amounts in yuan: thousands separators and two decimals. */
export const MONEY_FORMAT = '#,##0.00';
/** Dates show as 2025-03-01 in every locale's Excel and WPS. */
export const DATE_FORMAT = 'yyyy-mm-dd';
/** Date and time of day (last saved). */
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
/** Excel's "Text" number format: what is typed into the cell later stays text too. */
export const TEXT_FORMAT = '@';

/** Text a spreadsheet would evaluate or mangle when it is typed, pasted or saved as CSV. */
const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** True for text that opens like a formula (=, +, -, @, tab or carriage return). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_LIKE.test(text);
}

/**
 * Writes text as a string cell (never a formula); text that opens like a formula, and identifiers,
 * also get the Text format so that editing the cell in Excel keeps it text.
 */
export function setText(cell: Cell, text: string, identifier = false): void {
  // exceljs stores a plain JS string as a string cell; only { formula } objects become formulas.
  cell.value = text;
  if (identifier || looksLikeFormula(text)) cell.numFmt = TEXT_FORMAT;
}

/** Writes fen as a number of yuan shown with two decimals (exact: fen / 100 reads back as typed). */
export function setMoney(cell: Cell, fen: number): void {
  cell.value = fen / 100;
  cell.numFmt = MONEY_FORMAT;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD day as the Date exceljs writes as that day (UTC midnight: Excel dates have no zone). */
export function isoToExcelDate(iso: string): Date | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === iso ? date : null;
}

/** Writes a YYYY-MM-DD day as a real date; anything else (not a real day) as text. */
export function setDate(cell: Cell, iso: string): void {
  const date = isoToExcelDate(iso);
  if (!date) return setText(cell, iso);
  cell.value = date;
  cell.numFmt = DATE_FORMAT;
}

/**
 * Writes one draft value by its field's input kind: money as yuan, integers and years as numbers,
 * dates as dates, yes/no and choices as the words the import reads back (是/否, the option's label),
 * everything else as text. Absent values leave the cell empty.
 */
export function setFieldValue(
  cell: Cell,
  value: unknown,
  meta: FieldMeta | undefined,
  identifier = false,
): void {
  if (value === undefined || value === null || value === '') return;
  const kind = meta?.input ?? 'text';
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (kind === 'money' || meta?.unit === 'fen') return setMoney(cell, value);
    if (kind === 'basis-points') return setText(cell, `${value / 100}%`);
    cell.value = value;
    return;
  }
  if (typeof value === 'boolean') return setText(cell, value ? '是' : '否');
  if (typeof value === 'string') {
    if (kind === 'date') return setDate(cell, value);
    if (kind === 'select')
      return setText(cell, meta?.options?.find((o) => o.value === value)?.label.zh ?? value);
    return setText(cell, value, identifier);
  }
  setText(cell, JSON.stringify(value) ?? '');
}

/** An Excel sheet name: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, '_').slice(0, 31) || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++)
    name = `${base.slice(0, 31 - String(i).length - 1)}_${i}`;
  return name;
}
