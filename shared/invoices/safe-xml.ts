// XML from outside, parsed only after the document is measured and any DTD refused by name:
// a DOCTYPE or ENTITY is how a billion-laughs bomb or an external entity gets in, and no invoice has one.
import { XMLParser } from 'fast-xml-parser';
import { MAX_INVOICE_XML_BYTES, MAX_XML_DEPTH } from './limits';
import { InvoiceReadError } from './refusal';

/** A parsed element: text, attributes (`@_Name`) and children by local name. */
export type XmlNode = { [name: string]: XmlValue };
export type XmlValue = string | XmlNode | XmlValue[];

/** Decodes XML bytes as UTF-8 under the size cap. @throws InvoiceReadError `too-large`, `damaged`. */
export function xmlText(bytes: Uint8Array): string {
  if (bytes.length > MAX_INVOICE_XML_BYTES)
    throw new InvoiceReadError('too-large', {
      zh: `XML 超过 ${MAX_INVOICE_XML_BYTES / 1024 / 1024} MB`,
      en: `the XML is over ${MAX_INVOICE_XML_BYTES / 1024 / 1024} MB`,
    });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InvoiceReadError('damaged', { zh: 'XML 不是 UTF-8 编码', en: 'the XML is not UTF-8' });
  }
}

/**
 * Parses XML text with namespaces dropped (`ofd:Page` → `Page`), every value a string, and the
 * elements named in `arrays` (or all elements) always arrays (one invoice line is still a list).
 * @throws InvoiceReadError `not-invoice` for a DTD or entity declaration, `damaged` for broken XML.
 */
export function parseXml(text: string, arrays: readonly string[] | 'all' = []): XmlNode {
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new InvoiceReadError('not-invoice', {
      zh: 'XML 含有 DOCTYPE/ENTITY 声明（可能是 XML 炸弹），未解析',
      en: 'the XML declares a DOCTYPE/ENTITY (a possible XML bomb); not parsed',
    });
  const parser = new XMLParser({
    ignoreAttributes: false,
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
    trimValues: true,
    maxNestedTags: MAX_XML_DEPTH,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && (arrays === 'all' || arrays.includes(name)),
  });
  try {
    return parser.parse(text, true) as XmlNode;
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0]!.slice(0, 120) : '';
    throw new InvoiceReadError('damaged', { zh: `XML 格式错误（${why}）`, en: `broken XML (${why})` });
  }
}

/** The child at a path of local names, or undefined. */
export function at(node: XmlValue | undefined, ...path: string[]): XmlValue | undefined {
  let cur: XmlValue | undefined = node;
  for (const name of path) {
    if (cur === undefined || typeof cur === 'string') return undefined;
    if (Array.isArray(cur)) cur = cur[0];
    if (cur === undefined || typeof cur === 'string' || Array.isArray(cur)) return undefined;
    cur = cur[name];
  }
  return cur;
}

/** The text of an element (its `#text` when it has attributes); '' when absent. */
export function text(node: XmlValue | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return text(node[0]);
  const own = node['#text'];
  return typeof own === 'string' ? own : '';
}

/** The element as a list (absent → empty). */
export function list(node: XmlValue | undefined): XmlValue[] {
  if (node === undefined) return [];
  return Array.isArray(node) ? node : [node];
}
