// The cursor that blocks lay out into: current page, vertical position, text helpers and paging.
import type { DrawOp, Grey, PageOps } from './display-list';
import type { PdfDocumentModel } from './model';
import { EM_ASCENT, type FontFace, type FontMetrics } from './metrics';
import { A4, mm } from './units';
import { wrapText } from './wrap';

/** Line height as a multiple of the font size. */
export const LEADING = 1.45;
/** Border width of grids and boxes, in points. */
export const RULE = 0.6;
/** Fill of label cells and header rows. */
export const SHADE: Grey = 0.9;

export type Weight = 'regular' | 'bold';
export type Align = 'left' | 'center' | 'right';

export interface FlowFonts {
  regular: FontMetrics;
  bold?: FontMetrics;
}

/** Lays blocks out top to bottom, opening pages as needed. */
export class Flow {
  readonly pages: PageOps[] = [];
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly pageWidth = A4.width;
  readonly pageHeight = A4.height;
  y: number;

  constructor(
    model: PdfDocumentModel,
    private readonly fonts: FlowFonts,
  ) {
    const m = model.page.margins;
    this.left = mm(m.left);
    this.right = A4.width - mm(m.right);
    this.top = mm(m.top);
    this.bottom = A4.height - mm(m.bottom);
    this.y = this.top;
    this.newPage();
  }

  get width(): number {
    return this.right - this.left;
  }

  /** Height of a page's content area. */
  get pageSpace(): number {
    return this.bottom - this.top;
  }

  get remaining(): number {
    return this.bottom - this.y;
  }

  get atPageTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  newPage(): void {
    this.pages.push({ ops: [] });
    this.y = this.top;
  }

  /** Where the flow is now, to come back to with {@link rollback}. */
  mark(): FlowMark {
    return { pages: this.pages.length, ops: this.pages.at(-1)!.ops.length, y: this.y };
  }

  /** Drops everything laid out since `mark` (pages opened and drawing on its page). */
  rollback(mark: FlowMark): void {
    this.pages.length = mark.pages;
    this.pages.at(-1)!.ops.length = mark.ops;
    this.y = mark.y;
  }

  /** Starts a new page unless `height` fits below the cursor (or the page is still empty). */
  ensure(height: number): void {
    if (height > this.remaining + 0.01 && !this.atPageTop) this.newPage();
  }

  private target: number | undefined;

  push(op: DrawOp): void {
    this.pages[this.target ?? this.pages.length - 1]!.ops.push(op);
  }

  /** Runs `draw` with its output going to page `index` (0-based) instead of the last page. */
  drawOn(index: number, draw: () => void): void {
    this.target = index;
    try {
      draw();
    } finally {
      this.target = undefined;
    }
  }

  face(weight: Weight): { face: FontFace; fakeBold: boolean; metrics: FontMetrics } {
    if (weight === 'bold' && this.fonts.bold)
      return { face: 'bold', fakeBold: false, metrics: this.fonts.bold };
    return { face: 'regular', fakeBold: weight === 'bold', metrics: this.fonts.regular };
  }

  measure(text: string, size: number, weight: Weight = 'regular'): number {
    return this.face(weight).metrics.width(text, size);
  }

  lineHeight(size: number): number {
    return size * LEADING;
  }

  wrap(text: string, width: number, size: number, weight: Weight = 'regular', firstLineIndent = 0): string[] {
    const metrics = this.face(weight).metrics;
    return wrapText(text, width, (t) => metrics.width(t, size), { firstLineIndent });
  }

  /** Draws one line whose line box starts at `top`; returns nothing, the caller advances. */
  textLine(text: string, x: number, top: number, width: number, size: number, opts: TextOpts = {}): void {
    if (text === '') return;
    const { face, fakeBold } = this.face(opts.weight ?? 'regular');
    const align = opts.align ?? 'left';
    const w = align === 'left' ? 0 : this.measure(text, size, opts.weight);
    const dx = align === 'center' ? (width - w) / 2 : align === 'right' ? width - w : 0;
    const baseline = top + (size * LEADING - size) / 2 + EM_ASCENT * size;
    this.push({ op: 'text', x: x + dx, baseline, text, size, face, fakeBold, grey: opts.grey ?? 0 });
  }

  /** Draws pre-wrapped lines from `top`; returns the height used. */
  textLines(
    lines: readonly string[],
    x: number,
    top: number,
    width: number,
    size: number,
    opts: TextOpts = {},
  ) {
    const lh = this.lineHeight(size);
    lines.forEach((line, i) => {
      const indent = i === 0 ? (opts.firstLineIndent ?? 0) : 0;
      this.textLine(line, x + indent, top + i * lh, width - indent, size, opts);
    });
    return lines.length * lh;
  }

  rect(
    x: number,
    y: number,
    w: number,
    h: number,
    style: { fill?: Grey; stroke?: Grey; lineWidth?: number },
  ) {
    this.push({ op: 'rect', x, y, w, h, ...style });
  }

  line(points: readonly (readonly [number, number])[], lineWidth = RULE, grey: Grey = 0): void {
    this.push({ op: 'line', points, lineWidth, grey });
  }
}

/** A position in the flow: page count, drawing count on the last page, cursor. */
export interface FlowMark {
  pages: number;
  ops: number;
  y: number;
}

export interface TextOpts {
  weight?: Weight;
  align?: Align;
  grey?: Grey;
  firstLineIndent?: number;
}
