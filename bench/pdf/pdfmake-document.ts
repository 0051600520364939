// The benchmark model as a pdfmake 0.3 document: same A4 margins, fonts, tables (headerRows: 1).
import { mm, pdfDocumentModelSchema, type PdfDocumentModelInput, type PdfBlock } from '../../shared/pdf';
import { columnWidths } from '../../shared/pdf/blocks/table';
import { DATE_LINE } from '../../shared/pdf/blocks/signatures';

type Content = Record<string, unknown> | string;
const GREY = '#e6e6e6';
const pt = (v: number) => Math.round(v * 100) / 100;

function block(b: PdfBlock, contentWidth: number): Content[] {
  switch (b.kind) {
    case 'title':
    case 'subtitle':
      return [
        {
          text: b.text,
          fontSize: b.size,
          alignment: 'center',
          margin: [0, 0, 0, b.kind === 'title' ? 11 : 7],
        },
      ];
    case 'paragraph':
      return [
        {
          text: b.text,
          fontSize: b.size,
          leadingIndent: b.indent * b.size,
          lineHeight: 1.3,
          margin: [0, 0, 0, 4],
        },
      ];
    case 'fields': {
      const weights = b.widths ?? (b.columns === 2 ? [1, 3] : [1.15, 1.85, 1.15, 1.85]);
      const sum = weights.reduce((a, c) => a + c, 0);
      const body = b.rows.map((row) =>
        row.flatMap((cell) => {
          const label = cell.kind === 'label';
          const c = {
            text: cell.text,
            colSpan: cell.span,
            fillColor: label ? GREY : undefined,
            alignment: label ? 'center' : 'left',
          };
          return [c, ...Array.from({ length: cell.span - 1 }, () => ({}))];
        }),
      );
      return [
        {
          table: { widths: weights.map((w) => pt((contentWidth * w) / sum - 8)), body },
          fontSize: b.size,
          margin: [0, 0, 0, 8],
        },
      ];
    }
    case 'table': {
      const widths = columnWidths(contentWidth, b.columns).map((w) => pt(w - 8));
      const header = b.columns.map((c) => ({ text: c.header, fillColor: GREY, alignment: 'center' }));
      const rows = b.rows.map((r) => r.map((text, i) => ({ text, alignment: b.columns[i]!.align })));
      return [
        ...(b.caption ? [{ text: b.caption, fontSize: b.size + 1, margin: [0, 0, 0, 3] }] : []),
        {
          table: { headerRows: 1, dontBreakRows: true, widths, body: [header, ...rows] },
          fontSize: b.size,
          margin: [0, 0, 0, 8],
        },
      ];
    }
    case 'amount':
      return [
        {
          table: {
            widths: [pt(contentWidth / 4 - 8), '*'],
            body: [
              [{ text: b.label, fillColor: GREY, alignment: 'center' }, b.figures],
              [{ text: b.uppercaseLabel, fillColor: GREY, alignment: 'center' }, b.uppercase],
              [{ text: b.trace.join('\n'), colSpan: 2, fontSize: b.size - 1 }, {}],
            ],
          },
          fontSize: b.size,
          margin: [0, 0, 0, 8],
        },
      ];
    case 'checklist':
      return [
        ...(b.title ? [{ text: b.title, fontSize: b.size + 0.5 }] : []),
        ...b.items.map((i) => ({
          text: [
            `${i.checked ? '■' : '□'} ${i.text}`,
            i.note ? { text: `\n    ${i.note}`, fontSize: b.size - 1.5 } : '',
          ],
          fontSize: b.size,
        })),
      ];
    case 'signatures':
      return [
        {
          table: {
            widths: b.boxes.map(() => '*'),
            heights: [mm(b.height)],
            body: [
              b.boxes.map((x) => ({
                stack: [x.label, ...x.lines, { text: `\n\n\n\n${DATE_LINE}`, alignment: 'right' }],
              })),
            ],
          },
          fontSize: b.size,
        },
      ];
    case 'pageBreak':
      return [{ text: '', pageBreak: 'after' }];
    case 'spacer':
      return [{ text: '', margin: [0, mm(b.height), 0, 0] }];
  }
}

/** A pdfmake document definition equivalent to the model (regular weight only: one font, like ours). */
export function pdfmakeDocument(input: PdfDocumentModelInput): Record<string, unknown> {
  const model = pdfDocumentModelSchema.parse(input);
  const m = model.page.margins;
  const contentWidth = mm(210 - m.left - m.right);
  return {
    pageSize: 'A4',
    pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom)],
    defaultStyle: { font: 'NotoSansSC', fontSize: 10.5 },
    header: model.header
      ? {
          columns: [model.header.left, { text: model.header.right ?? '', alignment: 'right' }],
          margin: [mm(m.left), mm(12), mm(m.right), 0],
          fontSize: 9,
        }
      : undefined,
    footer: (page: number, pages: number) => ({
      text: model.footer.replace('{page}', String(page)).replace('{pages}', String(pages)),
      alignment: 'center',
      fontSize: 9,
    }),
    content: model.blocks.flatMap((b) => block(b, contentWidth)),
  };
}
