// The files a pick or a drop brings to 导入发票: folders walked (bounded), everything counted and
// sized before a byte is read, so a whole disk dropped by mistake is refused by name at once.

/** Most files of one import (a year's invoices of one base is a few dozen to a few hundred). */
export const MAX_INVOICE_FILES = 300;
/** Largest single file: the reader's own limit (a batch zip of a few hundred invoices stays far below). */
export const MAX_INVOICE_FILE_MB = 32;
/** All files of one import together. */
export const MAX_INVOICE_BATCH_MB = 200;
/** Folders deeper than this are not walked. */
const MAX_DEPTH = 4;
/** Names the reader understands; other files in a dropped folder are passed over and counted. */
export const INVOICE_FILE = /\.(pdf|ofd|xml|zip)$/i;

export interface Collected {
  files: File[];
  /** Files in a folder that are not invoice files, passed over. */
  skipped: number;
}

export type BatchProblem =
  | { code: 'too-many'; count: number }
  | { code: 'file-too-large'; name: string; mb: number }
  | { code: 'batch-too-large'; mb: number };

const MB = 1024 * 1024;

/** What is wrong with a batch before it is read, or null: count, each file's size, the total. */
export function batchProblem(files: readonly { name: string; size: number }[]): BatchProblem | null {
  if (files.length > MAX_INVOICE_FILES) return { code: 'too-many', count: files.length };
  const big = files.find((f) => f.size > MAX_INVOICE_FILE_MB * MB);
  if (big) return { code: 'file-too-large', name: big.name, mb: big.size / MB };
  const total = files.reduce((s, f) => s + f.size, 0);
  if (total > MAX_INVOICE_BATCH_MB * MB) return { code: 'batch-too-large', mb: total / MB };
  return null;
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const out: FileSystemEntry[] = [];
    // readEntries gives at most 100 entries a call: call until it gives none.
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0 || out.length > MAX_INVOICE_FILES) resolve(out);
        else {
          out.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function walk(
  entry: FileSystemEntry,
  depth: number,
  into: Collected,
  inFolder: boolean,
): Promise<void> {
  // One past the limit is enough to refuse the batch by its count.
  if (into.files.length > MAX_INVOICE_FILES) return;
  if (entry.isFile) {
    const file = await fileOf(entry as FileSystemFileEntry);
    if (inFolder && !INVOICE_FILE.test(file.name)) into.skipped++;
    else into.files.push(file);
    return;
  }
  if (!entry.isDirectory || depth >= MAX_DEPTH) return;
  for (const child of await readAll((entry as FileSystemDirectoryEntry).createReader()))
    await walk(child, depth + 1, into, true);
}

/** The files of a drop: dropped files as they are, dropped folders walked for invoice files. */
export async function filesFromDrop(data: DataTransfer): Promise<Collected> {
  const into: Collected = { files: [], skipped: 0 };
  // Entries must be taken synchronously, before the drop event's data goes away.
  const entries = [...data.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry?.() : null;
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return { files: [...data.files], skipped: 0 };
  for (const entry of entries) await walk(entry, 0, into, false);
  return into;
}

/** The files of a folder picked with `<input webkitdirectory>`: only invoice files. */
export function filesFromFolder(list: readonly File[]): Collected {
  const files = list.filter((f) => INVOICE_FILE.test(f.name));
  return { files, skipped: list.length - files.length };
}

/** Whether a drag carries files (not text dragged from the page). */
export function dragHasFiles(data: DataTransfer | null): boolean {
  return !!data && [...data.types].includes('Files');
}
