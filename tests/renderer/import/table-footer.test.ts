import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { dataRows, tableBody } from '../../../renderer/import/column-mapping';
import { importRoster } from '../../../renderer/import/roster-import';
import { footerStart, isFooterLine } from '../../../renderer/import/table-footer';

// A Yongzhou school's 双师型 teacher list as offices type it: title, note, header (row 3), data from row 4.
const HEADER = [
  '序号',
  '姓名',
  '身份证号',
  '职称',
  '专业课教师',
  '“双师型”教师',
  '证书编号',
  '聘任方式',
  '备注',
];
const TITLE = ['永州职业技术学院“双师型”教师团队名单', '', '', '', '', '', '', '', ''];
const NOTE = ['填表说明：身份证号按18位填写', '', '', '', '', '', '', '', ''];
const teacher = (n: number, note = ''): string[] => [
  String(n),
  ['蒋志远', '唐丽华', '周建明', '李雅琴', '陈伟峰', '何晓东'][n - 1] ?? '',
  `43110219800${n}01123${n}`,
  '高级讲师',
  '是',
  '是',
  `HNSS-2024-030${n}`,
  '专任',
  note,
];
const TABLE = [TITLE, NOTE, HEADER, ...[1, 2, 3, 4, 5, 6].map((n) => teacher(n))];
const WIDTH = HEADER.length;
const blank = (): string[] => Array.from({ length: WIDTH }, () => '');
const line = (...cells: string[]): string[] => [...cells, ...blank()].slice(0, WIDTH);
const rowsOf = (rows: readonly (readonly string[])[]) => tableBody(rows, 3);
const numbers = (body: { row: number }[]) => body.map((r) => r.row);

describe('isFooterLine', () => {
  test('footer words open the first non-empty cell, spaced or not, with or without a colon', () => {
    expect(isFooterLine(line('制表人：张三', '', '审核人：李四', '', '填表日期：2025年10月'))).toBe(true);
    expect(isFooterLine(['', '', '', '', '', '联系电话：0746-8388123'])).toBe(true);
    expect(isFooterLine(line('合  计', '', '', '', '', '', '', '', '6人'))).toBe(true);
    expect(isFooterLine(line('备注：企业兼职教师另附聘书'))).toBe(true);
    expect(isFooterLine(line('（学校盖章）'))).toBe(true);
    expect(isFooterLine(line('注：本表一式两份'))).toBe(true);
  });

  test('a data row is not one, whatever its 备注 says; a name that starts like a word is not either', () => {
    expect(isFooterLine(teacher(2, '联系电话：13907461234'))).toBe(false);
    expect(isFooterLine(teacher(3, '备注：2025年调入'))).toBe(false);
    expect(isFooterLine(line('注明', '431102198001011234'))).toBe(false);
    expect(isFooterLine(blank())).toBe(false);
  });
});

describe('footerStart and tableBody', () => {
  test('a blank row, then 制表人/审核人/填表日期, 联系电话 and 备注 lines: three footer rows, six data rows', () => {
    const rows = [
      ...TABLE,
      blank(),
      line('制表人：张三', '', '审核人：李四', '', '填表日期：2025年10月'),
      line('联系电话：0746-8388123'),
      line('备注：企业兼职教师另附聘书'),
    ];
    expect(footerStart(rows, 3, WIDTH)).toBe(11);
    expect(numbers(rowsOf(rows).data)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(numbers(rowsOf(rows).footer)).toEqual([11, 12, 13]);
  });

  test('the footer right under the last data row, without a blank row', () => {
    const rows = [...TABLE, line('制表人：张三', '', '', '审核人：李四'), line('联系电话：0746-8388123')];
    expect(numbers(rowsOf(rows).data)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(numbers(rowsOf(rows).footer)).toEqual([10, 11]);
  });

  test('a footer in column A only (a merged cell), and a one-cell line after a blank row', () => {
    const rows = [
      ...TABLE,
      blank(),
      line('以上人员信息经学校审核属实。'),
      line('制表人：张三　　审核人：李四　　填表日期：2025年10月　　联系电话：0746-8388123'),
    ];
    expect(numbers(rowsOf(rows).footer)).toEqual([11, 12]);
    // Without the blank row the one-cell line is an unfinished data row, left for the checks to name.
    const unfinished = [...TABLE, line('7', '邓海燕'), line('制表人：张三')];
    expect(numbers(rowsOf(unfinished).data)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(numbers(rowsOf(unfinished).footer)).toEqual([11]);
  });

  test('a 合计 row under the data is the footer’s first line', () => {
    const rows = [...TABLE, line('合计', '6人'), blank(), line('制表人：张三', '', '审核人：李四')];
    expect(numbers(rowsOf(rows).data)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(numbers(rowsOf(rows).footer)).toEqual([10, 12]);
  });

  test('data rows whose 备注 column says 联系电话 or 备注 stay data, the last one too', () => {
    const rows = [
      TITLE,
      NOTE,
      HEADER,
      ...[1, 2, 3, 4, 5].map((n) => teacher(n)),
      teacher(6, '联系电话：13907461234'),
      blank(),
      line('制表人：张三'),
    ];
    expect(numbers(dataRows(rows, 3))).toEqual([4, 5, 6, 7, 8, 9]);
    expect(footerStart([...TABLE.slice(0, 8), teacher(6, '备注：2025年调入')], 3, WIDTH)).toBeNull();
  });

  test('a note line between data rows is not a footer: data rows follow it', () => {
    const rows = [
      ...TABLE.slice(0, 6),
      line('备注：以下为企业兼职教师'),
      ...TABLE.slice(6),
      line('制表人：张三'),
    ];
    expect(numbers(rowsOf(rows).data)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(numbers(rowsOf(rows).footer)).toEqual([11]);
  });

  test('a table without a footer, and a narrow one where a lone cell is data', () => {
    expect(footerStart(TABLE, 3, WIDTH)).toBeNull();
    const narrow = [
      ['院校名称', '签订日期'],
      ['永州职业技术学院', '2025-01-15'],
      [],
      ['湖南九嶷职业技术学院'],
    ];
    expect(footerStart(narrow, 1, 2)).toBeNull();
  });
});

describe('importRoster with a footer', () => {
  test('the footer rows are neither imported nor reported as bad rows; a long number in them is not either', () => {
    const rows = [...TABLE, line('合计', '6人'), blank(), line('制表人：张三', '', '审核人：李四')];
    const result = importRoster({
      rows,
      headerRow: 3,
      columns: [
        { key: 'name', label: '姓名', required: true },
        { key: 'title', label: '职称' },
      ],
      rowSchema: z.object({ name: z.string().min(1, '姓名不能为空'), title: z.string() }),
      longNumbers: [{ row: 12, column: 2 }],
      skipFooter: true,
    });
    expect(result).toEqual({
      ok: true,
      rows: ['蒋志远', '唐丽华', '周建明', '李雅琴', '陈伟峰', '何晓东'].map((name) => ({
        name,
        title: '高级讲师',
      })),
    });
  });
});
