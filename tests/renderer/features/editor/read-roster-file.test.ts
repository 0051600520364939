import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { readRosterFile } from '../../../../renderer/features/editor/read-roster-file';
import { UserError, errorText } from '../../../../renderer/i18n/error-text';

const bytes = (text: string) => new TextEncoder().encode(text);

async function refusal(name: string, content: Uint8Array): Promise<UserError> {
  const error = await readRosterFile({ name, bytes: content }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('readRosterFile: what a roster file holds, or why it cannot be read in the user’s language', () => {
  test('an .xlsx: its rows as text', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['姓名', '专业']);
    const read = await readRosterFile({
      name: '名单.xlsx',
      bytes: new Uint8Array(await workbook.xlsx.writeBuffer()),
    });
    expect(read.rows).toEqual([['姓名', '专业']]);
  });

  test('a damaged .xlsx (or another file renamed) says what to do, not what the zip reader says', async () => {
    const error = await refusal('名单.xlsx', bytes('姓名,专业\n张三,数控'));
    expect(errorText(error, 'zh')).toBe(
      '文件已损坏，或不是 .xlsx 格式；请在 Excel 中打开后另存为 .xlsx 再导入',
    );
    expect(errorText(error, 'en')).toBe(
      'The file is damaged or is not an .xlsx; open it in Excel, save it as .xlsx and import it again',
    );
  });

  test('the old .xls format is refused with the way out', async () => {
    const error = await refusal('名单.xls', bytes('x'));
    expect(errorText(error, 'zh')).toBe('不支持旧版 .xls 格式，请在 Excel 中另存为 .xlsx 或 .csv');
    expect(errorText(error, 'en')).toBe(
      'The old .xls format is not supported: save the file as .xlsx or .csv in Excel',
    );
  });

  test('errorText falls back to the message, and to the value for what is not an Error', () => {
    expect(errorText(new Error('disk'), 'en')).toBe('disk');
    expect(errorText('plain', 'zh')).toBe('plain');
  });
});
