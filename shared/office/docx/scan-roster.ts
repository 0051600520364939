// A roster's header row: one row of column names over empty rows, or two rows where the upper
// groups columns (「学生信息」 over 姓名/身份证号) and the lower names them.
import { BOXES, fieldForColumn, isBlank, isSerialHeader, normaliseLabel } from './labels';
import { MAX_LABEL } from './inline-slots';
import type { ProgramLabels } from './program-labels';
import type { GridCell } from './wml';

export function isLabel(cell: GridCell | undefined): cell is GridCell {
  if (!cell || cell.continued || isBlank(cell.text) || BOXES.test(cell.text)) return false;
  const label = normaliseLabel(cell.text);
  return label.length > 0 && label.length <= MAX_LABEL && !/^\d+$/.test(label);
}

export function blankRow(cells: GridCell[], serialCol: number | undefined): boolean {
  return cells.every((c) => isBlank(c.text) || (c.col === serialCol && /^\s*\d+\s*$/.test(c.text)));
}

export interface RosterHeader {
  /** The header cells that name columns (for two rows: the lower row, merged-down cells from above). */
  cells: GridCell[];
  headers: string[];
  serialCol: number | undefined;
  best: { path: string; hits: number; fields: (string | undefined)[] } | undefined;
  /** Index of the last header row (the data rows start after it). */
  last: number;
}

/** The roster a header row names, when it is one: a 序号 column or two known columns, over empty rows. */
function oneRow(cells: GridCell[], below: GridCell[] | undefined, program: ProgramLabels) {
  if (cells.length < 2 || !below || !cells.every((c) => isLabel(c))) return undefined;
  const headers = cells.map((c) => normaliseLabel(c.text));
  const serial = headers.findIndex(isSerialHeader);
  const serialCol = serial >= 0 ? cells[serial]!.col : undefined;
  if (!blankRow(below, serialCol)) return undefined;
  let best: RosterHeader['best'];
  for (const r of program.rosters) {
    const fields = headers.map((h) => fieldForColumn(h, r.fields));
    const hits = fields.filter(Boolean).length;
    if (hits > (best?.hits ?? 0)) best = { path: r.path, hits, fields };
  }
  if (serial < 0 && (best?.hits ?? 0) < 2) return undefined;
  return { cells, headers, serialCol, best };
}

/** The lower row of a two-level header, a cell merged down from the upper row standing for itself. */
function twoLevel(upper: GridCell[], lower: GridCell[]): GridCell[] | undefined {
  if (!upper.some((c) => c.span > 1 && isLabel(c)) || lower.filter((c) => !c.continued).length < 2)
    return undefined;
  const merged: GridCell[] = [];
  for (const cell of lower) {
    if (!cell.continued) merged.push(cell);
    else {
      const above = upper.find((c) => c.col === cell.col && !c.continued);
      if (!above) return undefined;
      merged.push({ ...above, tc: cell.tc, row: cell.row, continued: false });
    }
  }
  return merged;
}

/** The roster header starting at row `r`, one row or two; undefined when row `r` starts none. */
export function rosterHeader(
  rows: GridCell[][],
  r: number,
  program: ProgramLabels,
): RosterHeader | undefined {
  const one = oneRow(rows[r]!, rows[r + 1], program);
  if (one) return { ...one, last: r };
  const lower = rows[r + 1] && twoLevel(rows[r]!, rows[r + 1]!);
  const two = lower && oneRow(lower, rows[r + 2], program);
  return two ? { ...two, last: r + 1 } : undefined;
}
