// Reads a whole zip with fflate's unzipSync. Limit: the zip and its unpacked entries are held in
// memory together (about twice the file size); a streaming reader would need entry sizes up front.
import { unzipSync } from 'fflate';
import { backupError } from './backup-error';

function entryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
    return names;
  } catch {
    return null;
  }
}

/** Every file entry of the zip by path (directory entries left out). Throws a BackupError. */
export function readZipEntries(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    const files = unzipSync(bytes);
    for (const name of Object.keys(files)) if (name.endsWith('/')) delete files[name];
    return files;
  } catch {
    // Find out which entry failed to unpack, so that the message can name it.
    const names = entryNames(bytes);
    if (!names) throw backupError('notZip');
    for (const name of names) {
      try {
        unzipSync(bytes, { filter: (file) => file.name === name });
      } catch {
        throw backupError('corrupt', name);
      }
    }
    throw backupError('notZip');
  }
}
