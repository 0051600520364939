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
 * Every value printed after a label, in reading order: the rest of the label's cell, or else the
 * next cell on its line; '' where the label stands with nothing after it (a buyer 个人 with no ID).
 */
export function valuesAfter(lines: Line[], label: RegExp): string[] {
  const values: string[] = [];
  const global = new RegExp(label.source, 'g');
  for (const line of lines) {
    line.cells.forEach((cell, k) => {
      const found = [...cell.text.matchAll(global)];
      found.forEach((m, j) => {
        const end = j + 1 < found.length ? found[j + 1]!.index : cell.text.length;
        const rest = cell.text.slice(m.index + m[0].length, end).trim();
        const next = j + 1 < found.length ? '' : (line.cells[k + 1]?.text.trim() ?? '');
        values.push(rest !== '' ? rest : next);
      });
    });
  }
  return values;
}
