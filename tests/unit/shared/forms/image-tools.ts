// Hand-made PNG files for the attachment tests: a whole picture, and chunks to build broken ones.
import { crc32, deflateSync } from 'node:zlib';

/** One PNG chunk: length, type, data and the CRC of type and data. */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** The PNG signature followed by `chunks`, as given. */
export function pngOf(...chunks: Uint8Array[]): Uint8Array {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([sig, ...chunks]));
}

/** The IHDR chunk of an 8-bit RGB image of `w`×`h`. */
export function ihdr(w: number, h: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(w, 0);
  data.writeUInt32BE(h, 4);
  data.set([8, 2, 0, 0, 0], 8);
  return pngChunk('IHDR', data);
}

/** A 120×80 RGB PNG, dark blue with a white band, encoded by hand. */
export function png(): Uint8Array {
  const [w, h] = [120, 80];
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const i = y * (w * 3 + 1) + 1 + x * 3;
      const band = y > 35 && y < 45;
      raw[i] = band ? 255 : 20;
      raw[i + 1] = band ? 255 : 40;
      raw[i + 2] = band ? 255 : 120;
    }
  }
  return pngOf(ihdr(w, h), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', new Uint8Array()));
}
