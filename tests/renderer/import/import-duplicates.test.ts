import { describe, expect, test } from 'vitest';
import { findDuplicates, mergeImport, rosterKeyField } from '../../../renderer/import/import-duplicates';

type Row = Record<string, unknown>;

const roster: Row[] = [
  { _rowId: 'a', name: '蒋志远', idNumber: '431102198001011234' },
  { _rowId: 'b', name: '唐丽华', idNumber: '43110219820202124X' },
];
// From the file: 唐丽华 again (lower-case x, a new title), a new teacher, and the new one twice.
const file: Row[] = [
  { name: '唐丽华', idNumber: '43110219820202124x', title: '副教授' },
  { name: '周建明', idNumber: '431102198503031256' },
  { name: '周建明', idNumber: '431102198503031256', title: '讲师' },
  { name: '无证号' },
];

describe('rosterKeyField', () => {
  test('people by 身份证号, invoices by 发票号码, 1+X students by 证书编号, 合作院校 by nothing', () => {
    expect(rosterKeyField('dual-teacher-team:teachers', ['name', 'idNumber', 'certificateNumber'])).toBe(
      'idNumber',
    );
    expect(rosterKeyField('training-base:investments', ['category', 'name', 'invoiceNumber'])).toBe(
      'invoiceNumber',
    );
    expect(rosterKeyField('one-plus-x:students', ['name', 'idNumber', 'certificateNumber'])).toBe(
      'certificateNumber',
    );
    expect(rosterKeyField('new-specialty:partners', ['name', 'uscc'])).toBe('uscc');
    expect(rosterKeyField('training-base:partnerSchools', ['name', 'agreementDate'])).toBeNull();
  });
});

describe('findDuplicates', () => {
  test('one row repeats the roster, one repeats an earlier row of the file; rows without an ID are none', () => {
    expect(findDuplicates(roster, file, 'idNumber')).toEqual({ inRoster: [0], inFile: [2] });
    expect(findDuplicates([], file, 'idNumber')).toEqual({ inRoster: [], inFile: [2] });
    expect(findDuplicates(roster, file, null)).toEqual({ inRoster: [], inFile: [] });
  });
});

describe('mergeImport', () => {
  test('跳过重复 adds only the new people, once each', () => {
    const merged = mergeImport(roster, file, 'idNumber', 'skip');
    expect(merged.rows.map((r) => r.name)).toEqual(['蒋志远', '唐丽华', '周建明', '无证号']);
    expect(merged.rows[1]).toBe(roster[1]);
    expect(merged).toMatchObject({ added: 2, replaced: 0, skipped: 2 });
  });

  test('替换已有 puts the file’s row in the place of the one it repeats, keeping its row id', () => {
    const merged = mergeImport(roster, file, 'idNumber', 'replace');
    expect(merged.rows).toEqual([
      roster[0],
      { _rowId: 'b', name: '唐丽华', idNumber: '43110219820202124x', title: '副教授' },
      { name: '周建明', idNumber: '431102198503031256', title: '讲师' },
      { name: '无证号' },
    ]);
    expect(merged).toMatchObject({ added: 2, replaced: 2, skipped: 0 });
  });

  test('仍然添加 appends every row, as a roster without a key field always does', () => {
    expect(mergeImport(roster, file, 'idNumber', 'add').rows).toHaveLength(6);
    expect(mergeImport(roster, file, null, 'skip')).toMatchObject({ added: 4, skipped: 0 });
  });
});
