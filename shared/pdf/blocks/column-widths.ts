// Table column widths from their content, as a browser's auto table layout: every column gets at least
// its minimum content width, and the rest of the line goes where wider content would otherwise wrap.
import { maxContentWidth, minContentWidth, wrapText, type Measure } from '../wrap';

/** One column as the width calculation sees it; `fixed` (points) is a width the template insists on. */
export interface ColumnContent {
  header: string;
  cells: readonly string[];
  fixed?: number;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

// The narrowest width at which `text` takes at most `lines` lines (binary search on the wrapper).
function widthForLines(text: string, lines: number, measure: Measure): number {
  let lo = minContentWidth(text, measure);
  let hi = maxContentWidth(text, measure);
  if (wrapText(text, lo, measure).length <= lines) return lo;
  for (let i = 0; i < 14 && hi - lo > 0.5; i++) {
    const mid = (lo + hi) / 2;
    if (wrapText(text, mid, measure).length <= lines) hi = mid;
    else lo = mid;
  }
  return hi;
}

// Grows `base` to `total`, giving each column a share of the slack proportional to `weights`.
function grow(base: readonly number[], weights: readonly number[], total: number): number[] {
  const slack = total - sum(base);
  const w = sum(weights);
  if (w <= 0) return base.map((b) => b + slack / base.length);
  return base.map((b, i) => b + (slack * weights[i]!) / w);
}

/** A cell at most this many ideographs wide (a name, a title, 是/否) is kept on one line when it can be. */
export const SHORT_CELL_EM = 6;
/** A header this short (序号, 姓名, 身份证号) is never wrapped unless nothing else fits. */
export const SHORT_HEADER_EM = 4;

const LEVELS = ['oneLineHeaders', 'twoLineHeaders', 'wrappedCells', 'atomic'] as const;
type Level = (typeof LEVELS)[number];

/**
 * Widths (points) summing to `total` for columns measured with `measure`; `padding` is a cell's
 * horizontal padding on both sides. Preference, best first: every cell on one line; headers on one
 * line and short cells ({@link SHORT_CELL_EM}) whole; long headers on two lines and short cells whole;
 * cells wrapped only between words; else the minimums scaled down (then breaking between characters).
 * Slack goes to the columns whose content is still wrapped. Fixed columns keep their width.
 */
export function autoColumnWidths(
  total: number,
  columns: readonly ColumnContent[],
  measure: Measure,
  padding: number,
): number[] {
  const em = measure('国');
  const ranges = columns.map((c): Record<Level | 'max', number> => {
    if (c.fixed !== undefined)
      return {
        max: c.fixed,
        oneLineHeaders: c.fixed,
        twoLineHeaders: c.fixed,
        wrappedCells: c.fixed,
        atomic: c.fixed,
      };
    const cellMin = Math.max(0, ...c.cells.map((t) => minContentWidth(t, measure)));
    const fulls = c.cells.map((t) => maxContentWidth(t, measure));
    const cellMax = Math.max(0, ...fulls);
    const shortMax = Math.max(cellMin, ...fulls.filter((w) => w <= SHORT_CELL_EM * em));
    const header = maxContentWidth(c.header, measure);
    const header2 = header <= SHORT_HEADER_EM * em + 0.01 ? header : widthForLines(c.header, 2, measure);
    return {
      max: Math.max(cellMax, header) + padding,
      oneLineHeaders: Math.max(shortMax, header) + padding,
      twoLineHeaders: Math.max(shortMax, header2) + padding,
      wrappedCells: Math.max(cellMin, header2) + padding,
      atomic: Math.max(cellMin, minContentWidth(c.header, measure)) + padding,
    };
  });
  const maxes = ranges.map((r) => r.max);
  if (sum(maxes) <= total)
    return grow(
      maxes,
      maxes.map((m, i) => (columns[i]!.fixed === undefined ? m : 0)),
      total,
    );
  for (const level of LEVELS) {
    const mins = ranges.map((r) => r[level]);
    if (sum(mins) <= total)
      return grow(
        mins,
        ranges.map((r) => r.max - r[level]),
        total,
      );
  }
  const atomic = ranges.map((r) => r.atomic);
  return atomic.map((a) => (a * total) / sum(atomic));
}
