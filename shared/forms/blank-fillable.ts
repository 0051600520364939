// The blank fillable form: the template's layout with empty value cells and an AcroForm text field over
// each. The engine is run twice, once with a short marker in every value cell (to find where it was
// drawn) and once blank; both passes lay out identically because a marker fits on one line.
import { PDFDocument } from 'pdf-lib';
import {
  A4,
  fontkitAdapterFor,
  mm,
  renderDocument,
  type PdfDocumentModelInput,
  type PdfFonts,
  type TextBox,
} from '../pdf';
import { columnWidths } from '../pdf/blocks/table';
import { pdfDocumentModelSchema } from '../pdf/model';
import { fieldFontName } from './acroform';
import { buildModelWith, formTitle, type FormSource } from './build-form';
import type { Cells } from './form-sections';
import type { FormTemplate } from './template-schema';

/** Where a value cell is: x range in points and the font size of its block. */
interface CellSpot {
  x: number;
  width: number;
  size: number;
  rowHeight: number;
}

// One private-use character per cell: fits the narrowest column (only the probe pass draws it).
const MARKER = /^[\uE000-\uF8FF]$/u;
const INSET = 1;

function proportional(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (total * w) / sum);
}

// The x range of every marked cell, from the same geometry the engine uses (default margins).
function cellSpots(model: PdfDocumentModelInput): Map<string, CellSpot> {
  const parsed = pdfDocumentModelSchema.parse(model);
  const left = mm(parsed.page.margins.left);
  const width = A4.width - left - mm(parsed.page.margins.right);
  const spots = new Map<string, CellSpot>();
  const starts = (widths: number[]) =>
    widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  for (const block of parsed.blocks) {
    if (block.kind === 'fields') {
      const widths = proportional(
        width,
        block.widths ?? (block.columns === 2 ? [1, 3] : [1.15, 1.85, 1.15, 1.85]),
      );
      const xs = starts(widths);
      for (const row of block.rows) {
        let col = 0;
        for (const cell of row) {
          const w = widths.slice(col, col + cell.span).reduce((a, b) => a + b, 0);
          if (MARKER.test(cell.text))
            spots.set(cell.text, { x: xs[col]!, width: w, size: block.size, rowHeight: mm(8) });
          col += cell.span;
        }
      }
    } else if (block.kind === 'table') {
      const widths = columnWidths(width, block.columns);
      const xs = starts(widths);
      const rowHeight = block.size * 1.45 + 2 * mm(block.padding);
      for (const row of block.rows)
        row.forEach((text, i) => {
          if (MARKER.test(text))
            spots.set(text, { x: xs[i]!, width: widths[i]!, size: block.size, rowHeight });
        });
    } else if (block.kind === 'amount') {
      for (const text of [block.figures, block.uppercase])
        if (MARKER.test(text))
          spots.set(text, {
            x: left + width / 4,
            width: (width * 3) / 4,
            size: block.size,
            rowHeight: mm(9),
          });
    }
  }
  return spots;
}

export interface BlankFillable {
  bytes: Uint8Array;
  /** One per value cell, named by its draft path (`applicant.name`, `data.interns[0].idNumber`). */
  fieldNames: string[];
  pageCount: number;
}

/**
 * A blank 申报表 with a fillable text field over every value cell, named by the draft path it
 * stands for, so filling it back maps one to one onto a draft.
 */
export async function renderBlankFillable(
  template: FormTemplate,
  source: FormSource,
  fonts: PdfFonts,
  options: { creationDate?: Date } = {},
): Promise<BlankFillable> {
  const paths = new Map<string, string>();
  const marking: Cells = {
    blank: true,
    value: (path) => {
      const marker = String.fromCodePoint(0xe000 + paths.size);
      paths.set(marker, path);
      return marker;
    },
  };
  const blank: Cells = { blank: true, value: () => '' };
  const marked = buildModelWith(template, undefined, source, undefined, marking);
  const empty = buildModelWith(template, undefined, source, undefined, blank);
  const title = `${formTitle(template, source)}（空白可填写）`;
  const dates = options.creationDate ? { creationDate: options.creationDate } : {};
  const probe = await renderDocument(marked, fonts, { debug: true, ...dates });
  const rendered = await renderDocument(empty, fonts, { debug: true, metadata: { title }, ...dates });
  if (probe.pageCount !== rendered.pageCount) throw new Error('blank form layout differs from the probe');

  const doc = await PDFDocument.load(rendered.bytes, { updateMetadata: false });
  doc.registerFontkit(fontkitAdapterFor(fonts.outlineGrid));
  const font = await doc.embedFont(fonts.regular, { subset: true, customName: fieldFontName(fonts.regular) });
  const form = doc.getForm();
  const spots = cellSpots(marked);
  const boxes = new Map<string, TextBox>(
    probe.textBoxes.filter((b) => MARKER.test(b.text)).map((b) => [b.text, b]),
  );
  const names: string[] = [];
  for (const [marker, path] of paths) {
    const box = boxes.get(marker);
    const spot = spots.get(marker);
    if (!box || !spot) throw new Error(`value cell ${path} was not laid out`);
    const height = Math.max(spot.size + 2, spot.rowHeight - 2 * INSET);
    const field = form.createTextField(path);
    field.addToPage(doc.getPage(box.page - 1), {
      x: spot.x + INSET,
      y: box.y + box.height / 2 - height / 2,
      width: spot.width - 2 * INSET,
      height,
      font,
      borderWidth: 0,
      borderColor: undefined,
      backgroundColor: undefined,
    });
    field.setFontSize(spot.size);
    names.push(path);
  }
  form.updateFieldAppearances(font);
  const bytes = await doc.save({ useObjectStreams: true, updateFieldAppearances: false });
  return { bytes, fieldNames: names, pageCount: rendered.pageCount };
}
