// Rewrites a TrueType subset with every outline point on a coarser grid: the 公文 look's serif
// glyphs have 40% more points than the 黑体, and points on a 6-unit grid (0.006 em, at most 0.011 mm
// off at 10.5 pt) deflate ~25% smaller. Only simple glyphs change; composites and other tables are kept.

const ON_CURVE = 1;
const X_SHORT = 2;
const Y_SHORT = 4;
const REPEAT = 8;
const X_SAME = 16;
const Y_SAME = 32;

interface Table {
  tag: string;
  data: Uint8Array;
}

const u16 = (b: Uint8Array, o: number) => (b[o]! << 8) | b[o + 1]!;
const i16 = (b: Uint8Array, o: number) => (u16(b, o) << 16) >> 16;
const u32 = (b: Uint8Array, o: number) =>
  ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;

function readTables(font: Uint8Array): Table[] {
  const count = u16(font, 4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const rec = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(rec, rec + 4));
    const offset = u32(font, rec + 8);
    const length = u32(font, rec + 12);
    if (offset + length > font.length) throw new Error(`font table ${tag} runs past the end`);
    tables.push({ tag, data: font.subarray(offset, offset + length) });
  }
  return tables;
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4)
    sum =
      (sum +
        (((data[i] ?? 0) << 24) |
          ((data[i + 1] ?? 0) << 16) |
          ((data[i + 2] ?? 0) << 8) |
          (data[i + 3] ?? 0))) >>>
      0;
  return sum;
}

function writeFont(sfntVersion: number, tables: Table[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = sorted.length;
  const pow = 2 ** Math.floor(Math.log2(n));
  let size = 12 + 16 * n;
  for (const t of sorted) size += (t.data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, sfntVersion);
  view.setUint16(4, n);
  view.setUint16(6, pow * 16);
  view.setUint16(8, Math.log2(pow));
  view.setUint16(10, n * 16 - pow * 16);
  let offset = 12 + 16 * n;
  let headAt = -1;
  sorted.forEach((t, i) => {
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[rec + k] = t.tag.charCodeAt(k);
    out.set(t.data, offset);
    if (t.tag === 'head') {
      headAt = offset;
      view.setUint32(offset + 8, 0); // checkSumAdjustment is computed over the whole file below
    }
    view.setUint32(rec + 4, checksum(out.subarray(offset, offset + t.data.length)));
    view.setUint32(rec + 8, offset);
    view.setUint32(rec + 12, t.data.length);
    offset += (t.data.length + 3) & ~3;
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** Re-encodes one simple glyph with its points snapped to `grid`; returns it and its new xMin. */
function snapGlyph(g: Uint8Array, grid: number): { data: Uint8Array; xMin: number } {
  const contours = i16(g, 0);
  let p = 10 + 2 * contours;
  const points = u16(g, p - 2) + 1;
  const instructions = g.subarray(p + 2, p + 2 + u16(g, p));
  p += 2 + instructions.length;
  const flags: number[] = [];
  while (flags.length < points) {
    const f = g[p++]!;
    flags.push(f);
    if (f & REPEAT) for (let r = g[p++]!; r > 0; r--) flags.push(f);
  }
  const coords = (short: number, same: number) => {
    const out: number[] = [];
    let v = 0;
    for (const f of flags) {
      if (f & short) v += f & same ? g[p++]! : -g[p++]!;
      else if (!(f & same)) v += i16(g, (p += 2) - 2);
      out.push(v);
    }
    return out;
  };
  const snap = (v: number) => Math.round(v / grid) * grid;
  const xs = coords(X_SHORT, X_SAME).map(snap);
  const ys = coords(Y_SHORT, Y_SAME).map(snap);
  if (p > g.length) throw new Error('font glyph runs past its loca length');

  const newFlags: number[] = [];
  const xBytes: number[] = [];
  const yBytes: number[] = [];
  const delta = (d: number, out: number[], short: number, same: number) => {
    if (d === 0) return same;
    if (d >= -255 && d <= 255) {
      out.push(Math.abs(d));
      return short | (d > 0 ? same : 0);
    }
    out.push((d >> 8) & 0xff, d & 0xff);
    return 0;
  };
  let lastFlag = -1;
  let repeatAt = -1;
  for (let i = 0; i < points; i++) {
    const f =
      (flags[i]! & ON_CURVE) |
      delta(xs[i]! - (xs[i - 1] ?? 0), xBytes, X_SHORT, X_SAME) |
      delta(ys[i]! - (ys[i - 1] ?? 0), yBytes, Y_SHORT, Y_SAME);
    if (f === lastFlag && repeatAt >= 0 && newFlags[repeatAt]! < 255) newFlags[repeatAt]!++;
    else if (f === lastFlag && repeatAt < 0) {
      newFlags[newFlags.length - 1]! |= REPEAT;
      repeatAt = newFlags.push(1) - 1;
    } else {
      newFlags.push(f);
      repeatAt = -1;
    }
    lastFlag = f;
  }
  const header = 10 + 2 * contours + 2 + instructions.length;
  const size = header + newFlags.length + xBytes.length + yBytes.length;
  const data = new Uint8Array(size + (size & 1));
  data.set(g.subarray(0, header));
  const view = new DataView(data.buffer);
  const xMin = Math.min(...xs);
  view.setInt16(2, xMin);
  view.setInt16(4, Math.min(...ys));
  view.setInt16(6, Math.max(...xs));
  view.setInt16(8, Math.max(...ys));
  data.set(newFlags, header);
  data.set(xBytes, header + newFlags.length);
  data.set(yBytes, header + newFlags.length + xBytes.length);
  return { data, xMin };
}

/**
 * A TrueType font whose simple glyphs have every point rounded to a multiple of `grid` font units
 * (bounding boxes and left side bearings follow); everything else is kept. For the subsets fontkit
 * writes (head, hhea, maxp, loca, glyf, hmtx …); a font without glyf is returned as it is.
 */
export function snapOutlines(font: Uint8Array, grid: number): Uint8Array {
  const tables = readTables(font);
  const get = (tag: string) => tables.find((t) => t.tag === tag);
  const [head, loca, glyf, hhea, hmtx] = ['head', 'loca', 'glyf', 'hhea', 'hmtx'].map(get);
  if (!head || !loca || !glyf || !hhea || !hmtx) return font;
  const long = i16(head.data, 50) === 1;
  const count = loca.data.length / (long ? 4 : 2) - 1;
  const offset = (i: number) => (long ? u32(loca.data, 4 * i) : 2 * u16(loca.data, 2 * i));
  const metrics = u16(hhea.data, 34);
  const newHmtx = hmtx.data.slice();
  const hmtxView = new DataView(newHmtx.buffer);
  const glyphs: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const g = glyf.data.subarray(offset(i), offset(i + 1));
    if (g.length === 0 || i16(g, 0) <= 0) {
      glyphs.push(g.length & 1 ? Uint8Array.of(...g, 0) : g);
      continue;
    }
    const snapped = snapGlyph(g, grid);
    glyphs.push(snapped.data);
    // The left side bearing is the glyph's xMin, so the outline stays where the advance puts it.
    const lsbAt = i < metrics ? 4 * i + 2 : 4 * metrics + 2 * (i - metrics);
    if (lsbAt + 2 <= newHmtx.length) hmtxView.setInt16(lsbAt, snapped.xMin);
  }
  const total = glyphs.reduce((s, g) => s + g.length, 0);
  const newGlyf = new Uint8Array(total);
  // Short offsets (half the loca table) whenever they reach: every glyph has an even length.
  const short = total / 2 <= 0xffff;
  const newLoca = new Uint8Array((short ? 2 : 4) * (count + 1));
  const locaView = new DataView(newLoca.buffer);
  const setOffset = (i: number, v: number) =>
    short ? locaView.setUint16(2 * i, v / 2) : locaView.setUint32(4 * i, v);
  let at = 0;
  glyphs.forEach((g, i) => {
    setOffset(i, at);
    newGlyf.set(g, at);
    at += g.length;
  });
  setOffset(count, at);
  const newHead = head.data.slice();
  new DataView(newHead.buffer).setInt16(50, short ? 0 : 1);
  const replaced: Record<string, Uint8Array> = { head: newHead, loca: newLoca, glyf: newGlyf, hmtx: newHmtx };
  return writeFont(
    u32(font, 0),
    tables.map((t) => ({ tag: t.tag, data: replaced[t.tag] ?? t.data })),
  );
}
