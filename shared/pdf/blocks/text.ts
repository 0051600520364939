// Title, subtitle and paragraph: wrapped text that may continue on the next page line by line.
import type { Flow, TextOpts } from '../flow';
import type { BlockOf } from '../model';
import { mm } from '../units';

function flowLines(flow: Flow, lines: readonly string[], size: number, opts: TextOpts): void {
  const lh = flow.lineHeight(size);
  lines.forEach((line, i) => {
    flow.ensure(lh);
    const indent = i === 0 ? (opts.firstLineIndent ?? 0) : 0;
    flow.textLine(line, flow.left + indent, flow.y, flow.width - indent, size, opts);
    flow.y += lh;
  });
}

/** A centred heading; kept on one page with at least one line of what follows. */
export function layoutTitle(flow: Flow, block: BlockOf<'title'> | BlockOf<'subtitle'>): void {
  const lines = flow.wrap(block.text, flow.width, block.size, block.weight);
  const after = block.kind === 'title' ? mm(4) : mm(2.5);
  flow.ensure(lines.length * flow.lineHeight(block.size) + after + flow.lineHeight(10.5));
  flowLines(flow, lines, block.size, { weight: block.weight, align: 'center' });
  flow.y += after;
}

/** Body text with an optional first-line indent in characters. */
export function layoutParagraph(flow: Flow, block: BlockOf<'paragraph'>): void {
  const indent = block.indent * block.size;
  const lines = flow.wrap(block.text, flow.width, block.size, block.weight, indent);
  flowLines(flow, lines, block.size, { weight: block.weight, align: block.align, firstLineIndent: indent });
  flow.y += mm(1.5);
}
