import ExcelJS from 'exceljs';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { zResidentId } from '../../../shared/ids';
import { decodeText } from '../../../renderer/import/decode-text';
import { parseClipboard, parseDelimited } from '../../../renderer/import/delimited';
import { proposeMapping, toKeyIndex } from '../../../renderer/import/column-mapping';
import { describeIssue, importRoster } from '../../../renderer/import/roster-import';
import { mapColumns, type ImportColumn } from '../../../renderer/import/columns';
import { readXlsx } from '../../../renderer/import/xlsx-read';
import { buildRosterTemplate } from '../../../renderer/import/xlsx-template';

const columns: ImportColumn[] = [
  { key: 'name', label: '姓名', required: true },
  {
    key: 'idNumber',
    label: '身份证号',
    aliases: ['身份证号码', '证件号码'],
    required: true,
    identifier: true,
  },
  { key: 'major', label: '专业' },
];
const rowSchema = z.object({
  name: z.string().min(1, '姓名不能为空'),
  idNumber: zResidentId({ asOf: '2026-11-23' }),
  major: z.string(),
});

// Valid GB 11643 numbers (check digits computed by hand).
const GOOD_1 = '11010519491231002X';
const GOOD_2 = '330802199803152010';

describe('decodeText', () => {
  test('UTF-8 with BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('姓名,专业')]);
    expect(decodeText(bytes)).toEqual({ text: '姓名,专业', encoding: 'utf-8' });
  });
  test('GBK from Chinese Excel', () => {
    // 姓名 in GBK: D0 D5 C3 FB
    expect(decodeText(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb]))).toEqual({
      text: '姓名',
      encoding: 'gb18030',
    });
  });
});

describe('parseDelimited', () => {
  test('quotes, doubled quotes, CRLF, empty rows and full-width spaces', () => {
    const csv = '姓名,备注\r\n"张三","说 ""好"""\r\n\r\n　李四　,"a,b"\r\n';
    expect(parseDelimited(csv)).toEqual([
      ['姓名', '备注'],
      ['张三', '说 "好"'],
      ['李四', 'a,b'],
    ]);
  });
  test('with keepEmptyRows, blank lines stay as empty rows so later rows keep their numbers', () => {
    expect(parseDelimited('姓名\r\n\r\n,,\r\n张三\r\n', ',', { keepEmptyRows: true })).toEqual([
      ['姓名'],
      [],
      [],
      ['张三'],
    ]);
  });
  test('clipboard from Excel is tab-separated', () => {
    expect(parseClipboard(`张三\t${GOOD_1}\n李四\t${GOOD_2}`)).toEqual([
      ['张三', GOOD_1],
      ['李四', GOOD_2],
    ]);
  });
});

describe('mapColumns', () => {
  test('matches aliases, ignores the * of required columns, reports what is missing and unused', () => {
    expect(mapColumns(['序号', '姓名*', '证件号码'], columns)).toEqual({
      mapping: { name: 1, idNumber: 2 },
      missing: [],
      unused: ['序号'],
    });
    expect(mapColumns(['姓名'], columns).missing).toEqual(['身份证号']);
  });
});

describe('importRoster', () => {
  test('valid rows come back parsed and normalised', () => {
    const result = importRoster({
      rows: [
        ['姓名', '身份证号', '专业'],
        ['张三', GOOD_1.toLowerCase(), '数控技术'],
        ['李四', GOOD_2, '机电一体化'],
      ],
      columns,
      rowSchema,
    });
    expect(result).toEqual({
      ok: true,
      rows: [
        { name: '张三', idNumber: GOOD_1, major: '数控技术' },
        { name: '李四', idNumber: GOOD_2, major: '机电一体化' },
      ],
    });
  });

  test('one bad ID number means no rows, and the issue names the sheet row and column', () => {
    const result = importRoster({
      rows: [
        ['姓名', '身份证号', '专业'],
        ['张三', GOOD_1, '数控技术'],
        ['李四', '330802199803152011', '机电一体化'],
        ['', GOOD_2, ''],
      ],
      columns,
      rowSchema,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(describeIssue)).toEqual([
      '第 3 行「身份证号」：身份证号第18位（校验码）应为「0」，实为「1」',
      '第 4 行「姓名」：姓名不能为空',
    ]);
  });

  test('a user mapping names the file’s columns in issues, with the field when it is called otherwise', () => {
    const header = ['学生姓名', '证件号', '备注'];
    const result = importRoster({
      rows: [header, ['张三', GOOD_1, ''], [], ['李四', '330802199803152011', '转学']],
      columns,
      rowSchema,
      mapping: { name: 0, idNumber: 1 },
      columnName: (i) => header[i] ?? '',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        row: 4,
        column: '证件号',
        field: '身份证号',
        key: 'idNumber',
        message: '身份证号第18位（校验码）应为「0」，实为「1」',
        messageEn: 'Character 18 (check digit) should be "0", got "1"',
      },
    ]);
    expect(describeIssue(result.issues[0]!)).toBe(
      '第 4 行「证件号」（身份证号）：身份证号第18位（校验码）应为「0」，实为「1」',
    );
  });

  test('without a header row the first row is data and is numbered 1', () => {
    const result = importRoster({
      rows: [
        ['张三', GOOD_1],
        ['', GOOD_2],
      ],
      columns,
      rowSchema,
      mapping: { name: 0, idNumber: 1 },
      headerRow: 0,
      columnName: (i) => `第${i + 1}列`,
    });
    expect(result).toEqual({
      ok: false,
      issues: [{ row: 2, column: '第1列', field: '姓名', key: 'name', message: '姓名不能为空' }],
    });
    const clean = importRoster({
      rows: [['张三', GOOD_1, '数控技术']],
      columns,
      rowSchema,
      mapping: { name: 0, idNumber: 1, major: 2 },
      headerRow: 0,
    });
    expect(clean).toEqual({ ok: true, rows: [{ name: '张三', idNumber: GOOD_1, major: '数控技术' }] });
  });

  test('a file of only a header, or only blank rows after it, has no data rows', () => {
    expect(
      importRoster({
        rows: [
          ['姓名', '身份证号'],
          ['', ''],
        ],
        columns,
        rowSchema,
      }),
    ).toEqual({
      ok: false,
      issues: [{ row: 2, message: '文件中没有数据行', messageEn: 'The file has no data rows' }],
    });
  });

  test('a missing required header is reported on row 1', () => {
    const result = importRoster({
      rows: [
        ['姓名', '专业'],
        ['张三', 'x'],
      ],
      columns,
      rowSchema,
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          row: 1,
          message: '表头缺少必填列：身份证号',
          messageEn: 'The header row lacks required columns: 身份证号',
        },
      ],
    });
  });
});

describe('xlsx', () => {
  test('the template round-trips: header, text-formatted ID column', async () => {
    const bytes = await buildRosterTemplate('实习学生', columns);
    const { rows } = await readXlsx(bytes);
    expect(rows).toEqual([['姓名*', '身份证号*', '专业']]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    expect(wb.worksheets[0]?.name).toBe('实习学生');
    expect(wb.worksheets[0]?.getColumn(2).numFmt).toBe('@');
  });

  test('an ID number Excel stored as a number is named as lost digits', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    sheet.addRow(['姓名', '身份证号', '入学日期']);
    sheet.addRow(['张三', 330802199803152000, new Date(Date.UTC(2025, 8, 1))]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const read = await readXlsx(bytes);
    expect(read.rows[1]?.[2]).toBe('2025-09-01');
    const result = importRoster({ ...read, columns, rowSchema });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeIssue(result.issues[0]!)).toBe(
      '第 2 行「身份证号」：被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写',
    );
  });

  test('a merged title row above the header: the header is found on row 2 and issues keep Excel’s numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    sheet.addRow(['2025年实习学生名单']);
    sheet.mergeCells('A1:C1');
    sheet.addRow(['姓名', '身份证号', '专业']);
    sheet.addRow(['张三', GOOD_1, '数控技术']);
    sheet.addRow(['李四', '330802199803152011', '会计']);
    sheet.addRow(['', 330802199803152000, '']);
    const read = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(read.rows[0]).toEqual(['2025年实习学生名单', '2025年实习学生名单', '2025年实习学生名单']);
    const proposed = proposeMapping(read.rows, columns, () => null);
    expect(proposed).toEqual({ headerRow: 2, assignment: ['name', 'idNumber', 'major'], restored: false });
    const result = importRoster({
      ...read,
      columns,
      rowSchema,
      headerRow: 2,
      mapping: toKeyIndex(proposed.assignment),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map(describeIssue)).toEqual([
      '第 4 行「身份证号」：身份证号第18位（校验码）应为「0」，实为「1」',
      '第 5 行「身份证号」：被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写',
      '第 5 行「姓名」：姓名不能为空',
    ]);
  });
});
