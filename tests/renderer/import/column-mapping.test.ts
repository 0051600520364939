import { describe, expect, test } from 'vitest';
import {
  automaticAssignment,
  cellsByKey,
  checkAssignment,
  columnLetter,
  columnSamples,
  dataRows,
  headerFingerprint,
  headerCandidates,
  proposeMapping,
  remapForHeader,
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
    expect(dataRows(rows, 1).map((r) => r.row)).toEqual([2, 5]);
    expect(dataRows(rows, 0).map((r) => r.row)).toEqual([1, 2, 5]);
    // A header further down: the rows above it are neither header nor data.
    expect(dataRows(rows, 2).map((r) => r.row)).toEqual([5]);
  });

  test('the width runs to the last non-empty cell; empty columns are not offered', () => {
    expect(sheetWidth(rows)).toBe(4);
    expect(sheetWidth([['a', '', ' '], ['b']])).toBe(1);
    expect(usedColumns(rows)).toEqual([0, 1, 3]);
  });

  test('samples are the first data rows’ non-empty values, with or without a header', () => {
    expect(columnSamples(rows, 0, 1)).toEqual(['张三', '李四']);
    expect(columnSamples(rows, 3, 1)).toEqual(['x']);
    expect(columnSamples(rows, 0, 0, 2)).toEqual(['学生姓名', '张三']);
  });
});

describe('proposeMapping', () => {
  const none = () => null;

  test('headers that match a field give a header row and the match; the rest are not imported', () => {
    expect(
      proposeMapping(
        [
          ['备注', '证件号码', '姓名'],
          ['x', '1', '张三'],
        ],
        columns,
        none,
      ),
    ).toEqual({
      headerRow: 1,
      assignment: [null, 'idNumber', 'name'],
      restored: false,
    });
  });

  test('no header matching any field: the first row is data and columns go in the roster’s order', () => {
    expect(proposeMapping([['张三', '1']], columns, none)).toEqual({
      headerRow: 0,
      assignment: ['name', 'idNumber'],
      restored: false,
    });
    // An empty column is not offered, so it takes no field.
    expect(proposeMapping([['张三', '', '1', '数控', '多余']], columns, none).assignment).toEqual([
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
    const saved = (header: readonly string[]) =>
      header[0] === '学生姓名' ? ['name', 'idNumber', null] : null;
    expect(proposeMapping(rows, columns, saved)).toEqual({
      headerRow: 1,
      assignment: ['name', 'idNumber', null, null],
      restored: true,
    });
  });

  test('a title row (merged across the columns) and a blank row above the header are passed over', () => {
    const title = '2025年实习学生名单';
    const rows = [
      [title, title, title],
      [],
      ['序号', '姓名', '证件号码'],
      ['1', '张三', '1'],
      ['2', '李四', '2'],
    ];
    expect(headerCandidates(rows)).toEqual([1, 3, 4, 5]);
    expect(proposeMapping(rows, columns, none)).toEqual({
      headerRow: 3,
      assignment: [null, 'name', 'idNumber'],
      restored: false,
    });
    expect(dataRows(rows, 3).map((r) => r.row)).toEqual([4, 5]);
  });

  test('the row matching the most fields is the header; on a tie the upper one', () => {
    const rows = [
      ['姓名', '说明'],
      ['姓名', '身份证号', '专业'],
      ['张三', '1', '数控'],
    ];
    expect(proposeMapping(rows, columns, none).headerRow).toBe(2);
    expect(proposeMapping([['姓名'], ['专业'], ['张三']], columns, none).headerRow).toBe(1);
  });

  test('a saved mapping is looked for on each of the top rows, and wins over a better automatic match', () => {
    const rows = [['实习名单'], ['学生姓名', '证件号'], ['姓名', '身份证号'], ['张三', '1']];
    const saved = (header: readonly string[]) => (header[1] === '证件号' ? ['name', 'idNumber'] : null);
    expect(proposeMapping(rows, columns, saved)).toEqual({
      headerRow: 2,
      assignment: ['name', 'idNumber'],
      restored: true,
    });
  });

  test('only the first ten rows may be the header', () => {
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => [`说明${i + 1}`]),
      ['姓名', '身份证号'],
      ['张三', '1'],
    ];
    expect(headerCandidates(rows)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(proposeMapping(rows, columns, none).headerRow).toBe(0);
  });

  test('another header row chosen: its saved or matched mapping, else the user’s own choices stay', () => {
    const rows = [['实习名单'], ['姓名', '证件号码', '备注'], ['张三', '1', 'x']];
    const current = ['major', null, null];
    expect(remapForHeader(rows, columns, 2, none, current)).toEqual({
      assignment: ['name', 'idNumber', null],
      restored: false,
    });
    expect(remapForHeader(rows, columns, 1, none, current)).toEqual({ assignment: current, restored: false });
    expect(remapForHeader(rows, columns, 0, () => ['name'], current)).toEqual({
      assignment: current,
      restored: false,
    });
    const saved = (header: readonly string[]) => (header[0] === '实习名单' ? ['name'] : null);
    expect(remapForHeader(rows, columns, 1, saved, current)).toEqual({
      assignment: ['name', null, null],
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
