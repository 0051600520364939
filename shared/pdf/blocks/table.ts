// Data tables: header row repeated on each page, rows kept whole unless taller than a page.
import type { Flow } from '../flow';
import type { BlockOf } from '../model';
import { mm } from '../units';
import { drawRow, measureRow, type CellSpec, type LaidCell } from './grid';

/** Column widths in points: millimetre columns are fixed, fractions share what is left. */
export function columnWidths(total: number, columns: BlockOf<'table'>['columns']): number[] {
  const fixed = columns.reduce((sum, c) => sum + ('mm' in c.width ? mm(c.width.mm) : 0), 0);
  const fr = columns.reduce((sum, c) => sum + ('fr' in c.width ? c.width.fr : 0), 0);
  const rest = Math.max(0, total - fixed);
  return columns.map((c) => ('mm' in c.width ? mm(c.width.mm) : fr > 0 ? (rest * c.width.fr) / fr : 0));
}

/** Lays a table out, paging as needed. */
export function layoutTable(flow: Flow, block: BlockOf<'table'>): void {
  const widths = columnWidths(flow.width, block.columns);
  const xs = widths.map((_, i) => flow.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const specsOf = (texts: readonly string[], header: boolean): CellSpec[] =>
    texts.map((text, i) => ({
      x: xs[i]!,
      width: widths[i]!,
      text,
      align: header ? 'center' : block.columns[i]!.align,
      shaded: header,
    }));
  const padY = mm(block.padding);
  const headerSpecs = specsOf(
    block.columns.map((c) => c.header),
    true,
  );
  const header = measureRow(flow, headerSpecs, block.size, 0, Math.max(padY, mm(1)));
  const lh = flow.lineHeight(block.size);

  if (block.caption) {
    const captionLines = flow.wrap(block.caption, flow.width, block.size + 1, 'bold');
    flow.ensure(captionLines.length * flow.lineHeight(block.size + 1) + header.height + lh + 2 * padY);
    flow.y += flow.textLines(captionLines, flow.left, flow.y, flow.width, block.size + 1, { weight: 'bold' });
    flow.y += mm(1);
  }
  const drawHeader = () => drawRow(flow, header.cells, header.height, block.size);

  flow.ensure(header.height + lh + 2 * padY);
  drawHeader();
  for (const texts of block.rows) {
    const row = measureRow(flow, specsOf(texts, false), block.size, 0, padY);
    if (row.height > flow.remaining) {
      const fitsOnFreshPage = row.height <= flow.pageSpace - (block.repeatHeader ? header.height : 0);
      if (fitsOnFreshPage || flow.remaining < lh + 2 * padY) {
        flow.newPage();
        if (block.repeatHeader) drawHeader();
      }
    }
    if (row.height <= flow.remaining) {
      drawRow(flow, row.cells, row.height, block.size);
      continue;
    }
    splitRow(flow, row.cells, block.size, padY, block.repeatHeader ? drawHeader : () => {});
  }
  flow.y += mm(3);
}

// A row taller than a page: draw as many lines of every cell as fit, then continue on the next page.
function splitRow(flow: Flow, cells: LaidCell[], size: number, padY: number, drawHeader: () => void): void {
  const lh = flow.lineHeight(size);
  let rest = cells;
  while (rest.some((c) => c.lines.length > 0)) {
    const fit = Math.max(1, Math.floor((flow.remaining - 2 * padY) / lh));
    const now = rest.map((c) => ({ ...c, lines: c.lines.slice(0, fit) }));
    const tallest = Math.max(1, ...now.map((c) => c.lines.length));
    drawRow(flow, now, tallest * lh + 2 * padY, size);
    rest = rest.map((c) => ({ ...c, lines: c.lines.slice(fit) }));
    if (rest.some((c) => c.lines.length > 0)) {
      flow.newPage();
      drawHeader();
    }
  }
}
