import type { z } from 'zod';
import { mapColumns, type ImportColumn } from './columns';
import type { NumericIdentifierCell } from './xlsx-read';

/** A problem in one row of the user's file, in the user's terms: the sheet row number and column label. */
export interface RowIssue {
  /** 1-based row number as Excel shows it (the header is row 1). */
  row: number;
  column?: string;
  message: string;
}

export type RosterImportResult<T> = { ok: true; rows: T[] } | { ok: false; issues: RowIssue[] };

export interface RosterImportInput<T> {
  /** All rows of the sheet, the header first. */
  rows: string[][];
  columns: readonly ImportColumn[];
  /** Parses one row object (column key → cell text); its issues name the key. */
  rowSchema: z.ZodType<T>;
  /** A mapping the user adjusted; by default matched from the header. */
  mapping?: Record<string, number>;
  longNumbers?: NumericIdentifierCell[];
}

/** Formats a row issue as the one line the user reads. */
export function describeIssue(issue: RowIssue): string {
  return issue.column
    ? `第 ${issue.row} 行「${issue.column}」：${issue.message}`
    : `第 ${issue.row} 行：${issue.message}`;
}

/**
 * Turns a sheet into roster rows, all or nothing: every row is parsed with the row schema and any
 * problem in any row means no rows are returned, only the full list of issues.
 */
export function importRoster<T>(input: RosterImportInput<T>): RosterImportResult<T> {
  const [header = [], ...body] = input.rows;
  const matched = mapColumns(header, input.columns);
  if (!input.mapping && matched.missing.length > 0) {
    return { ok: false, issues: [{ row: 1, message: `表头缺少必填列：${matched.missing.join('、')}` }] };
  }
  const mapping = input.mapping ?? matched.mapping;
  if (body.length === 0) return { ok: false, issues: [{ row: 2, message: '文件中没有数据行' }] };
  const labelOf = new Map(input.columns.map((c) => [c.key, c.label]));
  const issues: RowIssue[] = [];
  for (const cell of input.longNumbers ?? []) {
    const col = input.columns.find((c) => c.identifier && mapping[c.key] === cell.column - 1);
    if (col && cell.row > 1) {
      issues.push({
        row: cell.row,
        column: col.label,
        message: '被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写',
      });
    }
  }
  const rows: T[] = [];
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    const raw: Record<string, string> = {};
    for (const col of input.columns) {
      const index = mapping[col.key];
      raw[col.key] = index === undefined ? '' : (cells[index] ?? '');
    }
    const parsed = input.rowSchema.safeParse(raw);
    if (parsed.success) rows.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        if (issues.some((x) => x.row === rowNumber && x.column === labelOf.get(key))) continue;
        issues.push({ row: rowNumber, column: labelOf.get(key), message: issue.message });
      }
    }
  });
  return issues.length > 0 ? { ok: false, issues: issues.sort((a, b) => a.row - b.row) } : { ok: true, rows };
}
