// Runs every block of a model through the flow and returns the laid-out pages.
import { layoutAmount } from './blocks/amount';
import { layoutChecklist } from './blocks/checklist';
import { layoutFields } from './blocks/fields';
import { layoutSignatures } from './blocks/signatures';
import { layoutTable } from './blocks/table';
import { layoutParagraph, layoutTitle } from './blocks/text';
import { Flow, type FlowFonts } from './flow';
import { addFurniture, type Watermark } from './furniture';
import type { PdfBlock, PdfDocumentModel } from './model';
import { mm } from './units';

function layoutBlock(flow: Flow, block: PdfBlock): void {
  switch (block.kind) {
    case 'title':
    case 'subtitle':
      return layoutTitle(flow, block);
    case 'paragraph':
      return layoutParagraph(flow, block);
    case 'fields':
      return layoutFields(flow, block);
    case 'table':
      return layoutTable(flow, block);
    case 'amount':
      return layoutAmount(flow, block);
    case 'checklist':
      return layoutChecklist(flow, block);
    case 'signatures':
      return layoutSignatures(flow, block);
    case 'pageBreak':
      if (!flow.atPageTop) flow.newPage();
      return;
    case 'spacer':
      if (mm(block.height) >= flow.remaining) flow.newPage();
      else flow.y += mm(block.height);
      return;
  }
}

/** Blocks in keep units: a block with the blocks its `keepWithNext` chains to it. */
export function keepUnits(blocks: readonly PdfBlock[]): PdfBlock[][] {
  const units: PdfBlock[][] = [];
  let chained = false;
  for (const block of blocks) {
    if (chained) units.at(-1)!.push(block);
    else units.push([block]);
    chained = block.keepWithNext;
  }
  return units;
}

// A unit that would cross a page end is laid out again from the top of the next page; one taller than
// a page then splits as its blocks allow.
function layoutUnit(flow: Flow, unit: readonly PdfBlock[]): void {
  const keep = unit.length > 1 || unit[0]!.keepTogether;
  if (!keep || flow.atPageTop) {
    for (const block of unit) layoutBlock(flow, block);
    return;
  }
  const mark = flow.mark();
  for (const block of unit) layoutBlock(flow, block);
  if (flow.pages.length === mark.pages) return;
  flow.rollback(mark);
  flow.newPage();
  for (const block of unit) layoutBlock(flow, block);
}

/** Lays out a parsed model: pages of drawing operations, furniture included. */
export function layoutDocument(model: PdfDocumentModel, fonts: FlowFonts, watermark?: Watermark): Flow {
  const flow = new Flow(model, fonts);
  for (const unit of keepUnits(model.blocks)) layoutUnit(flow, unit);
  // A trailing page break or spacer must not leave a blank last page.
  while (flow.pages.length > 1 && flow.pages.at(-1)!.ops.length === 0) flow.pages.pop();
  addFurniture(flow, model, watermark);
  return flow;
}
