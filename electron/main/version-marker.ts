import { app } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

let previous: string | null | undefined;

/**
 * The app version that last ran on this machine (null on first run). Read once at start and then
 * replaced by the current one, so the renderer can back up before a new version migrates the data.
 */
export async function previousVersion(): Promise<string | null> {
  if (previous !== undefined) return previous;
  const file = join(app.getPath('userData'), 'last-version.txt');
  previous = await readFile(file, 'utf8').then(
    (s) => s.trim() || null,
    () => null,
  );
  await writeFile(file, app.getVersion());
  return previous;
}
