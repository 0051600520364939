import ExcelJS from 'exceljs';
import type { ImportColumn } from './columns';

/**
 * A blank roster workbook for users to fill in Excel: a bold header row (required columns marked *),
 * frozen, sensible widths, identifier columns formatted as text so Excel keeps every digit.
 */
export async function buildRosterTemplate(
  sheetName: string,
  columns: readonly ImportColumn[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'GrantDesk';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.required ? `${c.label}*` : c.label,
    key: c.key,
    width: Math.max(12, c.label.length * 3 + 4, c.identifier ? 22 : 0),
    style: c.identifier ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
