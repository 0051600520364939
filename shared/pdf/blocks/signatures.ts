// Signature and seal boxes side by side, each with its label and a 年 月 日 line.
import { RULE, type Flow } from '../flow';
import type { BlockOf } from '../model';
import { mm } from '../units';
import { PAD_X, PAD_Y, proportional } from './grid';

export const DATE_LINE = '年      月      日';

/** A row of equal bordered boxes, kept on one page. */
export function layoutSignatures(flow: Flow, block: BlockOf<'signatures'>): void {
  const size = block.size;
  const lh = flow.lineHeight(size);
  const widths = proportional(
    flow.width,
    block.boxes.map(() => 1),
  );
  const laid = block.boxes.map((box, i) => {
    const innerW = widths[i]! - 2 * PAD_X;
    const label = flow.wrap(box.label, innerW, size, 'bold');
    const lines = box.lines.flatMap((l) => flow.wrap(l, innerW, size));
    return { box, label, lines, innerW };
  });
  const needed = Math.max(...laid.map((l) => (l.label.length + l.lines.length + 2) * lh + 2 * PAD_Y));
  const height = Math.max(mm(block.height), needed);
  flow.ensure(height);
  const top = flow.y;
  let x = flow.left;
  laid.forEach((l, i) => {
    const w = widths[i]!;
    flow.rect(x, top, w, height, { stroke: 0, lineWidth: RULE });
    let y = top + PAD_Y;
    y += flow.textLines(l.label, x + PAD_X, y, l.innerW, size, { weight: 'bold' });
    flow.textLines(l.lines, x + PAD_X, y, l.innerW, size);
    if (l.box.date)
      flow.textLine(DATE_LINE, x + PAD_X, top + height - PAD_Y - lh, l.innerW, size, { align: 'right' });
    x += w;
  });
  flow.y = top + height + mm(3);
}
