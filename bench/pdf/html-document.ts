// The benchmark model as print HTML for Chromium --print-to-pdf (@page boxes for header and footer).
import { pdfDocumentModelSchema, type PdfBlock, type PdfDocumentModelInput } from '../../shared/pdf';
import { DATE_LINE } from '../../shared/pdf/blocks/signatures';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const css = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

function block(b: PdfBlock): string {
  switch (b.kind) {
    case 'title':
      return `<h1 style="font-size:${b.size}pt">${esc(b.text)}</h1>`;
    case 'subtitle':
      return `<h2 style="font-size:${b.size}pt">${esc(b.text)}</h2>`;
    case 'paragraph':
      return `<p style="font-size:${b.size}pt;text-indent:${b.indent}em">${esc(b.text)}</p>`;
    case 'fields': {
      const rows = b.rows.map(
        (r) =>
          `<tr>${r.map((c) => `<td colspan="${c.span}"${c.kind === 'label' ? ' class="l"' : ''}>${esc(c.text)}</td>`).join('')}</tr>`,
      );
      return `<table class="grid" style="font-size:${b.size}pt">${rows.join('')}</table>`;
    }
    case 'table': {
      const cols = b.columns
        .map((c) => `<col style="width:${c.width && 'mm' in c.width ? `${c.width.mm}mm` : 'auto'}">`)
        .join('');
      const head = `<thead><tr>${b.columns.map((c) => `<th>${esc(c.header)}</th>`).join('')}</tr></thead>`;
      const body = b.rows.map(
        (r) => `<tr>${r.map((t, i) => `<td class="${b.columns[i]!.align}">${esc(t)}</td>`).join('')}</tr>`,
      );
      const caption = b.caption ? `<div class="cap">${esc(b.caption)}</div>` : '';
      return `${caption}<table class="grid" style="font-size:${b.size}pt">${cols}${head}<tbody>${body.join('')}</tbody></table>`;
    }
    case 'amount':
      return `<table class="grid amount" style="font-size:${b.size}pt"><tr><td class="l">${esc(b.label)}</td><td>${esc(b.figures)}</td></tr><tr><td class="l">${esc(b.uppercaseLabel)}</td><td>${esc(b.uppercase)}</td></tr><tr><td colspan="2">${b.trace.map(esc).join('<br>')}</td></tr></table>`;
    case 'checklist':
      return `${b.title ? `<div class="cap">${esc(b.title)}</div>` : ''}<ul class="check" style="font-size:${b.size}pt">${b.items.map((i) => `<li>${i.checked ? '■' : '□'} ${esc(i.text)}${i.note ? `<br><small>${esc(i.note)}</small>` : ''}</li>`).join('')}</ul>`;
    case 'signatures':
      return `<table class="grid sig" style="font-size:${b.size}pt"><tr>${b.boxes.map((x) => `<td style="height:${b.height}mm">${esc(x.label)}${x.lines.map((l) => `<br>${esc(l)}`).join('')}<div class="date">${DATE_LINE}</div></td>`).join('')}</tr></table>`;
    case 'pageBreak':
      return '<div style="break-after:page"></div>';
    case 'spacer':
      return `<div style="height:${b.height}mm"></div>`;
  }
}

/** Print HTML equivalent to the model, with the TTF loaded by file URL through @font-face. */
export function htmlDocument(input: PdfDocumentModelInput, fontUrl: string): string {
  const model = pdfDocumentModelSchema.parse(input);
  const m = model.page.margins;
  const footer = css(model.footer)
    .replace('{page}', '" counter(page) "')
    .replace('{pages}', '" counter(pages) "');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@font-face { font-family: NotoSansSC; src: url("${fontUrl}") format("truetype"); }
@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-left { content: "${css(model.header?.left ?? '')}"; font: 9pt NotoSansSC; }
  @top-right { content: "${css(model.header?.right ?? '')}"; font: 9pt NotoSansSC; }
  @bottom-center { content: "${footer}"; font: 9pt NotoSansSC; } }
body { font-family: NotoSansSC; font-size: 10.5pt; margin: 0; line-height: 1.45; }
h1, h2 { text-align: center; font-weight: normal; margin: 0 0 3mm; }
table.grid { width: 100%; border-collapse: collapse; margin-bottom: 3mm; }
.grid td, .grid th { border: 0.6pt solid #000; padding: 1mm 1.8mm; vertical-align: middle; font-weight: normal; }
.grid th, .grid td.l { background: #e6e6e6; text-align: center; }
.grid tr { break-inside: avoid; }
td.center { text-align: center; } td.right { text-align: right; }
.sig td { vertical-align: top; width: 33%; position: relative; } .date { position: absolute; right: 2mm; bottom: 1mm; }
ul.check { list-style: none; padding-left: 2mm; } .cap { margin: 1mm 0; }
</style></head><body>${model.blocks.map(block).join('\n')}</body></html>`;
}
