// Data tables: header row repeated on each page, rows kept whole unless taller than a page.
import type { Flow } from '../flow';
import type { BlockOf } from '../model';
import { mm } from '../units';
import { autoColumnWidths, type ColumnContent } from './column-widths';
import { drawRow, measureRow, PAD_X, type CellSpec, type LaidCell } from './grid';

type Column = BlockOf<'table'>['columns'][number];

/** Column widths in points from the columns' own widths: millimetres fixed, fractions (default 1) share the rest. */
export function columnWidths(total: number, columns: readonly Column[]): number[] {
  const given = columns.map((c) => c.width ?? { fr: 1 });
  const fixed = given.reduce((sum, w) => sum + ('mm' in w ? mm(w.mm) : 0), 0);
  const fr = given.reduce((sum, w) => sum + ('fr' in w ? w.fr : 0), 0);
  const rest = Math.max(0, total - fixed);
  return given.map((w) => ('mm' in w ? mm(w.mm) : fr > 0 ? (rest * w.fr) / fr : 0));
}

/** The table's column widths: as given, or from the content when any column leaves its width out. */
export function tableColumnWidths(flow: Flow, block: BlockOf<'table'>): number[] {
  const columns = block.columns;
  if (columns.every((c) => c.width !== undefined)) return columnWidths(flow.width, columns);
  const content: ColumnContent[] = columns.map((c, i) => ({
    header: c.header,
    cells: block.rows.map((r) => r[i] ?? ''),
    ...(c.width && 'mm' in c.width ? { fixed: mm(c.width.mm) } : {}),
  }));
  return autoColumnWidths(flow.width, content, (t) => flow.measure(t, block.size), 2 * PAD_X);
}

/** Lays a table out, paging as needed. */
export function layoutTable(flow: Flow, block: BlockOf<'table'>): void {
  const widths = tableColumnWidths(flow, block);
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
