// The parts of an OFD package (GB/T 33190) the invoice reader uses: OFD.xml's CustomData, the
// document's pages and templates, its custom tags and its attachments, found through the XML that names them.
import { parseXml, text, list, at, xmlText, type XmlNode, type XmlValue } from './safe-xml';
import { InvoiceReadError } from './refusal';
import type { ZipFiles } from './zip-entries';

export interface OfdDocument {
  /** OFD.xml CustomData by Name (发票号码, 合计金额 …). */
  customData: Map<string, string>;
  /** Text of every text object of every page, by object ID. */
  texts: Map<string, string>;
  /** All page and template text in reading order, for labels such as the title and the 大写 total. */
  allText: string[];
  /** Path of the custom tag file (Tag_Invoice.xml / CustomTag.xml), if any. */
  tagPath?: string;
  /** Paths of attached files (original_invoice.xml …). */
  attachments: string[];
}

/** `loc` relative to the folder of `base` (an absolute `/Doc_0/...` is from the package root). */
export function resolvePath(base: string, loc: string): string {
  if (loc.startsWith('/')) return loc.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of loc.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

function xmlPart(zip: ZipFiles, path: string, arrays: readonly string[] | 'all'): XmlNode | undefined {
  const bytes = zip.read(path);
  return bytes === undefined ? undefined : parseXml(xmlText(bytes), arrays);
}

/** Collects text objects (at any depth: layers, page blocks) in document order. */
function collectText(node: XmlValue | undefined, out: Array<{ id: string; text: string }>): void {
  if (node === undefined || typeof node === 'string') return;
  if (Array.isArray(node)) {
    for (const child of node) collectText(child, out);
    return;
  }
  for (const [name, value] of Object.entries(node)) {
    if (name !== 'TextObject') {
      if (!name.startsWith('@_') && name !== '#text') collectText(value, out);
      continue;
    }
    for (const object of list(value)) {
      if (typeof object !== 'object' || Array.isArray(object)) continue;
      const codes = list(object.TextCode).map((c) => text(c));
      const id = text(object['@_ID']);
      out.push({ id, text: codes.join('') });
    }
  }
}

/**
 * Reads the parts of an OFD package named from OFD.xml.
 * @throws InvoiceReadError `not-invoice` when OFD.xml or its document is missing.
 */
export function readOfdDocument(zip: ZipFiles): OfdDocument {
  const ofd = xmlPart(zip, 'OFD.xml', ['DocBody', 'CustomData']);
  const body = at(ofd, 'OFD', 'DocBody');
  const docRoot = text(at(body, 'DocRoot'));
  if (!ofd || !docRoot)
    throw new InvoiceReadError('not-invoice', {
      zh: '压缩包中没有 OFD.xml 或文档根',
      en: 'the package has no OFD.xml or document root',
    });
  const customData = new Map<string, string>();
  for (const entry of list(at(body, 'DocInfo', 'CustomDatas', 'CustomData')))
    if (typeof entry === 'object' && !Array.isArray(entry))
      customData.set(text(entry['@_Name']), text(entry));
  const docPath = resolvePath('', docRoot);
  const doc = xmlPart(zip, docPath, ['Page', 'TemplatePage']);
  if (!doc)
    throw new InvoiceReadError('damaged', {
      zh: 'OFD 文档根文件缺失',
      en: 'the OFD document file is missing',
    });
  const pageLocs = [
    ...list(at(doc, 'Document', 'CommonData', 'TemplatePage')),
    ...list(at(doc, 'Document', 'Pages', 'Page')),
  ].map((p) => text(at(p, '@_BaseLoc')));
  const objects: Array<{ id: string; text: string }> = [];
  for (const loc of pageLocs.filter(Boolean))
    collectText(xmlPart(zip, resolvePath(docPath, loc), ['TextObject', 'TextCode', 'Layer']), objects);
  const tagsLoc = text(at(doc, 'Document', 'CustomTags'));
  const tagsPath = tagsLoc ? resolvePath(docPath, tagsLoc) : undefined;
  const tagsIndex = tagsPath ? xmlPart(zip, tagsPath, ['CustomTag']) : undefined;
  const tagLoc = text(at(tagsIndex, 'CustomTags', 'CustomTag', 'FileLoc'));
  const attachLoc = text(at(doc, 'Document', 'Attachments'));
  const attachPath = attachLoc ? resolvePath(docPath, attachLoc) : undefined;
  const attachIndex = attachPath ? xmlPart(zip, attachPath, ['Attachment']) : undefined;
  const attachments = list(at(attachIndex, 'Attachments', 'Attachment'))
    .map((a) => text(at(a, 'FileLoc')))
    .filter(Boolean)
    .map((loc) => resolvePath(attachPath!, loc));
  return {
    customData,
    texts: new Map(objects.filter((o) => o.id).map((o) => [o.id, o.text])),
    allText: objects.map((o) => o.text),
    ...(tagPath(tagsPath, tagLoc) ? { tagPath: tagPath(tagsPath, tagLoc)! } : {}),
    attachments,
  };
}

const tagPath = (index: string | undefined, loc: string) =>
  index && loc ? resolvePath(index, loc) : undefined;
