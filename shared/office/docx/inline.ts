// Blanks inside a paragraph: 「联系人：______」, underlined full-width spaces, 「____年__月__日」, and the
// gaps of a value cell's template 「¥  元」. Found on the paragraph's text; written by splitting its runs.
import type { Document, Element } from '@xmldom/xmldom';
import { kid, W } from './wml';

/** A blank in a paragraph's text: [start, end) of its characters. */
export interface Gap {
  start: number;
  end: number;
  /** Underscores or underlined spaces: a fill-in line, not just spacing. */
  line: boolean;
  /** The text since the previous gap (or the paragraph's start), and up to the next one. */
  before: string;
  after: string;
}

interface Piece {
  run: Element;
  t: Element | undefined;
  start: number;
  text: string;
  underlined: boolean;
  /** Only a w:rPr and one w:t: its text can be cut and rewritten. */
  plain: boolean;
}

const STOP = new Set(['p', 'tbl', 'txbxContent', 'Fallback', 'pict', 'drawing']);

/** The runs that belong to `p` itself (also inside hyperlinks and insertions), not to text boxes in it. */
function ownRuns(p: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let c = p.lastChild; c; c = c.previousSibling) if (c.nodeType === 1) stack.push(c as Element);
  while (stack.length) {
    const el = stack.pop()!;
    if (STOP.has(el.localName ?? '')) continue;
    if (el.localName === 'r' && el.namespaceURI === W) {
      out.push(el);
      continue;
    }
    for (let c = el.lastChild; c; c = c.previousSibling) if (c.nodeType === 1) stack.push(c as Element);
  }
  return out;
}

function underlined(run: Element): boolean {
  const rPr = kid(run, 'rPr');
  const u = rPr && kid(rPr, 'u');
  return !!u && (u.getAttributeNS(W, 'val') || 'single') !== 'none';
}

function pieces(p: Element): { text: string; list: Piece[] } {
  const list: Piece[] = [];
  let text = '';
  for (const run of ownRuns(p)) {
    let own = '';
    let ts = 0;
    let others = 0;
    for (let c = run.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const name = (c as Element).localName;
      if (name === 't') {
        own += c.textContent ?? '';
        ts++;
      } else if (name !== 'rPr') {
        own += name === 'tab' ? '\t' : name === 'br' || name === 'cr' ? '\n' : '';
        others++;
      }
    }
    const t = ts === 1 ? kid(run, 't') : undefined;
    list.push({
      run,
      t,
      start: text.length,
      text: own,
      underlined: underlined(run),
      plain: ts === 1 && !others,
    });
    text += own;
  }
  return { text, list };
}

const SPACE = /[ \u3000\u00a0]/;
const LINE = /[_＿]/;

/**
 * The gaps of a paragraph. A line (underscores, or spaces with underline formatting) is a gap
 * everywhere; plain spaces (two or more) only in a value cell's template (`spaces: 'all'`) or,
 * in running text, before 年/月/日, so 「地  址：」 stays one label.
 */
export function findGaps(p: Element, spaces: 'all' | 'dates'): { text: string; gaps: Gap[] } {
  const { text, list } = pieces(p);
  let kind = '';
  for (const piece of list)
    for (let i = 0; i < piece.text.length; i++) {
      const ch = piece.text[i]!;
      kind += !piece.plain
        ? 'x'
        : LINE.test(ch) || (piece.underlined && SPACE.test(ch))
          ? 'L'
          : SPACE.test(ch)
            ? 'S'
            : 'x';
    }
  const raw: { start: number; end: number; line: boolean }[] = [];
  for (const m of kind.matchAll(/L+|S+/g)) {
    const line = m[0][0] === 'L';
    if (m[0].length >= 2 || (line && text[m.index] === '\u3000'))
      raw.push({ start: m.index, end: m.index + m[0].length, line });
  }
  const kept = raw.filter(
    (g, i) =>
      g.line || spaces === 'all' || /^[年月日]/.test(text.slice(g.end, raw[i + 1]?.start ?? text.length)),
  );
  const gaps = kept.map((g, i) => ({
    ...g,
    before: text.slice(kept[i - 1]?.end ?? 0, g.start),
    after: text.slice(g.end, kept[i + 1]?.start ?? text.length),
  }));
  return { text, gaps };
}

function setText(doc: Document, t: Element, text: string) {
  while (t.firstChild) t.removeChild(t.firstChild);
  if (/^\s|\s$/.test(text)) t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(text));
}

/** Cuts a plain run at `offset` of its text; the second half is a copy placed right after it. */
function split(doc: Document, piece: Piece, offset: number): Element {
  const copy = piece.run.cloneNode(true) as Element;
  setText(doc, kid(copy, 't')!, piece.text.slice(offset));
  piece.text = piece.text.slice(0, offset);
  setText(doc, piece.t!, piece.text);
  piece.run.parentNode!.insertBefore(copy, piece.run.nextSibling);
  return copy;
}

/** A value to write in place of a gap's characters. */
export interface GapFill {
  gap: Pick<Gap, 'start' | 'end' | 'line'>;
  value: string;
}

/**
 * Writes each value in place of its gap's characters, in the run look of the gap's first
 * character; a line keeps its underline (underscores become an underlined value). The runs are
 * read once and the gaps written from the last to the first, so a paragraph of many blanks stays linear.
 */
export function fillGaps(doc: Document, p: Element, fills: GapFill[]): void {
  const list = pieces(p).list;
  let hi = list.length - 1;
  for (const { gap, value } of [...fills].sort((a, b) => b.gap.start - a.gap.start)) {
    while (hi > 0 && list[hi]!.start >= gap.end) hi--;
    let lo = hi;
    while (lo > 0 && list[lo]!.start > gap.start) lo--;
    const last = list[hi]!;
    if (gap.end < last.start + last.text.length) split(doc, last, gap.end - last.start);
    const first = list[lo]!;
    const cut = gap.start > first.start;
    const keep = cut ? split(doc, first, gap.start - first.start) : first.run;
    for (let i = lo + 1; i <= hi; i++) list[i]!.run.parentNode!.removeChild(list[i]!.run);
    setText(doc, kid(keep, 't')!, value);
    if (gap.line && !first.underlined) underline(doc, keep);
    hi = lo;
  }
}

// w:rPr's children after w:u in the schema's order: a new w:u goes before the first of them.
const AFTER_U = new Set([
  'effect',
  'bdr',
  'shd',
  'fitText',
  'vertAlign',
  'rtl',
  'cs',
  'em',
  'lang',
  'eastAsianLayout',
  'specVanish',
  'oMath',
]);

function underline(doc: Document, run: Element) {
  let rPr = kid(run, 'rPr');
  if (!rPr) run.insertBefore((rPr = doc.createElementNS(W, 'w:rPr')), run.firstChild);
  const old = kid(rPr, 'u');
  if (old) return old.setAttributeNS(W, 'w:val', 'single');
  const u = doc.createElementNS(W, 'w:u');
  u.setAttributeNS(W, 'w:val', 'single');
  let next = rPr.firstChild;
  while (next && !(next.nodeType === 1 && AFTER_U.has((next as Element).localName ?? '')))
    next = next.nextSibling;
  rPr.insertBefore(u, next);
}

/** Appends `value` to the paragraph's last plain run (a template ending in 「（大写）」). */
export function appendToParagraph(doc: Document, p: Element, value: string): boolean {
  const last = pieces(p)
    .list.filter((x) => x.plain)
    .pop();
  if (!last) return false;
  setText(doc, last.t!, last.text + value);
  return true;
}
