// Per-page furniture added once the page count is known: header, footer and watermark.
import type { TextOp } from './display-list';
import { LEADING, type Flow } from './flow';
import type { PdfDocumentModel } from './model';
import { EM_ASCENT } from './metrics';
import { mm } from './units';

/** A diagonal stamp such as 草稿 on every page. */
export interface Watermark {
  text: string;
  /** `over` (default) draws it semi-transparent above the content, so shaded cells cannot hide it. */
  placement?: 'behind' | 'over';
  size?: number;
}

const HEADER_SIZE = 9;

/** Fills `{page}` and `{pages}` in a footer template. */
export function footerText(template: string, page: number, pages: number): string {
  return template.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
}

function watermarkOp(flow: Flow, mark: Watermark): TextOp {
  const size = mark.size ?? 120;
  const angle = 35;
  const rad = (angle * Math.PI) / 180;
  const width = flow.measure(mark.text, size);
  const midUp = (EM_ASCENT - 0.5) * size;
  // Centre the text box on the page centre, in PDF coordinates (y up), then back to top-down.
  const cx = flow.pageWidth / 2;
  const cy = flow.pageHeight / 2;
  const x = cx - (width / 2) * Math.cos(rad) + midUp * Math.sin(rad);
  const yUp = cy - (width / 2) * Math.sin(rad) - midUp * Math.cos(rad);
  const over = mark.placement !== 'behind';
  return {
    op: 'text',
    x,
    baseline: flow.pageHeight - yUp,
    text: mark.text,
    size,
    face: 'regular',
    fakeBold: false,
    grey: over ? 0.45 : 0.82,
    rotation: angle,
    opacity: over ? 0.28 : undefined,
  };
}

/** Adds header, footer and watermark to every laid-out page. */
export function addFurniture(flow: Flow, model: PdfDocumentModel, watermark?: Watermark): void {
  const total = flow.pages.length;
  flow.pages.forEach((page, i) => {
    const content = page.ops;
    page.ops = [];
    flow.drawOn(i, () => {
      const lineTop = flow.top - mm(6) - HEADER_SIZE * LEADING;
      if (model.header) {
        flow.textLine(model.header.left, flow.left, lineTop, flow.width, HEADER_SIZE);
        if (model.header.right)
          flow.textLine(model.header.right, flow.left, lineTop, flow.width, HEADER_SIZE, { align: 'right' });
        flow.line([
          [flow.left, flow.top - mm(5)],
          [flow.right, flow.top - mm(5)],
        ]);
      }
      if (model.footer) {
        const text = footerText(model.footer, i + 1, total);
        flow.textLine(text, flow.left, flow.bottom + mm(6), flow.width, HEADER_SIZE, { align: 'center' });
      }
    });
    const mark = watermark ? [watermarkOp(flow, watermark)] : [];
    const over = watermark?.placement !== 'behind';
    page.ops = over ? [...page.ops, ...content, ...mark] : [...mark, ...page.ops, ...content];
  });
}
