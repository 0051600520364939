// A .docx measured before it is read: file size, entry count and declared sizes from the central
// directory, then each part inflated under a cap, then the body's nesting depth before parsing.
import { DOMParser, type Document } from '@xmldom/xmldom';
import { cappedInflate, InflateCapError } from '../../zip/capped-inflate';
import { entryData, readZipDirectory, ZipDirectoryError } from '../../zip/zip-directory';
import { docxError } from './docx-error';

/** Limits for a bureau's form: real ones are tens of KB with a few images. */
export const DOCX_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  entries: 500,
  partBytes: 20 * 1024 * 1024,
  /** word/document.xml: xmldom parses about 1 MB a second on a busy machine. */
  documentBytes: 8 * 1024 * 1024,
  totalBytes: 80 * 1024 * 1024,
  /** Element nesting of word/document.xml (Word's own stay under 40). */
  depth: 120,
  /** Table cells scanned. */
  cells: 20_000,
  /** Blanks after labels in running text (a real form has a few dozen). */
  blanks: 2_000,
  /** Rows a roster may add. */
  rosterRows: 5_000,
} as const;

export const DOCUMENT_PART = 'word/document.xml';

/** The parts of a .docx as bytes, in the zip's order, and the parsed body. */
export interface DocxPackage {
  parts: { name: string; bytes: Uint8Array }[];
  document: Document;
}

/** The deepest element nesting of an XML text, counted without parsing it. */
export function xmlDepth(xml: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  const tags = /<(\/?)([A-Za-z_][^\s/>]*)[^>]*?(\/?)>/g;
  for (let m = tags.exec(xml); m; m = tags.exec(xml)) {
    if (m[1]) depth--;
    else if (!m[3]) {
      depth++;
      if (depth > max) max = depth;
      if (max > stopAt) return max;
    }
  }
  return max;
}

/** Parses one XML part strictly: any error or warning-free fatal refuses the part by name. */
export function parseXmlPart(xml: string, name: string): Document {
  if (/<!DOCTYPE/i.test(xml)) throw docxError('xml-doctype');
  if (xmlDepth(xml, DOCX_LIMITS.depth) > DOCX_LIMITS.depth)
    throw docxError('xml-too-deep', undefined, DOCX_LIMITS.depth);
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(xml, 'text/xml');
  } catch {
    throw docxError('xml-broken', undefined, undefined, name);
  }
}

/**
 * Reads a .docx under {@link DOCX_LIMITS}: refuses by name a file too large, a zip that is not a
 * Word document, too many entries, a part (or all) unpacking past its cap, a body too deep or broken.
 * @throws DocxError
 */
export function readDocx(bytes: Uint8Array): DocxPackage {
  if (bytes.length > DOCX_LIMITS.fileBytes) throw docxError('too-large', bytes.length, DOCX_LIMITS.fileBytes);
  let entries;
  try {
    entries = readZipDirectory(bytes, DOCX_LIMITS.entries);
  } catch (e) {
    if (e instanceof ZipDirectoryError && e.problem === 'too-many-entries')
      throw docxError('too-many-entries', undefined, DOCX_LIMITS.entries);
    throw docxError('not-docx');
  }
  if (!entries.some((e) => e.name === DOCUMENT_PART)) throw docxError('not-docx');
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > DOCX_LIMITS.totalBytes)
    throw docxError('unpacked-too-large', declared, DOCX_LIMITS.totalBytes);
  const parts: DocxPackage['parts'] = [];
  for (const entry of entries) {
    const cap = entry.name === DOCUMENT_PART ? DOCX_LIMITS.documentBytes : DOCX_LIMITS.partBytes;
    if (entry.size > cap) throw docxError('part-too-large', entry.size, cap, entry.name);
    let data: Uint8Array;
    try {
      const raw = entryData(bytes, entry);
      // The declared size is the cap: a part that inflates past what it claims is refused.
      data = entry.method === 0 ? raw : entry.method === 8 ? cappedInflate(raw, entry.size).bytes : raw;
      if (entry.method !== 0 && entry.method !== 8) throw docxError('not-docx');
    } catch (e) {
      if (e instanceof InflateCapError) throw docxError('part-too-large', entry.size, cap, entry.name);
      if (e instanceof Error && e.name === 'DocxError') throw e;
      throw docxError('not-docx');
    }
    parts.push({ name: entry.name, bytes: data });
  }
  const body = parts.find((p) => p.name === DOCUMENT_PART)!;
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(body.bytes);
  } catch {
    throw docxError('xml-broken', undefined, undefined, DOCUMENT_PART);
  }
  return { parts, document: parseXmlPart(xml, DOCUMENT_PART) };
}
