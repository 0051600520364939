import { describe, expect, test } from 'vitest';
import {
  automaticAssignment,
  cellsByKey,
  checkAssignment,
  columnLetter,
  columnSamples,
  dataRows,
  headerFingerprint,
  proposeMapping,
  sheetWidth,
  toKeyIndex,
  usedColumns,
} from '../../../renderer/import/column-mapping';
import type { ImportColumn } from '../../../renderer/import/columns';

const columns: ImportColumn[] = [
  { key: 'name', label: '姓名', required: true },
  { key: 'idNumber', label: '身份证号', aliases: ['证件号码'], required: true, identifier: true },
  { key: 'major', label: '专业' },
];

describe('rows and columns of a file', () => {
  const rows = [
    ['学生姓名', '证件号', '', '备注'],
    ['张三', '1', ''],
    [],
    ['', '', '', ''],
    ['李四', '2', '', 'x'],
  ];

  test('data rows keep the row numbers Excel shows and skip wholly empty rows', () => {
    expect(dataRows(rows, true).map((r) => r.row)).toEqual([2, 5]);
    expect(dataRows(rows, false).map((r) => r.row)).toEqual([1, 2, 5]);
  });

  test('the width runs to the last non-empty cell; empty columns are not offered', () => {
    expect(sheetWidth(rows)).toBe(4);
    expect(sheetWidth([['a', '', ' '], ['b']])).toBe(1);
    expect(usedColumns(rows)).toEqual([0, 1, 3]);
  });

  test('samples are the first data rows’ non-empty values, with or without a header', () => {
    expect(columnSamples(rows, 0, true)).toEqual(['张三', '李四']);
    expect(columnSamples(rows, 3, true)).toEqual(['x']);
    expect(columnSamples(rows, 0, false, 2)).toEqual(['学生姓名', '张三']);
  });
});

describe('proposeMapping', () => {
  test('headers that match a field give a header row and the match; the rest are not imported', () => {
    expect(
      proposeMapping(
        [
          ['备注', '证件号码', '姓名'],
          ['x', '1', '张三'],
        ],
        columns,
        null,
      ),
    ).toEqual({
      hasHeader: true,
      assignment: [null, 'idNumber', 'name'],
      restored: false,
    });
  });

  test('no header matching any field: the first row is data and columns go in the roster’s order', () => {
    expect(proposeMapping([['张三', '1']], columns, null)).toEqual({
      hasHeader: false,
      assignment: ['name', 'idNumber'],
      restored: false,
    });
    // An empty column is not offered, so it takes no field.
    expect(proposeMapping([['张三', '', '1', '数控', '多余']], columns, null).assignment).toEqual([
      'name',
      null,
      'idNumber',
      'major',
      null,
    ]);
  });

  test('a saved assignment wins over the automatic match and is fitted to the file’s width', () => {
    const rows = [
      ['学生姓名', '证件号', '姓名'],
      ['张三', '1', '别名', '多出的一列'],
    ];
    expect(proposeMapping(rows, columns, ['name', 'idNumber', null])).toEqual({
      hasHeader: true,
      assignment: ['name', 'idNumber', null, null],
      restored: true,
    });
  });

  test('automaticAssignment ignores a match beyond the given width', () => {
    expect(automaticAssignment(['专业', '姓名'], columns, 1)).toEqual(['major']);
  });
});

describe('checkAssignment', () => {
  test('names required fields without a column, in the roster’s order', () => {
    expect(checkAssignment([null, 'major'], columns)).toEqual({
      missing: ['name', 'idNumber'],
      duplicates: [],
    });
    expect(checkAssignment(['idNumber', 'major'], columns).missing).toEqual(['name']);
  });

  test('two columns on one field are reported with both columns', () => {
    expect(checkAssignment(['name', 'idNumber', 'name'], columns)).toEqual({
      missing: [],
      duplicates: [{ key: 'name', label: '姓名', columns: [0, 2] }],
    });
  });

  test('columnLetter gives Excel’s column letters', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  test('cellsByKey gives every field a text, empty when no column goes into it', () => {
    expect(cellsByKey(['张三', '1', 'x'], { name: 0, idNumber: 1 }, ['name', 'idNumber', 'major'])).toEqual({
      name: '张三',
      idNumber: '1',
      major: '',
    });
  });

  test('toKeyIndex turns the assignment around', () => {
    expect(toKeyIndex([null, 'idNumber', 'name'])).toEqual({ idNumber: 1, name: 2 });
  });
});

describe('headerFingerprint', () => {
  test('the same headers give the same fingerprint whatever the spacing, asterisks or trailing blanks', () => {
    expect(headerFingerprint(['学生姓名', '证件号*', ''])).toBe(headerFingerprint([' 学生姓名 ', '证件号']));
    expect(headerFingerprint(['学生姓名', '证件号'])).toMatch(/^2-[0-9a-f]{8}$/);
  });

  test('other headers, or the same in another order, give another fingerprint', () => {
    const base = headerFingerprint(['学生姓名', '证件号', '备注']);
    expect(headerFingerprint(['证件号', '学生姓名', '备注'])).not.toBe(base);
    expect(headerFingerprint(['学生姓名', '证件号'])).not.toBe(base);
    expect(headerFingerprint(['学生姓名', '证件号码', '备注'])).not.toBe(base);
  });
});
