// Finding what a Word form asks for: label cells beside (or above) empty cells, 「□是 □否」 boxes,
// and roster tables whose header row names columns over empty rows; text boxes included.
import type { Element } from '@xmldom/xmldom';
import { docxError } from './docx-error';
import { BOXES, fieldForColumn, isBlank, isSerialHeader, normaliseLabel, pathForLabel } from './labels';
import type { ProgramLabels } from './program-labels';
import { DOCX_LIMITS } from './read-docx';
import { descendants, inFallback, tableGrid, type GridCell } from './wml';

/** Where a slot is: 1-based table and row; `textBox` when the table sits in a text box. */
export interface SlotPlace {
  table: number;
  row: number;
  textBox: boolean;
}

/** One thing the form asks for; `key` is stable for the same form, `auto` the path recognised. */
export interface DocxSlot {
  key: string;
  label: string;
  kind: 'text' | 'choice' | 'column';
  /** The options of a 「□是 □否」 group. */
  options?: string[];
  /** For a column: the roster recognised from the header (`data.interns`), if any. */
  roster?: string;
  auto?: string;
  place: SlotPlace;
}

export type TextTarget = { slot: DocxSlot; tc: Element; mode: 'cell' | 'append' };
export type ChoiceTarget = { slot: DocxSlot; tc: Element };
export interface RosterPlan {
  tbl: Element;
  roster?: string;
  serialCol?: number;
  columns: { col: number; slot: DocxSlot }[];
  /** The form's own empty rows, in order; the last is cloned for a longer roster. */
  rows: Element[];
}

export interface ScanResult {
  slots: DocxSlot[];
  texts: TextTarget[];
  choices: ChoiceTarget[];
  rosters: RosterPlan[];
}

const MAX_LABEL = 24;

function isLabel(cell: GridCell | undefined): cell is GridCell {
  if (!cell || cell.continued || isBlank(cell.text) || BOXES.test(cell.text)) return false;
  const label = normaliseLabel(cell.text);
  return label.length > 0 && label.length <= MAX_LABEL && !/^\d+$/.test(label);
}

const blankCell = (cell: GridCell | undefined): cell is GridCell =>
  !!cell && !cell.continued && isBlank(cell.text);

function blankRow(cells: GridCell[], serialCol: number | undefined): boolean {
  return cells.every((c) => isBlank(c.text) || (c.col === serialCol && /^\s*\d+\s*$/.test(c.text)));
}

/** The roster a header row names, when it is one: a 序号 column or two known columns, over empty rows. */
function rosterHeader(cells: GridCell[], below: GridCell[] | undefined, program: ProgramLabels) {
  if (cells.length < 2 || !below || !cells.every((c) => isLabel(c))) return undefined;
  const headers = cells.map((c) => normaliseLabel(c.text));
  const serial = headers.findIndex(isSerialHeader);
  const serialCol = serial >= 0 ? cells[serial]!.col : undefined;
  if (!blankRow(below, serialCol)) return undefined;
  let best: { path: string; hits: number; fields: (string | undefined)[] } | undefined;
  for (const r of program.rosters) {
    const fields = headers.map((h) => fieldForColumn(h, r.fields));
    const hits = fields.filter(Boolean).length;
    if (hits > (best?.hits ?? 0)) best = { path: r.path, hits, fields };
  }
  if (serial < 0 && (best?.hits ?? 0) < 2) return undefined;
  return { headers, serialCol, best };
}

/** Splits 「规模以上企业 □是 □否」 into its label part and its options. */
function boxOptions(text: string): { prefix: string; options: string[] } {
  const [prefix = '', ...rest] = text.split(BOXES);
  return {
    prefix: normaliseLabel(prefix),
    options: rest.map((o) => normaliseLabel(o).replace(/[，,、；;]$/, '')),
  };
}

/**
 * Scans the tables of a parsed body for slots. Tables inside an mc:Fallback (the second copy of a
 * text box) are planned with their own keys but their slots are not listed twice.
 * @throws DocxError `too-many-tables` past {@link DOCX_LIMITS}.cells.
 */
export function scanTables(body: Element, program: ProgramLabels): ScanResult {
  const result: ScanResult = { slots: [], texts: [], choices: [], rosters: [] };
  const counters = [new Map<string, number>(), new Map<string, number>()];
  let cellCount = 0;
  descendants(body, 'tbl').forEach((tbl, t) => {
    const fallback = inFallback(tbl);
    const seen = counters[fallback ? 1 : 0]!;
    const textBox = fallback || descendantOf(tbl, 'txbxContent');
    const keyOf = (base: string) => {
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return n === 1 ? base : `${base}#${n}`;
    };
    const addSlot = (slot: Omit<DocxSlot, 'key'> & { base: string }): DocxSlot => {
      const { base, ...rest } = slot;
      const made: DocxSlot = { key: keyOf(base), ...rest };
      if (!fallback) result.slots.push(made);
      return made;
    };
    const { rows, cells } = tableGrid(tbl);
    cellCount += cells.reduce((n, r) => n + r.length, 0);
    if (cellCount > DOCX_LIMITS.cells) throw docxError('too-many-tables', cellCount, DOCX_LIMITS.cells);
    const used = new Set<Element>();
    const at = (r: number, col: number) => cells[r]?.find((c) => c.col === col);
    for (let r = 0; r < cells.length; r++) {
      const row = cells[r]!;
      const header = rosterHeader(row, cells[r + 1], program);
      if (header) {
        const place = { table: t + 1, row: r + 1, textBox };
        const plan: RosterPlan = {
          tbl,
          roster: header.best?.path,
          serialCol: header.serialCol,
          columns: [],
          rows: [],
        };
        row.forEach((cell, i) => {
          if (cell.col === header.serialCol) return;
          const field = header.best?.fields[i];
          const slot = addSlot({
            base: `col:${header.headers[i]}`,
            label: header.headers[i]!,
            kind: 'column',
            place,
            ...(header.best ? { roster: header.best.path } : {}),
            ...(field ? { auto: `${header.best!.path}[].${field}` } : {}),
          });
          plan.columns.push({ col: cell.col, slot });
        });
        let next = r + 1;
        while (cells[next] && blankRow(cells[next]!, header.serialCol)) plan.rows.push(rows[next++]!);
        result.rosters.push(plan);
        r = next - 1;
        continue;
      }
      row.forEach((cell, i) => {
        const place = { table: t + 1, row: r + 1, textBox };
        if (!cell.continued && BOXES.test(cell.text)) {
          const { prefix, options } = boxOptions(cell.text);
          const left = row[i - 1];
          const label = prefix || (isLabel(left) ? normaliseLabel(left.text) : options.join('/'));
          if (!prefix && isLabel(left)) used.add(left.tc);
          const slot = addSlot({
            base: label,
            label,
            kind: 'choice',
            options,
            place,
            ...auto(label, program),
          });
          result.choices.push({ slot, tc: cell.tc });
          used.add(cell.tc);
          return;
        }
        if (!isLabel(cell) || used.has(cell.tc)) return;
        const right = row[i + 1];
        const below = at(r + 1, cell.col);
        const label = normaliseLabel(cell.text);
        const target =
          blankCell(right) && !used.has(right.tc)
            ? right
            : blankCell(below) && !used.has(below.tc) && below.span === cell.span
              ? below
              : undefined;
        const colon = /[:：]\s*$/.test(cell.text);
        if (!target && !colon) return;
        used.add(cell.tc);
        if (target) used.add(target.tc);
        const slot = addSlot({ base: label, label, kind: 'text', place, ...auto(label, program) });
        result.texts.push({ slot, tc: target?.tc ?? cell.tc, mode: target ? 'cell' : 'append' });
      });
    }
  });
  return result;
}

function auto(label: string, program: ProgramLabels): { auto?: string } {
  const path = pathForLabel(label, program.labels);
  return path ? { auto: path } : {};
}

function descendantOf(el: Element, localName: string): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) if ((p as Element).localName === localName) return true;
  return false;
}

/** The texts a form's fingerprint is made of: every short non-empty cell, in table order. */
export function fingerprintTexts(body: Element): string[] {
  const texts: string[] = [];
  for (const tbl of descendants(body, 'tbl')) {
    if (inFallback(tbl)) continue;
    const { cells } = tableGrid(tbl);
    texts.push('|tbl');
    for (const row of cells)
      for (const cell of row) {
        const label = normaliseLabel(cell.text);
        if (label && label.length <= MAX_LABEL) texts.push(label);
      }
  }
  return texts;
}
