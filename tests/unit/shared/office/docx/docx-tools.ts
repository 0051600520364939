// Reading a filled .docx back by its XML: each table's cells as text, and the run properties kept.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { checkForPrint } from '../../../../../shared/forms';
import type { ValueSource } from '../../../../../shared/office/docx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
}

export function parse(bytes: Uint8Array) {
  return new DOMParser().parseFromString(documentXml(bytes), 'text/xml');
}

const children = (el: Element, name: string) =>
  Array.from({ length: el.childNodes.length }, (_, i) => el.childNodes[i] as Element).filter(
    (n) => n.nodeType === 1 && n.localName === name,
  );

/** Every table (text boxes' copies included) as rows of cell texts, paragraphs joined by `/`. */
export function tables(bytes: Uint8Array): string[][][] {
  const doc = parse(bytes);
  return Array.from(doc.getElementsByTagNameNS(W, 'tbl')).map((tbl) =>
    children(tbl, 'tr').map((tr) =>
      children(tr, 'tc').map((tc) =>
        children(tc, 'p')
          .map((p) =>
            Array.from(p.getElementsByTagNameNS(W, 't'))
              .map((t) => t.textContent)
              .join(''),
          )
          .filter(Boolean)
          .join('/'),
      ),
    ),
  );
}

/** The internship example draft, checked as the app checks it before printing. */
export function internshipSource(): ValueSource & { raw: Record<string, unknown> } {
  const raw = JSON.parse(readFileSync('tests/fixtures/drafts/internship.quzhou-2025.json', 'utf8')) as Record<
    string,
    unknown
  >;
  const { check, draft } = checkForPrint(raw, { today: '2026-01-10' });
  if (!draft) throw new Error('example draft does not parse');
  return { draft, amount: check.amount, raw };
}

/** The paragraphs outside tables, each as its runs' texts joined by `|` (so a value's own run shows). */
export function bodyParagraphs(bytes: Uint8Array): string[] {
  const doc = parse(bytes);
  const body = doc.getElementsByTagNameNS(W, 'body')[0]!;
  return children(body as unknown as Element, 'p').map((p) =>
    children(p, 'r')
      .map((r) =>
        Array.from(r.getElementsByTagNameNS(W, 't'))
          .map((t) => t.textContent)
          .join(''),
      )
      .filter(Boolean)
      .join('|'),
  );
}
