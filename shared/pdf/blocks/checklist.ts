// Evidence checklist. Noto Sans SC has no ☐/☑ (U+2610/2611), so the boxes are vector squares.
import { RULE, type Flow } from '../flow';
import type { BlockOf } from '../model';
import { EM_ASCENT } from '../metrics';
import { mm } from '../units';

/** Draws an empty or ticked box whose bottom sits on the baseline, one em wide. */
function checkbox(flow: Flow, x: number, baseline: number, size: number, checked: boolean): void {
  const side = size * 0.8;
  const top = baseline - side - size * 0.02;
  flow.rect(x, top, side, side, { stroke: 0, lineWidth: RULE });
  if (checked)
    flow.line(
      [
        [x + side * 0.18, top + side * 0.5],
        [x + side * 0.42, top + side * 0.78],
        [x + side * 0.85, top + side * 0.2],
      ],
      size * 0.1,
    );
}

/** A titled list of evidence items, each with a box ticked when the item is provided. */
export function layoutChecklist(flow: Flow, block: BlockOf<'checklist'>): void {
  const size = block.size;
  const lh = flow.lineHeight(size);
  if (block.title) {
    flow.ensure(lh * 2);
    flow.textLine(block.title, flow.left, flow.y, flow.width, size + 0.5, { weight: 'bold' });
    flow.y += flow.lineHeight(size + 0.5);
  }
  const boxSpace = size * 1.4;
  const textX = flow.left + mm(2) + boxSpace;
  const textW = flow.right - textX;
  for (const item of block.items) {
    const lines = flow.wrap(item.text, textW, size);
    const noteSize = size - 1.5;
    const notes = item.note ? flow.wrap(item.note, textW, noteSize) : [];
    const height = lines.length * lh + notes.length * flow.lineHeight(noteSize);
    flow.ensure(height);
    const baseline = flow.y + (lh - size) / 2 + EM_ASCENT * size;
    checkbox(flow, flow.left + mm(2), baseline, size, item.checked);
    flow.y += flow.textLines(lines, textX, flow.y, textW, size);
    flow.y += flow.textLines(notes, textX, flow.y, textW, noteSize, { grey: 0.35 });
  }
  flow.y += mm(3);
}
