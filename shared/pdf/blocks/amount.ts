// The amount box: figures, 大写金额 and the trace of how the amount was derived.
import type { Flow } from '../flow';
import type { BlockOf } from '../model';
import { mm } from '../units';
import { drawRow, measureRow, PAD_X, PAD_Y, proportional } from './grid';

/** A boxed amount; kept on one page. */
export function layoutAmount(flow: Flow, block: BlockOf<'amount'>): void {
  const [labelW, valueW] = proportional(flow.width, [1, 3]) as [number, number];
  const valueX = flow.left + labelW;
  const row = (label: string, value: string) =>
    measureRow(
      flow,
      [
        { x: flow.left, width: labelW, text: label, align: 'center', shaded: true },
        { x: valueX, width: valueW, text: value, align: 'left', weight: 'bold' },
      ],
      block.size,
      mm(9),
    );
  const figures = row(block.label, block.figures);
  const uppercase = row(block.uppercaseLabel, block.uppercase);
  const traceSize = block.size - 1;
  const traceLines = block.trace.flatMap((t) => flow.wrap(t, flow.width - 2 * PAD_X, traceSize));
  const traceHeight = traceLines.length ? traceLines.length * flow.lineHeight(traceSize) + 2 * PAD_Y : 0;

  flow.ensure(figures.height + uppercase.height + traceHeight);
  drawRow(flow, figures.cells, figures.height, block.size);
  drawRow(flow, uppercase.cells, uppercase.height, block.size);
  if (traceHeight > 0) {
    flow.rect(flow.left, flow.y, flow.width, traceHeight, { stroke: 0, lineWidth: 0.6 });
    flow.textLines(traceLines, flow.left + PAD_X, flow.y + PAD_Y, flow.width - 2 * PAD_X, traceSize, {
      grey: 0.2,
    });
    flow.y += traceHeight;
  }
  // A heavier outline sets the amount apart from the grids around it.
  const top = flow.y - figures.height - uppercase.height - traceHeight;
  flow.rect(flow.left, top, flow.width, flow.y - top, { stroke: 0, lineWidth: 1.2 });
  flow.y += mm(3);
}
