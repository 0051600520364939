// Building blocks of the hostile corpus: deflate bombs made from one repeated block (so a GiB costs
// a few ms and 1 MB to make), a zip writer that declares whatever sizes it is told, and PNG chunks.
import { deflateRawSync, constants } from 'node:zlib';

const MIB = 1024 * 1024;

/** Raw deflate of `mib` MiB of `fill`: one fully flushed block repeated, then an empty final block. */
export function deflateBomb(mib: number, fill = 0x20): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(MIB, fill), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const out = new Uint8Array(block.length * mib + 2);
  for (let i = 0; i < mib; i++) out.set(block, i * block.length);
  out.set([0x03, 0x00], block.length * mib);
  return out;
}

/** The same bomb with a zlib header (PDF streams, PNG data); the checksum is left zero. */
export function zlibBomb(mib: number, fill = 0x20): Uint8Array {
  const raw = deflateBomb(mib, fill);
  const out = new Uint8Array(raw.length + 6);
  out.set([0x78, 0xda]);
  out.set(raw, 2);
  return out;
}

export interface ZipPart {
  name: string;
  /** Deflated data (method 8) or stored bytes (method 0). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the directory claims once unpacked. */
  size: number;
}

const le16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const le32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** A zip whose directory says exactly what `parts` say (honest or not); CRCs are left zero. */
export function zipOf(parts: ZipPart[]): Uint8Array {
  const chunks: number[][] = [];
  const datas: Uint8Array[] = [];
  const central: number[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = [...Buffer.from(part.name)];
    const local = [
      ...le32(0x04034b50),
      ...le16(20),
      ...le16(0x800),
      ...le16(part.method),
      ...le16(0),
      ...le16(0),
      ...le32(0),
      ...le32(part.data.length),
      ...le32(part.size),
      ...le16(name.length),
      ...le16(0),
      ...name,
    ];
    central.push(
      ...le32(0x02014b50),
      ...le16(20),
      ...le16(20),
      ...le16(0x800),
      ...le16(part.method),
      ...le16(0),
      ...le16(0),
      ...le32(0),
      ...le32(part.data.length),
      ...le32(part.size),
      ...le16(name.length),
      ...le16(0),
      ...le16(0),
      ...le16(0),
      ...le16(0),
      ...le32(0),
      ...le32(offset),
      ...name,
    );
    chunks.push(local);
    datas.push(part.data);
    offset += local.length + part.data.length;
  }
  const end = [
    ...le32(0x06054b50),
    ...le16(0),
    ...le16(0),
    ...le16(parts.length),
    ...le16(parts.length),
    ...le32(central.length),
    ...le32(offset),
    ...le16(0),
  ];
  const total = offset + central.length + end.length;
  const out = new Uint8Array(total);
  let at = 0;
  parts.forEach((_, i) => {
    out.set(chunks[i]!, at);
    at += chunks[i]!.length;
    out.set(datas[i]!, at);
    at += datas[i]!.length;
  });
  out.set(central, at);
  out.set(end, at + central.length);
  return out;
}

/** An honest deflated part. */
export function deflated(name: string, text: string | Uint8Array): ZipPart {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return { name, data: deflateRawSync(bytes), method: 8, size: bytes.length };
}

const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/** One PNG chunk with its length and CRC. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = Buffer.concat([Buffer.from(type), data]);
  return Buffer.concat([Buffer.from(be32(data.length)), body, Buffer.from(be32(crc32(body)))]);
}

/** A PNG of the given header size (8-bit RGB) whose image data is `idat`. */
export function pngOf(width: number, height: number, idat: Uint8Array): Uint8Array {
  const ihdr = new Uint8Array([...be32(width), ...be32(height), 8, 2, 0, 0, 0]);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', new Uint8Array()),
  ];
  return Buffer.concat(parts);
}

/** A PDF object: a dictionary (or any object) written out, optionally with stream data. */
export type PdfObject = string | { dict: string; stream: Uint8Array };

/** A PDF of numbered objects (1 is the catalog) with a correct cross-reference table. */
export function pdfOf(objects: PdfObject[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((object, i) => {
    offsets.push(at);
    const piece =
      typeof object === 'string'
        ? Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1')
        : Buffer.concat([
            Buffer.from(
              `${i + 1} 0 obj\n${object.dict.replace(/>>\s*$/, '')} /Length ${object.stream.length} >>\nstream\n`,
              'latin1',
            ),
            object.stream,
            Buffer.from('\nendstream\nendobj\n', 'latin1'),
          ]);
    parts.push(piece);
    at += piece.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
    'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R >>`,
    'startxref',
    String(at),
    '%%EOF',
    '',
  ].join('\n');
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}
