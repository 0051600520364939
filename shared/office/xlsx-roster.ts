// A roster as an Excel sheet: a title row, the applicant, then the template's own header and the rows,
// so that the import (which looks for the header among the top rows) reads the file back unchanged.
import ExcelJS from 'exceljs';
import { rosterHeader, type RosterTable } from './roster-columns';
import { setFieldValue, setText, sheetName } from './xlsx-cells';

/** Where the header is in an exported roster sheet (row 1 title, row 2 applicant). */
export const ROSTER_HEADER_ROW = 3;

/** What a roster sheet names above its header. */
export interface RosterSheetContext {
  /** 申报单位 (the applicant's name); the row is left out when empty. */
  applicant: string;
  /** The title row; the roster's own label (实习学生名单) when absent. */
  title?: string;
}

/**
 * Adds one roster as a sheet: title, 申报单位, the header exactly as the blank template writes it
 * (label, * when required), then one row per roster row. Identifier columns and their cells are text,
 * amounts numbers shown with two decimals, dates real dates.
 */
export function addRosterSheet(
  workbook: ExcelJS.Workbook,
  table: RosterTable,
  rows: readonly Record<string, unknown>[],
  context: RosterSheetContext,
): ExcelJS.Worksheet {
  const taken = new Set(workbook.worksheets.map((s) => s.name.toLowerCase()));
  const sheet = workbook.addWorksheet(sheetName(table.label.zh, taken), {
    views: [{ state: 'frozen', ySplit: ROSTER_HEADER_ROW }],
  });
  sheet.columns = table.columns.map((c) => ({
    width: Math.max(12, c.label.length * 3 + 4, c.identifier ? 22 : 0),
    ...(c.identifier ? { style: { numFmt: '@' } } : {}),
  }));
  // Not merged: the import reads a merged cell's text into every cell of it; the text overflows anyway.
  const title = sheet.getCell(1, 1);
  setText(title, context.title ?? table.label.zh);
  title.font = { bold: true, size: 14 };
  if (context.applicant !== '') {
    setText(sheet.getCell(2, 1), `申报单位：${context.applicant}`);
  }
  const header = sheet.getRow(ROSTER_HEADER_ROW);
  table.columns.forEach((c, i) => setText(header.getCell(i + 1), rosterHeader(c)));
  header.font = { bold: true };
  rows.forEach((row, r) => {
    const line = sheet.getRow(ROSTER_HEADER_ROW + 1 + r);
    table.columns.forEach((c, i) => setFieldValue(line.getCell(i + 1), row[c.key], c.meta, c.identifier));
  });
  return sheet;
}

/** A new workbook as GrantDesk writes them. */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'GrantDesk';
  return workbook;
}

/** The workbook's bytes (.xlsx). */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** One roster as an .xlsx file of one sheet (see addRosterSheet). */
export async function buildRosterWorkbook(
  table: RosterTable,
  rows: readonly Record<string, unknown>[],
  context: RosterSheetContext,
): Promise<Uint8Array> {
  const workbook = newWorkbook();
  addRosterSheet(workbook, table, rows, context);
  return workbookBytes(workbook);
}
