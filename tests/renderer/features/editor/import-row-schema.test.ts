import { describe, expect, test } from 'vitest';
import { draftFieldMeta, type FieldMeta } from '../../../../shared/schemas';
import { importRowSchema, tableRowSchema } from '../../../../renderer/features/editor/cell-values';

const meta = draftFieldMeta('internship');
const columns = Object.entries(meta)
  .filter(([k]) => k.startsWith('data.interns[].'))
  .map(([k, m]): [string, FieldMeta] => [k.slice('data.interns[].'.length), m]);
const schema = importRowSchema(columns, tableRowSchema('internship', 'interns', '2026-11-23'));
const GOOD = {
  name: '王雨涵',
  idNumber: '330802200503161287',
  school: '衢州职业技术学院',
  major: '数控技术',
  startDate: '2025-07-01',
  endDate: '2025-12-31',
};

function issues(row: Record<string, string>) {
  const result = schema.safeParse(row);
  if (result.success) return [];
  return result.error.issues.map((i) => ({
    path: i.path.join('.'),
    message: i.message,
    messageEn: (i as { params?: { messageEn?: string } }).params?.messageEn,
  }));
}

describe('a roster row from a spreadsheet is worded in both languages, never in zod’s own English', () => {
  test('a clean row has no issue', () => {
    expect(issues(GOOD)).toEqual([]);
  });

  test('a one-character name says how long a name must be', () => {
    expect(issues({ ...GOOD, name: '王' })).toEqual([
      { path: 'name', message: '至少2个字', messageEn: 'needs 2 characters' },
    ]);
  });

  test('an empty required cell is required; a bad date and a bad ID carry their English', () => {
    expect(issues({ ...GOOD, school: '' })).toEqual([
      { path: 'school', message: '必填，不能为空', messageEn: 'Required' },
    ]);
    expect(issues({ ...GOOD, startDate: '2025年13月1日' })).toEqual([
      {
        path: 'startDate',
        message: '没有 13 月，月份应为 1–12',
        messageEn: 'There is no month 13; a month is 1 to 12',
      },
    ]);
    const [id] = issues({ ...GOOD, idNumber: '330802200503161288' });
    expect(id?.message).toBe('身份证号第18位（校验码）应为「7」，实为「8」');
    expect(id?.messageEn).toBe('Character 18 (check digit) should be "7", got "8"');
  });

  test('a row with a date that does not convert still has its other cells checked, each reported once', () => {
    const found = issues({ ...GOOD, name: '王', idNumber: '330802200503161288', startDate: '实习开始日期' });
    expect(found.map((i) => [i.path, i.message])).toEqual([
      [
        'startDate',
        '「实习开始日期」不是日期，请按 2025-11-20、2025/11/20、2025.11.20、20251120 或 2025年11月20日 填写',
      ],
      ['name', '至少2个字'],
      ['idNumber', '身份证号第18位（校验码）应为「7」，实为「8」'],
    ]);
  });
});
