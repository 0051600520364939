// Reads an uploaded policy pack (a zipped folder, or the files themselves) within stated limits,
// as text only: nothing in it is ever run. Refusals name the file, Chinese first.
import { cappedInflate, InflateCapError } from '../../../shared/zip/capped-inflate';
import { entryData, readZipDirectory, ZipDirectoryError } from '../../../shared/zip/zip-directory';
import type { PackFiles } from '../../db';

/** Largest upload: a zip or the three files together. */
export const MAX_PACK_UPLOAD_BYTES = 8 * 1024 * 1024;
/** Largest file of a pack once unpacked (a long document's full text is well under 1 MB). */
export const MAX_PACK_FILE_BYTES = 4 * 1024 * 1024;
/** Most entries a pack zip may hold (the three files, folders and a few strays). */
export const MAX_PACK_ZIP_ENTRIES = 50;

const NAMES = ['pack.yaml', 'tests.yaml', 'source.txt'] as const;
type PackFileName = (typeof NAMES)[number];
const MIB = 1024 * 1024;

/** A refusal of the upload as a whole, in both languages. */
export class PackUploadError extends Error {
  override readonly name = 'PackUploadError';
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

export interface PackUpload {
  files: PackFiles;
  /** Files in the upload that are not part of a pack, left unread. */
  ignored: string[];
}

const refuse = (zh: string, en: string) => new PackUploadError(zh, en);

const tooLarge = (name: string) =>
  refuse(
    `${name} 超过 ${MAX_PACK_FILE_BYTES / MIB} MB，不是政策包文件。`,
    `${name} is larger than ${MAX_PACK_FILE_BYTES / MIB} MB; it is not a policy pack file.`,
  );

function decode(name: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_PACK_FILE_BYTES) throw tooLarge(name);
  try {
    // A BOM is dropped; anything that is not UTF-8 is refused rather than read as mojibake.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse(
      `${name} 不是 UTF-8 文本，请另存为 UTF-8 后再导入。`,
      `${name} is not UTF-8 text; save it as UTF-8 and import again.`,
    );
  }
}

/** The base name of a path inside the upload (`xiangtan-2026/pack.yaml` → `pack.yaml`). */
const baseName = (path: string) => path.split('/').pop() ?? path;

function collect(named: { path: string; bytes: () => Uint8Array }[]): PackUpload {
  const texts: Partial<Record<PackFileName, string>> = {};
  const ignored: string[] = [];
  for (const item of named) {
    const name = baseName(item.path) as PackFileName;
    if (!NAMES.includes(name)) {
      ignored.push(item.path);
      continue;
    }
    if (texts[name] !== undefined)
      throw refuse(
        `上传的内容中有两个 ${name}，一次只能导入一个政策包。`,
        `The upload holds two ${name} files; import one pack at a time.`,
      );
    texts[name] = decode(item.path, item.bytes());
  }
  for (const name of ['pack.yaml', 'source.txt'] as const)
    if (texts[name] === undefined)
      throw refuse(
        `缺少 ${name}：政策包至少需要 pack.yaml 和 source.txt（tests.yaml 可选）。`,
        `${name} is missing: a policy pack needs pack.yaml and source.txt (tests.yaml is optional).`,
      );
  const files: PackFiles = { 'pack.yaml': texts['pack.yaml']!, 'source.txt': texts['source.txt']! };
  if (texts['tests.yaml'] !== undefined) files['tests.yaml'] = texts['tests.yaml'];
  return { files, ignored };
}

function readZip(bytes: Uint8Array): PackUpload {
  let entries;
  try {
    entries = readZipDirectory(bytes, MAX_PACK_ZIP_ENTRIES);
  } catch (e) {
    if (e instanceof ZipDirectoryError && e.problem === 'too-many-entries')
      throw refuse(
        `压缩包中的文件超过 ${MAX_PACK_ZIP_ENTRIES} 个，不是政策包。`,
        `The zip holds more than ${MAX_PACK_ZIP_ENTRIES} files; it is not a policy pack.`,
      );
    if (e instanceof ZipDirectoryError && e.problem === 'duplicate-name')
      throw refuse(
        `压缩包中有两个同名文件 ${e.entry ?? ''}。`,
        `The zip holds two files named ${e.entry ?? ''}.`,
      );
    throw refuse('文件不是有效的 zip 压缩包。', 'The file is not a valid zip archive.');
  }
  return collect(
    entries.map((entry) => ({
      path: entry.name,
      bytes: () => {
        // Sizes are checked from the directory before anything is inflated; inflation is capped too.
        if (entry.size > MAX_PACK_FILE_BYTES) throw tooLarge(entry.name);
        const data = entryData(bytes, entry);
        if (entry.method === 0) return data;
        if (entry.method !== 8)
          throw refuse(
            `压缩包中的 ${entry.name} 使用了不支持的压缩方式。`,
            `${entry.name} in the zip uses an unsupported compression method.`,
          );
        try {
          // Held to the size the directory declares: an entry that unpacks to more is refused.
          return cappedInflate(data, entry.size).bytes;
        } catch (e) {
          if (e instanceof InflateCapError)
            throw refuse(`压缩包中的 ${entry.name} 已损坏。`, `${entry.name} in the zip is damaged.`);
          throw refuse(`压缩包中的 ${entry.name} 已损坏。`, `${entry.name} in the zip is damaged.`);
        }
      },
    })),
  );
}

/**
 * Reads an upload: one `.zip` (a pack folder zipped, files at the top or in one folder), or the
 * pack's files chosen together. Limits first: the upload's size, then the zip's entry count and each
 * file's unpacked size; text must be UTF-8.
 * @throws PackUploadError naming the file and the limit, in Chinese and in English.
 */
export async function readPackUpload(chosen: readonly File[]): Promise<PackUpload> {
  const total = chosen.reduce((n, f) => n + f.size, 0);
  if (chosen.length === 0) throw refuse('没有选择文件。', 'No file chosen.');
  if (total > MAX_PACK_UPLOAD_BYTES)
    throw refuse(
      `所选文件共 ${(total / MIB).toFixed(1)} MB，超过政策包上限 ${MAX_PACK_UPLOAD_BYTES / MIB} MB。`,
      `The chosen files are ${(total / MIB).toFixed(1)} MB, over the ${MAX_PACK_UPLOAD_BYTES / MIB} MB limit for a policy pack.`,
    );
  const zip = chosen.find((f) => f.name.toLowerCase().endsWith('.zip'));
  if (zip) {
    if (chosen.length > 1)
      throw refuse(
        '请只选择一个 zip 压缩包，或只选择政策包的文件。',
        'Choose one zip, or the pack files alone.',
      );
    return readZip(new Uint8Array(await zip.arrayBuffer()));
  }
  const read = await Promise.all(
    chosen.map(async (f) => ({ path: f.name, data: new Uint8Array(await f.arrayBuffer()) })),
  );
  return collect(read.map((r) => ({ path: r.path, bytes: () => r.data })));
}
