// What layout produces: per page, drawing operations in top-down points (y grows downwards).
import type { FontFace } from './metrics';

/** Grey level: 0 is black, 1 is white. */
export type Grey = number;

export interface TextOp {
  op: 'text';
  x: number;
  /** Baseline, from the top of the page. */
  baseline: number;
  text: string;
  size: number;
  face: FontFace;
  /** Bold drawn by stroking the regular glyphs (text render mode 2), so one font suffices. */
  fakeBold: boolean;
  grey: Grey;
  /** Counter-clockwise degrees about (x, baseline); used by the watermark. */
  rotation?: number;
  /** Fill opacity below 1 draws through an ExtGState. */
  opacity?: number;
}

export interface RectOp {
  op: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: Grey;
  stroke?: Grey;
  lineWidth?: number;
}

export interface LineOp {
  op: 'line';
  points: readonly (readonly [number, number])[];
  lineWidth: number;
  grey: Grey;
}

export type DrawOp = TextOp | RectOp | LineOp;

export interface PageOps {
  ops: DrawOp[];
}
