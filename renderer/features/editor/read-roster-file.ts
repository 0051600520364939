import { decodeText, type TextEncodingName } from '../../import/decode-text';
import { parseDelimited } from '../../import/delimited';
import type { NumericIdentifierCell } from '../../import/xlsx-read';
import type { XlsxSheet } from '../../import/choose-sheet';
import { UserError } from '../../i18n/error-text';
import { MAX_CSV_BYTES, rosterRefusals } from '../../import/roster-limits';
import type { PickedFile } from '../../platform';

/** A roster file as read, before any column is mapped. */
export interface RosterFile {
  name: string;
  rows: string[][];
  longNumbers?: NumericIdentifierCell[];
  /** An .xlsx's worksheets (rows and longNumbers are the first's); the dialog offers a choice when there are several. */
  sheets?: XlsxSheet[];
  /** How a .csv was decoded; shown so that a wrong guess is visible. */
  encoding?: TextEncodingName;
}

/**
 * Reads a roster the user picked: .xlsx through exceljs, .csv/.txt as GBK or UTF-8 text, each
 * within the roster limits (roster-limits.ts), refused by name past them.
 */
export async function readRosterFile(file: PickedFile): Promise<RosterFile> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) {
    // exceljs loads with the first .xlsx, not with the editor.
    const { readXlsx } = await import('../../import/xlsx-read');
    try {
      return { name: file.name, ...(await readXlsx(file.bytes)) };
    } catch (err) {
      // A limit names itself; exceljs says "Can't find end of central directory": the user needs what to do instead.
      throw err instanceof UserError ? err : rosterRefusals.damagedXlsx();
    }
  }
  if (name.endsWith('.xls')) {
    throw new UserError(
      '不支持旧版 .xls 格式，请在 Excel 中另存为 .xlsx 或 .csv',
      'The old .xls format is not supported: save the file as .xlsx or .csv in Excel',
    );
  }
  if (file.bytes.length > MAX_CSV_BYTES) throw rosterRefusals.csvTooLarge(file.bytes.length);
  const { text, encoding } = decodeText(file.bytes);
  const delimiter = text.includes('\t') && !text.includes(',') ? '\t' : ',';
  // Blank lines stay as empty rows so that issues give the row numbers Excel shows.
  return { name: file.name, rows: parseDelimited(text, delimiter, { keepEmptyRows: true }), encoding };
}
