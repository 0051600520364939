// A zip's central directory read before anything is inflated: names, methods and declared sizes,
// so a reader can refuse a bomb or a duplicate name by what the zip says, then inflate with a cap.

/** One file entry as the central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused when read. */
  method: number;
  compressedSize: number;
  /** What the directory claims; the inflater holds the data to it. */
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

/** Why a zip cannot be listed. */
export type ZipDirectoryProblem = 'not-zip' | 'too-many-entries' | 'duplicate-name';

/** Thrown by {@link readZipDirectory}; `entry` names the duplicate. */
export class ZipDirectoryError extends Error {
  override readonly name = 'ZipDirectoryError';
  constructor(
    readonly problem: ZipDirectoryProblem,
    readonly entry?: string,
  ) {
    super(`${problem}${entry ? `: ${entry}` : ''}`);
  }
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

function findEndRecord(bytes: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--)
    if (u32(bytes, at) === 0x06054b50) return at;
  return -1;
}

/**
 * Lists a zip's entries from its central directory (directories left out), without inflating.
 * Zip64 archives are refused as `not-zip` (no roster or backup needs one).
 * @throws ZipDirectoryError `not-zip`, `too-many-entries` beyond `maxEntries`, `duplicate-name`.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const end = findEndRecord(bytes);
  if (end < 0) throw new ZipDirectoryError('not-zip');
  const count = u16(bytes, end + 10);
  const dirSize = u32(bytes, end + 12);
  const dirOffset = u32(bytes, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff || dirOffset + dirSize > end)
    throw new ZipDirectoryError('not-zip');
  if (count > maxEntries) throw new ZipDirectoryError('too-many-entries');
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  const decoder = new TextDecoder('utf-8');
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) throw new ZipDirectoryError('not-zip');
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) throw new ZipDirectoryError('not-zip');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = {
      name,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff)
      throw new ZipDirectoryError('not-zip');
    at = next;
    if (name.endsWith('/')) continue;
    if (seen.has(name)) throw new ZipDirectoryError('duplicate-name', name);
    seen.add(name);
    entries.push(entry);
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) throw new ZipDirectoryError('not-zip');
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipDirectoryError('not-zip');
  return bytes.subarray(start, start + entry.compressedSize);
}
