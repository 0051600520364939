import { decodeText } from '../../import/decode-text';
import { parseDelimited } from '../../import/delimited';
import { readXlsx } from '../../import/xlsx-read';
import type { PickedFile } from '../../platform';

/** Reads a roster the user picked: .xlsx through exceljs, .csv/.txt as GBK or UTF-8 text. */
export async function readRosterFile(
  file: PickedFile,
): Promise<{ rows: string[][]; longNumbers?: { row: number; column: number }[] }> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return readXlsx(file.bytes);
  if (name.endsWith('.xls')) throw new Error('不支持旧版 .xls 格式，请在 Excel 中另存为 .xlsx 或 .csv');
  const { text } = decodeText(file.bytes);
  return { rows: parseDelimited(text, text.includes('\t') && !text.includes(',') ? '\t' : ',') };
}
