// Reads a backup zip within stated limits: the central directory's names and sizes are checked
// before anything is inflated, and each entry inflates under a running cap of its declared size.
import { cappedInflate, InflateCapError } from '../../shared/zip/capped-inflate';
import {
  entryData,
  readZipDirectory,
  ZipDirectoryError,
  type ZipEntry,
} from '../../shared/zip/zip-directory';
import { backupError } from './backup-error';

/** Most entries a backup may list (drafts, applicants and attachments together). */
export const MAX_BACKUP_ENTRIES = 100_000;
/** Largest entry once unpacked: an attachment is at most 20 MB, a draft with its history far less. */
export const MAX_BACKUP_ENTRY_BYTES = 128 * 1024 * 1024;
/** Largest backup once unpacked, all entries together. */
export const MAX_BACKUP_TOTAL_BYTES = 768 * 1024 * 1024;

const MIB = 1024 * 1024;

function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw backupError('corrupt', entry.name);
    return data;
  }
  if (entry.method !== 8) throw backupError('corrupt', entry.name);
  try {
    // An entry that unpacks to more than it declares is refused (as damaged) at its declared size.
    const out = cappedInflate(data, entry.size);
    if (out.size !== entry.size) throw backupError('corrupt', entry.name);
    return out.bytes;
  } catch (err) {
    if (err instanceof InflateCapError) throw backupError('corrupt', entry.name);
    if (err instanceof Error && err.name === 'BackupError') throw err;
    throw backupError('corrupt', entry.name);
  }
}

/**
 * Every file entry of the zip by path (directory entries left out), within the limits above.
 * Throws a BackupError naming the entry: duplicate names, too many entries, an entry or the whole
 * past its size, data that does not unpack to what the directory says.
 */
export function readZipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(bytes, MAX_BACKUP_ENTRIES);
  } catch (err) {
    if (err instanceof ZipDirectoryError && err.problem === 'duplicate-name')
      throw backupError('duplicate', err.entry ?? '');
    if (err instanceof ZipDirectoryError && err.problem === 'too-many-entries')
      throw backupError('tooManyEntries', MAX_BACKUP_ENTRIES);
    throw backupError('notZip');
  }
  let total = 0;
  for (const entry of entries) {
    if (entry.size > MAX_BACKUP_ENTRY_BYTES)
      throw backupError('entryTooLarge', entry.name, MAX_BACKUP_ENTRY_BYTES / MIB);
    total += entry.size;
    if (total > MAX_BACKUP_TOTAL_BYTES) throw backupError('totalTooLarge', MAX_BACKUP_TOTAL_BYTES / MIB);
  }
  const files: Record<string, Uint8Array> = Object.create(null) as Record<string, Uint8Array>;
  for (const entry of entries) {
    try {
      files[entry.name] = inflateEntry(bytes, entry);
    } catch (err) {
      if (err instanceof ZipDirectoryError) throw backupError('notZip');
      throw err;
    }
  }
  return files;
}
