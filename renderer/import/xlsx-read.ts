import ExcelJS from 'exceljs';
import type { XlsxSheet } from './choose-sheet';
import { MAX_ROSTER_COLUMNS } from './roster-limits';
import { checkXlsx } from './xlsx-limits';

/** A cell value Excel stored as a number where the column holds identifiers (precision lost). */
export interface NumericIdentifierCell {
  row: number;
  column: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel dates carry no zone; exceljs gives them as UTC midnight.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

function sheetRows(sheet: ExcelJS.Worksheet): Omit<XlsxSheet, 'name'> {
  const rows: string[][] = [];
  const longNumbers: NumericIdentifierCell[] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell((cell, col) => {
      if (col > MAX_ROSTER_COLUMNS) return;
      if (typeof cell.value === 'number' && Math.abs(cell.value) >= 1e15)
        longNumbers.push({ row: rowNumber, column: col });
      cells[col - 1] = cellText(cell.value).trim();
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return { rows: Array.from(rows, (r) => r ?? []), longNumbers };
}

/**
 * Reads every worksheet of an .xlsx file into rows of cell texts (dates as YYYY-MM-DD); `rows` and
 * `longNumbers` are the first sheet's. Reports numeric cells of 16 digits or more: Excel keeps 15
 * significant digits, so an ID number typed into a number cell has already lost its last digits.
 * The file is checked against the roster limits (checkXlsx, every sheet's cells counted together)
 * before exceljs reads it; empty rows and cells are filled in only up to the last one that holds something.
 * @throws UserError past a roster limit, or for a damaged file (exceljs's own errors pass through).
 */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ rows: string[][]; longNumbers: NumericIdentifierCell[]; sheets: XlsxSheet[] }> {
  checkXlsx(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, ...sheetRows(sheet) }));
  const first = sheets[0] ?? { rows: [], longNumbers: [] };
  return { rows: first.rows, longNumbers: first.longNumbers, sheets };
}
