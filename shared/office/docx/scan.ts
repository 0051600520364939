// Finding what a Word form asks for: label cells beside (or above) empty cells, 「□是 □否」 boxes,
// and roster tables whose header row names columns over empty rows; text boxes included.
import type { Element } from '@xmldom/xmldom';
import { docxError } from './docx-error';
import { inlineBlanks, isTemplateCell, MAX_LABEL, type InlineBlank } from './inline-slots';
import { BOXES, isBlank, normaliseLabel, pathForLabel } from './labels';
import type { ProgramLabels } from './program-labels';
import { DOCX_LIMITS } from './read-docx';
import { boxGroups } from './scan-boxes';
import { blankRow, isLabel, rosterHeader } from './scan-roster';
import { descendants, inFallback, kids, tableGrid, type GridCell } from './wml';

/**
 * Where a slot is: 1-based table and row; `textBox` when it sits in a text box. A blank in
 * running text outside tables has table 0, row 0 and its 1-based `paragraph`.
 */
export interface SlotPlace {
  table: number;
  row: number;
  textBox: boolean;
  paragraph?: number;
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

export type TextTarget = { slot: DocxSlot; tc: Element; mode: 'cell' | 'append' | 'template' };
/** A 「□是 □否」 group; `offset` is the index of its first box among the cell's boxes. */
export type ChoiceTarget = { slot: DocxSlot; tc: Element; offset: number };
/** A blank (or 年/月/日 group) in a paragraph, after its label. */
export type InlineTarget = { slot: DocxSlot; p: Element; blank: InlineBlank };
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
  inline: InlineTarget[];
  rosters: RosterPlan[];
}

const blankCell = (cell: GridCell | undefined): cell is GridCell =>
  !!cell && !cell.continued && isBlank(cell.text);

// A value cell waiting for its value: empty, a fill-in line, or a template such as 「¥  元」.
const valueCell = (cell: GridCell | undefined): cell is GridCell =>
  !!cell && !cell.continued && (isBlank(cell.text) || isTemplateCell(cell.tc));

// A cell of running text with labelled blanks (「联系人：____ 电话：____」); only cells with a colon can.
const cellBlanks = (cell: GridCell) =>
  cell.continued || !/[:：]/.test(cell.text)
    ? []
    : kids(cell.tc, 'p').flatMap((p) => inlineBlanks(p, false).map((blank) => ({ p, blank })));

type AddSlot = (slot: Omit<DocxSlot, 'key'> & { base: string }) => DocxSlot;

/**
 * Scans a parsed body for slots: its tables, then the blanks of its running text. Anything inside
 * an mc:Fallback (the second copy of a text box) is planned with its own keys but not listed twice.
 * @throws DocxError `too-many-tables` past {@link DOCX_LIMITS}.cells, `too-many-blanks` past its blanks.
 */
export function scanTables(body: Element, program: ProgramLabels): ScanResult {
  const result: ScanResult = { slots: [], texts: [], choices: [], inline: [], rosters: [] };
  const counters = [new Map<string, number>(), new Map<string, number>()];
  const slotAdder =
    (fallback: boolean): AddSlot =>
    ({ base, ...rest }) => {
      const seen = counters[fallback ? 1 : 0]!;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const made: DocxSlot = { key: n === 1 ? base : `${base}#${n}`, ...rest };
      if (!fallback) result.slots.push(made);
      return made;
    };
  let cellCount = 0;
  descendants(body, 'tbl').forEach((tbl, t) => {
    const fallback = inFallback(tbl);
    const { cells } = tableGrid(tbl);
    cellCount += cells.reduce((n, r) => n + r.length, 0);
    if (cellCount > DOCX_LIMITS.cells) throw docxError('too-many-tables', cellCount, DOCX_LIMITS.cells);
    scanTable(tbl, t + 1, fallback || descendantOf(tbl, 'txbxContent'), slotAdder(fallback), program, result);
  });
  let paragraph = 0;
  for (const p of bodyParagraphs(body)) {
    const fallback = inFallback(p);
    if (!fallback) paragraph++;
    const place = { table: 0, row: 0, textBox: fallback || descendantOf(p, 'txbxContent'), paragraph };
    for (const blank of inlineBlanks(p, true)) {
      const slot = slotAdder(fallback)({
        base: blank.label,
        label: blank.label,
        kind: 'text',
        place,
        ...auto(blank, program),
      });
      result.inline.push({ slot, p, blank });
    }
  }
  if (result.inline.length > DOCX_LIMITS.blanks)
    throw docxError('too-many-blanks', result.inline.length, DOCX_LIMITS.blanks);
  return result;
}

/** Paragraphs outside tables (a text box's paragraphs included), in document order. */
function bodyParagraphs(body: Element): Element[] {
  return descendants(body, 'p').filter((p) => !descendantOf(p, 'tc'));
}

function scanTable(
  tbl: Element,
  table: number,
  textBox: boolean,
  addSlot: AddSlot,
  program: ProgramLabels,
  result: ScanResult,
): void {
  const { rows, cells } = tableGrid(tbl);
  const used = new Set<Element>();
  const at = (r: number, col: number) => cells[r]?.find((c) => c.col === col);
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r]!;
    const header = rosterHeader(cells, r, program);
    if (header) {
      const place = { table, row: header.last + 1, textBox };
      const plan: RosterPlan = {
        tbl,
        roster: header.best?.path,
        serialCol: header.serialCol,
        columns: [],
        rows: [],
      };
      header.cells.forEach((cell, i) => {
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
      let next = header.last + 1;
      while (cells[next] && blankRow(cells[next]!, header.serialCol)) plan.rows.push(rows[next++]!);
      result.rosters.push(plan);
      r = next - 1;
      continue;
    }
    row.forEach((cell, i) => {
      const place = { table, row: r + 1, textBox };
      if (!cell.continued && BOXES.test(cell.text)) {
        const left = row[i - 1];
        boxGroups(cell.text).forEach(({ prefix, options, offset }, g) => {
          const label = prefix || (g === 0 && isLabel(left) ? normaliseLabel(left.text) : options.join('/'));
          if (g === 0 && !prefix && isLabel(left)) used.add(left.tc);
          const slot = addSlot({
            base: label,
            label,
            kind: 'choice',
            options,
            place,
            ...auto(label, program),
          });
          result.choices.push({ slot, tc: cell.tc, offset });
        });
        used.add(cell.tc);
        return;
      }
      if (used.has(cell.tc)) return;
      const blanks = cellBlanks(cell);
      if (blanks.length) {
        used.add(cell.tc);
        for (const { p, blank } of blanks) {
          const slot = addSlot({
            base: blank.label,
            label: blank.label,
            kind: 'text',
            place,
            ...auto(blank, program),
          });
          result.inline.push({ slot, p, blank });
        }
        return;
      }
      if (!isLabel(cell)) return;
      const right = row[i + 1];
      const below = at(r + 1, cell.col);
      const label = normaliseLabel(cell.text);
      const target =
        valueCell(right) && !used.has(right.tc)
          ? right
          : valueCell(below) && !used.has(below.tc) && below.span === cell.span
            ? below
            : undefined;
      const colon = /[:：]\s*$/.test(cell.text);
      if (!target && !colon) return;
      used.add(cell.tc);
      if (target) used.add(target.tc);
      const slot = addSlot({ base: label, label, kind: 'text', place, ...auto(label, program) });
      const mode = !target ? 'append' : blankCell(target) ? 'cell' : 'template';
      result.texts.push({ slot, tc: target?.tc ?? cell.tc, mode });
    });
  }
}

function auto(label: string | InlineBlank, program: ProgramLabels): { auto?: string } {
  // A bare 「 年 月 日」 under a 盖章 line is the date of the application.
  if (typeof label !== 'string' && label.label === '年月日') return { auto: 'applicationDate' };
  const path = pathForLabel(typeof label === 'string' ? label : label.label, program.labels);
  return path ? { auto: path } : {};
}

function descendantOf(el: Element, localName: string): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) if ((p as Element).localName === localName) return true;
  return false;
}

/**
 * The texts a form's fingerprint is made of: every short non-empty cell, in table order, then the
 * labels of blanks in running text (none for a form without them, so its fingerprint stays as it was).
 */
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
  for (const p of bodyParagraphs(body))
    if (!inFallback(p)) for (const blank of inlineBlanks(p, true)) texts.push(`|p ${blank.label}`);
  return texts;
}
