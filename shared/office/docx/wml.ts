// WordprocessingML helpers over xmldom: children by name, a cell's text, and the grid of a table.
import type { Element, Node } from '@xmldom/xmldom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

const ELEMENT = 1;

/** Element children of `node` with the WordprocessingML local name `name`. */
export function kids(node: Node, name: string, ns = W): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling)
    if (c.nodeType === ELEMENT && (c as Element).localName === name && (c as Element).namespaceURI === ns)
      out.push(c as Element);
  return out;
}

export function kid(node: Node, name: string): Element | undefined {
  return kids(node, name)[0];
}

export function wAttr(el: Element | undefined, name: string): string | null {
  return el ? el.getAttributeNS(W, name) : null;
}

/** Every descendant element named `name`, in document order (iterative: no deep recursion). */
export function descendants(root: Node, name: string, ns = W): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType !== ELEMENT) continue;
    const el = n as Element;
    if (el.localName === name && el.namespaceURI === ns) out.push(el);
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out;
}

/** True when `el` sits inside an mc:Fallback (the copy older readers show of a text box). */
export function inFallback(el: Element): boolean {
  for (let p = el.parentNode; p; p = p.parentNode)
    if ((p as Element).localName === 'Fallback' && (p as Element).namespaceURI === MC) return true;
  return false;
}

/** The text of a cell or paragraph as Word shows it (tabs and breaks as spaces). */
export function textOf(node: Node): string {
  let text = '';
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType !== ELEMENT) continue;
    const el = n as Element;
    if (el.namespaceURI === W) {
      if (el.localName === 't') text += el.textContent ?? '';
      else if (el.localName === 'tab' || el.localName === 'br') text += ' ';
      else if (el.localName === 'p' && text) text += '\n';
      // A nested table's text is its own, not its cell's.
      if (el.localName === 'tbl' && el !== node) continue;
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return text;
}

/** One cell placed on the table's grid. */
export interface GridCell {
  tc: Element;
  row: number;
  col: number;
  span: number;
  /** A vMerge continuation: part of the cell above, never a label or a target. */
  continued: boolean;
  text: string;
}

/** The rows of a table (w:tr children, also inside content controls) with their cells on the grid. */
export function tableGrid(tbl: Element): { rows: Element[]; cells: GridCell[][] } {
  const rows: Element[] = [];
  for (const child of kids(tbl, 'tr')) rows.push(child);
  for (const sdt of kids(tbl, 'sdt'))
    for (const content of kids(sdt, 'sdtContent')) rows.push(...kids(content, 'tr'));
  return { rows, cells: rows.map((tr, row) => rowCells(tr, row)) };
}

/** The cells of one row on the grid: w:gridBefore shifts the first, w:gridSpan widens each. */
export function rowCells(tr: Element, row = 0): GridCell[] {
  const trPr = kid(tr, 'trPr');
  let col = Number(wAttr(trPr && kid(trPr, 'gridBefore'), 'val') ?? 0) || 0;
  return kids(tr, 'tc').map((tc) => {
    const pr = kid(tc, 'tcPr');
    const span = Math.max(1, Number(wAttr(pr && kid(pr, 'gridSpan'), 'val') ?? 1) || 1);
    const vMerge = pr && kid(pr, 'vMerge');
    const cell: GridCell = {
      tc,
      row,
      col,
      span,
      continued: !!vMerge && wAttr(vMerge, 'val') !== 'restart',
      text: textOf(tc),
    };
    col += span;
    return cell;
  });
}
