// Hostile invoice files: each must end with its named refusal, fast and in bounded memory (the
// bombs unpack to 1 GiB; the test runs each in a child Node capped at 512 MB of heap).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InvoiceRefusalCode } from '../../shared/invoices/types';
import { deflateBomb, deflated, pdfOf, zipOf, zlibBomb } from './bytes';

export interface InvoiceCase {
  id: string;
  title: string;
  /** The name the file is given to the reader under. */
  name: string;
  path: string;
  /** The refusal codes of the results, in order. */
  expect: InvoiceRefusalCode[];
}

const GIB_IN_MIB = 1024;

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<EInvoice><TaxSupervisionInfo><InvoiceNumber>&lol9;</InvoiceNumber></TaxSupervisionInfo></EInvoice>`;

const OFD_XML =
  '<?xml version="1.0"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>';
const DOC_XML =
  '<?xml version="1.0"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>';

/** Writes the corpus into `dir` and describes each case. */
export function makeInvoiceCorpus(dir: string): InvoiceCase[] {
  const cases: InvoiceCase[] = [];
  const add = (c: Omit<InvoiceCase, 'path'>, bytes: Uint8Array) => {
    const path = join(dir, `${c.id}.bin`);
    writeFileSync(path, bytes);
    cases.push({ ...c, path });
  };
  const random = new Uint8Array(randomBytes(1024 * 1024));
  add(
    { id: 'random', title: '1 MB of random bytes, no extension', name: '发票', expect: ['not-invoice'] },
    random,
  );
  add(
    { id: 'random-pdf', title: '1 MB of random bytes named .pdf', name: '发票.pdf', expect: ['damaged'] },
    random,
  );
  add(
    { id: 'pdf-header-junk', title: '%PDF- then random bytes', name: '发票.pdf', expect: ['damaged'] },
    new Uint8Array([...Buffer.from('%PDF-1.7\n'), ...random.subarray(0, 200_000)]),
  );
  add(
    { id: 'big-60mb', title: 'a 60 MB file', name: '发票.pdf', expect: ['too-large'] },
    new Uint8Array(60 * 1024 * 1024),
  );
  add(
    { id: 'xml-billion-laughs', title: 'billion laughs', name: '发票.xml', expect: ['not-invoice'] },
    Buffer.from(billionLaughs),
  );
  add(
    { id: 'xml-deep', title: '200,000 nested elements', name: '发票.xml', expect: ['damaged'] },
    Buffer.from(`<EInvoice>${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}</EInvoice>`),
  );
  add(
    { id: 'xml-5mb', title: 'a 5 MB XML', name: '发票.xml', expect: ['too-large'] },
    Buffer.from(`<EInvoice><x>${'a'.repeat(5 * 1024 * 1024)}</x></EInvoice>`),
  );
  add(
    {
      id: 'zip-bomb-honest',
      title: 'batch zip, one entry declaring and inflating to 1 GiB',
      name: '批量.zip',
      expect: ['too-large'],
    },
    zipOf([{ name: 'a.pdf', data: deflateBomb(GIB_IN_MIB), method: 8, size: GIB_IN_MIB * 1024 * 1024 }]),
  );
  add(
    {
      id: 'zip-bomb-liar',
      title: 'batch zip, an entry declaring 1 KB that inflates to 1 GiB',
      name: '批量.zip',
      expect: ['too-large'],
    },
    zipOf([{ name: 'a.xml', data: deflateBomb(GIB_IN_MIB), method: 8, size: 1024 }]),
  );
  add(
    {
      id: 'zip-many-entries',
      title: 'batch zip with 5,000 empty entries',
      name: '批量.zip',
      expect: ['too-large'],
    },
    zipOf(
      Array.from({ length: 5000 }, (_, i) => ({
        name: `${i}.xml`,
        data: new Uint8Array(),
        method: 0 as const,
        size: 0,
      })),
    ),
  );
  add(
    {
      id: 'ofd-page-bomb',
      title: 'OFD whose page content inflates to 1 GiB',
      name: '发票.ofd',
      expect: ['too-large'],
    },
    zipOf([
      deflated('OFD.xml', OFD_XML),
      deflated('Doc_0/Document.xml', DOC_XML),
      { name: 'Doc_0/Pages/Page_0/Content.xml', data: deflateBomb(GIB_IN_MIB), method: 8, size: 2048 },
    ]),
  );
  add(
    {
      id: 'ofd-xml-bomb',
      title: 'OFD whose OFD.xml is a billion-laughs document',
      name: '发票.ofd',
      expect: ['not-invoice'],
    },
    zipOf([deflated('OFD.xml', billionLaughs)]),
  );
  add(
    {
      id: 'pdf-stream-bomb',
      title: 'PDF whose page content inflates to 1 GiB',
      name: '发票.pdf',
      expect: ['too-large'],
    },
    pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 400] /Contents 4 0 R >>',
      { dict: '<< /Filter /FlateDecode >>', stream: zlibBomb(GIB_IN_MIB) },
    ]),
  );
  add(
    {
      id: 'pdf-page-loop',
      title: 'PDF whose page tree points back at itself',
      name: '发票.pdf',
      expect: ['damaged'],
    },
    pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
      '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
    ]),
  );
  return cases;
}
