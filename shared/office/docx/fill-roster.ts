// A roster table filled row by row. Rows past the form's own are made from its last empty row:
// filled in place, serialised, and spliced in as text, since xmldom's cloneNode is far too slow
// for thousands of rows (2,000 rows took 24 s cloned, under a second this way).
import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { docxError } from './docx-error';
import { DOCX_LIMITS } from './read-docx';
import type { RosterPlan } from './scan';
import { rosterCellText, rawValue, type ValueSource } from './values';
import { rowCells, W } from './wml';
import { setCellText } from './write-cell';

export interface RosterFill {
  /** `data.interns`, or undefined when neither the header nor the mapping names a roster. */
  path: string | undefined;
  rows: number;
  /** Marker element name → the rows' XML to put in its place after serialising. */
  splice?: { marker: string; xml: string };
}

let markers = 0;

// A row serialised alone repeats the namespaces its ancestors declare; the document declares them.
function withoutNamespaces(xml: string): string {
  return xml.replace(/^<w:tr\b[^>]*>/, (tag) => tag.replace(/\s+xmlns:[\w-]+="[^"]*"/g, ''));
}

/** Fills `plan` from the roster its header or `pathOf` names; columns without a path are left empty. */
export function fillRoster(
  doc: Document,
  plan: RosterPlan,
  source: ValueSource,
  pathOf: (slot: RosterPlan['columns'][number]['slot']) => string | undefined,
): RosterFill {
  const columns = plan.columns.map((c) => ({ ...c, path: pathOf(c.slot) }));
  const path = plan.roster ?? columns.find((c) => c.path)?.path?.split('[]')[0];
  const items = path ? ((rawValue(source, path) as unknown[] | undefined) ?? []) : [];
  if (items.length > DOCX_LIMITS.rosterRows)
    throw docxError('roster-too-long', items.length, DOCX_LIMITS.rosterRows);
  const fillRow = (tr: Element, i: number) => {
    const cells = rowCells(tr);
    const cellAt = (col: number) => cells.find((c) => c.col === col)?.tc;
    const serial = plan.serialCol === undefined ? undefined : cellAt(plan.serialCol);
    if (serial) setCellText(doc, serial, String(i + 1));
    for (const c of columns) {
      const field = c.path?.startsWith(`${path}[].`) ? c.path.slice(path!.length + 3) : undefined;
      const tc = cellAt(c.col);
      if (tc) setCellText(doc, tc, field ? rosterCellText(source, path!, i, field) : '');
    }
  };
  const own = plan.rows.length;
  const template = plan.rows[own - 1];
  if (!template || items.length <= own) {
    items.forEach((_, i) => fillRow(plan.rows[i]!, i));
    return { path, rows: items.length };
  }
  const serializer = new XMLSerializer();
  const added: string[] = [];
  for (let i = own; i < items.length; i++) {
    fillRow(template, i);
    added.push(withoutNamespaces(serializer.serializeToString(template)));
  }
  for (let i = 0; i < own; i++) fillRow(plan.rows[i]!, i);
  const marker = `gdRows${++markers}`;
  template.parentNode!.insertBefore(doc.createElementNS(W, `w:${marker}`), template.nextSibling);
  return { path, rows: items.length, splice: { marker: `<w:${marker}/>`, xml: added.join('') } };
}
