// Shared cell geometry for bordered grids (fields, amount, table rows).
import { RULE, SHADE, type Align, type Flow, type Weight } from '../flow';
import { mm } from '../units';

/** Horizontal and vertical padding inside a cell. */
export const PAD_X = mm(1.8);
export const PAD_Y = mm(1.4);

export interface CellSpec {
  x: number;
  width: number;
  text: string;
  align: Align;
  shaded?: boolean;
  weight?: Weight;
  grey?: number;
}

export interface LaidCell extends CellSpec {
  lines: string[];
}

/** Wraps every cell and returns the cells with the row height they need. */
export function measureRow(
  flow: Flow,
  cells: readonly CellSpec[],
  size: number,
  minHeight = 0,
  padY = PAD_Y,
) {
  const lh = flow.lineHeight(size);
  const laid: LaidCell[] = cells.map((c) => ({
    ...c,
    lines: flow.wrap(c.text, c.width - 2 * PAD_X, size, c.weight),
  }));
  const tallest = Math.max(1, ...laid.map((c) => c.lines.length));
  return { cells: laid, height: Math.max(minHeight, tallest * lh + 2 * padY) };
}

/** Draws a row of bordered cells at the cursor, text vertically centred; advances the cursor. */
export function drawRow(flow: Flow, cells: readonly LaidCell[], height: number, size: number): void {
  const top = flow.y;
  const lh = flow.lineHeight(size);
  for (const cell of cells) {
    flow.rect(cell.x, top, cell.width, height, {
      fill: cell.shaded ? SHADE : undefined,
      stroke: 0,
      lineWidth: RULE,
    });
    const textTop = top + (height - cell.lines.length * lh) / 2;
    flow.textLines(cell.lines, cell.x + PAD_X, textTop, cell.width - 2 * PAD_X, size, {
      align: cell.align,
      weight: cell.weight,
      grey: cell.grey,
    });
  }
  flow.y = top + height;
}

/** Splits `total` points into widths proportional to `weights`. */
export function proportional(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total * w) / sum);
}
