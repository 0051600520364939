// The applicant grid: label cells shaded, value cells growing with their wrapped text.
import type { Flow } from '../flow';
import type { BlockOf } from '../model';
import { mm } from '../units';
import { drawRow, measureRow, proportional, type CellSpec } from './grid';

const MIN_ROW = mm(8);

/** A bordered label/value grid with 2 or 4 columns; rows never split across pages. */
export function layoutFields(flow: Flow, block: BlockOf<'fields'>): void {
  const weights = block.widths ?? (block.columns === 2 ? [1, 3] : [1.15, 1.85, 1.15, 1.85]);
  const widths = proportional(flow.width, weights);
  const starts = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  for (const row of block.rows) {
    let col = 0;
    const specs: CellSpec[] = row.map((cell) => {
      const x = starts[col]!;
      const width = widths.slice(col, col + cell.span).reduce((a, b) => a + b, 0);
      col += cell.span;
      const label = cell.kind === 'label';
      return { x, width, text: cell.text, align: cell.align ?? (label ? 'center' : 'left'), shaded: label };
    });
    const { cells, height } = measureRow(flow, specs, block.size, MIN_ROW);
    flow.ensure(height);
    drawRow(flow, cells, height, block.size);
  }
  flow.y += mm(3);
}
