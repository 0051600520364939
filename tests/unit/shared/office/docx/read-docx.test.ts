// Hostile .docx files are refused by name, in both languages, before or while they are unpacked.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, DocxError, readDocx, scanDocxForm } from '../../../../../shared/office/docx';
import { docx } from '../../../../fixtures/docx/wml-builder';

function refusal(bytes: Uint8Array): DocxError {
  try {
    readDocx(bytes);
  } catch (e) {
    if (e instanceof DocxError) return e;
    throw e;
  }
  throw new Error('not refused');
}

const withBody = (xml: string) =>
  zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });

describe('readDocx limits', () => {
  it('refuses a file over 20 MB before reading it', () => {
    const e = refusal(new Uint8Array(DOCX_LIMITS.fileBytes + 1));
    expect([e.problem, e.message, e.messageEn]).toEqual([
      'too-large',
      'Word 表格过大（20.0 MB，上限 20.0 MB）',
      'The Word form is too large (20.0 MB, limit 20.0 MB)',
    ]);
  });

  it('refuses an old .doc, a zip without word/document.xml and plain text as not a Word document', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    for (const bytes of [ole, zipSync({ 'a.txt': strToU8('x') }), strToU8('企业名称')])
      expect(refusal(bytes).problem).toBe('not-docx');
    expect(refusal(ole).message).toContain('旧版 .doc 请先另存为 .docx');
  });

  it('refuses more entries than a form has, from the directory alone', () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8('<a/>') };
    for (let i = 0; i < DOCX_LIMITS.entries; i++) files[`x/${i}`] = new Uint8Array(0);
    expect(refusal(zipSync(files, { level: 0 })).problem).toBe('too-many-entries');
  });

  it('refuses a part that inflates past what the directory declares (a zip bomb lying about its size)', () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) });
    // Patch the declared size of the one entry (central directory, offset 24) down to 1 KB.
    const view = new DataView(zip.buffer, zip.byteOffset);
    for (let at = zip.length - 22; at > 0; at--)
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 1024, true);
        break;
      }
    const started = Date.now();
    const e = refusal(zip);
    expect(e.problem).toBe('part-too-large');
    expect(e.message).toContain('「word/document.xml」');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a body declared over 8 MB without inflating it', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<a/>') });
    const view = new DataView(zip.buffer, zip.byteOffset);
    for (let at = zip.length - 22; at > 0; at--)
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, DOCX_LIMITS.documentBytes + 1, true);
        break;
      }
    expect(refusal(zip).messageEn).toBe(
      '"word/document.xml" in the Word document unpacks too large (limit 8.0 MB)',
    );
  });

  it('refuses a DOCTYPE, a body nested past 120 levels and broken XML by name', () => {
    expect(refusal(withBody('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')).problem).toBe('xml-doctype');
    expect(refusal(withBody('<a>'.repeat(200) + '</a>'.repeat(200))).problem).toBe('xml-too-deep');
    const broken = refusal(withBody('<w:document><w:body></w:document>'));
    expect([broken.problem, broken.messageEn]).toEqual([
      'xml-broken',
      '"word/document.xml" in the Word document is not valid XML',
    ]);
  });

  it('refuses a form with more than 20,000 table cells when it is scanned', async () => {
    const row = `<w:tr>${'<w:tc><w:p/></w:tc>'.repeat(100)}</w:tr>`;
    const tbl = `<w:tbl>${row.repeat(201)}</w:tbl>`;
    await expect(scanDocxForm(docx(tbl))).rejects.toMatchObject({ problem: 'too-many-tables' });
  });
});
