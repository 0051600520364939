// Text runs of a page gathered into lines (runs whose baselines are within a few points, left to right),
// top to bottom, so labels and their values can be found by position as a reader sees them.
import type { TextRun } from './pdf-text';

export interface Line {
  y: number;
  cells: TextRun[];
  /** The cells' text joined by one space. */
  text: string;
}

/** Baselines closer than this (points) are one line; invoice rows are 10+ points apart. */
const SAME_LINE = 3;

/** Lines of all pages, each page top to bottom, cells left to right. */
export function toLines(pages: TextRun[][]): Line[] {
  const lines: Line[] = [];
  for (const runs of pages) {
    const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
    const pageLines: Line[] = [];
    for (const run of sorted) {
      const line = pageLines.find((l) => Math.abs(l.y - run.y) < SAME_LINE);
      if (line) line.cells.push(run);
      else pageLines.push({ y: run.y, cells: [run], text: '' });
    }
    for (const line of pageLines) {
      line.cells.sort((a, b) => a.x - b.x);
      line.text = line.cells.map((c) => c.text.trim()).join(' ');
    }
    lines.push(...pageLines);
  }
  return lines;
}

/** A label's characters with any spaces between them, e.g. 名称 → 名\s*称. */
export function spaced(label: string): string {
  return [...label].map((c) => c.replace(/[()（）/]/, (m) => `\\${m}`)).join('\\s*');
}

/**
 * Every value printed after a label, in reading order: the rest of the run the label ends in, or else
 * the next run on its line; '' where the label stands with nothing after it (a buyer 个人 with no ID).
 * The label is matched across runs, since pdf.js splits 「名    称：」 at its gap.
 */
export function valuesAfter(lines: Line[], label: RegExp): string[] {
  const values: string[] = [];
  const global = new RegExp(label.source, 'g');
  for (const line of lines) {
    // Where each cell ends in line.text (cells are joined by one space).
    const ends: number[] = [];
    let at = 0;
    for (const cell of line.cells) {
      at += cell.text.trim().length;
      ends.push(at);
      at += 1;
    }
    const found = [...line.text.matchAll(global)];
    found.forEach((m, j) => {
      const end = m.index + m[0].length;
      const nextStart = found[j + 1]?.index ?? Infinity;
      const k = ends.findIndex((e) => e >= end);
      if (k < 0) return values.push('');
      const rest = line.text.slice(end, Math.min(ends[k]!, nextStart)).trim();
      const next = ends[k]! + 1 < nextStart ? (line.cells[k + 1]?.text.trim() ?? '') : '';
      values.push(rest !== '' ? rest : next);
    });
  }
  return values;
}
