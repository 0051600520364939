// What a roster file may hold, checked before the work: a roster is a few thousand people in a
// dozen columns, so anything far past that is refused by name instead of filling the memory.
import { UserError } from '../i18n/error-text';

/** Largest .csv/.txt roster file (20,000 rows of 30 columns is about 8 MB). */
export const MAX_CSV_BYTES = 16 * 1024 * 1024;
/** Most rows of a roster file, blank rows and the header included. */
export const MAX_ROSTER_ROWS = 20_000;
/** Most columns a roster can use (every roster has fewer than 30 fields). */
export const MAX_ROSTER_COLUMNS = 256;
/** Longest cell: Excel's own limit, so a quote left open is caught within one cell's length. */
export const MAX_CELL_CHARS = 32_767;
/** Largest part of an .xlsx once unpacked (a sheet, the shared strings). */
export const MAX_XLSX_PART_BYTES = 32 * 1024 * 1024;
/** All parts of an .xlsx once unpacked. */
export const MAX_XLSX_TOTAL_BYTES = 64 * 1024 * 1024;
/** Most parts in an .xlsx (a workbook has a few dozen). */
export const MAX_XLSX_PARTS = 2_000;
/** Most cells in the sheets of an .xlsx, empty formatted ones included. */
export const MAX_XLSX_CELLS = 1_000_000;
/** How long a roster file may take to read before the reader is stopped. */
export const ROSTER_READ_SECONDS = 20;

const n = (value: number) => value.toLocaleString('en-US');
const mb = (bytes: number) => bytes / 1024 / 1024;

export const rosterRefusals = {
  csvTooLarge: (size: number) =>
    new UserError(
      `文件有 ${mb(size).toFixed(1)} MB，超过名单文件 ${mb(MAX_CSV_BYTES)} MB 的上限`,
      `the file is ${mb(size).toFixed(1)} MB, more than the ${mb(MAX_CSV_BYTES)} MB a roster file may be`,
    ),
  tooManyRows: () =>
    new UserError(
      `行数超过 ${n(MAX_ROSTER_ROWS)} 行（名单的上限），请分成几个文件导入`,
      `it has more than ${n(MAX_ROSTER_ROWS)} rows (a roster's limit); split it into several files`,
    ),
  tooManyColumns: (cell: string) =>
    new UserError(
      `单元格 ${cell} 超出名单可用的 ${MAX_ROSTER_COLUMNS} 列，请删除该列之后的内容`,
      `cell ${cell} is past the ${MAX_ROSTER_COLUMNS} columns a roster can use; delete what is there`,
    ),
  cellTooLong: (line: number) =>
    new UserError(
      `第 ${n(line)} 行有一个单元格超过 ${n(MAX_CELL_CHARS)} 个字符（可能是引号没有闭合）`,
      `a cell on line ${n(line)} is longer than ${n(MAX_CELL_CHARS)} characters (a quote may be left open)`,
    ),
  unclosedQuote: (line: number) =>
    new UserError(
      `第 ${n(line)} 行的引号没有闭合，文件可能不完整`,
      `the quote opened on line ${n(line)} is never closed; the file may be incomplete`,
    ),
  xlsxPartTooLarge: (part: string, size: number) =>
    new UserError(
      `其中的 ${part} 解压后有 ${mb(size).toFixed(0)} MB，超过 ${mb(MAX_XLSX_PART_BYTES)} MB 的上限`,
      `its part ${part} unpacks to ${mb(size).toFixed(0)} MB, more than the ${mb(MAX_XLSX_PART_BYTES)} MB limit`,
    ),
  xlsxTooLarge: () =>
    new UserError(
      `解压后超过 ${mb(MAX_XLSX_TOTAL_BYTES)} MB，不像是一份名单`,
      `it unpacks to more than ${mb(MAX_XLSX_TOTAL_BYTES)} MB, far more than a roster`,
    ),
  tooManyCells: () =>
    new UserError(
      `单元格超过 ${n(MAX_XLSX_CELLS)} 个（含空白但有格式的单元格），请只保留名单所在的区域`,
      `it has more than ${n(MAX_XLSX_CELLS)} cells (formatted empty ones included); keep only the roster's range`,
    ),
  timedOut: () =>
    new UserError(
      `文件过大或过于复杂，已停止读取（超过 ${ROSTER_READ_SECONDS} 秒）`,
      `the file is too large or too complex; reading stopped after ${ROSTER_READ_SECONDS} seconds`,
    ),
  damagedXlsx: () =>
    new UserError(
      '文件已损坏，或不是 .xlsx 格式；请在 Excel 中打开后另存为 .xlsx 再导入',
      'The file is damaged or is not an .xlsx; open it in Excel, save it as .xlsx and import it again',
    ),
};
