// An OFD file is a zip (GB/T 33190): judged by its central directory before it is stored or read.
import type { Bilingual } from '../schemas';
import { readZipDirectory, ZipDirectoryError } from '../zip/zip-directory';

/** Most entries of an OFD package (an invoice has a few dozen). */
export const MAX_OFD_ENTRIES = 2_000;
/** All entries of an OFD once inflated, as the directory declares them. */
export const MAX_OFD_INFLATED_BYTES = 64 * 1024 * 1024;

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** Whether the bytes begin like a zip (an OFD package). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

/**
 * Why these bytes are not an OFD file this app can read, or null: not a zip, too many entries, a
 * duplicate name, no `OFD.xml` at the root, or more than {@link MAX_OFD_INFLATED_BYTES} once inflated.
 * Reads only the central directory: nothing is inflated.
 */
export function ofdProblem(bytes: Uint8Array): Bilingual | null {
  let entries;
  try {
    if (!looksLikeZip(bytes)) throw new ZipDirectoryError('not-zip');
    entries = readZipDirectory(bytes, MAX_OFD_ENTRIES);
  } catch (err) {
    if (err instanceof ZipDirectoryError && err.problem === 'too-many-entries')
      return {
        zh: `OFD 文件内含超过 ${MAX_OFD_ENTRIES} 个部件，不像是发票`,
        en: `the OFD package holds more than ${MAX_OFD_ENTRIES} parts; it is not an invoice`,
      };
    return { zh: '文件已损坏，不是有效的 OFD 文件', en: 'the file is damaged and is not a valid OFD file' };
  }
  if (!entries.some((e) => e.name === 'OFD.xml'))
    return {
      zh: '压缩包中没有 OFD.xml，不是 OFD 文件',
      en: 'the package has no OFD.xml; it is not an OFD file',
    };
  const inflated = entries.reduce((s, e) => s + e.size, 0);
  if (inflated > MAX_OFD_INFLATED_BYTES)
    return {
      zh: `OFD 文件解压后有 ${MB(inflated)}，超过 ${MB(MAX_OFD_INFLATED_BYTES)} 的上限`,
      en: `the OFD file inflates to ${MB(inflated)}, more than the ${MB(MAX_OFD_INFLATED_BYTES)} limit`,
    };
  return null;
}
