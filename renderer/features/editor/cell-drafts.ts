// A roster cell's text typed but not committed (Enter/Tab never pressed) when the page went away: on the next
// open it is committed when it reads as the column's kind, as Enter would have; otherwise the row keeps its
// value and the cell opens again with the text, so the user sees what they typed and why it does not read.
import { PROGRAM_SCHEMAS, type FieldMeta, type ProgramId } from '../../../shared/schemas';
import { parseCell } from './cell-values';
import { withUnit, type DraftDoc } from './draft-units';
import type { CellDraft } from './edit-journal';
import type { TableRow } from './use-draft-editor';

/** The column's metadata (`partnerSchools`, `name`), or undefined when the program has no such column. */
export function columnMeta(program: string, table: string, col: string): FieldMeta | undefined {
  const schemas = PROGRAM_SCHEMAS[program as ProgramId] as { meta: Record<string, FieldMeta> } | undefined;
  return schemas?.meta[`${table}[].${col}`];
}

/** Where a draft's row is now: by its id, or by its index when it had none. */
function rowIndex(rows: readonly TableRow[], cell: CellDraft): number {
  if (cell.rowId !== undefined) return rows.findIndex((r) => r._rowId === cell.rowId);
  return cell.row < rows.length ? cell.row : -1;
}

/**
 * Lays journalled cell drafts over `doc`: each that parses is written into its row (unless the row already
 * holds that value); the rest come back as `open`, to be shown as the cell's edit. A draft whose roster, row
 * or column is gone is dropped.
 */
export function applyCellDrafts(
  doc: DraftDoc,
  cells: readonly CellDraft[],
): { doc: DraftDoc; open: CellDraft[] } {
  const open: CellDraft[] = [];
  let next = doc;
  for (const cell of cells) {
    const meta = columnMeta(next.draft.program, cell.table, cell.col);
    const rows = next.draft.data[cell.table];
    if (!meta || !Array.isArray(rows)) continue;
    const at = rowIndex(rows as TableRow[], cell);
    if (at < 0) continue;
    const parsed = parseCell(meta, cell.text);
    if (!parsed.ok) {
      open.push({ ...cell, row: at });
      continue;
    }
    const row = rows[at] as TableRow;
    if (row[cell.col] === parsed.value) continue;
    const written = { ...row };
    if (parsed.value === undefined) delete written[cell.col];
    else written[cell.col] = parsed.value;
    const table = (rows as TableRow[]).map((r, i) => (i === at ? written : r));
    next = withUnit(next, `data.${cell.table}`, table);
  }
  return { doc: next, open };
}
