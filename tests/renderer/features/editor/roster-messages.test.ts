import { describe, expect, test } from 'vitest';
import { describeIssue, type RowIssue } from '../../../../renderer/import/roster-import';
import { issueLine, rosterMessages } from '../../../../renderer/features/editor/roster-messages';

const issues: RowIssue[] = [
  { row: 1, message: '文件中没有数据行' },
  { row: 3, column: '身份证号', key: 'idNumber', message: '校验码不对' },
  { row: 4, column: '证件号', field: '身份证号', key: 'idNumber', message: '校验码不对' },
];

describe('issue lines', () => {
  test('the Chinese line of each issue is describeIssue’s', () => {
    expect(issues.map((i) => issueLine(rosterMessages.zh, i))).toEqual(issues.map(describeIssue));
  });

  test('the English line names row, column and field in English around the validator’s message', () => {
    expect(issues.map((i) => issueLine(rosterMessages.en, i))).toEqual([
      'Row 1: 文件中没有数据行',
      'Row 3, “身份证号”: 校验码不对',
      'Row 4, “证件号” (身份证号): 校验码不对',
    ]);
  });

  test('with the English of message, column and field, the English line has no Chinese but the file’s own header', () => {
    const english: RowIssue[] = [
      { row: 1, message: '文件中没有数据行', messageEn: 'The file has no data rows' },
      {
        row: 3,
        column: '身份证号',
        columnEn: 'ID number',
        key: 'idNumber',
        message: '校验码不对',
        messageEn: 'Wrong check digit',
      },
      {
        row: 4,
        column: '证件号',
        field: '身份证号',
        fieldEn: 'ID number',
        key: 'idNumber',
        message: '校验码不对',
        messageEn: 'Wrong check digit',
      },
    ];
    expect(english.map((i) => issueLine(rosterMessages.en, i))).toEqual([
      'Row 1: The file has no data rows',
      'Row 3, “ID number”: Wrong check digit',
      'Row 4, “证件号” (ID number): Wrong check digit',
    ]);
    expect(english.map((i) => issueLine(rosterMessages.zh, i))).toEqual(english.map(describeIssue));
  });

  test('every English message keeps the Chinese one’s placeholders', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(rosterMessages.zh)) {
      expect([key, placeholders(rosterMessages.en[key as keyof typeof rosterMessages.en])]).toEqual([
        key,
        placeholders(zh),
      ]);
    }
  });
});
