import { mapColumns, normalizeHeader, type ImportColumn } from './columns';
import { footerStart } from './table-footer';

/** For each column of the file (by index), the key of the roster field it goes into, or null: 不导入. */
export type ColumnAssignment = readonly (string | null)[];

/** A row of the file that holds data, numbered as Excel shows it (the header, if any, is row 1). */
export interface DataRow {
  row: number;
  cells: readonly string[];
}

/** What is wrong with an assignment before any row is read. */
export interface MappingProblems {
  /** Keys of required fields that no column goes into, in the roster's order. */
  missing: string[];
  /** Fields that two or more columns go into, with those columns' indexes. */
  duplicates: { key: string; label: string; columns: number[] }[];
}

/**
 * Where a file's header is, as Excel numbers rows: 0 when it has none (every row is data), else the
 * header's row; rows above it (a title such as 2025年实习学生名单) are neither header nor data.
 */
export type HeaderRow = number;

/** How far down a header is looked for: a title and a note or two above it, not more. */
export const HEADER_SEARCH_ROWS = 10;

/** What the mapping dialog starts with. */
export interface ProposedMapping {
  headerRow: HeaderRow;
  assignment: (string | null)[];
  /** True when the assignment is the one saved for these headers last time. */
  restored: boolean;
}

/** The saved assignment for a header row, if any (saved-column-mappings, or none in tests). */
export type SavedLookup = (header: readonly string[]) => ColumnAssignment | null;

const isEmptyRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** The header's cells, or none when the file has no header. */
export function headerCells(rows: readonly (readonly string[])[], headerRow: HeaderRow): readonly string[] {
  return headerRow > 0 ? (rows[headerRow - 1] ?? []) : [];
}

/** The rows below the header: the table's data rows and, under them, its footer (合计, 制表人：…). */
export interface TableBody {
  data: DataRow[];
  footer: DataRow[];
}

/**
 * The rows below the header (all rows without one), split where the footer starts; wholly empty rows
 * are skipped but keep their numbers.
 */
export function tableBody(rows: readonly (readonly string[])[], headerRow: HeaderRow): TableBody {
  const end = footerStart(rows, headerRow, usedColumns(rows).length) ?? rows.length + 1;
  const body: TableBody = { data: [], footer: [] };
  rows.forEach((cells, i) => {
    if (i < headerRow || isEmptyRow(cells)) return;
    (i + 1 < end ? body.data : body.footer).push({ row: i + 1, cells });
  });
  return body;
}

/** The data rows below the header, without the footer. */
export function dataRows(rows: readonly (readonly string[])[], headerRow: HeaderRow): DataRow[] {
  return tableBody(rows, headerRow).data;
}

/** The rows that may be the header: the first non-empty ones among the first HEADER_SEARCH_ROWS, by row number. */
export function headerCandidates(rows: readonly (readonly string[])[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    if (!isEmptyRow(rows[i] ?? [])) out.push(i + 1);
  }
  return out;
}

/** How many columns the file has: up to the last non-empty cell of any row. */
export function sheetWidth(rows: readonly (readonly string[])[]): number {
  let width = 0;
  for (const cells of rows) {
    for (let i = cells.length - 1; i >= width; i--) {
      if ((cells[i] ?? '').trim() !== '') {
        width = i + 1;
        break;
      }
    }
  }
  return width;
}

/** The indexes of columns that hold anything; a wholly empty column is not offered for mapping. */
export function usedColumns(rows: readonly (readonly string[])[]): number[] {
  const width = sheetWidth(rows);
  const used: number[] = [];
  for (let i = 0; i < width; i++) if (rows.some((r) => (r[i] ?? '').trim() !== '')) used.push(i);
  return used;
}

/** The first non-empty values of a column among its first data rows, for the user to recognise it. */
export function columnSamples(
  rows: readonly (readonly string[])[],
  index: number,
  headerRow: HeaderRow,
  count = 3,
): string[] {
  return dataRows(rows, headerRow)
    .slice(0, count)
    .map((r) => r.cells[index] ?? '')
    .filter((v) => v !== '');
}

/** The file's columns matched to fields by their header text (label or alias). */
export function automaticAssignment(
  header: readonly string[],
  columns: readonly ImportColumn[],
  width: number,
): (string | null)[] {
  const assignment: (string | null)[] = Array.from({ length: width }, () => null);
  for (const [key, index] of Object.entries(mapColumns(header, columns).mapping)) {
    if (index < width) assignment[index] = key;
  }
  return assignment;
}

/** The file's non-empty columns taken in the roster's order, as a paste without a header is. */
export function positionalAssignment(
  rows: readonly (readonly string[])[],
  columns: readonly ImportColumn[],
): (string | null)[] {
  const assignment: (string | null)[] = Array.from({ length: sheetWidth(rows) }, () => null);
  usedColumns(rows).forEach((index, i) => {
    assignment[index] = columns[i]?.key ?? null;
  });
  return assignment;
}

/** How many of the file's columns a header row matches to fields by their text. */
function matchCount(assignment: readonly (string | null)[]): number {
  return assignment.filter((k) => k !== null).length;
}

/** A saved assignment fitted to the file's width: columns beyond it dropped, missing ones 不导入. */
function fitted(saved: ColumnAssignment, width: number): (string | null)[] {
  return Array.from({ length: width }, (_, i) => saved[i] ?? null);
}

/**
 * The mapping the dialog starts with. The header is the first of the top rows that has a saved
 * mapping; else the top row matching the most fields by header text (the first on a tie), so a title
 * row above the header is passed over; else there is no header and the columns go in the roster's order.
 */
export function proposeMapping(
  rows: readonly (readonly string[])[],
  columns: readonly ImportColumn[],
  saved: SavedLookup,
): ProposedMapping {
  const width = sheetWidth(rows);
  const candidates = headerCandidates(rows);
  for (const headerRow of candidates) {
    const restored = saved(headerCells(rows, headerRow));
    if (restored) return { headerRow, assignment: fitted(restored, width), restored: true };
  }
  let best: ProposedMapping | null = null;
  for (const headerRow of candidates) {
    const assignment = automaticAssignment(headerCells(rows, headerRow), columns, width);
    if (matchCount(assignment) > (best ? matchCount(best.assignment) : 0)) {
      best = { headerRow, assignment, restored: false };
    }
  }
  return best ?? { headerRow: 0, assignment: positionalAssignment(rows, columns), restored: false };
}

/**
 * The mapping after the user names another header row: the saved one for that header, else the match
 * by its texts; when nothing in it matches, `current` stays (the user's own choices are kept).
 */
export function remapForHeader(
  rows: readonly (readonly string[])[],
  columns: readonly ImportColumn[],
  headerRow: HeaderRow,
  saved: SavedLookup,
  current: readonly (string | null)[],
): Omit<ProposedMapping, 'headerRow'> {
  const width = sheetWidth(rows);
  if (headerRow > 0) {
    const restored = saved(headerCells(rows, headerRow));
    if (restored) return { assignment: fitted(restored, width), restored: true };
    const automatic = automaticAssignment(headerCells(rows, headerRow), columns, width);
    if (matchCount(automatic) > 0) return { assignment: automatic, restored: false };
  }
  return { assignment: [...current], restored: false };
}

/** Required fields left without a column, and fields that more than one column goes into. */
export function checkAssignment(
  assignment: ColumnAssignment,
  columns: readonly ImportColumn[],
): MappingProblems {
  const byKey = new Map<string, number[]>();
  assignment.forEach((key, index) => {
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  return {
    missing: columns.filter((c) => c.required && !byKey.has(c.key)).map((c) => c.key),
    duplicates: columns
      .filter((c) => (byKey.get(c.key)?.length ?? 0) > 1)
      .map((c) => ({ key: c.key, label: c.label, columns: byKey.get(c.key) ?? [] })),
  };
}

/** The assignment as the import takes it: field key → column index (the first column, if several). */
export function toKeyIndex(assignment: ColumnAssignment): Record<string, number> {
  const mapping: Record<string, number> = {};
  assignment.forEach((key, index) => {
    if (key !== null && mapping[key] === undefined) mapping[key] = index;
  });
  return mapping;
}

/** The letter Excel shows above a column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** One row's cells by field key, as the row schema takes them; a field without a column is ''. */
export function cellsByKey(
  cells: readonly string[],
  mapping: Readonly<Record<string, number>>,
  keys: readonly string[],
): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const index = mapping[key];
    raw[key] = index === undefined ? '' : (cells[index] ?? '');
  }
  return raw;
}

/** A header row as saved mappings compare it: normalised texts, trailing empty cells dropped. */
export function normalizedHeader(header: readonly string[]): string[] {
  const out = header.map(normalizeHeader);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** A short key for a header row (column count and an FNV-1a hash), the same for the same headers in the same order. */
export function headerFingerprint(header: readonly string[]): string {
  const norm = normalizedHeader(header);
  let hash = 0x811c9dc5;
  for (const ch of norm.join('\u001f')) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${norm.length}-${hash.toString(16).padStart(8, '0')}`;
}
