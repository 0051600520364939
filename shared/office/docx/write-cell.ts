// Writing into a form's cells in the form's own look: the run properties of the cell's first run
// (or of its paragraph mark) are copied, paragraphs and cell properties are left as they are.
import type { Document, Element } from '@xmldom/xmldom';
import { TICKED } from './labels';
import { descendants, kid, kids, W } from './wml';

// Paragraph-mark-only children of w:pPr/w:rPr that a run's w:rPr may not carry.
const MARK_ONLY = new Set(['ins', 'del', 'moveFrom', 'moveTo', 'rPrChange']);

function runProps(doc: Document, tc: Element): Element | undefined {
  const firstRun = descendants(tc, 'r')[0];
  const own = firstRun && kid(firstRun, 'rPr');
  if (own) return own.cloneNode(true) as Element;
  const mark = descendants(tc, 'pPr')
    .map((p) => kid(p, 'rPr'))
    .find(Boolean);
  if (!mark) return undefined;
  const rPr = doc.createElementNS(W, 'w:rPr');
  for (let c = mark.firstChild; c; c = c.nextSibling)
    if (!(c.nodeType === 1 && MARK_ONLY.has((c as Element).localName ?? '')))
      rPr.appendChild(c.cloneNode(true));
  return rPr;
}

function makeRun(doc: Document, text: string, rPr: Element | undefined): Element {
  const run = doc.createElementNS(W, 'w:r');
  if (rPr) run.appendChild(rPr);
  text.split('\n').forEach((line, i) => {
    if (i > 0) run.appendChild(doc.createElementNS(W, 'w:br'));
    const t = doc.createElementNS(W, 'w:t');
    if (/^\s|\s$/.test(line)) t.setAttribute('xml:space', 'preserve');
    t.appendChild(doc.createTextNode(line));
    run.appendChild(t);
  });
  return run;
}

/** Replaces an empty cell's runs (fill-in lines, spaces) with `text` in its first paragraph. */
export function setCellText(doc: Document, tc: Element, text: string): void {
  const paragraphs = kids(tc, 'p');
  const runs = paragraphs.flatMap((p) => kids(p, 'r'));
  const first = runs[0];
  // The common case (and every roster row after the first fill) reuses the run: no cloning.
  if (first && !text.includes('\n') && first.parentNode === paragraphs[0]) {
    for (const r of runs.slice(1)) r.parentNode!.removeChild(r);
    for (let c = first.lastChild; c;) {
      const prev = c.previousSibling;
      if ((c as Element).localName !== 'rPr') first.removeChild(c);
      c = prev;
    }
    const t = doc.createElementNS(W, 'w:t');
    if (/^\s|\s$/.test(text)) t.setAttribute('xml:space', 'preserve');
    t.appendChild(doc.createTextNode(text));
    first.appendChild(t);
    return;
  }
  const rPr = runProps(doc, tc);
  for (const r of runs) r.parentNode!.removeChild(r);
  let p = paragraphs[0];
  if (!p) {
    p = doc.createElementNS(W, 'w:p');
    tc.appendChild(p);
  }
  p.appendChild(makeRun(doc, text, rPr));
}

/** Appends `text` after a label that ends with a colon, in the label's own run look. */
export function appendToCell(doc: Document, tc: Element, text: string): void {
  const paragraphs = kids(tc, 'p');
  const last = paragraphs[paragraphs.length - 1]!;
  const runs = kids(last, 'r');
  const rPr = runs.length ? kid(runs[runs.length - 1]!, 'rPr') : undefined;
  last.appendChild(makeRun(doc, text, rPr?.cloneNode(true) as Element | undefined));
}

/** Turns the `index`-th box (□/☐, ticked ones counted) of a cell into ☑; false when the cell has fewer boxes. */
export function tickBox(tc: Element, index: number): boolean {
  let seen = 0;
  for (const t of descendants(tc, 't')) {
    const text = t.textContent ?? '';
    for (let i = 0; i < text.length; i++) {
      // A box ticked already (another question in the same cell) still counts in the order.
      if (!/[□☐▢☑☒]/.test(text[i]!)) continue;
      if (seen++ === index) {
        if (!/[□☐▢]/.test(text[i]!)) return text[i] === TICKED;
        const next = text.slice(0, i) + TICKED + text.slice(i + 1);
        while (t.firstChild) t.removeChild(t.firstChild);
        t.appendChild(t.ownerDocument!.createTextNode(next));
        return true;
      }
    }
  }
  return false;
}

/** A copy of a roster row after `after`, its texts emptied (row, cell and run properties kept). */
export function cloneRowAfter(after: Element, template: Element): Element {
  const copy = template.cloneNode(true) as Element;
  for (const t of descendants(copy, 't')) while (t.firstChild) t.removeChild(t.firstChild);
  after.parentNode!.insertBefore(copy, after.nextSibling);
  return copy;
}
