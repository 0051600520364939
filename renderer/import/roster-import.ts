import type { z } from 'zod';
import { cellsByKey, headerCells, tableBody } from './column-mapping';
import { mapColumns, type ImportColumn } from './columns';
import type { NumericIdentifierCell } from './xlsx-read';

/** A problem in one row of the user's file, in the user's terms: the sheet row number and column. */
export interface RowIssue {
  /** 1-based row number as Excel shows it (a header is row 1). */
  row: number;
  /** The column as the user knows it: the file's header when named, else the roster field's label. */
  column?: string;
  /** The roster field's label, when the column is named otherwise in the file. */
  field?: string;
  /** The roster field's key, for marking the cell. */
  key?: string;
  message: string;
  /** The same in English, for the report in the English interface. */
  messageEn?: string;
  /** `column` and `field` in English, where they are the field's label. */
  columnEn?: string;
  fieldEn?: string;
}

export type RosterImportResult<T> = { ok: true; rows: T[] } | { ok: false; issues: RowIssue[] };

export interface RosterImportInput<T> {
  /** All rows of the sheet, as Excel numbers them (row 1 first). */
  rows: string[][];
  columns: readonly ImportColumn[];
  /** Parses one row object (column key → cell text); its issues name the key. */
  rowSchema: z.ZodType<T>;
  /** A mapping the user adjusted (field key → column index); by default matched from the header. */
  mapping?: Record<string, number>;
  /** The header's row as Excel numbers it (rows above it are a title), 0 when every row is data; 1 by default. */
  headerRow?: number;
  /** The file's name for a column index (its header text, 第3列); without it issues name the field. */
  columnName?: (index: number) => string;
  longNumbers?: NumericIdentifierCell[];
  /** Leave out the table's footer (合计, 制表人：…; see table-footer), as the file dialog does and says. */
  skipFooter?: boolean;
}

/** Formats a row issue as the one line the user reads. */
export function describeIssue(issue: RowIssue): string {
  const field = issue.field ? `（${issue.field}）` : '';
  return issue.column
    ? `第 ${issue.row} 行「${issue.column}」${field}：${issue.message}`
    : `第 ${issue.row} 行：${issue.message}`;
}

/**
 * Turns a sheet into roster rows, all or nothing: every row is parsed with the row schema and any
 * problem in any row means no rows are returned, only the full list of issues. Wholly empty rows are
 * skipped, and with `skipFooter` the table's footer too.
 */
export function importRoster<T>(input: RosterImportInput<T>): RosterImportResult<T> {
  const headerRow = input.headerRow ?? 1;
  let mapping = input.mapping;
  if (!mapping) {
    const matched = mapColumns(headerCells(input.rows, headerRow), input.columns);
    if (matched.missing.length > 0) {
      return {
        ok: false,
        issues: [
          {
            row: Math.max(headerRow, 1),
            message: `表头缺少必填列：${matched.missing.join('、')}`,
            messageEn: `The header row lacks required columns: ${matched.missing.join(', ')}`,
          },
        ],
      };
    }
    mapping = matched.mapping;
  }
  const split = tableBody(input.rows, headerRow);
  // Without skipFooter (a paste, which reports no skipped rows) footer lines are rows like any other.
  const body = input.skipFooter ? split.data : [...split.data, ...split.footer];
  const footerFrom = input.skipFooter ? (split.footer[0]?.row ?? Infinity) : Infinity;
  if (body.length === 0) {
    return {
      ok: false,
      issues: [{ row: headerRow + 1, message: '文件中没有数据行', messageEn: 'The file has no data rows' }],
    };
  }
  const byKey = new Map(input.columns.map((c) => [c.key, c]));
  const where = (key: string): Pick<RowIssue, 'column' | 'field' | 'key' | 'columnEn' | 'fieldEn'> => {
    const col = byKey.get(key);
    if (col === undefined) return {};
    const index = mapping[key];
    const column = index !== undefined && input.columnName ? input.columnName(index) : col.label;
    const en = col.labelEn;
    if (column === col.label) return { column, key, ...(en === undefined ? {} : { columnEn: en }) };
    return { column, field: col.label, key, ...(en === undefined ? {} : { fieldEn: en }) };
  };
  const issues: RowIssue[] = [];
  for (const cell of input.longNumbers ?? []) {
    const col = input.columns.find((c) => c.identifier && mapping[c.key] === cell.column - 1);
    if (col && cell.row > headerRow && cell.row < footerFrom) {
      issues.push({
        row: cell.row,
        ...where(col.key),
        message: '被 Excel 存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写',
        messageEn:
          'Excel stored this as a number and lost its last digits; format the column as Text and enter it again',
      });
    }
  }
  const rows: T[] = [];
  const keys = input.columns.map((c) => c.key);
  for (const { row, cells } of body) {
    const parsed = input.rowSchema.safeParse(cellsByKey(cells, mapping, keys));
    if (parsed.success) rows.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        if (issues.some((x) => x.row === row && x.key !== undefined && x.key === key)) continue;
        const messageEn = (issue as { params?: { messageEn?: unknown } }).params?.messageEn;
        issues.push({
          row,
          ...where(key),
          message: issue.message,
          ...(typeof messageEn === 'string' ? { messageEn } : {}),
        });
      }
    }
  }
  return issues.length > 0 ? { ok: false, issues: issues.sort((a, b) => a.row - b.row) } : { ok: true, rows };
}
