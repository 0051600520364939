// A zip (a batch download or an OFD package) opened through the project's measured reader: the
// central directory first, then each entry inflated under a running cap, the total counted too.
import { cappedInflate, InflateCapError } from '../zip/capped-inflate';
import { entryData, readZipDirectory, ZipDirectoryError, type ZipEntry } from '../zip/zip-directory';
import { MAX_ZIP_ENTRIES, MAX_ZIP_ENTRY_BYTES, MAX_ZIP_TOTAL_BYTES } from './limits';
import { InvoiceReadError } from './refusal';

/** An opened zip: entry names and a reader that inflates one entry under the caps. */
export interface ZipFiles {
  names: string[];
  /** The entry's bytes, or undefined when there is no such entry. @throws InvoiceReadError */
  read: (name: string) => Uint8Array | undefined;
}

const MIB = 1024 * 1024;

/**
 * Lists a zip and returns a capped reader of its entries.
 * @throws InvoiceReadError `damaged` (not a zip, duplicate names), `too-large` (too many entries).
 */
export function openZip(bytes: Uint8Array): ZipFiles {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, MAX_ZIP_ENTRIES);
  } catch (err) {
    if (err instanceof ZipDirectoryError && err.problem === 'too-many-entries')
      throw new InvoiceReadError('too-large', {
        zh: `压缩包内文件超过 ${MAX_ZIP_ENTRIES} 个`,
        en: `the archive holds more than ${MAX_ZIP_ENTRIES} files`,
      });
    throw new InvoiceReadError('damaged', {
      zh: '压缩包目录无法读取',
      en: 'the archive directory cannot be read',
    });
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  let total = 0;
  return {
    names: entries.map((e) => e.name),
    read: (name) => {
      const entry = byName.get(name);
      if (!entry) return undefined;
      const bomb = {
        zh: `「${name}」解压后超过 ${MAX_ZIP_ENTRY_BYTES / MIB} MB（压缩炸弹？），已停止`,
        en: `"${name}" unpacks to more than ${MAX_ZIP_ENTRY_BYTES / MIB} MB (a zip bomb?); stopped`,
      };
      if (entry.size > MAX_ZIP_ENTRY_BYTES) throw new InvoiceReadError('too-large', bomb);
      try {
        const data = entryData(bytes, entry);
        const out =
          entry.method === 0
            ? data
            : entry.method === 8
              ? cappedInflate(data, MAX_ZIP_ENTRY_BYTES).bytes
              : null;
        if (out === null)
          throw new InvoiceReadError('unsupported', {
            zh: `「${name}」的压缩方式不受支持`,
            en: `"${name}" uses an unsupported compression method`,
          });
        if (out.length > MAX_ZIP_ENTRY_BYTES) throw new InvoiceReadError('too-large', bomb);
        total += out.length;
        if (total > MAX_ZIP_TOTAL_BYTES)
          throw new InvoiceReadError('too-large', {
            zh: `压缩包解压后合计超过 ${MAX_ZIP_TOTAL_BYTES / MIB} MB，已停止`,
            en: `the archive unpacks to more than ${MAX_ZIP_TOTAL_BYTES / MIB} MB in all; stopped`,
          });
        return out;
      } catch (err) {
        if (err instanceof InvoiceReadError) throw err;
        if (err instanceof InflateCapError) throw new InvoiceReadError('too-large', bomb);
        throw new InvoiceReadError('damaged', {
          zh: `「${name}」无法解压`,
          en: `"${name}" cannot be unpacked`,
        });
      }
    },
  };
}
